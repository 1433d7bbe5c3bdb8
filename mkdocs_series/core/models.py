"""The plugin's data: posts, series and the problems found in them (no MkDocs objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in one file's front matter, or between files.

    ``src_uri`` is the file's path under ``docs_dir``; ``key`` the front-matter key (or the
    plugin option) concerned, empty when the problem is not about one key.
    """

    src_uri: str
    key: str
    message: str
    severity: str = "warning"  # "warning" fails `mkdocs build --strict`; "info" does not

    def __str__(self) -> str:
        where = f"{self.src_uri}: " if self.src_uri else ""
        key = f"'{self.key}': " if self.key else ""
        return f"{where}{key}{self.message}"


@dataclass(frozen=True, slots=True)
class Post:
    """One blog post, normalised from its front matter and Markdown source."""

    src_uri: str
    title: str
    date: dt.datetime  # as written (naive or aware); shown to readers
    sort_key: dt.datetime  # naive UTC for aware dates, so mixed dates sort without error
    summary: tuple[str, ...]  # plain-text paragraphs
    image: str | None  # as written in the front matter
    image_key: str  # the key the image came from, for messages
    series_name: str | None  # as written, whitespace collapsed
    series_part: int | None
    reading_time: int  # minutes
    draft: bool = False
    has_excerpt: bool = False  # no description, and a `<!-- more -->` separator
    old_addresses: tuple[tuple[str, str], ...] = ()  # (front-matter key, address as written)
    title_on_top: bool = False  # a front-matter title the body does not open with
    updated: dt.datetime | None = None  # the update date, as written
    category: str | None = None  # `category`, else the first of `categories` (series_from)
    part_key: str = "series_part"  # the key the part number came from, for messages


@dataclass(frozen=True, slots=True)
class Image:
    """A featured image resolved against the site: a file in ``docs_dir`` or an external URL."""

    src_uri: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Series:
    """A named series and its parts (``src_uri`` of posts), in reading order.

    ``planned`` are titles of parts not written yet (from the ``series`` option).
    """

    key: str
    name: str
    slug: str
    parts: tuple[str, ...]
    description: tuple[str, ...] = ()
    image: Image | None = None
    planned: tuple[str, ...] = ()


@dataclass(slots=True)
class Catalog:
    """Everything the listing and the series boxes need, collected once per build."""

    posts: dict[str, Post] = field(default_factory=dict)
    series: dict[str, Series] = field(default_factory=dict)
    images: dict[str, Image] = field(default_factory=dict)  # post src_uri -> its image
    newest_first: tuple[str, ...] = ()
    drafts_left_out: set[str] = field(default_factory=set)  # removed from this build
    problems: list[Problem] = field(default_factory=list)
