"""The example site reproduces the reference listing (held against it by the shared tool)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build

from tests.conftest import REPO, broken_links, load

SHARED = REPO.parent / "shared"


def test_example_site_matches_the_reference_listing(tmp_path: Path) -> None:
    checker = SHARED / "tools" / "check_listing.py"
    if not checker.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{checker} is missing: CI must run with ../shared beside the repo")
        pytest.skip("../shared is not beside the repository")
    out = tmp_path / "site"
    build(load(REPO / "example_site", out))
    result = subprocess.run(
        [sys.executable, str(checker), str(SHARED / "reference" / "listing.txt"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "9/9 reference cards exact; 8/8 series neighbour links" in result.stdout


def test_every_link_of_the_example_site_resolves(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(load(REPO / "example_site", out))
    assert (out / "series" / "index.html").is_file()
    for slug in ("low-latency-fundamentals", "defi-engineering", "distributed-systems-in-finance"):
        assert (out / "series" / slug / "index.html").is_file()
        assert (out / "series" / slug / "feed.xml").is_file()
    assert broken_links(out) == []
