"""A real `mkdocs serve`: after each edit the served pages match a clean build of the files."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build

from tests.conftest import copy_site, load, soup


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def plugin_text(page: BeautifulSoup) -> str:
    regions = page.select(".series-listing, .series-post")
    return re.sub(r"\s+", " ", " ".join(r.get_text(" ") for r in regions)).strip()


def clean_build(site: Path, out: Path) -> dict[str, str]:
    """What a clean `mkdocs serve` build of the same files shows, page by page."""
    config = load(site, out, strict=False)
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    pages = {}
    for path in sorted(out.rglob("index.html")):
        url = path.relative_to(out).parent.as_posix()
        pages["" if url == "." else url + "/"] = plugin_text(soup(path))
    return pages


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    site = copy_site("basic", tmp_path)
    port = free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")  # a file: a pipe could fill up
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "-f",
            str(site / "mkdocs.yml"),
            "-a",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base, timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "serve.log").read_text()) from None
                time.sleep(0.2)
        yield site, base, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return plugin_text(BeautifulSoup(response.read().decode(), "html.parser"))
    except OSError:
        return None


def wait_until_served_matches(base: str, expected: dict[str, str], what: str) -> None:
    deadline = time.monotonic() + 45
    mismatched: dict[str, tuple[str | None, str]] = {}
    while time.monotonic() < deadline:
        mismatched = {}
        for url, text in expected.items():
            got = fetch(base + url)
            if got != text:
                mismatched[url] = (got, text)
        if not mismatched:
            return
        time.sleep(0.5)
    pytest.fail(f"after {what}, served pages differ from a clean build: {mismatched}")


def rewrite(path: Path, change: Callable[[str], str]) -> None:
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def test_live_edits_are_served_like_a_clean_build(
    served: tuple[Path, str, subprocess.Popen[str]], tmp_path: Path
) -> None:
    site, base, server = served
    blog = site / "docs" / "blog"
    steps: list[tuple[str, Callable[[], None]]] = [
        (
            "adding a post",
            lambda: (blog / "rust-4.md").write_text(
                "---\ntitle: Traits\ndate: 2025-03-22\nseries: Rust in Depth\nseries_part: 4\n---\n"
                "Traits.\n",
                encoding="utf-8",
            ),
        ),
        (
            "renaming a series",
            lambda: [
                rewrite(p, lambda t: t.replace("Rust in Depth", "Rust, Deeper"))
                for p in blog.rglob("*.md")
            ],
        ),
        (
            "moving a part",
            lambda: [
                rewrite(
                    blog / "rust-4.md", lambda t: t.replace("series_part: 4", "series_part: 2")
                ),
                rewrite(blog / "rust-2.md", lambda t: t.replace("part: 2", "part: 4")),
            ],
        ),
        ("deleting a post", lambda: (blog / "standalone.md").unlink()),
        (
            "breaking a post's YAML",
            lambda: rewrite(
                blog / "rust-2.md", lambda t: t.replace("title: Borrowing", "title: [Borrowing")
            ),
        ),
        (
            "fixing it again",
            lambda: rewrite(
                blog / "rust-2.md",
                lambda t: t.replace("title: [Borrowing", "title: Borrowing again"),
            ),
        ),
    ]
    wait_until_served_matches(base, clean_build(site, tmp_path / "clean0"), "starting")
    for number, (what, change) in enumerate(steps, start=1):
        change()
        expected = clean_build(site, tmp_path / f"clean{number}")
        wait_until_served_matches(base, expected, what)
        assert server.poll() is None, f"the server stopped after {what}"
    server.terminate()
    server.wait(timeout=10)
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
    assert "rust-2.md: front matter is not valid YAML" in log
