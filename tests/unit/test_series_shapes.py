"""Series shapes of other generators: Jekyll's ``{id, index}``, folders, categories."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_series.core.catalog import build_catalog
from mkdocs_series.core.posts import read_post
from mkdocs_series.core.series import apply_settings, build_series
from mkdocs_series.core.series_sources import first_category, folder_series


def post_text(front: str, body: str = "Body text.") -> str:
    return f"---\n{front}\n---\n\n{body}\n"


@pytest.mark.parametrize(
    ("front", "name", "part"),
    [
        ("series: {id: LLM, index: 1}", "LLM", 1),
        ("series:\n  id: LLM\n  index: '2'", "LLM", 2),
        ("series: {id: 42}", "42", None),
        ("series: {name: S, part: 3}", "S", 3),
        ("series: {title: S, series_part: 3}", "S", 3),
    ],
)
def test_series_mapping_shapes(front: str, name: str, part: int | None) -> None:
    post, problems = read_post("blog/a.md", post_text(f"date: 2025-01-01\n{front}"))
    assert problems == []
    assert post is not None and (post.series_name, post.series_part) == (name, part)


def test_mapping_without_name_or_id_is_quoted_as_written() -> None:
    _, problems = read_post("blog/a.md", post_text("date: 2025-01-01\nseries: {index: 2}"))
    assert [p.key for p in problems] == ["series"]
    assert "{index: 2}" in problems[0].message and "'id'" in problems[0].message


def test_display_name_from_the_series_option() -> None:
    posts = [
        read_post(
            f"blog/{n}.md", post_text(f"date: 2025-01-0{n}\nseries: {{id: LLM, index: {n}}}")
        )[0]
        for n in (1, 2)
    ]
    series, _ = build_series([p for p in posts if p is not None])
    named, problems = apply_settings(
        series, {"LLM": {"name": " Large  Language Models "}}, known_files=()
    )
    assert problems == []
    assert (named["llm"].name, named["llm"].slug) == ("Large Language Models", "llm")
    assert named["llm"].parts == ("blog/1.md", "blog/2.md")


@pytest.mark.parametrize(
    ("src_uri", "blog_dir", "name"),
    [
        ("blog/posts/rust-in-depth/part-1.md", "blog", "rust-in-depth"),
        ("blog/rust-in-depth/part-1.md", "blog", "rust-in-depth"),
        ("blog/posts/part-1.md", "blog", None),
        ("blog/part-1.md", "blog", None),
        ("blog/a/b/part-1.md", "/blog/", "b"),
        ("notes/part-1.md", ".", "notes"),
        ("part-1.md", ".", None),
    ],
)
def test_folder_series(src_uri: str, blog_dir: str, name: str | None) -> None:
    assert folder_series(src_uri, blog_dir) == name


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        ({"category": "Scala  problems"}, "Scala problems"),
        ({"categories": ["Rust", "Async"]}, "Rust"),
        ({"categories": "rust async"}, "rust"),
        ({"category": 3, "categories": ["B"]}, "B"),
        ({"categories": []}, None),
        ({}, None),
    ],
)
def test_first_category(meta: dict[str, object], name: str | None) -> None:
    assert first_category(meta) == name


def catalog_of(texts: dict[str, str], **options: object):  # type: ignore[no-untyped-def]
    parsed = {uri: read_post(uri, text) for uri, text in texts.items()}
    return build_catalog(
        list(texts),
        parsed.__getitem__,
        known_files=list(texts),
        now=dt.datetime(2030, 1, 1),
        **options,  # type: ignore[arg-type]
    )


def test_series_from_folder_and_category_are_opt_in_and_front_matter_wins() -> None:
    texts = {
        "blog/posts/intro/a.md": post_text("date: 2025-01-01\ncategory: Basics"),
        "blog/posts/intro/b.md": post_text("date: 2025-01-02\ncategory: Basics"),
        "blog/posts/intro/c.md": post_text("date: 2025-01-03\nseries: Own"),
        "blog/posts/d.md": post_text("date: 2025-01-04\ncategories: [Basics, Other]"),
    }
    assert set(catalog_of(texts).series) == {"own"}
    by_folder = catalog_of(texts, series_from="folder", blog_dir="blog")
    assert by_folder.series["intro"].parts == ("blog/posts/intro/a.md", "blog/posts/intro/b.md")
    assert set(by_folder.series) == {"intro", "own"}
    by_category = catalog_of(texts, series_from="category", blog_dir="blog")
    assert by_category.series["basics"].parts == (
        "blog/posts/intro/a.md",
        "blog/posts/intro/b.md",
        "blog/posts/d.md",
    )
    assert by_category.series["basics"].name == "Basics"


def test_a_part_number_waits_for_a_series_from_the_folder() -> None:
    texts = {"blog/rust/a.md": post_text("date: 2025-01-01\nseries_weight: 1")}
    post, problems = read_post("blog/rust/a.md", texts["blog/rust/a.md"])
    assert problems == [] and post is not None and post.series_part == 1
    by_folder = catalog_of(texts, series_from="folder", blog_dir="blog")
    assert by_folder.problems == []
    assert by_folder.posts["blog/rust/a.md"].series_part == 1
    plain = catalog_of(texts)
    assert [(p.key, p.message) for p in plain.problems] == [
        ("series_weight", "a part number without a 'series' is ignored")
    ]
    assert plain.posts["blog/rust/a.md"].series_part is None
