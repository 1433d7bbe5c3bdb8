"""Generated pages show their title as a heading, and covers of every shape are shown whole,
on the mkdocs, material and readthedocs themes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.browser.support import Tab, load_images, save_screenshot

pytestmark = pytest.mark.browser

THEMES = ("mkdocs", "material", "readthedocs")
PAGES = {"blog/": "Blog", "blog/series/": "All series", "blog/series/shapes/": "Shapes"}

# Each featured image: its box, its file's size, and how object-fit draws it in the box.
IMAGES_JS = """sel => [...document.querySelectorAll(sel)].map(i => {
    const box = i.getBoundingClientRect(), cs = getComputedStyle(i);
    const scaleX = box.width / i.naturalWidth, scaleY = box.height / i.naturalHeight;
    const scale = cs.objectFit === 'cover' ? Math.max(scaleX, scaleY)
                : cs.objectFit === 'contain' ? Math.min(scaleX, scaleY) : null;
    return {src: i.getAttribute('src'), sized: i.hasAttribute('width'),
            width: box.width, height: box.height,
            natural: [i.naturalWidth, i.naturalHeight], fit: cs.objectFit,
            drawn: scale === null ? [box.width, box.height]
                                  : [i.naturalWidth * scale, i.naturalHeight * scale],
            column: i.parentElement.getBoundingClientRect().width,
            em: parseFloat(cs.fontSize)};
})"""
VISIBLE_H1_JS = """() => [...document.querySelectorAll('h1')]
    .filter(h => h.getClientRects().length && getComputedStyle(h).visibility !== 'hidden')
    .map(h => {
        const copy = h.cloneNode(true);
        copy.querySelectorAll('.headerlink').forEach(e => e.remove());
        return copy.textContent.trim();
    })"""


@pytest.mark.parametrize("theme", THEMES)
def test_generated_pages_show_one_heading_with_their_title(
    open_tab: Callable[..., Tab], theme: str
) -> None:
    tab = open_tab(f"shapes-{theme}", "1280x900")
    for path, title in PAGES.items():
        tab.goto(path)
        assert tab.page.evaluate(VISIBLE_H1_JS) == [title], (theme, path)
    tab.assert_clean()


@pytest.mark.parametrize("viewport", ["1280x900", "375x800"])
@pytest.mark.parametrize("theme", THEMES)
def test_covers_of_every_shape_are_shown_whole_and_undistorted(
    open_tab: Callable[..., Tab], screenshot_dir: Path, theme: str, viewport: str
) -> None:
    tab = open_tab(f"shapes-{theme}", viewport)
    selector = "img.series-card__image, img.series-header__image"
    for path in PAGES:
        tab.goto(path)
        load_images(tab.page, selector)
        images = tab.page.evaluate(IMAGES_JS, selector)
        assert images, path
        for image in images:
            where = (theme, viewport, path, image)
            assert image["natural"][0] > 0, where  # it loaded
            drawn_width, drawn_height = image["drawn"]
            # whole: the drawn image fits in its box (nothing is cut off)
            assert drawn_width <= image["width"] + 1 and drawn_height <= image["height"] + 1, where
            # undistorted: drawn at the file's own shape
            natural_ratio = image["natural"][0] / image["natural"][1]
            assert abs(drawn_width / drawn_height - natural_ratio) < 0.02 * natural_ratio, where
            if image["sized"]:  # its box is the image itself: no empty band beside it
                assert abs(drawn_width - image["width"]) < 1.5, where
                assert abs(drawn_height - image["height"]) < 1.5, where
            assert image["width"] <= image["column"] + 1, where  # never wider than its column
            assert image["height"] <= 28 * image["em"] + 1, where  # held to 28em
        slug = path.strip("/").replace("/", "_")
        save_screenshot(tab, screenshot_dir, f"shapes-{theme}-{viewport}-{slug}")
    # the wide cover on the listing takes its column's width (up to its own 1200 px)
    tab.goto("blog/")
    load_images(tab.page, selector)
    wide = next(i for i in tab.page.evaluate(IMAGES_JS, selector) if "wide" in i["src"])
    assert wide["width"] >= min(1200, wide["column"]) - 1, wide
    tab.assert_clean()
