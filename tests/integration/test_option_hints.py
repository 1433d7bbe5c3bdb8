"""An unknown plugin option gets "did you mean ...?" from the real MkDocs CLI."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import cli_build, copy_site


def test_misspelt_option_fails_strict_build_with_a_hint(tmp_path: Path) -> None:
    site = copy_site("option_typo", tmp_path)
    result = cli_build(site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "'per_pgae': Unrecognised configuration name: per_pgae; did you mean 'per_page'?" in (
        output
    )
    assert "posted_onn; did you mean 'posted_on'?" in output
    assert "Traceback" not in output
