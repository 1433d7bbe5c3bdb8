"""The benchmark still runs (issue 5): a small corpus, one round. Timings are not judged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def test_benchmark_runs_at_a_small_size(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "run.py"),
            "--quick",
            "--out",
            str(out),
            "--work",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=REPO,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    table = out.read_text(encoding="utf-8")
    assert "series/floor" in table
    assert "material-blog" in table


def test_zensical_benchmark_runs_at_a_small_size(tmp_path: Path) -> None:
    pytest.importorskip("zensical", reason="zensical is not installed")
    out = tmp_path / "zensical.md"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "zensical_bench.py"),
            "--posts",
            "20",
            "--rounds",
            "1",
            "--out",
            str(out),
            "--work",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=REPO,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    table = out.read_text(encoding="utf-8")
    assert "| cold |" in table and "reading the blog" in table
