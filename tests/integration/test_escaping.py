"""Untrusted text stays text: every string from front matter or options is escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import yaml
from bs4 import BeautifulSoup, Tag
from mkdocs.commands.build import build

from tests.conftest import load, soup

NASTY = "<script>alert('x')</script> \"quotes\" & 'apostrophes' </title> {{ jinja }} {% raw %}"
TITLE = "Vec<T> & Box<T> " + NASTY
SERIES = "Series <b>bold</b> & {{ x }}"
SUMMARY = "Summary <img src=x onerror=alert(1)> & {{ y }}"


def write_site(root: Path) -> Path:
    docs = root / "docs" / "blog"
    docs.mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    posts = {
        "one.md": {
            "title": TITLE,
            "date": "2025-01-01",
            "series": SERIES,
            "series_part": 1,
            "description": SUMMARY,
        },
        "two.md": {
            "title": 'Two " onmouseover="alert(1)',
            "date": "2025-01-02",
            "series": SERIES,
            "series_part": 2,
            "image": "javascript:alert(1)",
        },
    }
    for name, front in posts.items():
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\nBody.\n"
        (docs / name).write_text(text, encoding="utf-8")
    config = {
        "site_name": "Escaping",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs", "highlightjs": False},
        "plugins": [
            "search",
            {
                "series": {
                    "listing_title": "Blog <i>",
                    "series": {SERIES: {"description": NASTY, "planned": [NASTY]}},
                    "strings": {
                        "posted_on": "<b>On</b> {date}",
                        "continue_reading": "More <script>x</script>",
                    },
                }
            },
        ],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return root


def plugin_regions(page: BeautifulSoup) -> list[Tag]:
    return page.select(".series-listing, .series-post")


def assert_inert(region: Tag) -> None:
    assert region.select("script, b, i, img[onerror]") == []
    for tag in region.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.startswith("on"), (tag, name)
            values = value if isinstance(value, list) else [value]
            assert not any(str(v).strip().lower().startswith("javascript:") for v in values)


def text(tag: Tag) -> str:
    return re.sub(r"\s+", " ", tag.get_text()).strip()


def test_every_string_the_plugin_renders_is_escaped(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    out = tmp_path / "out"
    build(load(site, out, strict=False))
    listing = soup(out / "blog" / "index.html")
    for region in plugin_regions(listing):
        assert_inert(region)
    titles = [text(a) for a in listing.select(".series-card__title a")]
    assert titles == ['Two " onmouseover="alert(1)', TITLE]
    card = listing.select(".series-card")[1]
    assert text(card.select_one(".series-meta__series")) == SERIES
    assert text(card.select_one(".series-card__summary")) == SUMMARY
    assert text(card.select_one(".series-meta__date")) == "<b>On</b> Wed 01 January 2025"
    assert text(card.select_one(".series-card__more")) == "More <script>x</script>"
    assert listing.select(".series-card")[0].select_one("img") is None  # javascript: refused

    post = soup(out / "blog" / "one" / "index.html")
    regions = plugin_regions(post)
    assert len(regions) == 1
    assert_inert(regions[0])
    assert text(regions[0].select_one("h1")) == TITLE
    box = regions[0].select_one("nav.series-box")
    assert box["aria-label"] == f"Series: {SERIES}"
    assert [text(li) for li in box.select("li")] == [
        TITLE,
        'Two " onmouseover="alert(1)',
        NASTY + " Coming soon",
    ]
    assert text(box.select_one("a[rel=next]")) == 'Next: Two " onmouseover="alert(1)'


def test_series_pages_feeds_meta_tags_and_json_ld_keep_the_text(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    out = tmp_path / "out"
    build(load(site, out, strict=False))
    landing_dir = next((out / "blog" / "series").glob("*/index.html")).parent
    landing = soup(landing_dir / "index.html")
    for region in landing.select(".series-header, .series-listing, .series-planned"):
        assert_inert(region)
    assert text(landing.select_one(".series-header__description")) == NASTY
    assert text(landing.select_one(".series-planned li span")) == NASTY
    index = soup(out / "blog" / "series" / "index.html")
    assert_inert(index.select_one(".series-index"))
    assert text(index.select_one(".series-index h2")) == SERIES

    feed = feedparser.parse((out / "blog" / "feed.xml").read_text(encoding="utf-8"))
    assert feed.bozo == 0
    assert [e.title for e in feed.entries] == ['Two " onmouseover="alert(1)', TITLE]
    assert feed.entries[1].summary == SUMMARY
    assert feed.entries[1].tags[0].term == SERIES
    series_feed = feedparser.parse((landing_dir / "feed.xml").read_text(encoding="utf-8"))
    assert series_feed.feed.title == SERIES

    head = soup(out / "blog" / "one" / "index.html").select_one("head")
    assert head.select_one("meta[property='og:title']")["content"] == TITLE
    assert head.select_one("meta[property='og:description']")["content"] == SUMMARY
    scripts = [
        s
        for s in soup(out / "blog" / "one" / "index.html").find_all("script")
        if s.get("type") == "application/ld+json"
    ]
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["headline"] == TITLE
    assert data["isPartOf"]["name"] == SERIES
    assert "</script>" not in scripts[0].string
