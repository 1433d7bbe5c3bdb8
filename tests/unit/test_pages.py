from __future__ import annotations

import datetime as dt

from mkdocs_series.core.models import Catalog, Image, Post, Series
from mkdocs_series.core.pages import BLOG, SERIES, SERIES_INDEX, page_uri, paginate, plan_pages
from mkdocs_series.core.series import apply_settings


def test_page_addresses() -> None:
    assert page_uri("blog/index.md", 1) == "blog/index.md"
    assert page_uri("blog/index.md", 3) == "blog/page/3/index.md"
    assert page_uri("index.md", 2) == "page/2/index.md"


def test_paginate_splits_and_keeps_one_empty_page() -> None:
    pages = paginate([str(n) for n in range(23)], first_uri="b/index.md", per_page=10, kind=BLOG)
    assert [len(p.posts) for p in pages] == [10, 10, 3]
    assert [p.number for p in pages] == [1, 2, 3]
    assert pages[2].pages == ("b/index.md", "b/page/2/index.md", "b/page/3/index.md")
    empty = paginate([], first_uri="b/index.md", per_page=10, kind=BLOG)
    assert [(p.src_uri, p.posts) for p in empty] == [("b/index.md", ())]


def post(uri: str) -> Post:
    date = dt.datetime(2025, 1, 1)
    return Post(uri, uri, date, date, (), None, "", "S", 1, 1)


def test_plan_has_blog_series_and_index_pages() -> None:
    catalog = Catalog(
        posts={"b/a.md": post("b/a.md")},
        series={"s": Series("s", "S", "s", ("b/a.md",))},
        newest_first=("b/a.md",),
    )
    plan = plan_pages(catalog, listing_uri="b/index.md", series_dir="series", per_page=5)
    assert {uri: page.kind for uri, page in plan.items()} == {
        "b/index.md": BLOG,
        "b/series/index.md": SERIES_INDEX,
        "b/series/s/index.md": SERIES,
    }
    no_series = plan_pages(Catalog(), listing_uri="index.md", series_dir="series", per_page=5)
    assert list(no_series) == ["index.md"]


def test_series_settings_slug_clash_unknown_series_and_image() -> None:
    series = {
        "a": Series("a", "A", "a", ("x.md",)),
        "a+": Series("a+", "A+", "a", ("y.md",)),
    }
    settings = {
        "A": {"description": "One.\n\nTwo.", "image": "/c.png", "planned": ["P"]},
        "Typo": None,
        "A+": {"image": "missing.png"},
    }
    result, problems = apply_settings(series, settings, known_files={"c.png"})
    assert result["a"].description == ("One.", "Two.")
    assert result["a"].image == Image(src_uri="c.png")
    assert result["a"].planned == ("P",)
    assert result["a+"].slug == "a-2"
    messages = [str(p) for p in problems]
    assert "mkdocs.yml: 'series': no post belongs to the series 'typo' set here" in messages
    assert any(
        m.startswith("mkdocs.yml: 'series.A+.image': image 'missing.png' not found")
        for m in messages
    )
    assert "y.md: 'series': series 'A+' would have the address of 'A' (a); using a-2" in messages


def test_pagination_links_a_window_not_every_page() -> None:
    from mkdocs_series.render.views import page_window

    assert page_window(1, 1) == [1]
    assert page_window(2, 3) == [1, 2, 3]
    assert page_window(1, 10) == [1, 2, 3, 0, 10]
    assert page_window(4, 10) == [1, 2, 3, 4, 5, 6, 0, 10]  # no "…" for a single page
    assert page_window(250, 500) == [1, 0, 248, 249, 250, 251, 252, 0, 500]
