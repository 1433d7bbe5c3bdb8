"""Bad input: a clear warning naming file and key, never a traceback, never a lost post."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import Built, cli_build, copy_site, load

BuildSite = Callable[..., Built]


def test_problems_are_warnings_naming_file_and_key(build_site: BuildSite) -> None:
    built = build_site("problems", strict=False)
    warnings = built.warnings()
    expected = [
        ("blog/broken-yaml.md", "front matter is not valid YAML (line 5"),
        ("blog/bad-date.md", "'date': cannot read the date 'next tuesday'"),
        ("blog/part-one-again.md", "'series_part': part 1 of 'Clash' is also claimed by"),
        ("blog/part-two-words.md", "'series_part': expected a positive whole part number"),
        ("blog/part-two-words.md", "'image': image 'images/missing.png' not found"),
    ]
    for file, text in expected:
        assert any(file in w and text in w for w in warnings), (file, text, warnings)
    assert len(warnings) == len(expected)
    titles = [
        h.get_text(strip=True) for h in built.page("blog/index.html").select(".series-card h2")
    ]
    assert titles == ["Part in words", "Part one again", "Part one"]  # the rest are named above


def test_strict_build_fails_on_a_content_problem_without_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("problems", tmp_path)
    result = cli_build(site)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Aborted with 5 warnings in strict mode" in output
    assert "blog/bad-date.md: 'date'" in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"words_per_minute": -5}, "'words_per_minute' must be a positive number"),
        ({"blog_dir": "../outside"}, "'blog_dir' must be a folder inside docs_dir"),
        ({"strings": {"reading_time": "{mins} min"}}, "'strings.reading_time'"),
    ],
)
def test_unusable_options_stop_the_build(tmp_path, caplog, options, message) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("basic", tmp_path)
    config = load(site, tmp_path / "out", plugins=[{"series": options}])
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build(config)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert any(message in r.getMessage() for r in errors), errors


def test_option_of_the_wrong_type_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("basic", tmp_path)
    (site / "mkdocs.yml").write_text(
        "site_name: x\nplugins:\n  - series:\n      words_per_minute: fast\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(site / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=120,
    )
    assert result.returncode != 0
    assert "words_per_minute" in result.stderr
    assert "Traceback" not in result.stderr
