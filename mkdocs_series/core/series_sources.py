"""Series that a post does not name in its ``series`` key (pure), with ``series_from``:

* ``folder``: the folder the post is in, below the blog folder (Material's ``posts/`` folder
  is skipped): ``blog/posts/rust-in-depth/part-1.md`` is in the series ``rust-in-depth``;
* ``category``: the post's ``category`` (Pelican, Jekyll), else the first of its
  ``categories`` (a list, or Jekyll's space-separated words).

The name is the folder's or the category's as written; the ``series`` option's ``name``
sets how it reads. A post's own ``series`` key always wins.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .models import Post, Problem

SERIES_FROM = ("folder", "category")
MATERIAL_POSTS_FOLDER = "posts"


def first_category(meta: dict[str, Any]) -> str | None:
    """The post's category: ``category``, else the first of ``categories`` (keys lower-case)."""
    for key in ("category", "categories"):
        value = meta.get(key)
        if isinstance(value, str) and key == "categories":
            value = value.split()
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def folder_series(src_uri: str, blog_dir: str) -> str | None:
    """The innermost folder of ``src_uri`` below ``blog_dir`` (and below Material's
    ``posts/``), or ``None`` for a post directly in one of them."""
    folder = posixpath.normpath(blog_dir.strip("/") or ".")
    relative = src_uri if folder == "." else src_uri[len(folder) + 1 :]
    parts = relative.split("/")[:-1]
    if parts and parts[0] == MATERIAL_POSTS_FOLDER:
        parts = parts[1:]
    return parts[-1] if parts else None


def with_derived_series(
    posts: Iterable[Post], *, series_from: str | None, blog_dir: str
) -> tuple[list[Post], list[Problem]]:
    """``posts``, those without a series put in the one their folder or category names
    (with ``series_from``); a part number of a post still in no series is dropped, with a
    warning naming its key."""
    result, problems = [], []
    for post in posts:
        if series_from is not None and post.series_name is None:
            name = (
                folder_series(post.src_uri, blog_dir) if series_from == "folder" else post.category
            )
            if name:
                post = replace(post, series_name=name)
        if post.series_name is None and post.series_part is not None:
            problems.append(
                Problem(post.src_uri, post.part_key, "a part number without a 'series' is ignored")
            )
            post = replace(post, series_part=None)
        result.append(post)
    return result, problems
