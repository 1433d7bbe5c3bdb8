"""One source file's front matter and Markdown -> a ``Post`` and the problems found (pure).

Accepted shapes (canonical key first; keys match case-insensitively; the keys and their
aliases are those of ``schema.FIELDS``):

* title: ``title``; else the first ``# heading``; else the file name (as MkDocs does).
* date: ``date`` as a YAML date/datetime, an ISO-like string (``2025-11-29``,
  ``2025-11-29 10:30``, ``2025-11-29T10:30:00+02:00``, ``...Z``), or a mapping
  ``date: {created: ..., updated: ...}``; else the file name; else git (see ``dates``).
* updated: ``updated``, ``modified``, ``last_modified_at``, ``lastmod`` (see ``dates``).
* empty values (``Summary:`` with nothing after it) count as absent, without a warning.
* series: ``series: Name``, ``series: [Name]`` (Hugo), ``series: {name: ..., part: N}``.
* part: ``series_part``, ``part``, ``series_index`` (Pelican), ``series_order``,
  ``series_weight`` (Hugo).
* featured image: ``image``, ``cover``, ``featured_image``, ``thumbnail``, ``cover_image``,
  ``images`` (Hugo's list: its first); as text, or a mapping with ``image``/``path``/``src``/
  ``url`` (PaperMod's ``cover: {image: ...}``, Jekyll's ``image: {path: ...}``).
* summary: ``description``, ``summary``, ``excerpt``; else the text before
  ``<!-- more -->``; else the first paragraph.
* reading time: computed (see ``readtime``); ``readtime: N`` overrides it.
* draft: ``draft: true`` or Pelican's ``status: draft``.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
from dataclasses import dataclass
from typing import Any

from . import schema
from .dates import parse_date, post_dates, sort_key, strip_date_prefix
from .frontmatter import FrontMatterError, split_front_matter
from .hints import closest_name
from .images import image_value
from .models import Post, Problem
from .readtime import reading_time
from .redirects import old_addresses
from .series_sources import first_category
from .titles import title_on_top
from .values import drop_empty, yaml_text

__all__ = ["parse_date", "read_post", "sort_key"]

# The keys and their aliases come from the schema (``schema.py``), the one table of them.
PART_KEYS = schema.PART.names
IMAGE_KEYS = schema.IMAGE.names
SUMMARY_KEYS = schema.SUMMARY.names
POST_KEYS = schema.KNOWN_KEYS
# Inside ``series: {...}``: ``name`` (Jekyll: ``id``) and a part number (Jekyll: ``index``).
SERIES_MAPPING_NAME_KEYS = ("name", "title", "id")
SERIES_MAPPING_PART_KEYS = (*PART_KEYS, "index")
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
    src_uri: str,
    text: str,
    *,
    reading: ReadingOptions = DEFAULT_READING,
    added: dt.datetime | None = None,
) -> tuple[Post | None, list[Problem]]:
    """Normalise one Markdown source. ``None`` when the page is not a post (it has no date
    in its front matter or file name, and ``added``, the date of the commit that added it
    when the ``date_from_git`` option is on, is ``None``).

    A page that has a date but cannot be read as a post is never dropped silently: it comes
    back as ``None`` with a warning naming the file and the key.
    """
    try:
        raw, body = split_front_matter(text)
    except FrontMatterError as error:
        return None, [Problem(src_uri, error.key, f"{error}; the page is not listed as a post")]
    meta = drop_empty({str(key).strip().lower(): value for key, value in raw.items()})
    date, updated, problems = post_dates(src_uri, meta, added=added)
    if date is None:
        return None, problems
    problems = likely_typos(src_uri, meta) + problems

    title = _title(src_uri, meta, body, problems)
    series_name, part_from_series = _series(src_uri, meta, problems)
    part, part_key = _part(src_uri, meta, part_from_series, problems)
    image, image_key = _image(src_uri, meta, problems)
    summary, has_excerpt = _summary(src_uri, meta, body, problems)
    minutes = _readtime(src_uri, meta, body, reading, problems)
    status = meta.get("status")
    addresses, address_problems = old_addresses(src_uri, meta, date=date)  # see redirects.py
    problems.extend(address_problems)
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
        old_addresses=addresses,
        title_on_top=title_on_top(meta.get("title"), title, body),
        updated=updated,
        category=first_category(meta),
        part_key=part_key,
    )
    return post, problems


@functools.lru_cache(maxsize=1024)
def _typo_of(key: str) -> str | None:
    """The key of ours that ``key`` likely misspells; cached: the same foreign keys
    (``layout``, ``tags``, ``author``) come back on every post."""
    return closest_name(key, sorted(POST_KEYS), cutoff=0.8)


def likely_typos(src_uri: str, meta: dict[str, Any]) -> list[Problem]:
    """Unknown keys that look like a misspelt key of ours which the post does not have."""
    problems = []
    for key in meta:
        if key in POST_KEYS:
            continue
        close = _typo_of(key)
        if close is not None and close not in meta:
            problems.append(
                Problem(src_uri, key, f"unknown key; did you mean '{close}'? It is ignored")
            )
    return problems


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
            Problem(
                src_uri, "title", f"expected text, found {yaml_text(value)}; using the page heading"
            )
        )
    heading = _first_h1(body)
    if heading:
        return heading
    name = strip_date_prefix(posixpath.splitext(posixpath.basename(src_uri))[0])
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
        lowered = drop_empty({str(k).lower(): v for k, v in value.items()})
        found = _first(lowered, SERIES_MAPPING_PART_KEYS)
        part = found[1] if found else None
        name_key = next((k for k in SERIES_MAPPING_NAME_KEYS if k in lowered), None)
        if name_key is None:
            problems.append(
                Problem(
                    src_uri,
                    "series",
                    f"a series mapping needs a 'name' (or Jekyll's 'id'), found {yaml_text(value)}"
                    "; the post is in no series",
                )
            )
            return None, None
        value = lowered[name_key]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # `id: 42` names a series too
    if isinstance(value, list):
        names = [v for v in value if isinstance(v, str) and v.strip()]
        if len(value) != 1 or len(names) != 1:
            if names:
                problems.append(
                    Problem(
                        src_uri,
                        "series",
                        f"a post belongs to one series, found {yaml_text(value)}; "
                        f"using {yaml_text(names[0])}",
                    )
                )
            else:
                problems.append(
                    Problem(src_uri, "series", f"expected a series name, found {yaml_text(value)}")
                )
                return None, None
        value = names[0]
    if not isinstance(value, str) or not value.strip():
        problems.append(
            Problem(
                src_uri,
                "series",
                f"expected a series name (text), found {yaml_text(value)}; "
                "the post is in no series",
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
) -> tuple[int | None, str]:
    """The part number and the key it came from. A number without a ``series`` is kept:
    ``series_from`` may give the post a series; ``build_catalog`` drops it otherwise."""
    found = _first(meta, PART_KEYS)
    key, value = found if found else ("series", part_from_series)
    if value is None:
        return None, key
    part = parse_part(value)
    if part is None:
        problems.append(
            Problem(
                src_uri,
                key,
                f"expected a positive whole part number, found {yaml_text(value)}; "
                "the post is ordered by date after the numbered parts",
            )
        )
        return None, key
    return part, key


def _image(src_uri: str, meta: dict[str, Any], problems: list[Problem]) -> tuple[str | None, str]:
    found = _first(meta, IMAGE_KEYS)
    if found is None:
        return None, ""
    key, value = found
    path = image_value(value)
    if path is not None:
        return path, key
    problems.append(
        Problem(src_uri, key, f"expected the path or URL of an image, found {yaml_text(value)}")
    )
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
                f"expected text, found {yaml_text(value)}; using the post's first paragraph",
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
                "expected a positive whole number of minutes, "
                f"found {yaml_text(meta['readtime'])}; "
                "computing it instead",
            )
        )
    return reading_time(
        body,
        words_per_minute=reading.words_per_minute,
        code_words_per_minute=reading.code_words_per_minute,
        cjk_chars_per_minute=reading.cjk_chars_per_minute,
    )
