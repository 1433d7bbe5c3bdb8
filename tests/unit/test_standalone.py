"""The blog read from a docs folder without an engine (``render/standalone.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_series.mkdocs.siteconfig import load_options
from mkdocs_series.render.standalone import (
    BlogSettings,
    docs_files,
    page_address,
    read_blog,
)


@pytest.mark.parametrize(
    ("src_uri", "directory", "url"),
    [
        ("index.md", True, ""),
        ("blog/index.md", True, "blog/"),
        ("blog/README.md", True, "blog/"),
        ("blog/post.md", True, "blog/post/"),
        ("blog/post.md", False, "blog/post.html"),
        ("blog/index.md", False, "blog/index.html"),
        ("images/a.png", True, "images/a.png"),
    ],
)
def test_page_address_follows_mkdocs(src_uri: str, directory: bool, url: str) -> None:
    assert page_address(src_uri, use_directory_urls=directory) == url


def post(title: str, date: str, part: int | None = None) -> str:
    series = f"series: S\nseries_part: {part}\n" if part else ""
    return f"---\ntitle: {title}\ndate: {date}\n{series}---\n\nBody of {title}.\n"


def site(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def settings(**options: object) -> BlogSettings:
    return BlogSettings(options=load_options(options, where="test"))


def test_docs_files_leave_out_dot_files(tmp_path: Path) -> None:
    docs = site(tmp_path, {"a.md": "", ".hidden/b.md": "", "c/.d.md": "", "c/e.md": ""})
    assert docs_files(docs) == ["a.md", "c/e.md"]


def test_links_go_to_sources_for_engines_that_rewrite_them(tmp_path: Path) -> None:
    docs = site(
        tmp_path,
        {
            "blog/one.md": post("One", "2025-01-01", 1),
            "blog/two.md": post("Two", "2025-01-02", 2),
            "blog/series/s/index.md": "---\ntitle: S\n---\n\nx\n",
        },
    )
    blog = read_blog(docs, BlogSettings(options=load_options({}, where="t"), link_sources=True))
    html = blog.header("blog/two.md", "blog/two/", has_title=False)
    assert html is not None
    links = [a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a")]
    assert "one.md" in links and "series/s/index.md" in links
    urls = read_blog(docs, settings()).header("blog/two.md", "blog/two/", has_title=True)
    assert urls is not None and 'href="../one/"' in urls


def test_missing_and_empty_listing_pages_are_problems(tmp_path: Path) -> None:
    docs = site(
        tmp_path,
        {"blog/one.md": post("One", "2025-01-01", 1), "blog/index.md": "---\ntitle: B\n---\n"},
    )
    problems = [str(p) for p in read_blog(docs, settings()).problems]
    assert any("blog/index.md: holds nothing but front matter" in p for p in problems)
    missing = next(p for p in problems if "no file in docs_dir" in p)
    assert "blog/series/s/index.md" in missing and "init-pages" in missing


def test_markers_are_filled_and_unknown_series_named(tmp_path: Path) -> None:
    docs = site(tmp_path, {"blog/one.md": post("One", "2025-01-01", 1)})
    blog = read_blog(docs, settings())
    html, problems = blog.fill_markers(
        "<!-- series: s --><!-- series: Nope --><!-- latest-posts: 1 -->", "index.md", ""
    )
    assert "series-toc" in html and "series-card" in html
    assert "<!-- series: Nope -->" in html
    assert [str(p) for p in problems] == [
        "index.md: marker '<!-- series: Nope -->' names no series of the blog"
    ]


def test_a_readme_stands_for_the_listing_page_at_its_address(tmp_path: Path) -> None:
    docs = site(
        tmp_path,
        {"blog/one.md": post("One", "2025-01-01"), "blog/README.md": "# Blog\n"},
    )
    blog = read_blog(docs, settings())
    assert "blog/README.md" in blog.plan and "blog/index.md" not in blog.plan
    assert blog.listing("blog/README.md", "blog/") is not None
