"""Series shapes of other generators on built sites (issue 10): Jekyll's ``{id, index}``
with a display name from the ``series`` option, series from folders and categories."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.conftest import Built

BuildSite = Callable[..., Built]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_jekyll_blog_builds_as_it_is(build_site: BuildSite) -> None:
    built = build_site("jekyll")  # --strict
    assert built.warnings() == []
    cards = built.page("blog/index.html").select(".series-card")
    assert [c.select_one("h2").get_text(strip=True) for c in cards] == [
        "A short note",
        "Evaluating agents",
        "Calling tools",
        "A tool server: the basics",
    ]
    home_links = [a.get("href", "") for a in built.page("index.html").select("a")]
    assert not any("tool-calling" in href for href in home_links)  # posts stay out of the nav
    page = built.page("blog/2025-06-16-tool-calling/index.html")
    meta = page.select_one(".series-meta")
    assert "Part 2 of Large Language Models" in flat(meta.get_text())
    assert meta.select_one("time")["datetime"] == "2025-06-16"
    box = page.select_one("nav.series-box")
    assert flat(box.select_one(".series-box__position").get_text()) == (
        "Part 2 of 3 in Large Language Models"
    )
    assert box.select_one("a[rel=prev]")["href"] == "../2025-06-09-mcp-server-basics/"
    assert box.select_one("a[rel=next]")["href"] == "../2025-06-23-evaluating-agents/"
    series_page = built.page("blog/series/llm/index.html")
    assert series_page.title.get_text(strip=True).startswith("Large Language Models")
    assert len(series_page.select(".series-card")) == 3


def test_series_from_folder(build_site: BuildSite) -> None:
    built = build_site("series_folders")  # --strict
    assert built.warnings() == []
    box = built.page("blog/posts/rust-in-depth/borrowing/index.html").select_one("nav.series-box")
    assert flat(box.select_one(".series-box__position").get_text()) == (
        "Part 2 of 3 in Rust in Depth"
    )
    parts = [flat(li.get_text()) for li in box.select("ol.series-box__parts > li")]
    assert parts == ["Ownership", "Borrowing", "Lifetimes"]  # by number, not by date
    assert built.page("blog/posts/one-off/index.html").select_one("nav.series-box") is None


def test_series_from_category(build_site: BuildSite) -> None:
    built = build_site("series_folders", plugins={"series": {"series_from": "category"}})
    assert built.warnings() == []
    box = built.page("blog/posts/one-off/index.html").select_one("nav.series-box")
    assert flat(box.select_one(".series-box__position").get_text()) == "Part 4 of 4 in Rust"


def test_without_series_from_folders_are_not_series(build_site: BuildSite) -> None:
    built = build_site("series_folders", plugins={"series": {}}, strict=False)
    assert sorted(w.removeprefix("mkdocs_series: ") for w in built.warnings()) == [
        "blog/posts/rust-in-depth/borrowing.md: 'part': a part number without a 'series' "
        "is ignored",
        "blog/posts/rust-in-depth/lifetimes.md: 'series_part': a part number without a "
        "'series' is ignored",
        "blog/posts/rust-in-depth/ownership.md: 'part': a part number without a 'series' "
        "is ignored",
    ]
    assert (
        built.page("blog/posts/rust-in-depth/borrowing/index.html").select_one("nav.series-box")
        is None
    )
