"""Resolve an image reference from front matter or options against the site's files (pure)."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from .models import Image


def image_address(image: Image, address: Callable[[str], str | None]) -> str | None:
    """Where ``image`` is: its URL when external, else ``address(src_uri)`` of its file."""
    return image.url if image.url is not None else address(image.src_uri or "")


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".ico")


# Where a featured image is looked for when the path as written is not a file: beside the
# post with an image extension, in an `images` folder at the docs root (Pelican's
# `Image: 99-scala-problems` for `images/99-scala-problems.jpg`), then from the docs root
# (Jekyll's and Pelican's `image: assets/cover.png`, written from the site's root). The
# default of the `image_patterns` option.
DEFAULT_IMAGE_PATTERNS = ("{name}.{ext}", "/images/{name}.{ext}", "/{name}.{ext}")


# Keys of an image written as a mapping: PaperMod's (Hugo) `cover: {image: ...}`, Jekyll's
# `image: {path: ..., alt: ...}` (jekyll-seo-tag, Chirpy).
IMAGE_MAPPING_KEYS = ("image", "path", "src", "url")
# Pelican's link prefixes: `{static}/images/a.png` is from the content root, `{static}a.png`
# from the post's folder, as paths are read here without them.
PELICAN_PREFIXES = ("{static}", "{attach}", "{filename}")


def image_value(value: Any) -> str | None:
    """The path or URL of an image as front matter gives it: text, a mapping holding it
    under one of ``IMAGE_MAPPING_KEYS``, or a list whose first item is one (Hugo's
    ``images: [a.png, b.png]``); ``None`` for anything else or an empty value."""
    if isinstance(value, list):
        return image_value(value[0]) if value else None
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        found = next((lowered[k] for k in IMAGE_MAPPING_KEYS if k in lowered), None)
        return found.strip() or None if isinstance(found, str) else None
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be an entry of ``image_patterns``, or ``None``."""
    try:
        sample = pattern.format(name="cover", ext="png")
    except (KeyError, IndexError, ValueError, AttributeError) as error:
        return f"{pattern!r} may use only {{name}} and {{ext}} ({error!r})"
    if "{name}" not in pattern:
        return f"{pattern!r} needs {{name}}, the image as written in the front matter"
    if urlsplit(sample).scheme:
        return f"{pattern!r} must be a path in docs_dir, not a URL"
    return None


def _outside(target: str) -> bool:
    return target == ".." or target.startswith("../")


def _target(path: str, base_uri: str) -> str:
    """``path`` relative to the folder of ``base_uri``, or from the docs root with a "/"."""
    if path.startswith("/"):
        return posixpath.normpath(path.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_uri), path))


def image_candidates(path: str, *, base_uri: str, patterns: Sequence[str]) -> list[str]:
    """The files ``path`` (an image named in ``base_uri``) may be, after the path as written.

    In each pattern ``{name}`` is the path as written and ``{ext}`` its extension when it
    ends in one of ``IMAGE_SUFFIXES`` (``{name}`` then without it), else each image
    extension in turn. A pattern starting with "/" is from the docs root, any other from the
    folder of ``base_uri``. A path written from the docs root ("/img/cover") only gets an
    extension: the patterns would move it.
    """
    stem, suffix = posixpath.splitext(path)
    has_suffix = suffix.lower() in IMAGE_SUFFIXES
    extensions = [suffix[1:]] if has_suffix else [s[1:] for s in IMAGE_SUFFIXES]
    if path.startswith("/"):
        patterns = ["{name}.{ext}"]
    found: list[str] = []
    for pattern in patterns:
        uses_ext = "{ext}" in pattern
        name = stem if uses_ext and has_suffix else path
        for ext in extensions if uses_ext else [""]:
            target = _target(pattern.format(name=name, ext=ext), base_uri)
            if not _outside(target) and target not in found:
                found.append(target)
    return found


def resolve_image_path(
    value: str,
    *,
    base_uri: str,
    known_files: Collection[str],
    patterns: Sequence[str] = DEFAULT_IMAGE_PATTERNS,
) -> tuple[Image | None, str | None]:
    """An ``Image`` for a full http(s) URL, or for a file in ``docs_dir`` given relative to
    ``base_uri`` (the file that names it) or from the docs root with a leading ``/``; else
    the first file of ``image_candidates`` that exists.

    Otherwise ``(None, message)`` saying what is wrong.
    """
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. "http://[oops/cover.png"
        return None, f"expected an image path or an http(s) URL, found {value!r}; no image is shown"
    if parts.scheme in ("http", "https") and parts.netloc:
        return Image(url=value), None
    if parts.scheme or parts.netloc:
        return None, f"expected an image path or an http(s) URL, found {value!r}; no image is shown"
    path = unquote(parts.path)
    for prefix in PELICAN_PREFIXES:
        if path.startswith(prefix):
            path = path[len(prefix) :]
    target = _target(path, base_uri)
    if _outside(target):
        return None, f"image {value!r} points outside docs_dir; no image is shown"
    if target in known_files:
        if not target.lower().endswith(IMAGE_SUFFIXES):
            return None, (
                f"{value!r} is not an image (expected one of {', '.join(IMAGE_SUFFIXES)}); "
                "no image is shown"
            )
        return Image(src_uri=target), None
    candidates = image_candidates(path, base_uri=base_uri, patterns=patterns)
    for candidate in candidates:
        if candidate in known_files:
            return Image(src_uri=candidate), None
    return None, f"image {value!r} not found ({_looked_for(target, candidates)}); no image is shown"


def _looked_for(target: str, candidates: Sequence[str]) -> str:
    """``looked for a, b.{png,jpg,...} in docs_dir``: each candidate path once, the image
    extensions tried written as one ``{...}`` (``{png,jpg,...}`` when it is all of them)."""
    shown: list[str] = [target]
    for candidate in candidates:
        stem, suffix = posixpath.splitext(candidate)
        tried = [c for c in candidates if posixpath.splitext(c)[0] == stem]
        if suffix.lower() in IMAGE_SUFFIXES and len(tried) > 1:
            extensions = [posixpath.splitext(c)[1][1:] for c in tried]
            if len(extensions) == len(IMAGE_SUFFIXES):
                extensions = [*extensions[:2], "..."]
            candidate = stem + ".{" + ",".join(extensions) + "}"
        if candidate not in shown:
            shown.append(candidate)
    return f"looked for {', '.join(shown)} in docs_dir"
