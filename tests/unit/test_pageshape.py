"""A listing page's title in its TOC, and sections holding only a listing lifted in the nav."""

from __future__ import annotations

from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from mkdocs_series.mkdocs.pageshape import lift_lone_pages, title_anchor, toc_with_title


def page(src_uri: str, title: str) -> Page:
    file = File(src_uri, src_dir="/docs", dest_dir="/site", use_directory_urls=True)
    return Page(title, file, {})  # type: ignore[arg-type]


def test_title_anchor_is_the_toc_extension_slug() -> None:
    assert title_anchor("All series") == "all-series"
    assert title_anchor("Vec<T> & Box<T>") == "vect-boxt"
    assert title_anchor("***") == "title"  # nothing left to slug


def test_toc_with_title_puts_the_page_entries_under_an_escaped_title() -> None:
    old = TableOfContents([AnchorLink("Intro", "intro", 2)])
    toc = toc_with_title(old, "Rust <& co>", "rust-co")
    assert [(item.title, item.id, item.level) for item in toc] == [
        ("Rust &lt;&amp; co&gt;", "rust-co", 1)
    ]
    assert [child.id for child in toc.items[0].children] == ["intro"]


def test_a_section_holding_only_a_listing_becomes_the_page() -> None:
    home, listing, about = (
        page("index.md", "Home"),
        page("blog/index.md", "Blog"),
        page("a.md", "A"),
    )
    blog = Section("Blog", [listing])
    listing.parent = blog
    nav = Navigation([home, blog, about], [home, listing, about])
    lift_lone_pages(nav, {"blog/index.md"})
    assert nav.items == [home, listing, about]
    assert listing.parent is None


def test_sections_with_more_pages_or_other_pages_stay() -> None:
    listing, other, lone = (
        page("blog/index.md", "Blog"),
        page("blog/x.md", "X"),
        page("y/a.md", "A"),
    )
    blog, y = Section("Blog", [listing, other]), Section("Y", [lone])
    nav = Navigation([blog, y], [listing, other, lone])
    lift_lone_pages(nav, {"blog/index.md"})
    assert nav.items == [blog, y]


def test_nested_sections_are_lifted_inside_their_parent() -> None:
    listing = page("notes/blog/index.md", "Blog")
    inner = Section("Blog", [listing])
    outer = Section("Notes", [inner, page("notes/a.md", "A")])
    nav = Navigation([outer], [listing])
    lift_lone_pages(nav, {"notes/blog/index.md"})
    assert outer.children[0] is listing
    assert listing.parent is outer
