"""One message per build that sums up the blog and names the pages it did not take (pure).

``blog/: 12 posts, 3 series, 1 draft; 2 pages under blog/ are not posts: blog/about.md
(no date in its front matter or file name), blog/x.md (see its warning)``

An information line normally; a warning when the blog folder has pages and none of them is
a post (a blog copied in whose dates the plugin cannot find), so ``--strict`` stops there.
"""

from __future__ import annotations

from collections.abc import Sequence

from .catalog import clean_folder
from .models import Catalog, Problem

SHOWN = 5  # pages named in the message; the rest are counted


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def not_post_reasons(
    catalog: Catalog, sources: Sequence[str], *, date_from_git: bool = False
) -> dict[str, str]:
    """``{src_uri: why it is not a post}`` for the pages of ``sources`` the catalog lacks."""
    warned = {p.src_uri for p in catalog.problems if p.severity == "warning"}
    no_date = "no date in its front matter or file name" + (
        ", and none from git" if date_from_git else ""
    )
    return {
        uri: ("see its warning" if uri in warned else no_date)
        for uri in sources
        if uri not in catalog.posts and uri not in catalog.drafts_left_out
    }


def blog_summary(
    catalog: Catalog, sources: Sequence[str], *, blog_dir: str, date_from_git: bool = False
) -> Problem:
    """The build's summary of the blog (``sources``: the pages under ``blog_dir``)."""
    folder = clean_folder(blog_dir)
    where = "the docs folder" if folder == "." else f"{folder}/"
    drafts = len(catalog.drafts_left_out) + sum(p.draft for p in catalog.posts.values())
    posts = len(catalog.posts) + len(catalog.drafts_left_out)
    counts = f"{plural(posts, 'post')}, {len(catalog.series)} series, {plural(drafts, 'draft')}"
    reasons = not_post_reasons(catalog, sources, date_from_git=date_from_git)
    named = ", ".join(f"{uri} ({why})" for uri, why in list(reasons.items())[:SHOWN])
    more = f" and {len(reasons) - SHOWN} more" if len(reasons) > SHOWN else ""
    if sources and posts == 0:
        return Problem(
            folder if folder != "." else "",
            "",
            f"{plural(len(sources), 'page')} under {where}, none of them a post: a post needs "
            "a date (front matter 'date:', a file name like 2025-06-09-slug.md, or the "
            f"date_from_git option); {named}{more}",
        )
    message = f"blog: {counts}"
    if reasons:
        verb = "is not a post" if len(reasons) == 1 else "are not posts"
        message += f"; {plural(len(reasons), 'page')} under {where} {verb}: {named}{more}"
    return Problem("", "", message, severity="info")
