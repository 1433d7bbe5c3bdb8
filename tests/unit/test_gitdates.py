"""Dates of the commits that added files, from one ``git log`` (pure parsing)."""

from __future__ import annotations

import datetime as dt

from mkdocs_series.core.gitdates import COMMIT_MARK, parse_git_log, unquote_path


def log(*commits: tuple[str, list[str]]) -> list[str]:
    lines: list[str] = []
    for date, changes in commits:
        lines += [COMMIT_MARK + date, "", *changes]
    return lines


def test_the_commit_that_added_each_file_newest_first() -> None:
    lines = log(
        ("2024-03-01T10:00:00+01:00", ["A\tdocs/blog/b.md"]),
        ("2024-02-01T10:00:00+00:00", ["A\tdocs/blog/a.md", "A\tdocs/other.md"]),
    )
    found = parse_git_log(lines, ["docs/blog/a.md", "docs/blog/b.md", "docs/blog/new.md"])
    assert found == {
        "docs/blog/b.md": dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        "docs/blog/a.md": dt.datetime(2024, 2, 1, 10, tzinfo=dt.timezone.utc),
    }


def test_renames_are_followed_to_the_first_name() -> None:
    lines = log(
        ("2025-01-01T00:00:00+00:00", ["R100\tposts/a.md\tdocs/blog/a.md"]),
        ("2020-05-05T00:00:00+00:00", ["A\tposts/a.md"]),
    )
    found = parse_git_log(lines, ["docs/blog/a.md"])
    assert found == {"docs/blog/a.md": dt.datetime(2020, 5, 5, tzinfo=dt.timezone.utc)}


def test_a_file_added_again_keeps_its_newest_addition() -> None:
    lines = log(
        ("2025-01-01T00:00:00+00:00", ["A\tdocs/blog/a.md"]),
        ("2020-01-01T00:00:00+00:00", ["A\tdocs/blog/a.md"]),
    )
    assert parse_git_log(lines, ["docs/blog/a.md"])["docs/blog/a.md"].year == 2025


def test_quoted_paths() -> None:
    assert unquote_path('"docs/blog/caf\\303\\251.md"') == "docs/blog/café.md"
    assert unquote_path('"a\\tb.md"') == "a\tb.md"
    assert unquote_path("plain.md") == "plain.md"
    lines = log(("2024-01-01T00:00:00+00:00", ['A\t"docs/blog/caf\\303\\251.md"']))
    assert list(parse_git_log(lines, ["docs/blog/café.md"])) == ["docs/blog/café.md"]
