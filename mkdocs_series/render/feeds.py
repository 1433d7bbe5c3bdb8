"""An Atom 1.0 feed (RFC 4287) of the blog's posts, rendered as a string (pure).

The document is built with :mod:`xml.etree.ElementTree`, never by concatenating strings, so
titles and summaries that contain ``<``, ``&``, quotes, ``]]>`` or template syntax are
escaped by the serializer and reach feed readers as the same text.

Choices that keep the output valid and reproducible:

* **Deterministic.** The same input always gives the same string: nothing reads the clock,
  an empty feed is dated ``1970-01-01T00:00:00Z`` (RFC 4287 requires ``atom:updated`` and
  there is no honest date to give it), and MIME types come from Python's built-in table
  rather than the host's ``/etc/mime.types``, which differs between machines.
* **Dates** are RFC 3339 in UTC with a ``Z`` suffix and whole seconds. A naive
  :class:`~datetime.datetime` is taken to be UTC already (front matter dates carry no time
  zone, and MkDocs builds run anywhere); an aware one is converted to UTC.
* **Invalid characters** are removed from all text and attribute values: XML 1.0 cannot
  represent control characters other than tab, line feed and carriage return, lone
  surrogates or U+FFFE/U+FFFF, even escaped, and ElementTree would write them anyway,
  producing a document every conforming parser rejects.
* **Line breaks** in element text are normalized to ``\\n``: an XML parser turns a raw
  ``\\r\\n`` or ``\\r`` into ``\\n`` anyway, so this only makes the string say what readers
  will see.
* **Author.** RFC 4287 requires an ``atom:author`` on the feed unless every entry has one;
  the entries carry no author, so the feed names the site (its ``title``) as author.
"""

from __future__ import annotations

import datetime
import functools
import mimetypes
import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..core.images import image_address
from ..core.models import Catalog, Post
from ..core.pages import ListingPage
from ..core.zones import with_zone

__all__ = ["ATOM_NAMESPACE", "FeedEntry", "atom_feed"]

ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"

_XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
_EMPTY_FEED_UPDATED = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_FALLBACK_MIME_TYPE = "application/octet-stream"

# Everything outside XML 1.0's ``Char`` production (section 2.2). Lone surrogates fall in
# the excluded U+D800-U+DFFF range; a well-formed astral character is a single code point
# in a Python string, so it is kept.
_INVALID_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAK = re.compile("\r\n?")

# Image types that are registered but missing from the built-in table of some supported
# Python versions (``.webp`` before 3.13, ``.avif`` before 3.11).
_EXTRA_IMAGE_TYPES = {".webp": "image/webp", ".avif": "image/avif"}


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One post in the feed.

    ``published`` and ``updated`` may be naive, meaning UTC, or aware in any time zone.
    ``summary`` is plain text, not HTML: it is written as ``type="text"`` and escaped.
    ``part`` is carried for callers that know it; the feed itself does not show it.
    """

    title: str
    url: str
    published: datetime.datetime
    updated: datetime.datetime | None
    summary: str
    image_url: str | None
    series: str | None
    part: int | None


FeedSource = tuple[str | None, str, str, list[str]]


def feed_sources(
    catalog: Catalog, plan: Mapping[str, ListingPage], *, listing_uri: str, site_name: str
) -> list[FeedSource]:
    """The feeds of a blog, each as (series key or ``None`` for the blog, the listing page
    it mirrors, its title, its posts newest first): the blog's and one per series."""
    sources: list[FeedSource] = [(None, listing_uri, site_name, list(catalog.newest_first))]
    for uri, page in plan.items():
        series = catalog.series.get(page.series_key or "")
        if series is not None and page.number == 1:
            posts = catalog.posts
            newest = sorted(series.parts, key=lambda p: (posts[p].sort_key, p), reverse=True)
            sources.append((series.key, uri, series.name, newest))
    return sources


def feed_entry(
    post: Post,
    catalog: Catalog,
    absolute: Callable[[str], str],
    *,
    zone: datetime.tzinfo = datetime.timezone.utc,
) -> FeedEntry:
    """The entry of ``post``; ``absolute`` gives a page's absolute URL from its ``src_uri``;
    a date written without an offset is a time in ``zone`` (the ``timezone`` option)."""
    image = catalog.images.get(post.src_uri)
    return FeedEntry(
        title=post.title,
        url=absolute(post.src_uri),
        published=with_zone(post.date, zone),
        updated=with_zone(post.updated, zone) if post.updated else None,
        summary="\n\n".join(post.summary),
        image_url=image_address(image, absolute) if image else None,
        series=post.series_name,
        part=post.series_part,
    )


def atom_feed(
    *,
    title: str,
    feed_url: str,
    site_url: str,
    entries: Sequence[FeedEntry],
    subtitle: str | None = None,
    generator: str = "mkdocs-series",
) -> str:
    """The Atom feed of ``entries``, in the order given, as an XML document string.

    ``feed_url`` is where the feed will be served: it is both the feed's permanent ``id``
    and its ``rel="self"`` link. ``site_url`` is the HTML page the feed mirrors. The string
    declares ``encoding="utf-8"``, so it must be written to disk encoded as UTF-8.
    """
    feed = ET.Element("feed", {"xmlns": ATOM_NAMESPACE})
    _text(feed, "id", feed_url)
    _text(feed, "title", title)
    if subtitle is not None:
        _text(feed, "subtitle", subtitle)
    instants = [_entry_updated(entry) for entry in entries]
    _text(feed, "updated", _rfc3339(max(instants, default=_EMPTY_FEED_UPDATED)))
    _link(feed, "self", feed_url, "application/atom+xml")
    _link(feed, "alternate", site_url, "text/html")
    author = ET.SubElement(feed, "author")
    _text(author, "name", title)
    _text(feed, "generator", generator)
    for entry in entries:
        _entry(feed, entry)
    # The namespace is written as a plain ``xmlns`` attribute on unqualified elements:
    # ``ET.register_namespace("", ...)`` would change every later serialization in the
    # process, and ``tostring(default_namespace=...)`` rejects unqualified attributes such
    # as ``href``. The declaration is written by hand because ElementTree's own uses single
    # quotes and, for ``encoding="unicode"``, the locale's encoding name.
    ET.indent(feed)  # whitespace between elements only: no element's text changes
    return _XML_DECLARATION + ET.tostring(feed, encoding="unicode") + "\n"


def _entry(feed: ET.Element, entry: FeedEntry) -> None:
    """Append ``entry`` to ``feed`` as an ``atom:entry``."""
    element = ET.SubElement(feed, "entry")
    _text(element, "id", entry.url)
    _text(element, "title", entry.title)
    _link(element, "alternate", entry.url, "text/html")
    _text(element, "published", _rfc3339(_utc(entry.published)))
    _text(element, "updated", _rfc3339(_entry_updated(entry)))
    _text(element, "summary", entry.summary).set("type", "text")
    if entry.image_url is not None:
        _link(element, "enclosure", entry.image_url, _image_type(entry.image_url))
    if entry.series is not None:
        series = _clean(entry.series)
        # RFC 4287 4.2.2.1: ``term`` must be present; an empty one says nothing.
        if series.strip():
            ET.SubElement(element, "category", {"term": series, "label": series})


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    """Append ``<tag>text</tag>`` to ``parent``, with the text made representable."""
    element = ET.SubElement(parent, tag)
    element.text = _LINE_BREAK.sub("\n", _clean(text))
    return element


def _link(parent: ET.Element, rel: str, href: str, mime_type: str) -> None:
    """Append an ``atom:link`` to ``parent``."""
    ET.SubElement(parent, "link", {"rel": rel, "href": _clean(href), "type": mime_type})


def _clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot contain (see the module docstring)."""
    return _INVALID_XML_CHARS.sub("", text)


def _utc(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` as an aware UTC datetime; a naive one is already UTC."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=datetime.timezone.utc)
    try:
        return moment.astimezone(datetime.timezone.utc)
    except OverflowError:  # within hours of year 1 or 9999: keep its wall clock
        return moment.replace(tzinfo=datetime.timezone.utc)


def _entry_updated(entry: FeedEntry) -> datetime.datetime:
    """When ``entry`` last changed, in UTC: its update date, or else its publication."""
    return _utc(entry.updated if entry.updated is not None else entry.published)


def _rfc3339(moment: datetime.datetime) -> str:
    """An aware UTC datetime as an RFC 3339 ``date-time``, whole seconds, ``Z`` suffix.

    Formatted by hand rather than with ``strftime``, whose ``%Y`` does not pad years before
    1000 on every platform, and ``isoformat``, which writes ``+00:00`` and microseconds.
    """
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z"
    )


@functools.cache
def _mime_types() -> mimetypes.MimeTypes:
    """A table of Python's built-in types only, so the guess does not vary by machine."""
    table = mimetypes.MimeTypes()
    for extension, mime_type in _EXTRA_IMAGE_TYPES.items():
        table.add_type(mime_type, extension)
    return table


def _image_type(url: str) -> str:
    """The MIME type of the image at ``url``, guessed from the extension of its path.

    Only the path is looked at, so ``?v=2`` or ``#x`` after the name does not hide the
    extension, and a URL that does not parse still gets a guess rather than an exception.
    An unknown extension gives ``application/octet-stream``: ``type`` must be a real MIME
    type, and ``image/*`` is a range, not a type.
    """
    try:
        path = urllib.parse.urlsplit(url).path
    except ValueError:  # e.g. an unclosed ``[`` in the host: still guess from the name
        path = re.split("[?#]", url, maxsplit=1)[0]
    mime_type, _encoding = _mime_types().guess_type(path, strict=False)
    return mime_type or _FALLBACK_MIME_TYPE
