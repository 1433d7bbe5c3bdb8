"""Collect every post of a build into a ``Catalog`` (pure: texts in, data out)."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .images import DEFAULT_IMAGE_PATTERNS, resolve_image_path
from .models import Catalog, Image, Post, Problem
from .series import apply_settings, build_series
from .series_sources import with_derived_series


def clean_folder(folder: str) -> str:
    """A folder option as a normalised relative path: ``./blog/`` -> ``blog``, ``/`` -> ``.``."""
    return posixpath.normpath(folder.strip("/") or ".")


def is_under(src_uri: str, blog_dir: str) -> bool:
    """True when ``src_uri`` lies in ``blog_dir`` (``"."`` or ``""`` is the whole docs dir)."""
    folder = clean_folder(blog_dir)
    if folder in ("", "."):
        return True
    return src_uri.startswith(folder + "/")


def listing_src_uri(blog_dir: str) -> str:
    """The listing page of a blog folder: ``<blog_dir>/index.md``."""
    folder = clean_folder(blog_dir)
    return "index.md" if folder in ("", ".") else f"{folder}/index.md"


def resolve_image(
    post: Post,
    known_files: Collection[str],
    *,
    image_patterns: Sequence[str] = DEFAULT_IMAGE_PATTERNS,
) -> tuple[Image | None, Problem | None]:
    """Resolve a post's featured image (see ``images.resolve_image_path``)."""
    if post.image is None:
        return None, None
    image, error = resolve_image_path(
        post.image, base_uri=post.src_uri, known_files=known_files, patterns=image_patterns
    )
    return image, (Problem(post.src_uri, post.image_key, error) if error else None)


def newest_first(posts: Iterable[Post]) -> tuple[str, ...]:
    """Posts' ``src_uri`` from the newest to the oldest; equal dates by source path."""
    ordered = sorted(posts, key=lambda p: (p.sort_key, p.src_uri), reverse=True)
    return tuple(p.src_uri for p in ordered)


Parse = Callable[[str], tuple[Post | None, list[Problem]]]


def is_future(post: Post, now: dt.datetime) -> bool:
    """Whether ``post`` is dated after ``now``: an aware date against the same instant, a
    naive one against ``now``'s wall clock (local time, as the author wrote it)."""
    if post.date.tzinfo is not None and now.tzinfo is not None:
        try:
            return post.date > now
        except OverflowError:
            return False
    return post.date.replace(tzinfo=None) > now.replace(tzinfo=None)


def build_catalog(
    sources: Iterable[str],
    parse: Parse,
    *,
    known_files: Collection[str],
    include_drafts: bool = True,
    now: dt.datetime | None = None,
    future_as_draft: bool = False,
    series_settings: Mapping[str, Any] | None = None,
    image_patterns: Sequence[str] = DEFAULT_IMAGE_PATTERNS,
    series_from: str | None = None,
    blog_dir: str = ".",
) -> Catalog:
    """Collect posts and series; ``parse(src_uri)`` normalises one source (see ``read_post``).

    Posts dated after ``now`` are listed with an information message, or, with
    ``future_as_draft``, treated as drafts. ``series_settings`` is the ``series`` option;
    ``image_patterns`` the ``image_patterns`` option (see ``images.image_candidates``);
    with ``series_from`` (``folder`` or ``category``) posts without a ``series`` key take
    the series their folder below ``blog_dir`` or their category names.
    """
    catalog = Catalog()
    for src_uri in sources:
        try:
            post, problems = parse(src_uri)
        except UnicodeDecodeError as error:
            message = f"is not valid UTF-8 ({error.reason} at byte {error.start}); not listed"
            catalog.problems.append(Problem(src_uri, "", message))
            continue
        catalog.problems.extend(problems)
        if post is None:
            continue
        future = now is not None and is_future(post, now)
        if future and future_as_draft and not post.draft:
            post = replace(post, draft=True)
        if post.draft and not include_drafts:
            catalog.drafts_left_out.add(src_uri)
            catalog.problems.append(
                Problem(src_uri, "draft", "draft: left out of this build", severity="info")
            )
            continue
        if future:
            catalog.problems.append(
                Problem(src_uri, "date", f"dated in the future ({post.date})", severity="info")
            )
        catalog.posts[src_uri] = post
        image, problem = resolve_image(post, known_files, image_patterns=image_patterns)
        if image is not None:
            catalog.images[src_uri] = image
        if problem is not None:
            catalog.problems.append(problem)
    derived, stray_parts = with_derived_series(
        catalog.posts.values(), series_from=series_from, blog_dir=blog_dir
    )
    catalog.posts = {post.src_uri: post for post in derived}
    catalog.problems.extend(stray_parts)
    catalog.series, series_problems = build_series(catalog.posts.values())
    catalog.problems.extend(series_problems)
    catalog.series, settings_problems = apply_settings(
        catalog.series,
        series_settings or {},
        known_files=known_files,
        image_patterns=image_patterns,
    )
    catalog.problems.extend(settings_problems)
    catalog.newest_first = newest_first(catalog.posts.values())
    return catalog
