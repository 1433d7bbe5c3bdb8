"""``Blog`` answers what each page shows from a catalog and page addresses, with no engine."""

from __future__ import annotations

import subprocess
import sys

from bs4 import BeautifulSoup

from mkdocs_series.core.catalog import build_catalog
from mkdocs_series.core.pages import plan_pages
from mkdocs_series.core.posts import read_post
from mkdocs_series.render.blog import LISTING_MARKER, Blog, Site, has_marker
from mkdocs_series.render.i18n import strings_for
from mkdocs_series.render.options import Options
from mkdocs_series.render.renderer import Renderer

SOURCES = {
    "blog/one.md": "---\ntitle: One & only\ndate: 2025-01-01\nseries: Rust\n---\nFirst part.\n",
    "blog/two.md": (
        "---\ntitle: Two\ndate: 2025-02-01\nseries: Rust\nimage: img/two.png\n---\n"
        "Intro.\n\n<!-- more -->\n\nRest.\n"
    ),
    "blog/solo.md": "---\ntitle: Solo\ndate: 2025-03-01\ndescription: Alone.\n---\nText.\n",
}
FILES = [*SOURCES, "blog/img/two.png"]


def url_of(src_uri: str) -> str:
    """``use_directory_urls``: ``blog/one.md`` -> ``blog/one/``."""
    if src_uri.endswith("index.md"):
        return src_uri[: -len("index.md")]
    if src_uri.endswith(".md"):
        return src_uri[: -len(".md")] + "/"
    return src_uri


def make_blog(*, site_url: str | None = "https://example.com/", **options: object) -> Blog:
    catalog = build_catalog(
        list(SOURCES), lambda uri: read_post(uri, SOURCES[uri]), known_files=FILES
    )
    plan = plan_pages(catalog, listing_uri="blog/index.md", series_dir="series", per_page=10)
    opts = Options(**options)  # type: ignore[arg-type]
    strings = strings_for("en", opts.strings)
    uris = [*FILES, *plan, "blog/feed.xml", "blog/series/rust/feed.xml"]
    return Blog(
        catalog,
        plan,
        options=opts,
        strings=strings,
        renderer=Renderer([], strings),
        urls={uri: url_of(uri) for uri in uris},
        site=Site(name="Site <&>", url=site_url),
        listing_uri="blog/index.md",
    )


def test_the_blog_module_imports_no_engine() -> None:
    code = (
        "import sys, mkdocs_series.render.blog, mkdocs_series.core.schema\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'zensical')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_post_header_has_meta_line_and_series_box() -> None:
    html = BeautifulSoup(make_blog().post_header("blog/two.md", has_title=True), "html.parser")
    assert html.select_one("h1") is None
    box = html.select_one(".series-box")
    assert box is not None and "Part 2 of 2 in Rust" in box.get_text(" ", strip=True)
    links = [a["href"] for a in html.select("a")]
    assert "../one/" in links and "../series/rust/" in links


def test_post_header_adds_the_title_when_the_page_has_none() -> None:
    html = BeautifulSoup(make_blog().post_header("blog/solo.md", has_title=False), "html.parser")
    assert html.select_one("h1").get_text() == "Solo"  # type: ignore[union-attr]


def test_page_content_keeps_the_excerpt_for_the_listing_cards() -> None:
    blog = make_blog()
    content = '<h1 id="two">Two</h1>\n<p><img src="img/two.png"></p>\n<!-- more -->\n<p>Rest</p>'
    out = blog.page_content("blog/two.md", "blog/two/", content)
    assert out is not None and out.startswith('<h1 id="two">Two</h1><div class="series-post"')
    listing = BeautifulSoup(blog.listing("blog/index.md"), "html.parser")
    cards = listing.select(".series-card")
    assert [c.select_one("h2, h3").get_text(strip=True) for c in cards] == [  # type: ignore[union-attr]
        "Solo",
        "Two",
        "One & only",
    ]
    assert cards[1].select_one("p img")["src"] == "two/img/two.png"  # type: ignore[index]


def test_listing_page_content_gets_the_marker_and_others_nothing() -> None:
    blog = make_blog()
    assert blog.page_content("blog/index.md", "blog/", "<p>Hi</p>") == (
        f"<p>Hi</p>\n{LISTING_MARKER}\n"
    )
    assert blog.page_content("about.md", "about/", "<p>About</p>") is None


def test_finish_page_fills_the_listing_feed_links_and_social_tags() -> None:
    blog = make_blog()
    page = f"<html><head></head><body>{LISTING_MARKER}</body></html>"
    out, problems = blog.finish_page(
        "blog/series/rust/index.md", "blog/series/rust/", page, markers=False
    )
    html = BeautifulSoup(out, "html.parser")
    assert problems == []
    assert [a["href"] for a in html.select("link[rel~=feed]")] == ["../../feed.xml", "feed.xml"]
    assert len(html.select(".series-card")) == 2
    post, _ = blog.finish_page("blog/one.md", "blog/one/", "<head></head>", markers=False)
    og = BeautifulSoup(post, "html.parser").select_one('meta[property="og:url"]')
    assert og is not None and og["content"] == "https://example.com/blog/one/"


def test_markers_and_an_unknown_series() -> None:
    blog = make_blog()
    html = "<!-- series: rust --><!-- series: Go --><!-- latest-posts: 1 -->"
    assert has_marker(html)
    out, problems = blog.fill_markers("index.md", "", html)
    soup = BeautifulSoup(out, "html.parser")
    assert len(soup.select(".series-card")) == 1
    assert "<!-- series: Go -->" in out
    assert [str(p) for p in problems] == [
        "index.md: marker '<!-- series: Go -->' names no series of the blog"
    ]


def test_feeds_need_a_site_url() -> None:
    assert [f.uri for f in make_blog().feeds] == ["blog/feed.xml", "blog/series/rust/feed.xml"]
    blog = make_blog(site_url=None)
    assert blog.feeds == ()
    assert [p.severity for p in blog.problems] == ["info"]
    assert make_blog(feed=False).feeds == ()


def test_social_tags_can_be_turned_off() -> None:
    out, _ = make_blog(social=False).finish_page(
        "blog/one.md", "blog/one/", "<head></head>", markers=False
    )
    assert out == "<head></head>"
