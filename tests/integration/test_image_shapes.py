"""Featured images declare their own file's size; only ``image_ratio`` crops them."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import Built, copy_site, load

BuildSite = Callable[..., Built]


def sizes(built: Built, path: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        str(img["src"]): (img.get("width"), img.get("height"), img.get("style"))
        for img in built.page(path).select("img.series-card__image, img.series-header__image")
    }


def test_each_image_declares_its_own_size_and_is_not_cropped(build_site: BuildSite) -> None:
    built = build_site("image_shapes")
    wide = ("1200", "630", "--series-image-shape: 1.9048")  # its width / height, for the CSS
    square = ("800", "800", "--series-image-shape: 1.0000")
    portrait = ("600", "900", "--series-image-shape: 0.6667")
    assert sizes(built, "blog/index.html") == {
        "images/wide.png": wide,
        "images/square.png": square,
        "images/portrait.svg": portrait,
        "https://example.org/cover.png": (None, None, None),  # unknown: no size at all
    }
    assert sizes(built, "blog/series/shapes/index.html") == {
        "../../images/portrait.svg": portrait,  # the series' cover
        "../../images/wide.png": wide,
        "../../images/square.png": square,
    }
    assert sizes(built, "blog/series/index.html") == {"../images/portrait.svg": portrait}
    page = built.page("blog/index.html")
    assert not page.select(".series-image--cropped")


@pytest.mark.parametrize(
    ("ratio", "css"), [("16:9", "aspect-ratio: 16 / 9"), (1.91, "aspect-ratio: 1.91 / 1")]
)
def test_image_ratio_crops_every_image_to_one_shape(
    build_site: BuildSite, ratio: object, css: str
) -> None:
    built = build_site("image_shapes", plugins=[{"series": {"image_ratio": ratio}}])
    images = built.page("blog/index.html").select("img.series-card__image")
    assert len(images) == 4
    for img in images:
        assert img["style"] == css
        assert "series-image--cropped" in img["class"]
    assert images[0]["width"] == "1200"  # the real size is still declared


@pytest.mark.parametrize("ratio", ["wide", "16:0", "-1", True])
def test_an_unusable_image_ratio_stops_the_build(tmp_path, caplog, ratio) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("image_shapes", tmp_path)
    config = load(site, tmp_path / "out", plugins=[{"series": {"image_ratio": ratio}}])
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build(config)
    assert "option 'image_ratio': expected a width-to-height ratio" in caplog.text
