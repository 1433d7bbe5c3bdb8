"""Beside Material's blog plugin, under ProperDocs, on the readthedocs theme."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO, SITES, Built, broken_links, soup

SHARED = REPO.parent / "shared"
BuildSite = Callable[..., Built]


def test_beside_materials_blog_plugin(build_site: BuildSite) -> None:
    built = build_site("material_blog")
    post = built.page("blog/2025/01/05/second-part/index.html")
    box = post.select_one("nav.series-box")
    assert [li.get_text(strip=True) for li in box.select("li")] == ["First part", "Second part"]
    assert box.select_one("a[rel=prev]")["href"] == "../../01/first-part/"
    first = built.page("blog/2025/01/01/first-part/index.html")
    assert "5 min read" in first.select_one(".series-post .series-meta").get_text()
    # Material's blog makes the listing: no cards of ours on it, and no second listing
    listing = built.page("blog/index.html")
    assert listing.select(".series-card") == []
    assert "Second part" in listing.get_text()
    assert (built.out / "blog/series/rust/index.html").is_file()
    assert broken_links(built.out) == []


def test_listing_option_overrides_the_choice(build_site: BuildSite) -> None:
    built = build_site("material_blog", plugins=["search", "blog", {"series": {"listing": True}}])
    assert len(built.page("blog/index.html").select(".series-card")) == 2


def test_readthedocs_theme(build_site: BuildSite) -> None:
    built = build_site("basic", theme={"name": "readthedocs"})
    listing = built.page("blog/index.html")
    assert len(listing.select(".series-card")) == 4
    assert built.page("blog/rust-2/index.html").select_one("nav.series-box") is not None


@pytest.mark.parametrize("command", ["mkdocs", "properdocs"])
def test_example_site_builds_with_mkdocs_and_properdocs(tmp_path: Path, command: str) -> None:
    out = tmp_path / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            command,
            "build",
            "--strict",
            "-f",
            str(REPO / "example_site" / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    checker = SHARED / "tools" / "check_listing.py"
    if checker.is_file():
        check = subprocess.run(
            [sys.executable, str(checker), str(SHARED / "reference/listing.txt"), str(out)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "9/9 reference cards exact; 8/8 series neighbour links" in check.stdout


def test_properdocs_with_its_own_mkdocs_theme(tmp_path: Path) -> None:
    site = tmp_path / "basic"
    shutil.copytree(SITES / "basic", site)
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(site / "mkdocs.yml")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    listing = soup(site / "site" / "blog" / "index.html")
    assert len(listing.select(".series-card")) == 4
