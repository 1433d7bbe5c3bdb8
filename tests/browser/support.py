"""Helpers for the browser tests: the sites under test, a page wrapper, colour contrast."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

SCREENSHOTS: list[Path] = []  # listed at the end of the run by conftest

VIEWPORTS = {"1280x900": (1280, 900), "375x800": (375, 800)}

# Every focusable thing a keyboard user can reach before the series box on a Material page
# (skip link, header, drawer navigation, table of contents) stays well under this.
MAX_TABS = 200


@dataclass(frozen=True)
class Series:
    """One series as a reader walks it: the first part's path and every part's title."""

    name: str
    first: str
    titles: tuple[str, ...]


@dataclass
class Site:
    """A built site served over HTTP, with what the tests expect to find in it."""

    name: str
    out: Path
    url: str  # ends with "/"
    listing: str  # path of the listing page, relative to url
    cards: tuple[str, ...]  # card titles, in listing order
    images: int  # how many cards have a featured image
    series: Series
    middle: str  # a post with both a previous and a next part
    pages: tuple[str, ...] = field(default=())  # every page to screenshot, relative to url

    def at(self, path: str) -> str:
        return self.url + path


H1 = "main h1, [role=main] h1"


def title_of(page: Page) -> str:
    """The text of the main content's first ``h1``, without a permalink's pilcrow.

    Waits for the ``h1`` to be parsed, so it can follow a navigation that has only committed.
    """
    text: str = page.locator(H1).first.evaluate(
        """h1 => {
            const copy = h1.cloneNode(true);
            copy.querySelectorAll('.headerlink').forEach(e => e.remove());
            return copy.textContent.trim();
        }"""
    )
    return text


def load_images(page: Page, selector: str) -> list[dict[str, Any]]:
    """Make lazy images under ``selector`` load now, wait for them and report each one."""
    page.evaluate(
        "sel => document.querySelectorAll(sel).forEach(i => { i.loading = 'eager'; })", selector
    )
    page.wait_for_function(
        "sel => [...document.querySelectorAll(sel)].every(i => i.complete)", arg=selector
    )
    images: list[dict[str, Any]] = page.evaluate(
        """sel => [...document.querySelectorAll(sel)].map(i => ({
            src: i.currentSrc || i.src, complete: i.complete, width: i.naturalWidth,
            shown: i.getBoundingClientRect().width
        }))""",
        selector,
    )
    return images


# --- colour contrast (WCAG 2.x) -----------------------------------------------------------

RGB = tuple[float, float, float]
RGBA = tuple[float, float, float, float]

# For every element under a root that paints text (a direct text node; list items for their
# number markers): its text colour and, from <html> down to itself, each element's
# background colour and opacity.
TEXT_LAYERS_JS = """
sel => {
  const found = [];
  for (const root of document.querySelectorAll(sel)) {
    const painters = [root, ...root.querySelectorAll('*')].filter(e =>
      e.tagName === 'LI' ||
      [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
    for (const e of painters) {
      if (!e.getClientRects().length) continue;  /* not rendered */
      const chain = [];
      for (let a = e; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        chain.unshift({background: cs.backgroundColor, opacity: cs.opacity});
      }
      const direct = [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE)
        .map(n => n.textContent).join('').trim();
      found.push({text: direct || e.textContent.trim(), color: getComputedStyle(e).color,
                  chain});
    }
  }
  return found;
}
"""


def parse_color(css: str) -> RGBA:
    """``rgb(...)`` / ``rgba(...)`` as computed by the browser, channels in 0..1."""
    match = re.fullmatch(r"rgba?\(([^)]*)\)", css.strip())
    if not match:
        raise ValueError(f"unexpected computed colour {css!r}")
    parts = [float(p) for p in re.split(r"[\s,/]+", match.group(1).strip())]
    alpha = parts[3] if len(parts) > 3 else 1.0
    return (parts[0] / 255, parts[1] / 255, parts[2] / 255, alpha)


def _over(top: RGBA, below: RGB) -> RGB:
    a = top[3]
    return (
        top[0] * a + below[0] * (1 - a),
        top[1] * a + below[1] * (1 - a),
        top[2] * a + below[2] * (1 - a),
    )


def _paint(chain: list[dict[str, str]], text: str | None, backdrop: RGB) -> RGB:
    """The colour of one pixel of the innermost element: of its text, or of what is behind it.

    Each element paints its background over what is below it; its opacity then blends its
    whole group (background and descendants) with that backdrop, as CSS does. Background
    images and gradients are not modelled (none of the measured elements has one).
    """
    layer, rest = chain[0], chain[1:]
    colour = _over(parse_color(layer["background"]), backdrop)
    if rest:
        inner = _paint(rest, text, colour)
    else:
        inner = _over(parse_color(text), colour) if text else colour
    o = float(layer["opacity"])
    return (
        inner[0] * o + backdrop[0] * (1 - o),
        inner[1] * o + backdrop[1] * (1 - o),
        inner[2] * o + backdrop[2] * (1 - o),
    )


def luminance(colour: RGB) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


CANVAS: RGB = (1.0, 1.0, 1.0)  # Chromium's canvas under a page without a root background


def text_contrasts(page: Page, selector: str) -> list[tuple[float, str, str]]:
    """``(ratio, text, colour)`` for every piece of text under ``selector``, worst first."""
    found: list[dict[str, Any]] = page.evaluate(TEXT_LAYERS_JS, selector)
    ratios = []
    for item in found:
        fg = _paint(item["chain"], item["color"], CANVAS)
        bg = _paint(item["chain"], None, CANVAS)
        ratios.append((contrast(fg, bg), item["text"][:60], item["color"]))
    return sorted(ratios)


# --- a page with its errors -----------------------------------------------------------------


@dataclass
class Tab:
    """A Playwright page that records console errors, page errors and off-site requests."""

    page: Page
    site: Site
    errors: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)

    def goto(self, path: str) -> None:
        response = self.page.goto(self.site.at(path))
        assert response is not None, path
        assert response.ok, f"{path}: HTTP {response.status}"

    def assert_clean(self) -> None:
        assert not self.offsite, f"requests that left the local server: {self.offsite}"
        assert not self.errors, "browser errors:\n" + "\n".join(self.errors)


def save_screenshot(tab: Tab, folder: Path, name: str) -> Path:
    """A full-page JPEG under the session's temporary folder (never the repository).

    JPEG (quality 85) rather than PNG: half the time on long pages, and still sharp enough
    to look at.
    """
    path = folder / f"{name}.jpg"
    tab.page.screenshot(
        path=str(path), full_page=True, type="jpeg", quality=85, animations="disabled", caret="hide"
    )
    SCREENSHOTS.append(path)
    print(f"screenshot: {path}")
    return path
