"""Series navigation on posts, and series collected from every front-matter shape."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.conftest import Built

BuildSite = Callable[..., Built]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_series_box_lists_parts_and_links_neighbours(build_site: BuildSite) -> None:
    built = build_site("basic")
    box = built.page("blog/rust-2/index.html").select_one("nav.series-box")
    assert flat(box.select_one(".series-box__position").get_text()) == (
        "Part 2 of 3 in Rust in Depth"
    )
    items = box.select("ol.series-box__parts > li")
    assert [flat(li.get_text()) for li in items] == [
        "Ownership: Vec<T> & Box<T>",
        "Borrowing",
        "Lifetimes",
    ]
    assert [li["value"] for li in items] == ["1", "2", "3"]
    current = box.select("a[aria-current=page]")
    assert [a.get_text(strip=True) for a in current] == ["Borrowing"]
    assert box.select_one("a[rel=prev]")["href"] == "../rust-1/"
    assert box.select_one("a[rel=next]")["href"] == "../2024/rust-3/"
    assert flat(box.select_one("a[rel=next]").get_text()) == "Next: Lifetimes"


def test_first_and_last_parts_have_one_neighbour(build_site: BuildSite) -> None:
    built = build_site("basic")
    first = built.page("blog/rust-1/index.html").select_one("nav.series-box")
    last = built.page("blog/2024/rust-3/index.html").select_one("nav.series-box")
    assert first.select_one("a[rel=prev]") is None
    assert first.select_one("a[rel=next]")["href"] == "../rust-2/"
    assert last.select_one("a[rel=next]") is None
    assert last.select_one("a[rel=prev]")["href"] == "../../rust-2/"


def test_post_in_no_series_has_meta_line_and_no_box(build_site: BuildSite) -> None:
    built = build_site("basic")
    page = built.page("blog/standalone/index.html")
    assert page.select_one(".series-post .series-meta") is not None
    assert page.select_one("nav.series-box") is None


def test_every_migrated_front_matter_shape_joins_one_series(build_site: BuildSite) -> None:
    built = build_site("migrated", strict=False)
    assert built.warnings() == []
    box = built.page("blog/posts/material/index.html").select_one("nav.series-box")
    assert [flat(li.get_text()) for li in box.select("li")] == [
        "From Pelican",
        "From Hugo",
        "From Material",
    ]
    listing = built.page("blog/index.html")
    cards = {c.select_one("h2").get_text(strip=True): c for c in listing.select(".series-card")}
    assert list(cards) == ["From Material", "From Hugo", "From Pelican", "From MultiMarkdown"]
    hugo = cards["From Hugo"]
    assert hugo.select_one("time")["datetime"] == "2024-05-02T10:00:00+02:00"
    assert hugo.select_one("img")["src"] == "https://example.org/hugo.png"
    assert hugo.select_one(".series-card__summary").get_text(strip=True) == (
        "Hugo keeps series as a taxonomy list."
    )
    material = cards["From Material"]
    assert "7 min read" in material.select_one(".series-meta").get_text()
    assert "Posted on Fri 03 May 2024" in flat(material.select_one(".series-meta").get_text(" "))
    assert material.select_one(".series-card__summary").get_text(strip=True) == (
        "Material's blog keeps the creation date in a mapping."
    )
    mmd = cards["From MultiMarkdown"]
    assert mmd.select_one(".series-card__summary").get_text(strip=True) == (
        "Key-value header lines, as MkDocs reads them."
    )
    assert "Pelican draft" not in cards


def test_bom_and_crlf_sources_are_read(build_site: BuildSite, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import copy_site

    site = copy_site("migrated", tmp_path / "src")
    post = "\r\n".join(
        [
            "---",
            "title: Windows post",
            "date: 2024-07-01",
            "series: Migration Notes",
            "---",
            "Body.",
        ]
    )
    (site / "docs" / "blog" / "posts" / "windows.md").write_bytes(b"\xef\xbb\xbf" + post.encode())
    built = build_site("migrated", strict=False)
    titles = [
        h.get_text(strip=True) for h in built.page("blog/index.html").select(".series-card h2")
    ]
    assert titles[0] == "Windows post"
    box = built.page("blog/posts/windows/index.html").select_one("nav.series-box")
    assert flat(box.select_one(".series-box__position").get_text()) == (
        "Part 4 of 4 in Migration Notes"
    )
