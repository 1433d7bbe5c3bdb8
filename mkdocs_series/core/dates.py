"""A post's publication and update dates, from wherever a blog keeps them (pure).

Publication date, first found wins:

1. front matter: ``date`` (Hugo's ``publishDate`` too), a YAML date or datetime, an ISO-like
   string, or a mapping with one date under ``created`` (Material), ``original``,
   ``published``, ``posted`` or ``date``;
2. the file name, Jekyll's and Pelican's ``YYYY-MM-DD-slug.md``;
3. with the ``date_from_git`` option, the date of the commit that added the file (found by
   ``gitdates`` for the whole blog at once and passed in as ``added``).

Update date: ``updated``, ``modified`` (Pelican), ``last_modified_at`` (Jekyll),
``lastmod`` (Hugo), or ``updated`` inside the date mapping (Material).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from typing import Any

from . import schema
from .models import Problem
from .values import yaml_text

DATE_KEYS = schema.DATE.names
DATE_MAPPING_KEYS = ("created", "original", "published", "posted", "date")
UPDATED_KEYS = schema.UPDATED.names
DATE_MAPPING_UPDATED_KEYS = ("updated", "modified", "last_modified_at", "lastmod")

_FILE_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[-_ ](.*))?$")

_EXPECTED = "expected YYYY-MM-DD, optionally with a time and UTC offset (2025-11-29 10:30:00+01:00)"


def parse_date(value: Any) -> dt.datetime | None:
    """A datetime from a YAML date/datetime, an ISO-like string or a date mapping
    (its publication date: see ``DATE_MAPPING_KEYS``)."""
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        key = next((k for k in DATE_MAPPING_KEYS if k in lowered), None)
        return parse_date(lowered[key]) if key is not None else None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    elif text.upper().endswith((" UTC", " GMT")):  # Jekyll's `2016-03-04 14:00:00 UTC`
        text = text[:-4] + "+00:00"
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
    except ValueError:
        return None


def file_name_date(src_uri: str) -> dt.datetime | None:
    """The date a ``YYYY-MM-DD-slug.md`` file name starts with, if it is a real day."""
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    match = _FILE_NAME_DATE.match(stem)
    if match is None:
        return None
    try:
        return dt.datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def strip_date_prefix(stem: str) -> str:
    """``2025-06-09-mcp-server-basics`` -> ``mcp-server-basics`` (other names unchanged)."""
    match = _FILE_NAME_DATE.match(stem)
    return match.group(4) if match and match.group(4) else stem


def has_date(meta: dict[str, Any]) -> bool:
    """Whether the front matter (keys lower-cased) names a publication date at all."""
    return any(key in meta for key in DATE_KEYS)


def post_dates(
    src_uri: str, meta: dict[str, Any], *, added: dt.datetime | None = None
) -> tuple[dt.datetime | None, dt.datetime | None, list[Problem]]:
    """``(published, updated, problems)`` of one post; ``meta`` has lower-cased keys.

    ``published`` is ``None`` when no source gives a date (the page is then not a post).
    A front-matter date that cannot be read is a warning; the file name's or the commit's
    date then stands in when there is one.
    """
    problems: list[Problem] = []
    named = file_name_date(src_uri)
    fallback, source = (named, "the file name") if named else (added, "git")
    published: dt.datetime | None = None
    key = next((k for k in DATE_KEYS if k in meta), None)
    if key is not None:
        published = parse_date(meta[key])
        if published is None:
            problems.append(Problem(src_uri, key, _date_problem(meta[key], fallback, source)))
    published = published or fallback
    updated = _updated(src_uri, meta, key, problems)
    return published, updated, problems


def _date_problem(value: Any, fallback: dt.datetime | None, source: str) -> str:
    if isinstance(value, dict):
        known = ", ".join(DATE_MAPPING_KEYS)
        what = f"found no date under {known} in {yaml_text(value)}"
    else:
        what = f"cannot read the date {yaml_text(value)}; {_EXPECTED}"
    if fallback is not None:
        return f"{what}; using {fallback.isoformat(sep=' ')} from {source}"
    return f"{what}; the post is not listed"


def _updated(
    src_uri: str, meta: dict[str, Any], date_key: str | None, problems: list[Problem]
) -> dt.datetime | None:
    """The update date: a top-level key, else ``updated`` in the date mapping."""
    candidates: list[tuple[str, Any]] = [(k, meta[k]) for k in UPDATED_KEYS if k in meta]
    mapping = meta.get(date_key) if date_key is not None else None
    if isinstance(mapping, dict):
        lowered = {str(k).lower(): v for k, v in mapping.items()}
        candidates += [
            (f"{date_key}.{k}", lowered[k]) for k in DATE_MAPPING_UPDATED_KEYS if k in lowered
        ]
    for key, value in candidates:
        if isinstance(value, list):  # Material allows several updates: the latest counts
            dates = [parse_date(v) for v in value]
            if dates and all(d is not None for d in dates):
                return max((d for d in dates if d is not None), key=sort_key)
        elif (updated := parse_date(value)) is not None:
            return updated
        problems.append(
            Problem(src_uri, key, f"cannot read the update date {yaml_text(value)}; {_EXPECTED}")
        )
    return None


def sort_key(date: dt.datetime) -> dt.datetime:
    """Naive UTC for aware datetimes, as-is for naive ones: any mix of them sorts."""
    if date.tzinfo is not None and date.utcoffset() is not None:
        try:
            return date.astimezone(dt.timezone.utc).replace(tzinfo=None)
        except OverflowError:  # within hours of year 1 or 9999: its wall clock will do
            return date.replace(tzinfo=None)
    return date.replace(tzinfo=None)
