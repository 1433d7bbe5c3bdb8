"""Collect every post of a build into a ``Catalog`` (pure: texts in, data out)."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Collection, Iterable
from urllib.parse import unquote, urlsplit

from .models import Catalog, Image, Post, Problem
from .series import build_series

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".ico")


def is_under(src_uri: str, blog_dir: str) -> bool:
    """True when ``src_uri`` lies in ``blog_dir`` (``"."`` or ``""`` is the whole docs dir)."""
    folder = blog_dir.strip("/")
    if folder in ("", "."):
        return True
    return src_uri.startswith(folder + "/")


def listing_src_uri(blog_dir: str) -> str:
    """The listing page of a blog folder: ``<blog_dir>/index.md``."""
    folder = blog_dir.strip("/")
    return "index.md" if folder in ("", ".") else f"{folder}/index.md"


def resolve_image(post: Post, known_files: Collection[str]) -> tuple[Image | None, Problem | None]:
    """Resolve a post's featured image: a full URL, or a file relative to the post or to the
    docs root (leading ``/``) that must exist in the site."""
    value = post.image
    if value is None:
        return None, None
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        return Image(url=value), None
    if parts.scheme or parts.netloc:
        return None, Problem(
            post.src_uri,
            post.image_key,
            f"expected an image path or an http(s) URL, found {value!r}; no image is shown",
        )
    path = unquote(parts.path)
    joined = (
        path.lstrip("/")
        if path.startswith("/")
        else posixpath.join(posixpath.dirname(post.src_uri), path)
    )
    target = posixpath.normpath(joined)
    if target == ".." or target.startswith("../"):
        return None, Problem(
            post.src_uri,
            post.image_key,
            f"image {value!r} points outside docs_dir; no image is shown",
        )
    if target not in known_files:
        return None, Problem(
            post.src_uri,
            post.image_key,
            f"image {value!r} not found (looked for {target} in docs_dir); no image is shown",
        )
    if not target.lower().endswith(IMAGE_SUFFIXES):
        return None, Problem(
            post.src_uri,
            post.image_key,
            f"{value!r} is not an image (expected one of {', '.join(IMAGE_SUFFIXES)}); "
            "no image is shown",
        )
    return Image(src_uri=target), None


def newest_first(posts: Iterable[Post]) -> tuple[str, ...]:
    """Posts' ``src_uri`` from the newest to the oldest; equal dates by source path."""
    ordered = sorted(posts, key=lambda p: (p.sort_key, p.src_uri), reverse=True)
    return tuple(p.src_uri for p in ordered)


Parse = Callable[[str], tuple[Post | None, list[Problem]]]


def build_catalog(
    sources: Iterable[str],
    parse: Parse,
    *,
    known_files: Collection[str],
    include_drafts: bool = True,
    now: dt.datetime | None = None,
) -> Catalog:
    """Collect posts and series; ``parse(src_uri)`` normalises one source (see ``read_post``).

    Posts dated after ``now`` are listed, with an information message.
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
        if post.draft and not include_drafts:
            catalog.drafts_left_out.add(src_uri)
            catalog.problems.append(
                Problem(src_uri, "draft", "draft: left out of this build", severity="info")
            )
            continue
        if now is not None and post.sort_key > now:
            catalog.problems.append(
                Problem(src_uri, "date", f"dated in the future ({post.date})", severity="info")
            )
        catalog.posts[src_uri] = post
        image, problem = resolve_image(post, known_files)
        if image is not None:
            catalog.images[src_uri] = image
        if problem is not None:
            catalog.problems.append(problem)
    catalog.series, series_problems = build_series(catalog.posts.values())
    catalog.problems.extend(series_problems)
    catalog.newest_first = newest_first(catalog.posts.values())
    return catalog
