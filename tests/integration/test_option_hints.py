"""An unknown plugin option gets "did you mean ...?" from the real MkDocs CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, copy_site


def test_misspelt_option_fails_strict_build_with_a_hint(tmp_path: Path) -> None:
    site = copy_site("option_typo", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(site / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        cwd=REPO,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "'per_pgae': Unrecognised configuration name: per_pgae; did you mean 'per_page'?" in (
        output
    )
    assert "posted_onn; did you mean 'posted_on'?" in output
    assert "Traceback" not in output
