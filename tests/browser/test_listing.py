"""The listing of cards, in a real browser: every card shows, images load, links lead on."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

import pytest

from tests.browser.support import VIEWPORTS, Tab, load_images, title_of

pytestmark = pytest.mark.browser

SITE_NAMES = ["example", "basic"]
LINKS = ("h2.series-card__title a", "p.series-card__more a")


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("site_name", SITE_NAMES)
def test_every_card_renders_with_its_image_loaded(
    open_tab: Callable[..., Tab], site_name: str, viewport: str
) -> None:
    tab = open_tab(site_name, viewport)
    site = tab.site
    tab.goto(site.listing)
    page = tab.page

    cards = page.locator(".series-listing > article.series-card")
    assert cards.count() == len(site.cards)
    titles = page.locator(".series-listing h2.series-card__title a").all_inner_texts()
    assert [t.strip() for t in titles] == list(site.cards)
    for i in range(cards.count()):
        card = cards.nth(i)
        box = card.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, site.cards[i]
        for part in ("h2.series-card__title a", "p.series-meta", "p.series-card__more a"):
            assert card.locator(part).is_visible(), f"{site.cards[i]}: {part} is not visible"
        assert card.locator(".series-card__summary").inner_text().strip(), site.cards[i]

    images = load_images(page, ".series-listing img.series-card__image")
    assert len(images) == site.images
    broken = [i["src"] for i in images if not (i["complete"] and i["width"] > 0)]
    assert not broken, f"featured images that did not load: {broken}"
    assert all(i["shown"] > 0 for i in images), images
    tab.assert_clean()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("site_name", SITE_NAMES)
def test_card_links_open_the_post(
    open_tab: Callable[..., Tab], site_name: str, viewport: str
) -> None:
    tab = open_tab(site_name, viewport)
    site = tab.site
    page = tab.page
    tab.goto(site.listing)
    listing_url = page.url
    cards = page.locator(".series-listing > article.series-card")
    for index, title in enumerate(site.cards):
        for link in LINKS:
            anchor = cards.nth(index).locator(link)
            target = anchor.get_attribute("href")
            assert target, f"{link} of card {title!r} has no href"
            anchor.click()
            # The post only as far as its h1 (title_of waits for it): leaving it early spares
            # loading all of it. The listing fully, though: closing a context while its page
            # is still loading sometimes hangs Playwright 1.65 with Chromium 156.
            page.wait_for_url(urljoin(listing_url, target), wait_until="commit")
            assert title_of(page) == title, f"{link} of card {title!r} led to {page.url}"
            page.go_back(wait_until="load")
            assert page.url == listing_url
    tab.assert_clean()
