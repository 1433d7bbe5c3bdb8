"""The example site reproduces the reference listing (held against it by the shared tool).

``tests/fixtures`` holds copies of the reference listing and of its checker
(``../shared/reference/listing.txt`` and ``../shared/tools/check_listing.py`` in the
project's working area), so the suite needs nothing outside the repository; when
``../shared`` is beside the clone, the copies are checked against it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build

from tests.conftest import REPO, broken_links, load

SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures"
REFERENCE = FIXTURES / "reference_listing.txt"
CHECKER = FIXTURES / "check_listing.py"


def test_example_site_matches_the_reference_listing(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(load(REPO / "example_site", out))
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(REFERENCE), str(out)],
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


@pytest.mark.parametrize(
    ("copy", "original"),
    [(REFERENCE, "reference/listing.txt"), (CHECKER, "tools/check_listing.py")],
)
def test_the_copies_equal_the_shared_originals(copy: Path, original: str) -> None:
    source = SHARED / original
    if not source.is_file():
        pytest.skip("../shared is not beside the repository: nothing to compare the copy with")
    assert copy.read_bytes() == source.read_bytes()
