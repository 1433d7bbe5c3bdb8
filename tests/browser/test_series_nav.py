"""The series box on a post: visible, marks the current part, works with mouse and keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

from tests.browser.support import MAX_TABS, VIEWPORTS, Tab, title_of

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

SITE_NAMES = ["example", "basic"]

# How the focused element looks: enough to tell whether focus is visible.
FOCUS_JS = """() => {
    const a = document.activeElement, cs = getComputedStyle(a), r = a.getBoundingClientRect();
    return {
        focusVisible: a.matches(':focus-visible'),
        outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth) || 0,
        outlineColor: cs.outlineColor, boxShadow: cs.boxShadow,
        inView: r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight
            && r.left >= 0 && r.right <= window.innerWidth,
    };
}"""


def box_state(page: Page) -> dict[str, Any]:
    """The series box of the current page as a reader sees it."""
    state: dict[str, Any] = page.evaluate(
        """() => {
            const box = document.querySelector('.series-post nav.series-box');
            if (!box) return null;
            const links = [...box.querySelectorAll('ol.series-box__parts a')];
            const current = box.querySelectorAll('ol.series-box__parts a[aria-current=page]');
            const weight = a => parseInt(getComputedStyle(a).fontWeight, 10);
            const rel = r => box.querySelector(`a[rel=${r}]`);
            return {
                position: box.querySelector('.series-box__position').textContent.trim(),
                parts: links.map(a => a.textContent.trim()),
                current: [...current].map(a => ({
                    text: a.textContent.trim(), href: a.href, weight: weight(a),
                    color: getComputedStyle(a).color,
                })),
                others: links.filter(a => !a.hasAttribute('aria-current'))
                    .map(a => ({weight: weight(a), color: getComputedStyle(a).color,
                                underline: getComputedStyle(a).textDecorationLine})),
                prev: rel('prev') && rel('prev').href,
                next: rel('next') && rel('next').href,
            };
        }"""
    )
    return state


def assert_box_marks(page: Page, part: int, titles: tuple[str, ...], series: str) -> None:
    box = page.locator(".series-post nav.series-box")
    assert box.is_visible(), f"no visible series box on {page.url}"
    state = box_state(page)
    assert state["position"] == f"Part {part} of {len(titles)} in {series}", state["position"]
    assert tuple(state["parts"]) == titles
    assert len(state["current"]) == 1, state["current"]
    current = state["current"][0]
    assert current["text"] == titles[part - 1] == title_of(page)
    assert current["href"] == page.url
    # Marked for sighted readers too, not only for screen readers: bolder than the others.
    assert all(current["weight"] > other["weight"] for other in state["others"]), state


def tab_to(page: Page, selector: str) -> int:
    """Press Tab from the top of a freshly loaded page until ``selector`` has focus."""
    page.evaluate("() => { window.scrollTo(0, 0); document.activeElement.blur(); }")
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if page.evaluate("sel => document.activeElement.matches(sel)", selector):
            return presses
    raise AssertionError(f"{MAX_TABS} Tab presses never reached {selector} on {page.url}")


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("site_name", SITE_NAMES)
def test_series_box_is_visible_and_marks_the_current_part(
    open_tab: Callable[..., Tab], site_name: str, viewport: str
) -> None:
    tab = open_tab(site_name, viewport)
    series = tab.site.series
    tab.goto(tab.site.middle)
    assert_box_marks(tab.page, 2, series.titles, series.name)
    tab.assert_clean()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("site_name", SITE_NAMES)
@pytest.mark.parametrize(("rel", "part"), [("next", 3), ("prev", 1)])
def test_keyboard_reaches_and_follows_the_pager(
    open_tab: Callable[..., Tab], site_name: str, viewport: str, rel: str, part: int
) -> None:
    tab = open_tab(site_name, viewport)
    page = tab.page
    series = tab.site.series
    tab.goto(tab.site.middle)
    selector = f".series-box a[rel={rel}]"
    target = page.locator(selector).evaluate("a => a.href")

    tab_to(page, selector)
    focus = page.evaluate(FOCUS_JS)
    assert focus["focusVisible"], focus
    assert focus["inView"], f"the focused {rel} link is scrolled out of view: {focus}"
    outlined = (
        focus["outlineStyle"] != "none"
        and focus["outlineWidth"] > 0
        and not focus["outlineColor"].endswith(", 0)")
        and focus["outlineColor"] != "transparent"
    )
    assert outlined or focus["boxShadow"] != "none", f"focus is not visible: {focus}"

    page.keyboard.press("Enter")
    page.wait_for_url(target)
    assert_box_marks(page, part, series.titles, series.name)
    tab.assert_clean()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("site_name", SITE_NAMES)
def test_walk_the_series_forward_and_back(
    open_tab: Callable[..., Tab], site_name: str, viewport: str
) -> None:
    tab = open_tab(site_name, viewport)
    page = tab.page
    series = tab.site.series
    count = len(series.titles)
    tab.goto(series.first)
    assert_box_marks(page, 1, series.titles, series.name)
    assert box_state(page)["prev"] is None, "part 1 links to a previous part"

    for part in range(2, count + 1):
        link = page.locator(".series-box a[rel=next]")
        assert link.inner_text().strip() == f"Next: {series.titles[part - 1]}"
        target = link.evaluate("a => a.href")
        link.click()
        page.wait_for_url(target)
        assert_box_marks(page, part, series.titles, series.name)
    assert box_state(page)["next"] is None, f"part {count} links to a next part"

    for part in range(count - 1, 0, -1):
        link = page.locator(".series-box a[rel=prev]")
        assert link.inner_text().strip() == f"Previous: {series.titles[part - 1]}"
        target = link.evaluate("a => a.href")
        link.click()
        page.wait_for_url(target)
        assert_box_marks(page, part, series.titles, series.name)
    assert page.url == tab.site.at(series.first)
    tab.assert_clean()
