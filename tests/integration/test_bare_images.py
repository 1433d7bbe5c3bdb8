"""Featured images named without folder or extension show on the cards (issue 10, point 4)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.commands.build import build

from tests.conftest import Built, copy_site, load, soup, tree_digest

BuildSite = Callable[..., Built]


def card_images(built: Built) -> dict[str, str | None]:
    cards = built.page("blog/index.html").select(".series-card")
    shown: dict[str, str | None] = {}
    for card in cards:
        image = card.select_one("img.series-card__image")
        shown[card.select_one(".series-card__title").get_text(strip=True)] = (
            str(image["src"]) if image else None
        )
    return shown


def test_bare_names_resolve_beside_the_post_then_in_images(build_site: BuildSite) -> None:
    built = build_site("bare_images", strict=False, site_url="https://example.org/")
    assert card_images(built) == {
        "An image nobody saved": None,
        "A gallery layout": None,  # its layout needs the image_patterns option
        "A path from the site's root": "../images/jekyll-banner.png",
        "A cover beside the post": "posts/cover.png",
        "Ninety-nine Scala problems": "../images/99-scala-problems.jpg",
    }
    for src in filter(None, card_images(built).values()):
        assert (built.out / "blog" / src).resolve().is_file(), src
    # the post's Open Graph image is the same file
    og_image = built.page("blog/posts/scala/index.html").select_one('meta[property="og:image"]')
    assert og_image["content"] == "https://example.org/images/99-scala-problems.jpg"
    assert built.warnings() == [
        "mkdocs_series: blog/posts/missing.md: 'image': image 'no-such-picture' not found "
        "(looked for blog/posts/no-such-picture, blog/posts/no-such-picture.{png,jpg,...}, "
        "images/no-such-picture.{png,jpg,...}, no-such-picture.{png,jpg,...} in docs_dir); "
        "no image is shown",
        "mkdocs_series: blog/posts/trip.md: 'image': image 'trip' not found (looked for "
        "blog/posts/trip, blog/posts/trip.{png,jpg,...}, images/trip.{png,jpg,...}, "
        "trip.{png,jpg,...} in docs_dir); no image is shown",
    ]


def test_the_image_patterns_option_covers_another_layout(build_site: BuildSite) -> None:
    patterns = ["{name}.{ext}", "/images/{name}.{ext}", "/gallery/{name}/cover.{ext}"]
    built = build_site(
        "bare_images", strict=False, plugins=["search", {"series": {"image_patterns": patterns}}]
    )
    shown = card_images(built)
    assert shown["A gallery layout"] == "../gallery/trip/cover.jpg"
    assert shown["Ninety-nine Scala problems"] == "../images/99-scala-problems.jpg"
    assert shown["A path from the site's root"] is None  # "/{name}.{ext}" was left out
    assert len(built.warnings()) == 2  # the image nobody saved, and jekyll.md's


def test_strict_build_fails_only_on_the_missing_image_and_writes_nothing_in_docs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_site("bare_images", tmp_path)
    (site / "docs" / "blog" / "posts" / "trip.md").unlink()
    before = tree_digest(site / "docs")
    with caplog.at_level(logging.WARNING), pytest.raises(Exception, match="strict"):
        build(load(site, tmp_path / "out"))
    warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert [m.split(": ")[1] for m in warned] == ["blog/posts/missing.md"]
    assert tree_digest(site / "docs") == before
    (site / "docs" / "blog" / "posts" / "missing.md").unlink()
    build(load(site, tmp_path / "out"))  # --strict passes with every image resolved
    page = soup(tmp_path / "out" / "blog" / "index.html")
    assert len(page.select("img.series-card__image")) == 3
