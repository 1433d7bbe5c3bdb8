"""Series landing pages, the index of series, pagination, excerpts, markers and feeds."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build

from tests.conftest import broken_links, copy_site, load, soup


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def write_big_blog(root: Path, *, posts: int = 27, **options: object) -> Path:
    """A blog of ``posts`` posts: every third in one series of nine parts."""
    blog = root / "docs" / "blog"
    (blog / "img").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (blog / "img" / "cover.png").write_bytes(
        (Path(__file__).parent.parent / "sites/basic/docs/blog/images/rust.png").read_bytes()
    )
    for n in range(1, posts + 1):
        front: dict[str, object] = {"title": f"Post {n:02d}", "date": f"2025-01-{n:02d}"}
        if n % 3 == 0:
            front.update(series="Long Series", series_part=n // 3)
        body = (
            f"Excerpt of post {n} with [a link](../blog/post-01.md), [an anchor](#more-text) "
            f"and ![an image](img/cover.png).\n\n<!-- more -->\n\n## More text\n\nRest {n}.\n"
        )
        text = "---\n" + yaml.safe_dump(front) + "---\n\n" + body
        (blog / f"post-{n:02d}.md").write_text(text, encoding="utf-8")
    config = {
        "site_name": "Big blog",
        "site_url": "https://blog.example.com/sub/",
        "theme": {"name": "mkdocs", "highlightjs": False},
        "plugins": [
            "search",
            {
                "series": {
                    "series": {
                        "Long Series": {
                            "description": "Nine parts, one arc.",
                            "image": "/blog/img/cover.png",
                            "planned": ["Part ten, not yet written"],
                        }
                    },
                    **options,
                }
            },
        ],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return root


def card_titles(page: BeautifulSoup) -> list[str]:
    return [flat(a.get_text()) for a in page.select(".series-listing .series-card__title a")]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_listing_paginates_and_every_link_resolves(tmp_path: Path, directory_urls: bool) -> None:
    site = write_big_blog(tmp_path / "site")
    out = tmp_path / "out"
    build(load(site, out, use_directory_urls=directory_urls, strict=False))
    ext = "index.html"
    pages = [out / "blog" / ext, out / "blog/page/2" / ext, out / "blog/page/3" / ext]
    titles = [card_titles(soup(p)) for p in pages]
    assert [len(t) for t in titles] == [10, 10, 7]
    assert titles[0][0] == "Post 27" and titles[2][-1] == "Post 01"
    assert not (out / "blog/page/4").exists()
    second = soup(pages[1]).select_one("nav.series-pagination")
    assert [flat(a.get_text()) for a in second.select("ol a")] == ["1", "2", "3"]
    assert flat(second.select_one("a[aria-current=page]").get_text()) == "2"
    assert second.select_one("a[rel=prev]")["href"] in ("../../", "../../index.html")
    assert second.select_one("a[rel=next]")["href"] in ("../3/", "../3/index.html")
    assert flat(second.select_one(".series-pagination__position").get_text()) == "Page 2 of 3"
    assert broken_links(out) == []


def test_small_listing_has_no_pagination(build_site) -> None:  # type: ignore[no-untyped-def]
    listing = build_site("basic").page("blog/index.html")
    assert listing.select_one("nav.series-pagination") is None


def test_excerpt_is_the_rendered_markdown_with_links_rebased(tmp_path: Path) -> None:
    site = write_big_blog(tmp_path / "site")
    out = tmp_path / "out"
    build(load(site, out, strict=False))
    card = soup(out / "blog/page/3/index.html").select(".series-card")[-1]
    summary = card.select_one(".series-card__summary")
    assert flat(summary.get_text()) == "Excerpt of post 1 with a link, an anchor and ."
    hrefs = [a["href"] for a in summary.select("a")]
    assert hrefs == ["../../post-01/", "../../post-01/#more-text"]
    assert summary.select_one("img")["src"] == "../../img/cover.png"
    assert card.select_one(".series-card__more a")["href"] == "../../post-01/"
    assert "Rest 1" not in summary.get_text()


def test_series_landing_page_index_and_links(tmp_path: Path) -> None:
    site = write_big_blog(tmp_path / "site", per_page=5)
    out = tmp_path / "out"
    build(load(site, out, strict=False))
    landing = soup(out / "blog/series/long-series/index.html")
    header = landing.select_one(".series-header")
    assert flat(header.select_one(".series-header__description").get_text()) == (
        "Nine parts, one arc."
    )
    stats = flat(header.select_one(".series-header__stats").get_text())
    assert stats == "9 parts · 9 min total · Fri 03 January 2025 \u2013 Mon 27 January 2025"
    assert header.select_one("img")["src"] == "../../img/cover.png"
    assert card_titles(landing) == ["Post 03", "Post 06", "Post 09", "Post 12", "Post 15"]
    last = soup(out / "blog/series/long-series/page/2/index.html")
    assert card_titles(last) == ["Post 18", "Post 21", "Post 24", "Post 27"]
    planned = last.select_one(".series-planned")
    assert flat(planned.get_text()) == "Coming soon Part ten, not yet written Coming soon"
    assert planned.select("a") == []

    index = soup(out / "blog/series/index.html")
    entries = index.select(".series-index__entry")
    assert [flat(e.select_one("h2").get_text()) for e in entries] == ["Long Series"]
    assert entries[0].select_one("h2 a")["href"] == "long-series/"
    assert flat(entries[0].select_one(".series-meta").get_text()) == (
        "9 parts · latest Mon 27 January 2025"
    )

    post = soup(out / "blog/post-06/index.html")
    box = post.select_one("nav.series-box")
    assert box.select_one(".series-box__position a")["href"] == "../series/long-series/"
    assert flat(box.select_one(".series-box__position").get_text()) == (
        "Part 2 of 10 in Long Series"
    )
    assert flat(box.select("li")[-1].get_text()) == "Part ten, not yet written Coming soon"
    meta_link = post.select_one(".series-post .series-meta a.series-meta__series")
    assert meta_link["href"] == "../series/long-series/"


def test_feeds_are_valid_atom_and_linked(tmp_path: Path) -> None:
    site = write_big_blog(tmp_path / "site")
    out = tmp_path / "out"
    build(load(site, out, strict=False))
    blog = feedparser.parse((out / "blog/feed.xml").read_text(encoding="utf-8"))
    assert blog.bozo == 0
    assert len(blog.entries) == 20  # feed_size
    assert blog.entries[0].title == "Post 27"
    assert blog.entries[0].link == "https://blog.example.com/sub/blog/post-27/"
    series = feedparser.parse((out / "blog/series/long-series/feed.xml").read_text())
    assert series.bozo == 0
    assert [e.title for e in series.entries][:2] == ["Post 27", "Post 24"]
    assert len(series.entries) == 9
    listing = soup(out / "blog/index.html")
    links = listing.select('link[rel~=alternate][type="application/atom+xml"]')
    assert [link["href"] for link in links] == ["feed.xml"]
    landing = soup(out / "blog/series/long-series/index.html")
    hrefs = [x["href"] for x in landing.select('link[type="application/atom+xml"]')]
    assert hrefs == ["../../feed.xml", "feed.xml"]


def test_no_site_url_means_no_feed_and_a_message(build_site) -> None:  # type: ignore[no-untyped-def]
    built = build_site("basic")
    assert not (built.out / "blog" / "feed.xml").exists()
    assert any("feeds need 'site_url'" in m for m in built.infos())


def test_markers_embed_a_series_and_the_latest_posts(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    (site / "docs" / "index.md").write_text(
        "# Home\n\n<!-- series: rust in depth -->\n\n<!-- latest-posts: 2 -->\n\n"
        "`<!-- series: Rust in Depth -->` in code stays code.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(load(site, out))
    home = soup(out / "index.html")
    toc = home.select_one("nav.series-toc")
    assert [flat(li.get_text()) for li in toc.select("li")] == [
        "Ownership: Vec<T> & Box<T>",
        "Borrowing",
        "Lifetimes",
    ]
    assert toc.select_one("li a")["href"] == "blog/rust-1/"
    assert card_titles(home) == ["Lifetimes", "Borrowing"]
    assert "<!-- series: Rust in Depth -->" in home.select_one("code").get_text()


def test_marker_naming_no_series_is_a_warning(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("basic", tmp_path)
    (site / "docs" / "index.md").write_text("# Home\n\n<!-- series: Nope -->\n", "utf-8")
    build(load(site, tmp_path / "out", strict=False))
    assert "index.md: marker '<!-- series: Nope -->' names no series of the blog" in caplog.text


def test_future_posts_as_drafts(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    (site / "docs" / "blog" / "later.md").write_text(
        "---\ntitle: Later\ndate: 2999-01-01\n---\nSoon.\n", encoding="utf-8"
    )
    build(load(site, tmp_path / "a", plugins=[{"series": {"future_as_draft": True}}]))
    assert "Later" not in card_titles(soup(tmp_path / "a" / "blog" / "index.html"))
    build(load(site, tmp_path / "b"))
    assert card_titles(soup(tmp_path / "b" / "blog" / "index.html"))[0] == "Later"
