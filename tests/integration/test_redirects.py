"""Redirect pages at posts' old addresses, built by real MkDocs with --strict."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import Built, broken_links, copy_site, load, soup, tree_digest

BuildSite = Callable[..., Built]

OLD = {  # redirect page -> the post's URL relative to it
    "posts/old-hugo/index.html": "../../blog/hugo-post/",
    "blog/old-name/index.html": "../hugo-post/",  # Hugo: a relative alias sits beside the post
    "2019/01/01/even-earlier.html": "../../../blog/hugo-post/",
    "post/123/index.html": "../../blog/2025-06-09-jekyll-post/",
    "2025/06/jekyll-post/index.html": "../../../blog/2025-06-09-jekyll-post/",
}


def redirect_of(built: Built, path: str) -> tuple[str, str, str, str]:
    """(refresh target, canonical, link, link text) of a redirect page."""
    page = built.page(path)
    refresh = page.select_one('meta[http-equiv="refresh"]')["content"]
    link = page.select_one("body a")
    return (
        refresh.removeprefix("0; url="),
        page.select_one('link[rel="canonical"]')["href"],
        link["href"],
        link.get_text(),
    )


def test_each_old_address_gets_a_redirect_page(build_site: BuildSite) -> None:
    built = build_site("redirects")  # strict: no warning
    for path, target in OLD.items():
        post = target.rstrip("/").rsplit("/", 1)[-1]
        title = "From Jekyll" if "jekyll" in post else "From Hugo: <aliases> & more"
        assert redirect_of(built, path) == (
            target,
            f"https://example.com/blog/{post}/",
            target,
            title,
        ), path
    assert broken_links(built.out) == []  # every redirect reaches its post
    assert not (built.out / "blog/same-address/index.html").read_text().count("refresh")
    assert built.page("posts/old-hugo/index.html").select_one("meta[name=robots]")["content"] == (
        "noindex"
    )


def test_redirects_follow_use_directory_urls(build_site: BuildSite) -> None:
    built = build_site("redirects", use_directory_urls=False)
    assert redirect_of(built, "posts/old-hugo/index.html")[0] == "../../blog/hugo-post.html"
    assert redirect_of(built, "blog/old-name/index.html")[0] == "../hugo-post.html"
    assert redirect_of(built, "2019/01/01/even-earlier.html")[1] == (
        "https://example.com/blog/hugo-post.html"
    )
    assert broken_links(built.out) == []


def test_two_builds_in_one_process_and_docs_untouched(build_site: BuildSite) -> None:
    first = build_site("redirects")
    digest = tree_digest(first.site / "docs")
    second = build_site("redirects")
    assert tree_digest(second.site / "docs") == digest
    assert sorted(p.relative_to(second.out).as_posix() for p in second.out.rglob("*.html")) == (
        sorted(p.relative_to(first.out).as_posix() for p in first.out.rglob("*.html"))
    )


def test_a_clash_is_a_warning_naming_both(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("redirects", tmp_path)
    (site / "docs/blog/clash.md").write_text(
        "---\ntitle: Clash\ndate: 2025-02-01\n"
        "aliases: [/about/, /posts/old-hugo/]\nredirect_from: 42\n---\nText\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build(load(site, tmp_path / "out"))
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    expected = [
        "blog/clash.md: 'aliases': the old address '/about/' is where about.md is published "
        "(about/index.html); no redirect is written there",
        # the first post by path keeps the address
        "blog/hugo-post.md: 'aliases': the old address '/posts/old-hugo/' is also claimed by "
        "blog/clash.md ('aliases'); it redirects there",
        "blog/clash.md: 'redirect_from': expected a path or a list of paths, found 42; ignored",
    ]
    for message in expected:
        assert any(w.endswith(message) for w in warnings), (message, warnings)
    about = soup(tmp_path / "out/about/index.html")
    assert about.select_one('meta[http-equiv="refresh"]') is None  # the real page stays
    assert "About this site." in about.get_text()
    hugo = soup(tmp_path / "out/posts/old-hugo/index.html")
    assert hugo.select_one("body a")["href"] == "../../blog/clash/"
    assert len(warnings) == 3


def test_redirects_reach_posts_that_materials_blog_moves(tmp_path: Path) -> None:
    site = copy_site("material_blog", tmp_path)
    post = site / "docs/blog/posts/a.md"
    post.write_text(
        post.read_text(encoding="utf-8").replace(
            "readtime: 5\n", "readtime: 5\naliases: [/old/]\n"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(load(site, out))
    page = soup(out / "old/index.html")
    assert page.select_one("body a")["href"] == "../blog/2025/01/01/first-part/"
    assert page.select_one('link[rel="canonical"]')["href"] == (
        "https://example.org/blog/2025/01/01/first-part/"
    )
    assert (out / "blog/2025/01/01/first-part/index.html").is_file()
