"""Session fixtures for the browser tests: two real builds, two local servers, one Chromium.

The example site and ``tests/sites/basic`` are copied to a temporary folder, built once per
session with ``mkdocs.commands.build`` (strict), and each output folder is served by its own
``ThreadingHTTPServer`` on 127.0.0.1. Chromium (``/usr/bin/chromium``, never downloaded) is
launched once through Playwright; every test gets fresh browser contexts from it.

Without Chromium or Playwright the tests are skipped, except when ``CI`` is set: there they
fail, so a CI machine that lost its browser cannot pass silently.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from mkdocs.commands.build import build

from tests.browser.support import SCREENSHOTS, VIEWPORTS, Series, Site, Tab
from tests.conftest import REPO, SITES, load
from tools.localserve import CHROMIUM, CHROMIUM_ARGS, QuietHandler, QuietServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Request, Route


# tests/sites/basic/docs/blog/standalone.md points its featured image at this external URL
# on purpose (the plugin must leave absolute URLs alone). Tests run offline, so for exactly
# this URL the browser gets the fixture's own PNG. Any other request that leaves the local
# server is recorded and fails the test (see Tab.assert_clean). Routing costs ~30 ms a page
# load, so only the site that needs it gets a route.
STUBBED_IMAGES = {
    "basic": {"https://example.org/cover.png": SITES / "basic/docs/blog/images/rust.png"},
    "readthedocs": {"https://example.org/cover.png": SITES / "basic/docs/blog/images/rust.png"},
    **{
        f"shapes-{theme}": {
            "https://example.org/cover.png": SITES / "image_shapes/docs/blog/images/wide.png"
        }
        for theme in ("mkdocs", "material", "readthedocs")
    },
}

# tests/sites/image_shapes (wide, square, portrait and remote covers) on each theme, for
# test_shapes.py only
SHAPE_THEMES: dict[str, dict[str, Any]] = {
    "mkdocs": {"name": "mkdocs", "highlightjs": False},
    "material": {"name": "material", "font": False},
    "readthedocs": {"name": "readthedocs", "highlightjs": False},
}


def _site_specs() -> dict[str, dict[str, Any]]:
    return {
        "example": {
            "source": REPO / "example_site",
            "listing": "",
            "cards": (
                "Latency Profiling in Python: From Code Bottlenecks to Observability",
                "Understanding Latency: From Wire to Code",
                "Dissecting the Infra of DeFi Protocols",
                "What Database Scaling Looks Like When Milliseconds Mean Millions",
                "Introduction to DeFi Engineering",
                "How to Build Execution Systems for Crypto Trading at Scale",
                "Ring Buffers 101: The Building Block of Low-Latency Systems",
                "Message-Oriented Architectures in Trading Systems: Patterns for Scalability"
                " and Fault Tolerance",
                "Canton: A Distributed Ledger for Global Finance",
            ),
            "images": 9,
            "series": Series(
                name="Distributed Systems in Finance",
                first="posts/canton-distributed-ledger/",
                titles=(
                    "Canton: A Distributed Ledger for Global Finance",
                    "Message-Oriented Architectures in Trading Systems: Patterns for"
                    " Scalability and Fault Tolerance",
                    "What Database Scaling Looks Like When Milliseconds Mean Millions",
                ),
            ),
            "middle": "posts/message-oriented-architectures/",
        },
        # tests/sites/basic on the readthedocs theme, for test_pages.py only
        "readthedocs": {
            "source": SITES / "basic",
            "overrides": {"theme": {"name": "readthedocs", "highlightjs": False}},  # offline
            "listing": "blog/",
            "cards": (),
            "images": 0,
            "series": Series(name="", first="", titles=()),
            "middle": "blog/rust-2/",
        },
        # the example site with Material's navigation.instant, for test_instant.py only
        "instant": {
            "source": REPO / "example_site",
            "overrides": {
                "theme": {"name": "material", "font": False, "features": ["navigation.instant"]}
            },
            "listing": "",
            "cards": (),
            "images": 0,
            "series": Series(name="", first="", titles=()),
            "middle": "",
        },
        **{
            f"shapes-{theme}": {
                "source": SITES / "image_shapes",
                "overrides": {"theme": options},
                "listing": "blog/",
                "cards": (),
                "images": 4,
                "series": Series(name="", first="", titles=()),
                "middle": "",
            }
            for theme, options in SHAPE_THEMES.items()
        },
        "basic": {
            "source": SITES / "basic",
            "listing": "blog/",
            "cards": (
                "Lifetimes",
                "Borrowing",
                "Ownership: Vec<T> & Box<T>",
                "A post in no series",
            ),
            "images": 3,  # rust-3 has none; standalone's is the stubbed external URL
            "series": Series(
                name="Rust in Depth",
                first="blog/rust-1/",
                titles=("Ownership: Vec<T> & Box<T>", "Borrowing", "Lifetimes"),
            ),
            "middle": "blog/rust-2/",
        },
    }


def _unavailable() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "the playwright Python package is not installed (pip install -e '.[test]')"
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    return None


def _serve_png(path: Path) -> Callable[[Route], None]:
    body = path.read_bytes()

    def fulfill(route: Route) -> None:
        route.fulfill(status=200, content_type="image/png", body=body)

    return fulfill


# No browser test comes near this; one that does is stuck (a Playwright call without a
# timeout, such as BrowserContext.close, waiting forever) and fails instead of hanging CI.
TEST_DEADLINE = 120  # seconds, setup and teardown included


class BrowserTestTimeout(Exception):
    pass


@pytest.fixture(autouse=True)
def _deadline(request: pytest.FixtureRequest) -> Iterator[None]:
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise BrowserTestTimeout(f"{request.node.nodeid} took over {TEST_DEADLINE} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, TEST_DEADLINE)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """One headless Chromium for the whole session."""
    reason = _unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run on CI: {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Site]]:
    """Both sites, built once (strict) and served on 127.0.0.1 for the session."""
    root = tmp_path_factory.mktemp("browser-sites")
    servers: list[QuietServer] = []
    built: dict[str, Site] = {}
    try:
        for name, spec in _site_specs().items():
            source = shutil.copytree(spec.pop("source"), root / "src" / name)
            overrides = spec.pop("overrides", {})
            out = root / "out" / name
            handler = functools.partial(QuietHandler, directory=str(out))
            server = QuietServer(("127.0.0.1", 0), handler)
            servers.append(server)
            # site_url is where the site is served: Material's navigation.instant only takes
            # over links whose address matches the sitemap's, port included.
            url = f"http://127.0.0.1:{server.server_address[1]}/"
            build(load(Path(source), out, site_url=url, **overrides))
            threading.Thread(target=server.serve_forever, daemon=True).start()
            pages = tuple(
                sorted(
                    "" if p.parent == out else p.parent.relative_to(out).as_posix() + "/"
                    for p in out.rglob("index.html")
                )
            )
            built[name] = Site(
                name=name,
                out=out,
                url=url,
                pages=pages,
                **spec,
            )
        yield built
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def new_tab(
    browser: Browser, site: Site, viewport: str, color_scheme: str = "light"
) -> tuple[BrowserContext, Tab]:
    """A fresh context (no shared cookies or storage) and page, recording what goes wrong."""
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(
        viewport={"width": width, "height": height},
        color_scheme=color_scheme,  # type: ignore[arg-type]
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    tab = Tab(page=page, site=site)
    stubs = STUBBED_IMAGES.get(site.name, {})

    def on_console(message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        tab.errors.append(f"console error: {message.text} ({message.location.get('url')})")

    def on_request(request: Request) -> None:
        local = request.url.startswith((site.url, "data:", "blob:"))
        if not local and request.url not in stubs:
            tab.offsite.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda error: tab.errors.append(f"page error: {error}"))
    page.on("request", on_request)
    for url, path in stubs.items():
        context.route(url, _serve_png(path))
    return context, tab


@pytest.fixture
def open_tab(chromium: Browser, sites: dict[str, Site]) -> Iterator[Callable[..., Tab]]:
    """``open_tab(site_name, viewport_id, color_scheme="light")``: a new context and page."""
    contexts: list[BrowserContext] = []

    def open_(site_name: str, viewport: str, color_scheme: str = "light") -> Tab:
        context, tab = new_tab(chromium, sites[site_name], viewport, color_scheme)
        contexts.append(context)
        return tab

    yield open_
    for context in contexts:
        context.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SCREENSHOTS:
        terminalreporter.write_sep("-", f"{len(SCREENSHOTS)} browser screenshots")
        for path in SCREENSHOTS:
            terminalreporter.write_line(str(path))
