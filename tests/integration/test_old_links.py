"""Pelican's and Jekyll's links and code blocks, built by real MkDocs with --strict."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import Built, cli_build, copy_site, load, soup, tree_digest

BuildSite = Callable[..., Built]


def content(built: Built, path: str) -> list[tuple[str, str]]:
    """(tag, href or src) of every link and image in the page's main content."""
    main = built.page(path).select_one("div[role=main]")
    return [(t.name, t.get("href") or t.get("src")) for t in main.select("a[href], img[src]")]


def test_pelican_links_become_site_links(build_site: BuildSite) -> None:
    built = build_site("old_links")  # strict: no warning at all
    assert content(built, "blog/pelican-links/index.html") == [
        ("a", "../2025-06-09-mcp-server-basics/#setup"),
        ("a", "../2024/2024-01-02-older/"),
        ("a", "../../about/"),
        ("img", "../../images/chart.png"),
        ("a", "../files/paper.pdf"),
        ("a", "../../about/"),  # in raw HTML too
        ("img", "../../images/chart.png"),
    ]
    page = built.page("blog/pelican-links/index.html")
    assert [c.get_text() for c in page.select("div[role=main] code")] == [
        "{filename}/about.md",
        "[kept]({filename}/about.md)\n",
    ]


def test_jekyll_tags_become_links_and_fenced_code(build_site: BuildSite) -> None:
    built = build_site("old_links")
    assert content(built, "blog/2025-06-09-mcp-server-basics/index.html")[-3:] == [
        ("a", "../2024/2024-01-02-older/"),
        ("a", "../pelican-links/"),
        ("img", "../../images/chart.png"),
    ]
    assert content(built, "blog/2024/2024-01-02-older/index.html")[-1] == (
        "a",
        "../../2025-06-09-mcp-server-basics/",
    )
    page = built.page("blog/2025-06-09-mcp-server-basics/index.html")
    code = page.select_one("div[role=main] pre code.language-python")
    assert code is not None
    assert code.get_text() == 'def handler(request):\n    return {"ok": True}\n'
    text = page.select_one("div[role=main]").get_text()
    assert "Templates write {{ name }} here." in text
    assert "{%" not in text
    assert "A note to self" not in page.decode()  # {% comment %}: dropped, as by Jekyll
    home = built.page("index.html").select_one("div[role=main]").get_text()
    assert "{% include kept.html %}" in home  # outside the blog folder: untouched


def test_hugo_refs_become_links(build_site: BuildSite) -> None:
    built = build_site("old_links")
    assert content(built, "blog/hugo-refs/index.html")[-2:] == [
        ("a", "../pelican-links/"),
        ("a", "../../about/"),
    ]


def test_without_directory_urls(build_site: BuildSite) -> None:
    built = build_site("old_links", use_directory_urls=False)
    assert content(built, "blog/pelican-links.html")[:3] == [
        ("a", "2025-06-09-mcp-server-basics.html#setup"),
        ("a", "2024/2024-01-02-older.html"),
        ("a", "../about.html"),
    ]
    assert content(built, "blog/pelican-links.html")[5] == ("a", "../about.html")


def test_a_broken_old_link_gets_mkdocs_own_warning(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("old_links", tmp_path)
    (site / "docs/blog/broken.md").write_text(
        "---\ntitle: Broken\ndate: 2025-01-01\n---\n"
        "[gone]({filename}gone.md) and [old]({% post_url 2020-01-01-gone %})\n"
        '<img src="{static}/images/gone.png">\n',
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build(load(site, tmp_path / "out"))
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(
        "'blog/broken.md' contains a link 'gone.md'" in w and "not found" in w for w in warnings
    ), warnings
    assert any("contains a link '2020-01-01-gone.md'" in w for w in warnings), warnings
    assert any(
        "blog/broken.md: the link '{static}/images/gone.png' in HTML points to no file" in w
        for w in warnings
    ), warnings


def test_other_template_tags_are_named_once(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("old_links", tmp_path)
    for name in ("a", "b"):
        (site / f"docs/blog/{name}.md").write_text(
            f"---\ntitle: {name}\ndate: 2025-01-01\n---\n"
            "{% include note.html %} and {{ page.title }}, not `{{ code }}`\n",
            encoding="utf-8",
        )
    digest = tree_digest(site / "docs")
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build(load(site, tmp_path / "out"))
    named = [r.getMessage() for r in caplog.records if "template tags" in r.getMessage()]
    assert named == [
        "mkdocs_series: template tags of another blog generator are shown as text in 2 pages "
        "(rewrite them, "
        "or put them in code): blog/a.md: {% include note.html %}, {{ page.title }}; "
        "blog/b.md: {% include note.html %}, {{ page.title }}"
    ]
    assert tree_digest(site / "docs") == digest  # nothing written into docs_dir
    page = soup(tmp_path / "out/blog/a/index.html")
    assert "{% include note.html %} and {{ page.title }}" in page.get_text()


def test_the_option_turns_it_off(build_site: BuildSite) -> None:
    with pytest.raises(Abort):  # the old links are then links MkDocs cannot find
        build_site("old_links", plugins=[{"series": {"convert_old_markup": False}}])


def test_html_links_reach_posts_that_materials_blog_moves(tmp_path: Path) -> None:
    site = copy_site("material_blog", tmp_path)
    post = site / "docs/blog/posts/a.md"
    post.write_text(
        post.read_text(encoding="utf-8") + '\n<p class="old"><a href="{filename}b.md">B</a></p>\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(load(site, out))
    link = soup(out / "blog/2025/01/01/first-part/index.html").select_one("p.old a")
    target = (out / "blog/2025/01/01/first-part" / link["href"] / "index.html").resolve()
    assert target.is_file(), link["href"]
    assert link["href"] == "../../05/second-part/"  # between Material's addresses


@pytest.mark.parametrize("name", ["old_links", "redirects"])
def test_the_cli_builds_the_fixtures_strictly(tmp_path: Path, name: str) -> None:
    site = copy_site(name, tmp_path)
    result = cli_build(site)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
