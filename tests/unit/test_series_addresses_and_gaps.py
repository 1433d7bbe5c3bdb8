"""Series addresses that never collide, and parts numbered with gaps (issue 10)."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_series.core.catalog import build_catalog
from mkdocs_series.core.models import Catalog, Post, Problem
from mkdocs_series.core.posts import read_post
from mkdocs_series.core.series import build_series, series_total, slugify
from mkdocs_series.render.views import Views

ENGLISH = {
    "posted_on": "Posted on {date}",
    "series_part": "Part {part} of {series}",
    "reading_time": "{minutes} min read",
    "featured_image_alt": "Featured image for {title}",
    "series_position": "Part {part} of {total} in {series}",
    "series_heading": "Series: {series}",
    "previous_part": "Previous: {title}",
    "next_part": "Next: {title}",
}


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("C", "c"),
        ("C++", "c-plus-plus"),
        ("C#", "c-sharp"),
        ("F#", "f-sharp"),
        ("A+", "a-plus"),
        ("C++/CLI in depth", "c-plus-plus-cli-in-depth"),
        ("Tips + Tricks", "tips-tricks"),  # a "+" between words stays a separator
        ("#100DaysOfCode", "100daysofcode"),
        ("Low-Latency Fundamentals", "low-latency-fundamentals"),
    ],
)
def test_slugs_spell_out_plus_and_sharp_ending_a_word(name: str, slug: str) -> None:
    assert slugify(name) == slug


def catalog_of(texts: dict[str, str], settings: dict[str, object] | None = None) -> Catalog:
    def parse(src_uri: str) -> tuple[Post | None, list[Problem]]:
        return read_post(src_uri, texts[src_uri])

    return build_catalog(texts, parse, known_files=set(texts), series_settings=settings)


def post(series: str, day: int = 1, part: int | None = None) -> str:
    number = f"\npart: {part}" if part else ""
    return f'---\ndate: 2025-01-{day:02}\nseries: "{series}"{number}\n---\nText.'


def test_c_cpp_and_csharp_are_three_series_at_three_addresses() -> None:
    catalog = catalog_of({"b/c.md": post("C"), "b/cpp.md": post("C++"), "b/cs.md": post("C#")})
    assert sorted(s.slug for s in catalog.series.values()) == ["c", "c-plus-plus", "c-sharp"]
    assert catalog.problems == []


def test_a_slug_clash_keeps_both_series_apart_with_a_warning() -> None:
    catalog = catalog_of({"b/go.md": post("Go"), "b/go2.md": post("Go!")})
    series = catalog.series
    assert {key: s.slug for key, s in series.items()} == {"go": "go", "go!": "go-2"}
    assert {key: s.parts for key, s in series.items()} == {
        "go": ("b/go.md",),
        "go!": ("b/go2.md",),
    }
    [problem] = catalog.problems
    assert str(problem) == (
        "b/go2.md: 'series': series 'Go!' would have the address of 'Go' (go); using go-2"
    )
    assert problem.severity == "warning"


def test_a_slug_set_in_the_options_is_served_before_a_computed_one() -> None:
    texts = {"b/a.md": post("Alpha"), "b/b.md": post("Beta")}
    catalog = catalog_of(texts, {"Beta": {"slug": "alpha"}})
    slugs = {key: s.slug for key, s in catalog.series.items()}
    assert slugs == {"alpha": "alpha-2", "beta": "alpha"}
    assert [p.key for p in catalog.problems] == ["series"]


def make(src: str, part: int | None) -> Post:
    date = dt.datetime(2025, 1, 1)
    return Post(src, src, date, date, (), None, "", "S", part, 1)


def test_a_gap_is_information_and_a_shared_number_a_warning() -> None:
    parts = [make("a", 2), make("b", 2), make("c", 15)]
    _, problems = build_series(parts)
    found = {(p.key, p.severity): str(p) for p in problems}
    assert found == {
        ("series_part", "warning"): "b: 'series_part': part 2 of 'S' is also claimed by a",
        ("series_part", "info"): "c: 'series_part': series 'S' skips part 1, 3-14 "
        "(parts found: 2, 15)",
    }


def test_the_total_is_never_below_a_part_number() -> None:
    assert series_total([2, 4, 15]) == 15
    assert series_total([1, 2, 3, 4]) == 4
    assert series_total([]) == 0
    numbers = [n for n in range(1, 16) if n not in (1, 3, 9)]  # 12 parts, the last is 15
    texts = {f"b/p{n}.md": post("Gaps", day=n, part=n) for n in numbers}
    catalog = catalog_of(texts)
    views = Views(catalog, strings=ENGLISH, date_format=None, series_pages={})
    positions = [
        (views.box(catalog.posts[f"b/p{n}.md"], lambda uri: uri) or {})["position"] for n in numbers
    ]
    assert positions[0] == "Part 2 of 15 in Gaps"
    assert positions[-1] == "Part 15 of 15 in Gaps"
    assert all(p.severity == "info" for p in catalog.problems)


def test_planned_parts_are_numbered_after_the_highest_part() -> None:
    texts = {
        "b/p10.md": post("Plan", day=1, part=10),
        "b/unnumbered.md": post("Plan", day=2),  # shown as part 2, its position
    }
    catalog = catalog_of(texts, {"Plan": {"planned": ["Next one"]}})
    views = Views(catalog, strings=ENGLISH, date_format=None, series_pages={})
    box = views.box(catalog.posts["b/p10.md"], lambda uri: uri) or {}
    assert [(p["number"], p["title"]) for p in box["parts"]] == [
        (10, "P10"),
        (2, "Unnumbered"),
        (11, "Next one"),
    ]
    assert box["position"] == "Part 10 of 11 in Plan"
