"""Checks of the plugin's options that their types alone cannot express (pure)."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from typing import Any

# The fields each visible string may use, with sample values to try it with.
STRING_FIELDS: dict[str, dict[str, object]] = {
    "posted_on": {"date": "Sat 29 November 2025"},
    "series_part": {"part": 2, "series": "Series"},
    "reading_time": {"minutes": 18},
    "continue_reading": {},
    "featured_image_alt": {"title": "Title"},
    "series_position": {"part": 2, "total": 3, "series": "Series"},
    "series_heading": {"series": "Series"},
    "previous_part": {"title": "Title"},
    "next_part": {"title": "Title"},
    "draft": {},
}

POSITIVE_INTS = ("words_per_minute", "code_words_per_minute", "cjk_chars_per_minute")


def check_options(options: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` naming the option when one cannot be used."""
    for name in POSITIVE_INTS:
        if options[name] <= 0:
            raise ValueError(f"option '{name}' must be a positive number, found {options[name]}")
    blog_dir = posixpath.normpath(options["blog_dir"].strip("/") or ".")
    if blog_dir == ".." or blog_dir.startswith("../"):
        raise ValueError(f"option 'blog_dir' must be a folder inside docs_dir, found {blog_dir!r}")
    strings = options["strings"]
    for name, sample in STRING_FIELDS.items():
        try:
            strings[name].format(**sample)
        except (KeyError, IndexError, ValueError) as error:
            allowed = ", ".join("{" + field + "}" for field in sample) or "no {fields}"
            raise ValueError(
                f"option 'strings.{name}' ({strings[name]!r}) cannot be filled in: {error!r}; "
                f"it may use {allowed}"
            ) from None
