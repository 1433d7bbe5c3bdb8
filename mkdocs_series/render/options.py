"""Checks of the plugin's options that their types alone cannot express (pure)."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Mapping
from typing import Any

from ..core.imagesize import parse_ratio
from ..core.zones import site_zone
from .i18n import format_date

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
    "series_stats": {"parts": 3, "minutes": 45, "first": "Sat 01", "last": "Sun 02"},
    "series_index_title": {},
    "series_index_entry": {"parts": 3, "date": "Sat 01 November 2025"},
    "coming_soon": {},
    "newer_posts": {},
    "older_posts": {},
    "page_position": {"page": 2, "pages": 3},
    "pagination_label": {},
}

SERIES_OPTION_KEYS = {"description": str, "image": str, "slug": str, "planned": list}

POSITIVE_INTS = (
    "words_per_minute",
    "code_words_per_minute",
    "cjk_chars_per_minute",
    "per_page",
    "feed_size",
)


def check_options(options: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` naming the option when one cannot be used."""
    for name in POSITIVE_INTS:
        if options[name] <= 0:
            raise ValueError(f"option '{name}' must be a positive number, found {options[name]}")
    blog_dir = posixpath.normpath(options["blog_dir"].strip("/") or ".")
    if blog_dir == ".." or blog_dir.startswith("../"):
        raise ValueError(f"option 'blog_dir' must be a folder inside docs_dir, found {blog_dir!r}")
    series_dir = posixpath.normpath(options["series_dir"].strip("/") or ".")
    if series_dir == "." or series_dir == ".." or series_dir.startswith("../"):
        raise ValueError(
            f"option 'series_dir' must be a folder inside blog_dir, found {options['series_dir']!r}"
        )
    check_series_option(options["series"])
    site_zone(options["timezone"])
    if options["image_ratio"] is not None:
        parse_ratio(options["image_ratio"])
    if options["date_format"] is not None:
        try:
            format_date(
                dt.datetime(2025, 11, 29), language="en", date_format=options["date_format"]
            )
        except ValueError as error:
            raise ValueError(f"option 'date_format': {error}") from None
    strings = options["strings"]
    for name, sample in STRING_FIELDS.items():
        try:
            strings[name].format(**sample)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError) as error:
            allowed = ", ".join("{" + field + "}" for field in sample) or "no {fields}"
            raise ValueError(
                f"option 'strings.{name}' ({strings[name]!r}) cannot be filled in: {error!r}; "
                f"it may use {allowed}"
            ) from None


def check_series_option(series: Mapping[str, Any]) -> None:
    """``series:`` maps a series name to ``description``, ``image``, ``slug``, ``planned``."""
    for name, settings in series.items():
        where = f"option 'series' -> {name!r}"
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"option 'series' needs series names as keys, found {name!r}")
        if settings is None:
            continue
        if not isinstance(settings, Mapping):
            raise ValueError(
                f"{where} must be a mapping of description, image, slug, planned; "
                f"found {settings!r}"
            )
        for key, value in settings.items():
            expected = SERIES_OPTION_KEYS.get(key)
            if expected is None:
                known = ", ".join(SERIES_OPTION_KEYS)
                raise ValueError(f"{where}: unknown key {key!r} (known: {known})")
            if not isinstance(value, expected):
                raise ValueError(
                    f"{where}: '{key}' must be {'a list of titles' if expected is list else 'text'}"
                    f", found {value!r}"
                )
            if key == "planned" and not all(isinstance(t, str) and t.strip() for t in value):
                raise ValueError(f"{where}: 'planned' must be a list of titles, found {value!r}")
            if key == "slug" and not re.fullmatch(r"[^/\\\s?#]+", value):
                raise ValueError(f"{where}: 'slug' must be one URL path segment, found {value!r}")
