from __future__ import annotations

import datetime as dt
from dataclasses import replace

from mkdocs_series.core.catalog import build_catalog, is_under, listing_src_uri, resolve_image
from mkdocs_series.core.models import Post, Problem
from mkdocs_series.core.posts import read_post
from mkdocs_series.core.series import build_series, order_parts, series_key, slugify


def make(src: str, *, part: int | None, day: int, series: str | None = "S") -> Post:
    date = dt.datetime(2025, 1, day)
    return Post(
        src_uri=src,
        title=src,
        date=date,
        sort_key=date,
        summary=(),
        image=None,
        image_key="",
        series_name=series,
        series_part=part,
        reading_time=1,
    )


def test_numbered_parts_first_then_unnumbered_by_date() -> None:
    posts = [
        make("d", part=None, day=2),
        make("b", part=2, day=9),
        make("c", part=None, day=1),
        make("a", part=1, day=30),
    ]
    assert [p.src_uri for p in order_parts(posts)] == ["a", "b", "c", "d"]


def test_series_names_match_ignoring_case_and_spaces() -> None:
    assert series_key("  Low-Latency   Fundamentals ") == series_key("low-latency fundamentals")
    series, problems = build_series(
        [make("a", part=1, day=1), make("b", part=2, day=2, series="s")]
    )
    assert list(series) == ["s"]
    assert series["s"].parts == ("a", "b")
    assert series["s"].name == "S"
    assert [(p.src_uri, p.key) for p in problems] == [("b", "series")]


def test_clashing_and_missing_parts_are_named() -> None:
    _, problems = build_series(
        [make("a", part=1, day=1), make("b", part=1, day=2), make("c", part=4, day=3)]
    )
    messages = [str(p) for p in problems]
    assert "b: 'series_part': part 1 of 'S' is also claimed by a" in messages
    assert "c: 'series_part': series 'S' skips part 2-3 (parts found: 1, 4)" in messages


def test_slug_is_unicode_safe_and_stable() -> None:
    assert slugify("Low-Latency Fundamentals") == "low-latency-fundamentals"
    assert slugify("Données & Café") == "données-café"
    assert slugify("数据库 系列") == "数据库-系列"
    assert slugify("!!!") == "series"


def test_blog_dir_and_listing() -> None:
    assert is_under("blog/a.md", "blog") and not is_under("blogroll.md", "blog")
    assert is_under("anything.md", ".")
    assert listing_src_uri(".") == "index.md"
    assert listing_src_uri("/news/") == "news/index.md"


def test_image_resolution() -> None:
    post = make("blog/p/a.md", part=None, day=1)
    known = {"blog/p/i.png", "img/root.png", "blog/p/notes.txt"}

    def resolve(value: str) -> tuple[object, object]:
        return resolve_image(replace(post, image=value, image_key="image"), known)

    assert resolve("i.png")[0].src_uri == "blog/p/i.png"  # type: ignore[union-attr]
    assert resolve("/img/root.png")[0].src_uri == "img/root.png"  # type: ignore[union-attr]
    assert resolve("https://x.org/a.png")[0].url == "https://x.org/a.png"  # type: ignore[union-attr]
    for bad, words in [
        ("missing.png", "not found"),
        ("../../../../etc/passwd", "outside docs_dir"),
        ("notes.txt", "not an image"),
        ("javascript:alert(1)", "http(s) URL"),
    ]:
        image, problem = resolve(bad)
        assert image is None and words in str(problem), (bad, problem)


def test_catalog_orders_newest_first_and_leaves_out_drafts() -> None:
    texts = {
        "b/old.md": "---\ndate: 2024-01-01\n---\nOld.",
        "b/new.md": "---\ndate: 2025-01-01\n---\nNew.",
        "b/draft.md": "---\ndate: 2026-01-01\ndraft: true\n---\nDraft.",
        "b/page.md": "# Not a post",
    }

    def parse(src_uri: str) -> tuple[Post | None, list[Problem]]:
        return read_post(src_uri, texts[src_uri])

    now = dt.datetime(2025, 6, 1)
    catalog = build_catalog(texts, parse, known_files=set(texts), include_drafts=False, now=now)
    assert catalog.newest_first == ("b/new.md", "b/old.md")
    assert catalog.drafts_left_out == {"b/draft.md"}
    assert [(p.src_uri, p.severity) for p in catalog.problems] == [("b/draft.md", "info")]
    with_drafts = build_catalog(texts, parse, known_files=set(texts), now=now)
    assert with_drafts.newest_first[0] == "b/draft.md"
    assert [(str(p), p.severity) for p in with_drafts.problems] == [
        ("b/draft.md: 'date': dated in the future (2026-01-01 00:00:00)", "info")
    ]


def test_undecodable_source_is_named_not_dropped() -> None:
    def parse(src_uri: str) -> tuple[Post | None, list[Problem]]:
        return read_post(src_uri, b"---\ndate: 2025-01-01\n---\n\xff".decode())

    catalog = build_catalog(["b/bin.md"], parse, known_files=set())
    assert catalog.posts == {}
    assert str(catalog.problems[0]).startswith("b/bin.md: is not valid UTF-8 (invalid start byte")
