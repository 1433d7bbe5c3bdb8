"""Material's `navigation.instant` (the example site with it on): pages swap without a
reload, and the cards, the series box and its links keep working."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.browser.support import Tab

pytestmark = pytest.mark.browser


def test_cards_and_series_box_work_after_instant_loading(open_tab: Callable[..., Tab]) -> None:
    tab = open_tab("instant", "1280x900")
    page = tab.page
    tab.goto("")
    page.evaluate("window.__sameDocument = true")
    card = page.locator(".series-card").filter(has_text="Message-Oriented Architectures")
    card.locator(".series-card__title a").click()
    page.wait_for_url(re.compile(r"/posts/message-oriented-architectures/$"))
    page.locator("nav.series-box").wait_for()
    assert page.evaluate("window.__sameDocument === true"), "the page was reloaded"
    assert "Part 2 of 3" in page.locator(".series-box__position").inner_text()

    page.locator("nav.series-box a[rel=next]").click()
    page.wait_for_url(re.compile(r"/posts/database-scaling/$"))
    page.locator("nav.series-box a[aria-current=page]").wait_for()
    assert page.locator("h1").first.inner_text().startswith("What Database Scaling")
    page.locator("nav.series-box a[rel=prev]").click()
    page.wait_for_url(re.compile(r"/posts/message-oriented-architectures/$"))
    assert page.evaluate("window.__sameDocument === true"), "the page was reloaded"

    page.locator(".series-meta a.series-meta__series").first.click()
    page.wait_for_url(re.compile(r"/series/distributed-systems-in-finance/$"))
    page.locator(".series-header").wait_for()
    assert page.locator(".series-card").count() == 3
    tab.assert_clean()
