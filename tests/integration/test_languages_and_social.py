"""Languages (strings, dates, direction) and social previews, on built sites."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.commands.build import build

from tests.conftest import Built, copy_site, load, soup

BuildSite = Callable[..., Built]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(
    ("language", "meta", "more"),
    [
        ("de", "Veröffentlicht am Sa. 01 März 2025", "Weiterlesen"),
        ("ja", "2025年3月1日土曜日", "続きを読む"),
        ("fr", "sam. 01 mars 2025", "Lire la suite"),
    ],
)
def test_material_language_sets_strings_and_dates(
    build_site: BuildSite, language: str, meta: str, more: str
) -> None:
    built = build_site("basic", theme={"name": "material", "language": language})
    card = built.page("blog/index.html").select(".series-card")[2]
    assert meta in flat(card.select_one(".series-meta").get_text(" "))
    assert flat(card.select_one(".series-card__more").get_text()) == more


def test_language_option_and_one_string_overridden(build_site: BuildSite) -> None:
    built = build_site(
        "basic",
        plugins=[{"series": {"language": "es", "strings": {"continue_reading": "Sigue"}}}],
    )
    card = built.page("blog/index.html").select(".series-card")[2]
    assert "noviembre" not in card.get_text() and "marzo" in card.get_text()
    assert flat(card.select_one(".series-card__more").get_text()) == "Sigue"


def test_right_to_left_language_mirrors_the_plugin_blocks(build_site: BuildSite) -> None:
    built = build_site("basic", theme={"name": "material", "language": "ar"})
    assert built.page("blog/index.html").select_one(".series-listing")["dir"] == "rtl"
    post = built.page("blog/rust-2/index.html")
    assert post.select_one(".series-post")["dir"] == "rtl"


def test_post_has_open_graph_and_json_ld(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    out = tmp_path / "out"
    build(load(site, out, site_url="https://example.org/site/"))
    head = soup(out / "blog/rust-1/index.html").select_one("head")
    props = {m["property"]: m["content"] for m in head.select("meta[property^='og:']")}
    assert props["og:title"] == "Ownership: Vec<T> & Box<T>"
    assert props["og:image"] == "https://example.org/site/blog/images/rust.png"
    assert props["og:url"] == "https://example.org/site/blog/rust-1/"
    assert head.select_one("meta[name='twitter:card']")["content"] == "summary_large_image"
    scripts = head.select("script[type='application/ld+json']")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "BlogPosting"
    assert data["datePublished"] == "2025-03-01T00:00:00+00:00"  # the default zone, UTC
    assert data["timeRequired"] == "PT1M"
    assert data["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "name": "Rust in Depth",
        "url": "https://example.org/site/blog/series/rust-in-depth/",
    }
    assert data["position"] == 1


def test_tags_the_theme_already_has_are_not_repeated(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    overrides = site / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}{% block extrahead %}'
        '<meta property="og:title" content="From the theme">{% endblock %}',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(load(site, out, theme={"name": "mkdocs", "custom_dir": str(overrides)}))
    head = soup(out / "blog/rust-1/index.html").select_one("head")
    titles = [m["content"] for m in head.select("meta[property='og:title']")]
    assert titles == ["From the theme"]
    assert head.select_one("meta[property='og:description']") is not None


def test_social_option_off(build_site: BuildSite) -> None:
    built = build_site("basic", plugins=[{"series": {"social": False}}])
    head = built.page("blog/rust-1/index.html").select_one("head")
    assert head.select("meta[property^='og:'], script[type='application/ld+json']") == []
