"""Accessibility audit with axe-core (npm, `npm ci`), injected by Playwright: no serious or
critical violations on the listing, a series page and a post, on both sites.

The audit covers what the plugin renders (its blocks, ``PLUGIN_BLOCKS``), not the theme
around it: axe also reports the themes' own markup (Material's search dialog has no
accessible name, its footer and code comments fall under 4.5:1), which no plugin setting
changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.browser.support import Tab
from tests.conftest import REPO

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
PLUGIN_BLOCKS = [
    ".series-listing",
    ".series-post",
    ".series-header",
    ".series-index",
    ".series-pagination",
    ".series-planned",
    ".series-toc",
]
PAGES = {
    "example": [
        "",
        "series/distributed-systems-in-finance/",
        "posts/message-oriented-architectures/",
    ],
    "basic": ["blog/", "blog/series/rust-in-depth/", "blog/rust-2/"],
}


def axe_source() -> str:
    if not AXE.is_file():
        reason = f"{AXE} is missing: run `npm ci` (the README's test command does)"
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return Path(AXE).read_text(encoding="utf-8")


@pytest.mark.parametrize(("site", "path"), [(s, p) for s, paths in PAGES.items() for p in paths])
def test_no_serious_or_critical_violations(
    open_tab: Callable[..., Tab], site: str, path: str
) -> None:
    source = axe_source()
    tab = open_tab(site, "1280x900")
    tab.goto(path)
    tab.page.add_script_tag(content=source)
    violations = tab.page.evaluate(
        """async (blocks) => {
            const include = blocks.filter(s => document.querySelector(s)).map(s => [s]);
            if (include.length === 0) throw new Error("no block of the plugin on this page");
            const result = await axe.run({include}, {resultTypes: ["violations"]});
            return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => ({id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5)}));
        }""",
        PLUGIN_BLOCKS,
    )
    assert violations == [], violations
    tab.assert_clean()
