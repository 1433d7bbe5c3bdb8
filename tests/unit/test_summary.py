"""The one line per build that sums up the blog and names the pages that are not posts."""

from __future__ import annotations

import datetime as dt

from mkdocs_series.core.catalog import build_catalog
from mkdocs_series.core.models import Catalog
from mkdocs_series.core.posts import read_post
from mkdocs_series.core.summary import blog_summary


def catalog_of(texts: dict[str, str], *, include_drafts: bool = False) -> Catalog:
    parsed = {uri: read_post(uri, text) for uri, text in texts.items()}
    return build_catalog(
        list(texts),
        parsed.__getitem__,
        known_files=list(texts),
        include_drafts=include_drafts,
        now=dt.datetime(2030, 1, 1),
    )


POSTS = {
    "blog/a.md": "---\ndate: 2025-01-01\nseries: S\n---\nA.\n",
    "blog/b.md": "---\ndate: 2025-01-02\nseries: S\n---\nB.\n",
    "blog/c.md": "---\ndate: 2025-01-03\ndraft: true\n---\nC.\n",
}


def test_counts_posts_series_and_drafts_and_names_no_page_when_all_are_posts() -> None:
    problem = blog_summary(catalog_of(POSTS), list(POSTS), blog_dir="blog")
    assert problem.severity == "info"
    assert str(problem) == "blog: 3 posts, 1 series, 1 draft"
    served = blog_summary(catalog_of(POSTS, include_drafts=True), list(POSTS), blog_dir="blog")
    assert str(served) == "blog: 3 posts, 1 series, 1 draft"


def test_pages_that_are_not_posts_are_named_with_their_reason() -> None:
    texts = {
        **POSTS,
        "blog/about.md": "# About\n",
        "blog/bad.md": "---\ndate: someday\n---\nx\n",
    }
    problem = blog_summary(catalog_of(texts), list(texts), blog_dir="blog")
    assert problem.severity == "info"
    assert str(problem) == (
        "blog: 3 posts, 1 series, 1 draft; 2 pages under blog/ are not posts: "
        "blog/about.md (no date in its front matter or file name), blog/bad.md (see its warning)"
    )


def test_first_few_by_name_then_a_count() -> None:
    texts = {**POSTS, **{f"blog/page-{n}.md": "# Page\n" for n in range(8)}}
    message = str(blog_summary(catalog_of(texts), list(texts), blog_dir="blog"))
    assert "8 pages under blog/ are not posts" in message
    assert message.count("(no date") == 5 and message.endswith("and 3 more")


def test_a_blog_folder_without_a_single_post_is_a_warning() -> None:
    texts = {"blog/2025/intro.md": "---\ntitle: Intro\n---\nx\n", "blog/about.md": "# About\n"}
    problem = blog_summary(catalog_of(texts), list(texts), blog_dir="blog", date_from_git=True)
    assert problem.severity == "warning"
    assert str(problem).startswith("blog: 2 pages under blog/, none of them a post: a post needs")
    assert "blog/about.md (no date in its front matter or file name, and none from git)" in str(
        problem
    )


def test_an_empty_blog_is_only_counted() -> None:
    problem = blog_summary(Catalog(), [], blog_dir=".")
    assert (problem.severity, str(problem)) == ("info", "blog: 0 posts, 0 series, 0 drafts")
