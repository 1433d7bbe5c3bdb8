"""The example site built by Zensical (with its one ``markdown_extensions`` line), opened in
Chromium: the listing and a series post at both widths, no sideways scrolling, no errors."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.conftest import new_tab
from tests.browser.support import VIEWPORTS, Series, Site, load_images, save_screenshot
from tests.browser.test_pages import OVERFLOW_JS
from tests.conftest import REPO
from tools.localserve import QuietHandler, QuietServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.browser
pytest.importorskip("zensical", reason="zensical is not installed")

MIDDLE = "posts/message-oriented-architectures/"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("zensical-example")
    source = root / "example_site"
    shutil.copytree(REPO / "example_site", source, ignore=shutil.ignore_patterns("site", ".cache"))
    subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--clean", "-f", str(source / "mkdocs.yml")],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=source,
    )
    out = source / "site"
    server = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Site(
            name="zensical",
            out=out,
            url=f"http://127.0.0.1:{server.server_address[1]}/",
            listing="",
            cards=(),
            images=9,
            series=Series(name="", first="", titles=()),
            middle=MIDDLE,
        )
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_listing_and_series_post_on_zensical(
    chromium: Browser, zensical_site: Site, screenshot_dir: Path, viewport: str
) -> None:
    context, tab = new_tab(chromium, zensical_site, viewport)
    try:
        page = tab.page
        tab.goto("")
        assert page.locator(".series-card").count() == 9
        images = load_images(page, ".series-card img")
        assert len(images) == 9 and all(i["width"] > 0 for i in images)
        widths = page.evaluate(OVERFLOW_JS)
        assert widths["scroll"] <= widths["inner"], widths
        save_screenshot(tab, screenshot_dir, f"zensical-{viewport}-index")

        tab.goto("series/low-latency-fundamentals/")  # a page written by init-pages
        assert page.locator(".series-header").count() == 1
        assert page.locator(".series-card").count() == 2

        tab.goto(MIDDLE)
        box = page.locator(".series-box")
        assert box.count() == 1 and box.is_visible()
        assert page.locator(".series-box [aria-current=page]").count() == 1
        widths = page.evaluate(OVERFLOW_JS)
        assert widths["scroll"] <= widths["inner"], widths
        save_screenshot(tab, screenshot_dir, f"zensical-{viewport}-post")
        page.locator(".series-box a[rel=next]").click()
        page.wait_for_url("**/posts/database-scaling/")
        assert (
            page.locator(".series-box [aria-current=page]")
            .inner_text()
            .startswith("What Database Scaling")
        )
        tab.assert_clean()
    finally:
        context.close()
