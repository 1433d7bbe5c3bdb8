"""The listing page and the posts' headers, built from fixture sites with real MkDocs."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.conftest import Built, tree_digest

BuildSite = Callable[..., Built]


def card_titles(built: Built, listing: str = "blog/index.html") -> list[str]:
    page = built.page(listing)
    return [h.get_text(strip=True) for h in page.select(".series-card .series-card__title")]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("theme", ["mkdocs", "material"])
def test_listing_shows_posts_newest_first_with_full_cards(
    build_site: BuildSite, theme: str
) -> None:
    built = build_site("basic", theme={"name": theme})
    assert card_titles(built) == [
        "Lifetimes",
        "Borrowing",
        "Ownership: Vec<T> & Box<T>",
        "A post in no series",
    ]
    card = built.page("blog/index.html").select(".series-card")[2]
    children = [c.name for c in card.find_all(recursive=False)]
    assert children == ["h2", "p", "img", "div", "p"]  # title, meta, image, summary, more
    assert flat(card.select_one(".series-meta").get_text(" ")) == (
        "Posted on Sat 01 March 2025 | Part 1 of Rust in Depth | 1 min read"
    )
    assert card.select_one("time")["datetime"] == "2025-03-01"
    image = card.select_one("img")
    assert image["alt"] == "Featured image for Ownership: Vec<T> & Box<T>"
    assert (built.out / "blog" / image["src"]).is_file()
    assert card.select_one(".series-card__summary").get_text(strip=True) == (
        "Who owns the heap, and when it is freed."
    )
    links = card.select("a")
    assert {a["href"] for a in links} == {"rust-1/", "series/rust-in-depth/"}
    assert links[-1].get_text(strip=True) == "Continue reading"
    assert (built.out / "blog" / "rust-1" / "index.html").is_file()


def test_card_without_series_or_local_image(build_site: BuildSite) -> None:
    built = build_site("basic")
    card = built.page("blog/index.html").select(".series-card")[3]
    assert flat(card.select_one(".series-meta").get_text(" ")) == (
        "Posted on Mon 10 February 2025 | 1 min read"
    )
    assert card.select_one("img")["src"] == "https://example.org/cover.png"
    assert [p.get_text() for p in card.select(".series-card__summary p")] == [
        "This post stands on its own. It has an external image."
    ]


def test_summary_from_more_marker_and_image_from_docs_root(build_site: BuildSite) -> None:
    built = build_site("basic")
    card = built.page("blog/index.html").select(".series-card")[1]
    assert card.select_one(".series-card__summary").get_text(strip=True) == (
        "Borrowing lends a value without giving it away."
    )
    assert card.select_one("img")["src"] == "images/rust.png"


def test_post_without_image_has_no_image_element(build_site: BuildSite) -> None:
    built = build_site("basic")
    card = built.page("blog/index.html").select(".series-card")[0]
    assert card.select_one("img") is None


def test_drafts_are_left_out_of_a_build_with_a_message(build_site: BuildSite) -> None:
    built = build_site("basic")
    assert "Unfinished thoughts" not in card_titles(built)
    assert not (built.out / "blog" / "draft" / "index.html").exists()
    assert any("blog/draft.md" in m and "draft" in m for m in built.infos())


def test_pages_without_a_date_are_left_alone(build_site: BuildSite) -> None:
    built = build_site("basic")
    page = built.page("blog/about-this-blog/index.html")
    assert page.select_one(".series-post") is None
    assert "About this blog" not in card_titles(built)


def test_posts_are_kept_out_of_the_navigation(build_site: BuildSite) -> None:
    built = build_site("basic")
    nav_links = {a.get("href") for a in built.page("index.html").select(".navbar a")}
    assert "blog/" in nav_links
    assert not any(href and "rust-" in href for href in nav_links)


def test_option_keeps_posts_in_the_navigation(build_site: BuildSite) -> None:
    built = build_site("basic", plugins=[{"search": {}}, {"series": {"posts_in_nav": True}}])
    nav = built.page("index.html").select_one(".navbar").get_text(" ")
    assert "Borrowing" in nav


def test_use_directory_urls_off(build_site: BuildSite) -> None:
    built = build_site("basic", use_directory_urls=False)
    listing = built.page("blog/index.html")
    hrefs = [a["href"] for a in listing.select(".series-card__title a")]
    assert hrefs == ["2024/rust-3.html", "rust-2.html", "rust-1.html", "standalone.html"]
    for href in hrefs:
        assert (built.out / "blog" / href).is_file()
    post = built.page("blog/2024/rust-3.html")
    previous = post.select_one(".series-box a[rel=prev]")
    assert previous["href"] == "../rust-2.html"
    assert (built.out / "blog" / "2024" / previous["href"]).resolve().is_file()


def test_user_written_listing_keeps_its_content_and_template_override(
    build_site: BuildSite,
) -> None:
    built = build_site("custom_listing")
    page = built.page("blog/index.html")
    main = page.select_one("[role=main]")
    assert main.select_one("h1").get_text(strip=True) == "Our engineering blog"
    text = flat(main.get_text(" "))
    assert text.index("Words the author wrote") < text.index("Second")
    cards = main.select("article.custom-card")  # from the theme's custom_dir
    assert [card["data-src"] for card in cards] == ["blog/two.md", "blog/one.md"]
    assert cards[0].select_one(".custom-more").get_text(strip=True) == "Read the whole post"


def test_site_without_posts_builds_an_empty_listing(build_site: BuildSite) -> None:
    built = build_site("empty")
    listing = built.page("blog/index.html")
    assert listing.select_one(".series-listing") is not None
    assert listing.select(".series-card") == []
    assert built.warnings() == []


def test_whole_site_as_blog_puts_the_listing_on_the_home_page(build_site: BuildSite) -> None:
    built = build_site("home")
    home = built.page("index.html")
    assert [a.get_text(strip=True) for a in home.select(".series-card__title a")] == ["Hello"]
    assert "Latest posts" in home.select_one(".navbar").get_text(" ")  # the page's title
    assert built.page("about/index.html").select_one(".series-post") is None


def test_post_header_under_the_title(build_site: BuildSite) -> None:
    built = build_site("basic")
    main = built.page("blog/2024/rust-3/index.html").select_one("[role=main]")
    headings = main.select("h1")
    assert [h.get_text(strip=True) for h in headings] == ["Lifetimes"]  # the post's own
    header = main.select_one(".series-post")
    assert header.find_previous_sibling("h1") is headings[0]
    assert flat(header.select_one(".series-meta").get_text(" ")) == (
        "Posted on Sat 15 March 2025 | Part 3 of Rust in Depth | 1 min read"
    )
    assert header.select_one("time")["datetime"] == "2025-03-15T09:30:00"


def test_post_without_heading_gets_its_title_once(build_site: BuildSite) -> None:
    for theme in ("mkdocs", "material"):
        built = build_site("basic", theme={"name": theme})
        main = built.page("blog/rust-2/index.html").select_one("[role=main], article")
        assert [h.get_text(strip=True) for h in main.select("h1")] == ["Borrowing"]


def test_build_leaves_docs_dir_untouched(build_site: BuildSite, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = build_site("basic")
    before = tree_digest(first.site / "docs")
    build_site("basic")
    assert tree_digest(first.site / "docs") == before
    assert not (first.site / "docs" / "blog" / "index.md").exists()


def test_theme_override_reads_the_template_context(build_site: BuildSite) -> None:
    built = build_site("custom_listing")
    note = built.page("blog/two/index.html").select_one("#from-context")
    assert note.get_text(strip=True) == "Part 1 of 1 in Context (1 min read)"
    assert built.page("blog/one/index.html").select_one("#from-context") is None
