"""Shared helpers: copy a fixture site to a temporary folder and build it with real MkDocs."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

SITES = Path(__file__).parent / "sites"
REPO = Path(__file__).parent.parent


def copy_site(name: str, dest: Path) -> Path:
    """A fresh copy of ``tests/sites/<name>`` (builds never touch the repository)."""
    target = dest / name
    shutil.copytree(SITES / name, target)
    return target


def cli_build(site: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of a copied fixture site by the real command line."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(site / "mkdocs.yml"),
            *arguments,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        cwd=REPO,
        timeout=120,
    )


def load(site: Path, out: Path, **overrides: Any) -> MkDocsConfig:
    """The site's ``mkdocs.yml`` loaded the way ``mkdocs build`` does, with overrides.

    MkDocs keeps one plugin object per process for plugins with ``on_startup`` (ours), so
    every test build shares it, exactly as ``mkdocs serve`` rebuilds do.
    """
    overrides.setdefault("strict", True)
    config = load_config(str(site / "mkdocs.yml"), site_dir=str(out), **overrides)
    config.plugins.on_startup(command="build", dirty=False)
    return config


def tree_digest(folder: Path) -> str:
    """One hash of every file's path and bytes under ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def broken_links(site: Path) -> list[str]:
    """Every href/src on every built HTML page that points to no file of the site."""
    broken = []
    for page in site.rglob("*.html"):
        if page.name == "404.html":  # MkDocs writes it with URLs from the site_url's root
            continue
        html = soup(page)
        base = "/" + page.relative_to(site).as_posix()
        for tag in html.select("[href], [src]"):
            url = tag.get("href") or tag.get("src")
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith(("#", "mailto:", "data:")):
                continue
            target = unquote(urlsplit(urljoin(base, url)).path).lstrip("/")
            path = site / target
            if path.is_dir() or target == "" or url.endswith("/"):
                path = path / "index.html"
            if not path.is_file():
                broken.append(f"{base}: {url}")
    return broken


class Built:
    """A built site: its output folder and the plugin's log messages."""

    def __init__(self, site: Path, out: Path, messages: list[logging.LogRecord]) -> None:
        self.site = site
        self.out = out
        self.records = messages

    def page(self, path: str) -> BeautifulSoup:
        return soup(self.out / path)

    def warnings(self) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= logging.WARNING]

    def infos(self) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno == logging.INFO]


@pytest.fixture
def build_site(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Callable[..., Built]:
    """Build a fixture site (copied to ``tmp_path``) with ``mkdocs.commands.build``."""

    def run(name: str, **overrides: Any) -> Built:
        site = (
            copy_site(name, tmp_path / "src")
            if not (tmp_path / "src" / name).exists()
            else (tmp_path / "src" / name)
        )
        out = tmp_path / "out" / name
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs.plugins.mkdocs_series"):
            build(load(site, out, **overrides))
        records = [r for r in caplog.records if r.name.startswith("mkdocs.plugins.mkdocs_series")]
        return Built(site, out, records)

    return run
