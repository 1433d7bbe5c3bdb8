"""Text contrast of the plugin's elements in Material's light and dark palettes (WCAG AA).

Colours are read from ``getComputedStyle`` and composited the way the browser paints them:
each ancestor's background over the one below, each ancestor's opacity over its backdrop,
the text's own alpha last. Every piece of text under an element is measured, and the worst
must reach 4.5:1 (WCAG 2.x AA for body text).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pytest

from tests.browser.conftest import new_tab
from tests.browser.support import VIEWPORTS, Site, Tab, save_screenshot, text_contrasts

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

AA = 4.5

# (id, page, selector); page "listing" or "post" (a series post, part 2).
TARGETS = [
    ("card-title", "listing", ".series-listing .series-card__title"),
    ("card-meta", "listing", ".series-listing .series-meta"),
    ("card-summary", "listing", ".series-listing .series-card__summary"),
    ("card-more", "listing", ".series-listing .series-card__more"),
    ("post-meta", "post", ".series-post > .series-meta"),
    ("series-box", "post", ".series-post .series-box"),
]


class Measured(NamedTuple):
    ratios: dict[str, list[tuple[float, str, str]]]  # target id -> (ratio, text, colour)
    problems: list[str]  # browser errors and off-site requests while measuring


SCHEMES = {"default": "Switch to dark mode", "slate": "Switch to light mode"}

# Pairs measured below 4.5:1 and not yet fixed, each with its reason; strict xfail, so a
# fix fails the run until its entry is deleted. (Fixed: the meta line's opacity and the
# series box's panel colour, both below 4.5:1 in Material's palettes.)
KNOWN_LOW: dict[tuple[str, str], str] = {}  # measured below 4.5:1 and not yet fixed
CASES = [
    pytest.param(
        target,
        where,
        selector,
        scheme,
        id=f"{target}-{scheme}",
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_LOW[target, scheme])]
        if (target, scheme) in KNOWN_LOW
        else [],
    )
    for target, where, selector in TARGETS
    for scheme in SCHEMES
]


def open_in_scheme(tab: Tab, path: str, scheme: str) -> None:
    """Load ``path`` in Material's ``scheme``, switched with the header's palette toggle."""
    page = tab.page
    tab.goto(path)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    if scheme != "default":
        toggle = SCHEMES["default"]
        page.locator(f'label[title="{toggle}"]').click()
        page.wait_for_function(f"document.body.dataset.mdColorScheme === '{scheme}'")
        # A fresh load in the stored palette: no colour transition still under way.
        page.reload()
    assert page.evaluate("document.body.dataset.mdColorScheme") == scheme


@pytest.fixture(scope="module")
def measure(
    chromium: Browser, sites: dict[str, Site], screenshot_dir: Path
) -> Callable[[str, str, str], Measured]:
    """``measure(where, scheme, viewport)``: every target on that page, measured once."""
    cache: dict[tuple[str, str, str], Measured] = {}

    def run(where: str, scheme: str, viewport: str) -> Measured:
        key = (where, scheme, viewport)
        if key not in cache:
            site = sites["example"]
            context, tab = new_tab(chromium, site, viewport)
            try:
                open_in_scheme(tab, site.listing if where == "listing" else site.middle, scheme)
                save_screenshot(tab, screenshot_dir, f"example-{viewport}-{where}-{scheme}")
                ratios = {
                    target: text_contrasts(tab.page, selector)
                    for target, page, selector in TARGETS
                    if page == where
                }
                cache[key] = Measured(ratios, tab.errors + tab.offsite)
            finally:
                context.close()
        return cache[key]

    return run


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("target", "where", "selector", "scheme"), CASES)
def test_text_contrast_in_material_palettes(
    measure: Callable[[str, str, str], Measured],
    target: str,
    where: str,
    selector: str,
    scheme: str,
    viewport: str,
) -> None:
    measured = measure(where, scheme, viewport)
    assert not measured.problems, measured.problems
    ratios = measured.ratios[target]
    assert ratios, f"nothing measured under {selector}"
    failing = [r for r in ratios if r[0] < AA]
    assert not failing, f"{target} in {scheme}: below {AA}:1 " + "; ".join(
        f"{ratio:.2f} for {text!r} ({colour})" for ratio, text, colour in failing[:5]
    )
