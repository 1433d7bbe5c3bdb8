"""Every built page at both widths: no sideways scrolling, no browser errors, a screenshot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.browser.support import VIEWPORTS, Tab, load_images, save_screenshot

pytestmark = pytest.mark.browser

# The page's scroll width against the viewport, and the first elements sticking out.
OVERFLOW_JS = """() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    culprits: [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className) : '')),
})"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("site_name", ["example", "basic", "readthedocs"])
def test_every_page_fits_the_viewport_without_errors(
    open_tab: Callable[..., Tab], screenshot_dir: Path, site_name: str, viewport: str
) -> None:
    tab = open_tab(site_name, viewport)
    page = tab.page
    assert tab.site.listing in tab.site.pages
    assert tab.site.middle in tab.site.pages
    overflowing = {}
    for path in tab.site.pages:
        tab.goto(path)
        load_images(page, "img")  # lazy ones too, so the screenshot shows them
        widths = page.evaluate(OVERFLOW_JS)
        if widths["scroll"] > widths["inner"]:
            overflowing[path] = widths
        slug = path.strip("/").replace("/", "_") or "index"
        save_screenshot(tab, screenshot_dir, f"{site_name}-{viewport}-{slug}")
    assert not overflowing, f"pages wider than the viewport: {overflowing}"
    tab.assert_clean()


def test_series_pages_make_material_fetch_no_missing_file(open_tab: Callable[..., Tab]) -> None:
    """Material fetches sitemap.xml beside every ``link[rel=alternate]``; feeds must not send
    it to series/<slug>/sitemap.xml (a 404 that once came with each series page)."""
    tab = open_tab("example", "1280x900")
    page = tab.page
    series_pages = [p for p in tab.site.pages if p.startswith("series/") and p != "series/"]
    assert series_pages, "the example site has no series landing pages"
    missing: list[str] = []
    page.on("response", lambda r: missing.append(r.url) if r.status >= 400 else None)
    for path in series_pages:
        tab.goto(path)
        page.wait_for_load_state("networkidle")  # Material's fetches come after "load"
    assert not missing, f"requests answered with an error: {missing}"
    tab.assert_clean()
