"""The Zensical front-end's one build slot: read once per configuration object, problems
printed once, an edited page read again (``zensical serve`` without ``watch``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_series.zensical.extension import _State


def make_site(root: Path) -> dict[str, object]:
    (root / "mkdocs.yml").write_text("site_name: S\nplugins:\n  - series\n", encoding="utf-8")
    blog = root / "docs" / "blog"
    blog.mkdir(parents=True)
    (blog / "a.md").write_text("---\ntitle: A\ndate: 2025-01-01\n---\n\nx\n", encoding="utf-8")
    (blog / "bad.md").write_text("---\ntitle: B\ndate: soon\n---\n\nx\n", encoding="utf-8")
    return {"root_dir": str(root), "theme_dirs": []}


def test_one_read_per_build_and_problems_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, config = _State(), make_site(tmp_path)
    first = state.blog_for(config, "blog/a.md")
    assert first is not None
    assert state.blog_for(config, "index.md") is first
    assert state.blog_for(config, "blog/a.md") is first
    assert capsys.readouterr().err.count("blog/bad.md: 'date': cannot read the date") == 1
    rebuilt = state.blog_for(dict(config), "blog/a.md")  # a new build: a new config object
    assert rebuilt is not None and rebuilt is not first
    assert capsys.readouterr().err.count("blog/bad.md: 'date'") == 1  # once per build


def test_an_edited_page_is_read_again_without_new_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, config = _State(), make_site(tmp_path)
    first = state.blog_for(config, "blog/a.md")
    capsys.readouterr()
    post = tmp_path / "docs" / "blog" / "a.md"
    post.write_text(post.read_text().replace("title: A", "title: A new title"))
    again = state.blog_for(config, "blog/a.md")
    assert again is not None and again is not first
    assert again.blog.catalog.posts["blog/a.md"].title == "A new title"
    assert capsys.readouterr().err == ""


def test_bad_options_print_one_error_and_leave_the_extension_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, config = _State(), make_site(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: S\nplugins:\n  - series:\n      per_page: 0\n", encoding="utf-8"
    )
    assert state.blog_for(config, "blog/a.md") is None
    assert state.blog_for(config, "index.md") is None
    err = capsys.readouterr().err
    assert err.count("ERROR") == 1 and "option 'per_page' must be a positive number" in err
