"""Signatures: a page's changes when, and only when, what it shows changes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from mkdocs_series.core.models import Catalog, Post, Series
from mkdocs_series.core.pages import plan_pages
from mkdocs_series.mkdocs.signatures import box_signatures, catalog_signature, listing_signatures


def post(uri: str, day: int, series: str | None = None) -> Post:
    date = dt.datetime(2025, 1, day)
    return Post(uri, uri.upper(), date, date, ("Summary.",), None, "", series, None, 3)


def catalog(**changed: Post) -> Catalog:
    posts = {
        "b/a.md": post("b/a.md", 1, "S"),
        "b/b.md": post("b/b.md", 2, "S"),
        "b/c.md": post("b/c.md", 3),
        "b/d.md": post("b/d.md", 4),
    }
    posts.update({f"b/{name}.md": value for name, value in changed.items()})
    newest = tuple(sorted(posts, key=lambda uri: posts[uri].sort_key, reverse=True))
    series = {"s": Series("s", "S", "s", ("b/a.md", "b/b.md"))}
    return Catalog(posts=posts, series=series, newest_first=newest)


def signatures(built: Catalog, stamps: dict[str, object]) -> dict[str, object]:
    plan = plan_pages(built, listing_uri="b/index.md", series_dir="series", per_page=2)
    return {**listing_signatures(built, plan, stamps), **box_signatures(built)}


STAMPS: dict[str, object] = {uri: (1, 1) for uri in ("b/a.md", "b/b.md", "b/c.md", "b/d.md")}


def changed_pages(before: dict[str, object], after: dict[str, object]) -> set[str]:
    return {uri for uri in before.keys() | after.keys() if before.get(uri) != after.get(uri)}


def test_same_catalog_same_signatures() -> None:
    assert changed_pages(signatures(catalog(), STAMPS), signatures(catalog(), STAMPS)) == set()


def test_a_post_outside_series_changes_only_its_listing_page() -> None:
    edited = catalog(c=dataclasses.replace(post("b/c.md", 3), title="New"))
    # newest first, two a page: d, c on the first page; b, a on page 2
    assert changed_pages(signatures(catalog(), STAMPS), signatures(edited, STAMPS)) == {
        "b/index.md"
    }


def test_a_series_part_changes_its_listing_page_series_pages_and_boxes() -> None:
    edited = catalog(a=dataclasses.replace(post("b/a.md", 1, "S"), title="New"))
    assert changed_pages(signatures(catalog(), STAMPS), signatures(edited, STAMPS)) == {
        "b/page/2/index.md",
        "b/series/index.md",
        "b/series/s/index.md",
        "b/a.md",
        "b/b.md",
    }


def test_an_edited_file_changes_the_pages_with_its_card() -> None:
    stamps = {**STAMPS, "b/d.md": (2, 1)}  # e.g. the text after <!-- more --> changed
    assert changed_pages(signatures(catalog(), STAMPS), signatures(catalog(), stamps)) == {
        "b/index.md"
    }


def test_markers_see_any_change() -> None:
    assert catalog_signature(catalog(), STAMPS) == catalog_signature(catalog(), STAMPS)
    assert catalog_signature(catalog(), STAMPS) != catalog_signature(
        catalog(), {**STAMPS, "b/c.md": (2, 1)}
    )
