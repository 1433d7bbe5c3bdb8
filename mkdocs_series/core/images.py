"""Resolve an image reference from front matter or options against the site's files (pure)."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection
from urllib.parse import unquote, urlsplit

from .models import Image


def image_address(image: Image, address: Callable[[str], str | None]) -> str | None:
    """Where ``image`` is: its URL when external, else ``address(src_uri)`` of its file."""
    return image.url if image.url is not None else address(image.src_uri or "")


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".ico")


def resolve_image_path(
    value: str, *, base_uri: str, known_files: Collection[str]
) -> tuple[Image | None, str | None]:
    """An ``Image`` for a full http(s) URL, or for a file in ``docs_dir`` given relative to
    ``base_uri`` (the file that names it) or from the docs root with a leading ``/``.

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
    if path.startswith("/"):
        joined = path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(base_uri), path)
    target = posixpath.normpath(joined)
    if target == ".." or target.startswith("../"):
        return None, f"image {value!r} points outside docs_dir; no image is shown"
    if target not in known_files:
        return None, (
            f"image {value!r} not found (looked for {target} in docs_dir); no image is shown"
        )
    if not target.lower().endswith(IMAGE_SUFFIXES):
        return None, (
            f"{value!r} is not an image (expected one of {', '.join(IMAGE_SUFFIXES)}); "
            "no image is shown"
        )
    return Image(src_uri=target), None
