"""One source file's front matter and Markdown -> a ``Post`` and the problems found (pure).

Accepted shapes (canonical key first; keys match case-insensitively; the keys and their
aliases are those of ``schema.FIELDS``):

* title: ``title``; else the first ``# heading``; else the file name (as MkDocs does).
* date: ``date`` as a YAML date/datetime, an ISO-like string (``2025-11-29``,
  ``2025-11-29 10:30``, ``2025-11-29T10:30:00+02:00``, ``...Z``), or Material's mapping
  ``date: {created: ...}``.
* series: ``series: Name``, ``series: [Name]`` (Hugo), ``series: {name: ..., part: N}``.
* part: ``series_part``, ``part``, ``series_index`` (Pelican), ``series_order``,
  ``series_weight`` (Hugo).
* featured image: ``image``, ``cover``, ``featured_image``, ``thumbnail``, ``cover_image``.
* summary: ``description``, ``summary``, ``excerpt``; else the text before
  ``<!-- more -->``; else the first paragraph.
* reading time: computed (see ``readtime``); ``readtime: N`` overrides it.
* draft: ``draft: true`` or Pelican's ``status: draft``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import posixpath
import re
from dataclasses import dataclass
from typing import Any

from . import schema
from .frontmatter import FrontMatterError, split_front_matter
from .models import Post, Problem
from .readtime import reading_time

# The keys and their aliases come from the schema (``schema.py``), the one table of them.
PART_KEYS = schema.PART.names
IMAGE_KEYS = schema.IMAGE.names
SUMMARY_KEYS = schema.SUMMARY.names
POST_KEYS = schema.KNOWN_KEYS
MORE_MARKER = re.compile(r"^[ \t]*<!--\s*more\s*-->[ \t]*$", re.M | re.I)

_ATX_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)
_FENCE_LINE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")


@dataclass(frozen=True, slots=True)
class ReadingOptions:
    """The reading-time rates of ``readtime.reading_time``."""

    words_per_minute: int = 265
    code_words_per_minute: int = 100
    cjk_chars_per_minute: int = 500


DEFAULT_READING = ReadingOptions()


def read_post(
    src_uri: str, text: str, *, reading: ReadingOptions = DEFAULT_READING
) -> tuple[Post | None, list[Problem]]:
    """Normalise one Markdown source. ``None`` when the page is not a post (it has no date).

    A page that has a date but cannot be read as a post is never dropped silently: it comes
    back as ``None`` with a warning naming the file and the key.
    """
    try:
        raw, body = split_front_matter(text)
    except FrontMatterError as error:
        return None, [Problem(src_uri, "", f"{error}; the page is not listed as a post")]
    meta = {str(key).strip().lower(): value for key, value in raw.items()}
    if "date" not in meta:
        return None, []
    problems = likely_typos(src_uri, meta)

    date = parse_date(meta["date"])
    if date is None:
        problems.append(
            Problem(
                src_uri,
                "date",
                f"cannot read the date {meta['date']!r}; expected YYYY-MM-DD, optionally with a "
                "time and UTC offset (2025-11-29 10:30:00+01:00); the post is not listed",
            )
        )
        return None, problems

    title = _title(src_uri, meta, body, problems)
    series_name, part_from_series = _series(src_uri, meta, problems)
    part = _part(src_uri, meta, part_from_series, problems)
    image, image_key = _image(src_uri, meta, problems)
    summary, has_excerpt = _summary(src_uri, meta, body, problems)
    minutes = _readtime(src_uri, meta, body, reading, problems)
    status = meta.get("status")
    draft = meta.get("draft") is True or (isinstance(status, str) and status.lower() == "draft")

    post = Post(
        src_uri=src_uri,
        title=title,
        date=date,
        sort_key=sort_key(date),
        summary=summary,
        image=image,
        image_key=image_key,
        series_name=series_name,
        series_part=part,
        reading_time=minutes,
        draft=draft,
        has_excerpt=has_excerpt,
    )
    return post, problems


def likely_typos(src_uri: str, meta: dict[str, Any]) -> list[Problem]:
    """Unknown keys that look like a misspelt key of ours which the post does not have."""
    problems = []
    for key in meta:
        if key in POST_KEYS:
            continue
        close = difflib.get_close_matches(key, POST_KEYS, n=1, cutoff=0.8)
        if close and close[0] not in meta:
            problems.append(
                Problem(src_uri, key, f"unknown key; did you mean '{close[0]}'? It is ignored")
            )
    return problems


def parse_date(value: Any) -> dt.datetime | None:
    """A datetime from a YAML date/datetime, an ISO-like string or ``{created: ...}``."""
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        return parse_date(lowered["created"]) if "created" in lowered else None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
    except ValueError:
        return None


def sort_key(date: dt.datetime) -> dt.datetime:
    """Naive UTC for aware datetimes, as-is for naive ones: any mix of them sorts."""
    if date.tzinfo is not None and date.utcoffset() is not None:
        try:
            return date.astimezone(dt.timezone.utc).replace(tzinfo=None)
        except OverflowError:  # within hours of year 1 or 9999: its wall clock will do
            return date.replace(tzinfo=None)
    return date.replace(tzinfo=None)


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, Any] | None:
    for key in keys:
        if key in meta:
            return key, meta[key]
    return None


def _title(src_uri: str, meta: dict[str, Any], body: str, problems: list[Problem]) -> str:
    value = meta.get("title")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    if value is not None:
        problems.append(
            Problem(src_uri, "title", f"expected text, found {value!r}; using the page heading")
        )
    heading = _first_h1(body)
    if heading:
        return heading
    name = posixpath.splitext(posixpath.basename(src_uri))[0]
    name = name.replace("-", " ").replace("_", " ")
    return name.capitalize() if name.lower() == name else name


def _first_h1(body: str) -> str | None:
    in_fence = False
    for line in body.splitlines():
        if _FENCE_LINE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := _ATX_H1.match(line)):
            return match.group(1).strip()
    return None


def clean_series_name(name: str) -> str:
    """Collapse the whitespace of a series name as written."""
    return " ".join(name.split())


def _series(src_uri: str, meta: dict[str, Any], problems: list[Problem]) -> tuple[str | None, Any]:
    """The series name and, from a mapping, the part number given with it."""
    if "series" not in meta:
        return None, None
    value = meta["series"]
    part = None
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        found = _first(lowered, PART_KEYS)
        part = found[1] if found else None
        if not any(k in lowered for k in ("name", "title")):
            problems.append(
                Problem(
                    src_uri,
                    "series",
                    "a series mapping needs a 'name'; the post is in no series",
                )
            )
            return None, None
        value = lowered.get("name", lowered.get("title"))
    if isinstance(value, list):
        names = [v for v in value if isinstance(v, str) and v.strip()]
        if len(value) != 1 or len(names) != 1:
            if names:
                problems.append(
                    Problem(
                        src_uri,
                        "series",
                        f"a post belongs to one series, found {value!r}; using {names[0]!r}",
                    )
                )
            else:
                problems.append(
                    Problem(src_uri, "series", f"expected a series name, found {value!r}")
                )
                return None, None
        value = names[0]
    if not isinstance(value, str) or not value.strip():
        problems.append(
            Problem(
                src_uri,
                "series",
                f"expected a series name (text), found {value!r}; the post is in no series",
            )
        )
        return None, None
    return clean_series_name(value), part


def parse_part(value: Any) -> int | None:
    """A positive whole part number from an int or a string of digits, else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float) and value.is_integer() and value > 0:
        return int(value)
    text = value.strip() if isinstance(value, str) else ""
    if text.isascii() and text.isdigit() and int(text) > 0:
        return int(text)
    return None


def _part(
    src_uri: str, meta: dict[str, Any], part_from_series: Any, problems: list[Problem]
) -> int | None:
    found = _first(meta, PART_KEYS)
    key, value = found if found else ("series", part_from_series)
    if value is None:
        return None
    part = parse_part(value)
    if part is None:
        problems.append(
            Problem(
                src_uri,
                key,
                f"expected a positive whole part number, found {value!r}; "
                "the post is ordered by date after the numbered parts",
            )
        )
        return None
    if "series" not in meta:
        problems.append(Problem(src_uri, key, "a part number without a 'series' is ignored"))
        return None
    return part


def _image(src_uri: str, meta: dict[str, Any], problems: list[Problem]) -> tuple[str | None, str]:
    found = _first(meta, IMAGE_KEYS)
    if found is None:
        return None, ""
    key, value = found
    if isinstance(value, str) and value.strip():
        return value.strip(), key
    problems.append(Problem(src_uri, key, f"expected the path or URL of an image, found {value!r}"))
    return None, key


def _summary(
    src_uri: str, meta: dict[str, Any], body: str, problems: list[Problem]
) -> tuple[tuple[str, ...], bool]:
    """The summary's plain-text paragraphs, and whether a rendered excerpt replaces them."""
    found = _first(meta, SUMMARY_KEYS)
    if found is not None:
        key, value = found
        if isinstance(value, str) and value.strip():
            return paragraphs(value), False
        problems.append(
            Problem(
                src_uri,
                key,
                f"expected text, found {value!r}; using the post's first paragraph",
            )
        )
    marker = MORE_MARKER.search(body)
    if marker:
        return paragraphs(markdown_to_text(body[: marker.start()])), True
    return paragraphs(markdown_to_text(body))[:1], False


def paragraphs(text: str) -> tuple[str, ...]:
    """Blank-line separated paragraphs, each with its whitespace collapsed."""
    parts = (" ".join(block.split()) for block in re.split(r"\n[ \t]*\n", text.strip()))
    return tuple(part for part in parts if part)


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>", re.S)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_BLOCK_PREFIX = re.compile(r"^[ \t]{0,3}(?:>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)")


def markdown_to_text(markdown: str) -> str:
    """Plain prose of Markdown: no headings, code blocks, images, tables or markup.

    Paragraph breaks are kept as blank lines, so ``paragraphs`` can split the result.
    """
    out: list[str] = []
    in_fence = False
    for line in markdown.splitlines():
        if _FENCE_LINE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        stripped = line.strip()
        if (
            in_fence
            or stripped.startswith(("#", "|", "<!--", "[TOC]", "!!!", "???", "==="))
            or line.startswith(("    ", "\t"))
            or re.fullmatch(r"(?:[-*_][ \t]*){3,}|\[[^\]]+\]:.*", stripped)
        ):
            out.append("")
            continue
        line = _BLOCK_PREFIX.sub("", line)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), line)
        line = _HTML_TAG.sub("", line)
        line = _EMPHASIS.sub(r"\2", line)
        out.append(line)
    return "\n".join(out)


def _readtime(
    src_uri: str,
    meta: dict[str, Any],
    body: str,
    reading: ReadingOptions,
    problems: list[Problem],
) -> int:
    if "readtime" in meta:
        pinned = parse_part(meta["readtime"])
        if pinned is not None:
            return pinned
        problems.append(
            Problem(
                src_uri,
                "readtime",
                f"expected a positive whole number of minutes, found {meta['readtime']!r}; "
                "computing it instead",
            )
        )
    return reading_time(
        body,
        words_per_minute=reading.words_per_minute,
        code_words_per_minute=reading.code_words_per_minute,
        cjk_chars_per_minute=reading.cjk_chars_per_minute,
    )
