"""``date_from_git``: posts without a date take the commit that added them (real git)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.commands.build import build

from tests.conftest import Built, copy_site, load, soup, tree_digest

BuildSite = Callable[..., Built]


def git(repo: Path, *arguments: str, date: str = "2020-01-01T12:00:00+00:00") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", "-C", str(repo), *arguments], check=True, env=env, capture_output=True)


def make_repo(tmp_path: Path) -> Path:
    """The fixture in a repository: the first post added in 2020 in another folder and
    moved in 2025, the second added in 2023, the third (dated in front matter) in 2024."""
    site = copy_site("git_dated", tmp_path)
    posts = site / "docs" / "blog" / "posts"
    old = site / "old"
    old.mkdir()
    shutil.move(posts / "first-steps.md", old / "first-steps.md")
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "add", "--", "old", "mkdocs.yml", "docs/index.md")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "more", date="2023-06-15T09:30:00+02:00")
    git(site, "mv", "old/first-steps.md", "docs/blog/posts/first-steps.md")
    git(site, "commit", "-q", "-m", "move", date="2025-01-01T00:00:00+00:00")
    return site


def build_repo(
    site: Path, out: Path, caplog: pytest.LogCaptureFixture, **overrides: object
) -> list[str]:
    caplog.clear()
    build(load(site, out, **overrides))
    return [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]


def test_undated_posts_take_the_date_of_the_commit_that_added_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = make_repo(tmp_path)
    before = tree_digest(site)  # the working tree and .git
    # the third post was committed with the second, in 2023: its front matter wins
    build(load(site, tmp_path / "out"))  # --strict
    build(load(site, tmp_path / "again"))  # a second build in the same process
    assert tree_digest(site) == before
    first, second = (
        soup(tmp_path / out / "blog" / "index.html").select(".series-card")
        for out in ("out", "again")
    )
    assert [str(c) for c in first] == [str(c) for c in second]
    seen = [
        (c.select_one("h2").get_text(strip=True), c.select_one("time")["datetime"]) for c in first
    ]
    assert seen == [
        ("Second thoughts", "2023-06-15T09:30:00+02:00"),
        ("Dated in front matter", "2021-12-12"),
        ("First steps", "2020-01-01T12:00:00+00:00"),  # followed through its move in 2025
    ]


def test_without_the_option_undated_pages_are_not_posts(tmp_path: Path) -> None:
    site = make_repo(tmp_path)
    build(load(site, tmp_path / "out", strict=False, plugins={"series": {}}))
    cards = soup(tmp_path / "out" / "blog" / "index.html").select(".series-card")
    assert [c.select_one("h2").get_text(strip=True) for c in cards] == ["Dated in front matter"]


def test_shallow_clone_is_one_clear_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = make_repo(tmp_path)
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{site}", str(clone)],
        check=True,
        capture_output=True,
    )
    warnings = build_repo(clone, tmp_path / "out", caplog, strict=False)
    git_warnings = [w for w in warnings if "date_from_git" in w]
    assert len(git_warnings) == 1
    assert "shallow clone" in git_warnings[0] and "fetch-depth: 0" in git_warnings[0]
    cards = soup(tmp_path / "out" / "blog" / "index.html").select(".series-card")
    assert len(cards) == 1  # only the post dated in its front matter


def test_no_repository_and_no_git_are_one_clear_warning_each(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = copy_site("git_dated", tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    warnings = [w for w in build_repo(site, tmp_path / "out", caplog, strict=False) if "git" in w]
    assert len(warnings) == 1 and "is not in a git repository" in warnings[0]
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    warnings = [w for w in build_repo(site, tmp_path / "out2", caplog, strict=False) if "git" in w]
    assert len(warnings) == 1 and "git is not installed" in warnings[0]
