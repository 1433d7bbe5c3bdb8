"""The plugin's options as one frozen value, and the checks their types alone cannot express
(pure: ``mkdocs/config.py`` declares them for MkDocs and loads them into ``Options``)."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .i18n import format_date
from .strings import SAMPLES

# The fields each visible string may use, with sample values to try it with.
STRING_FIELDS: Mapping[str, Mapping[str, object]] = SAMPLES

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
    if options["date_format"] is not None:
        try:
            format_date(
                dt.datetime(2025, 11, 29), language="en", date_format=options["date_format"]
            )
        except ValueError as error:
            raise ValueError(f"option 'date_format': {error}") from None
    strings = options["strings"]
    for name, sample in STRING_FIELDS.items():
        if strings.get(name) is None:
            continue  # unset: the site's language decides
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


@dataclass(frozen=True, slots=True)
class Options:
    """The ``series`` plugin's options, checked (see ``check_options``); the defaults are
    those of a site with no configuration. ``strings`` holds only the strings the user set.
    """

    enabled: bool = True
    blog_dir: str = "blog"
    listing: bool | None = None  # None: on, unless Material's blog plugin makes the listing
    listing_title: str = "Blog"
    posts_in_nav: bool = False
    language: str | None = None  # None: the theme's language, else English
    date_format: str | None = None
    words_per_minute: int = 265
    code_words_per_minute: int = 100
    cjk_chars_per_minute: int = 500
    per_page: int = 10
    series_dir: str = "series"
    series: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    future_as_draft: bool = False
    feed: bool = True
    social: bool = True
    feed_size: int = 20
    strings: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Options:
        """Options from the validated config (every key present); ``ValueError`` naming the
        option when one cannot be used."""
        check_options(values)
        strings = {k: v for k, v in (values.get("strings") or {}).items() if v is not None}
        return cls(
            **{
                **{name: values[name] for name in cls.__dataclass_fields__ if name in values},
                "series": MappingProxyType(dict(values.get("series") or {})),
                "strings": MappingProxyType(strings),
            }
        )
