"""The blog read from a docs folder without an engine (``render/standalone.py``)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from mkdocs_series.render.siteconfig import load_options
from mkdocs_series.render.standalone import BlogSettings, docs_files, read_blog


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


def test_links_go_to_source_files_for_the_engine_to_rewrite(tmp_path: Path) -> None:
    docs = site(
        tmp_path,
        {
            "blog/one.md": post("One", "2025-01-01", 1),
            "blog/two.md": post("Two", "2025-01-02", 2),
            "blog/series/s/index.md": "---\ntitle: S\n---\n\nx\n",
        },
    )
    blog = read_blog(docs, settings())
    html = blog.header("blog/two.md", has_title=False)
    assert html is not None
    links = [a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a")]
    assert "one.md" in links and "series/s/index.md" in links
    assert blog.header("blog/series/s/index.md", has_title=True) is None
    listing = blog.listing("blog/series/s/index.md")
    assert listing is not None and 'href="../../one.md"' in listing


def test_missing_and_empty_listing_pages_are_problems(tmp_path: Path) -> None:
    docs = site(
        tmp_path,
        {"blog/one.md": post("One", "2025-01-01", 1), "blog/index.md": "---\ntitle: B\n---\n"},
    )
    blog = read_blog(docs, settings())
    problems = [str(p) for p in blog.problems]
    assert any("blog/index.md: holds nothing but front matter" in p for p in problems)
    missing = next(p for p in problems if "no file in docs_dir" in p)
    assert "blog/series/s/index.md" in missing and "init-pages" in missing
    # a series page that does not exist is not linked
    header = blog.header("blog/one.md", has_title=True)
    assert header is not None and "series/s/" not in header


def test_markers_are_filled_and_unknown_series_named(tmp_path: Path) -> None:
    docs = site(tmp_path, {"blog/one.md": post("One", "2025-01-01", 1)})
    blog = read_blog(docs, settings())
    html, problems = blog.fill_markers(
        "index.md", "<!-- series: s --><!-- series: Nope --><!-- latest-posts: 1 -->"
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
    assert blog.listing("blog/README.md") is not None


def test_another_blog_makes_the_listing(tmp_path: Path) -> None:
    docs = site(tmp_path, {"blog/one.md": post("One", "2025-01-01", 1)})
    other = BlogSettings(options=load_options({}, where="t"), has_other_blog=True)
    assert "blog/index.md" not in read_blog(docs, other).plan
    assert "blog/index.md" in read_blog(docs, settings(listing=True)).plan
