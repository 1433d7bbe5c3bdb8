"""Open Graph, Twitter/X card and schema.org JSON-LD metadata for a post (pure).

Link previews (Mastodon, Slack, LinkedIn, X, ...) read Open Graph and ``twitter:`` ``<meta>``
tags; search engines read a JSON-LD ``BlogPosting``. This module decides which of them a
post's page still lacks and produces their content; ``templates/series/social.html``
renders them and the plugin puts the fragment at the end of ``<head>``.

Choices that keep the output correct next to other producers of the same data:

* **Never duplicate.** Themes and Material's ``social`` plugin already emit some of these
  tags. Two ``og:title`` tags make consumers pick one arbitrarily, so the page's own
  ``<head>`` is read first (:func:`existing_meta`, :func:`has_json_ld_blogposting`) and
  whatever it declares is left alone.
* **Never invent.** Author and publisher are left out (the plugin does not know them), and
  so is any tag whose content would be empty: an empty ``og:description`` is worse than
  none, because consumers then show nothing instead of falling back to the page text.
* **Nothing twice.** X reads ``og:title``, ``og:description`` and ``og:image`` when its own
  ``twitter:`` copies are missing, so only ``twitter:card`` (which has no Open Graph
  equivalent) is written for it.
* **Text stays text.** Meta tag content goes through Jinja2's autoescape; the JSON-LD is
  escaped by :func:`json_ld_script` so no title can close the ``<script>`` element.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal, NamedTuple

from ..core.images import image_address
from ..core.models import Catalog, Post
from ..core.series import part_label, series_key
from ..core.zones import with_zone

__all__ = [
    "KNOWN_META",
    "MetaTag",
    "SocialPost",
    "existing_meta",
    "has_json_ld_blogposting",
    "iso_duration",
    "json_ld",
    "json_ld_script",
    "social_context",
    "social_post",
]

# The tags this module can emit or that stand for one of them (a theme's ``twitter:image``
# is an image for the card), hence the only ones :func:`existing_meta` reports.
KNOWN_META: frozenset[str] = frozenset(
    {
        "og:title",
        "og:description",
        "og:image",
        "og:url",
        "og:type",
        "og:site_name",
        "twitter:card",
        "twitter:title",
        "twitter:description",
        "twitter:image",
    }
)

# Older spellings that consumers read as the same property: ``og:image:url`` is Open
# Graph's structured form of ``og:image``, ``twitter:image:src`` X's legacy name.
_ALIASES = {"og:image:url": "og:image", "twitter:image:src": "twitter:image"}

# schema.org ``Article`` and the subtypes a theme might use for a blog post's page; any of
# them already describes the page, so a second description is not added.
_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "BlogPosting",
        "LiveBlogPosting",
        "NewsArticle",
        "Report",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "TechArticle",
    }
)

# Characters that are harmless in JSON but not inside an HTML ``<script>`` element (``<``
# starts ``</script>`` or ``<!--``) or, for U+2028/U+2029, in pre-ES2019 JavaScript.
_SCRIPT_ESCAPES = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


@dataclass(frozen=True, slots=True)
class SocialPost:
    """What the metadata of one post page says, with every URL already absolute.

    Consumers fetch previews from anywhere, so relative URLs are useless to them: ``url``,
    ``image_url`` and ``series_url`` are ``None`` when the site has no ``site_url`` to
    make them absolute (an external http(s) ``image_url`` is absolute already).
    ``published`` is the front-matter date, with the site's zone when written without one.
    """

    title: str
    description: str
    url: str | None
    image_url: str | None
    published: datetime.datetime
    reading_minutes: int
    series_name: str | None
    series_url: str | None
    series_position: int | None
    site_name: str
    language: str
    modified: datetime.datetime | None = None  # the front matter's update date, as written


def social_post(
    post: Post,
    catalog: Catalog,
    *,
    absolute: Callable[[str], str | None],
    series_pages: Mapping[str, str],
    site_name: str,
    language: str,
    zone: datetime.tzinfo = datetime.timezone.utc,
) -> SocialPost:
    """What the metadata of ``post`` says. ``absolute`` gives a page's absolute URL from its
    ``src_uri`` (``None`` without ``site_url``); ``series_pages`` each series' landing page;
    ``zone`` the time zone of dates written without a UTC offset (the ``timezone`` option)."""
    image = catalog.images.get(post.src_uri)
    series = catalog.series.get(series_key(post.series_name or ""))
    series_page = series_pages.get(series.key) if series is not None else None
    return SocialPost(
        title=post.title,
        description=" ".join(post.summary),
        url=absolute(post.src_uri),
        image_url=image_address(image, absolute) if image else None,
        published=with_zone(post.date, zone),
        reading_minutes=post.reading_time,
        series_name=series.name if series else None,
        series_url=absolute(series_page) if series_page else None,
        series_position=(
            part_label(post, series.parts.index(post.src_uri) + 1) if series else None
        ),
        site_name=site_name,
        language=language,
        modified=with_zone(post.updated, zone) if post.updated else None,
    )


class MetaTag(NamedTuple):
    """One ``<meta {attribute}="{key}" content="{content}">`` tag for the template."""

    attribute: Literal["property", "name"]
    key: str
    content: str


class _Stop(Exception):
    """Raised from a parser callback to stop parsing once ``<head>`` is over."""


class _HeadMetaParser(HTMLParser):
    """Collects the known ``og:``/``twitter:`` keys declared by ``<meta>`` tags in ``<head>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # ``<body>`` ends the head too when ``</head>`` is omitted, as HTML allows.
        if tag == "body":
            raise _Stop
        if tag != "meta":
            return
        # Attribute names arrive lower-cased; values are compared case-insensitively, and
        # both ``property`` and ``name`` count for either prefix because consumers accept
        # both (X reads ``property="twitter:card"``, most readers ``name="og:title"``).
        for name, value in attrs:
            if name in ("property", "name") and value:
                key = value.strip().lower()
                key = _ALIASES.get(key, key)
                if key in KNOWN_META:
                    self.found.add(key)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            raise _Stop


def existing_meta(html: str) -> frozenset[str]:
    """The keys of :data:`KNOWN_META` that the ``<head>`` of ``html`` already declares.

    A real HTML tokenizer is used, not a regular expression over the document, so tags in
    comments or inside ``<script>``/``<style>`` do not count, while any attribute order,
    quoting and letter case do. Parsing stops at ``</head>`` (or ``<body>``): a page's body
    can be large, and ``<meta>`` tags there are not page metadata.
    """
    head_end = html.find("</head>")
    head = html if head_end < 0 else html[:head_end]
    lowered = head.lower()
    if "og:" not in lowered and "twitter:" not in lowered:
        return frozenset()  # nothing to find: skip the tokenizer (most themes' pages)
    parser = _HeadMetaParser()
    try:
        parser.feed(html)
        parser.close()
    except _Stop:
        pass
    return frozenset(parser.found)


class _JsonLdParser(HTMLParser):
    """Collects the text of every ``<script type="application/ld+json">`` element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        kind = next((value or "" for name, value in attrs if name == "type"), "")
        # MIME types are case-insensitive and may carry parameters (``; charset=utf-8``).
        if kind.split(";", 1)[0].strip().lower() == "application/ld+json":
            self._current = []

    def handle_data(self, data: str) -> None:
        # Script content is raw text: the tokenizer hands it over undecoded, maybe in parts.
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def _types(node: object) -> Iterator[str]:
    """Every ``@type`` value anywhere in a JSON document, without a schema.org prefix."""
    stack = [node]  # iterative: a hostile document cannot exhaust the recursion limit
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            kind = item.get("@type")
            for value in kind if isinstance(kind, list) else [kind]:
                if isinstance(value, str):
                    # "https://schema.org/BlogPosting" and "schema:BlogPosting" are the
                    # same type as "BlogPosting".
                    yield value.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _mentions_ld_json(html: str) -> bool:
    """True when ``html`` contains "ld+json" in any letter case.

    Found from each "+" (a page has few, and finding one character is the fastest search
    there is) rather than by lower-casing or regex-searching the whole page.
    """
    at = html.find("+")
    while at >= 0:
        if html[max(at - 2, 0) : at + 5].lower() == "ld+json":
            return True
        at = html.find("+", at + 1)
    return False


def has_json_ld_blogposting(html: str) -> bool:
    """True when ``html`` has JSON-LD describing an ``Article`` (``BlogPosting``, ...).

    The whole document is searched, since JSON-LD may sit in ``<body>``, and the type may
    be nested (``@graph``, ``mainEntity``). Scripts that are not valid JSON are ignored:
    search engines ignore them too, so they describe nothing.
    """
    # Tokenizing a whole page in Python is slow (seconds for megabytes), and most pages
    # have no JSON-LD at all: a page that never mentions the MIME type cannot have any.
    if not _mentions_ld_json(html):
        return False
    parser = _JsonLdParser()
    parser.feed(html)
    parser.close()
    for text in parser.scripts:
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            continue
        if any(kind in _ARTICLE_TYPES for kind in _types(document)):
            return True
    return False


def iso_duration(minutes: int) -> str:
    """``minutes`` as an ISO 8601 duration: 18 -> ``PT18M``, 75 -> ``PT1H15M``, 60 -> ``PT1H``.

    Anything below one minute becomes ``PT1M``: the reading time is rounded up to at least
    a minute everywhere else in the plugin, and ``PT0M`` would say the post takes no time.
    Hours are not carried into days (a day is not always 24 hours), so 1500 -> ``PT25H``.
    """
    hours, rest = divmod(max(minutes, 1), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")


def json_ld(post: SocialPost) -> dict[str, object]:
    """A schema.org ``BlogPosting`` for ``post``, as a JSON-ready ``dict``.

    ``datePublished`` is ISO 8601 to the second with a UTC offset (a date without one
    would be ambiguous to search engines): the post's own offset, else that of the site's
    ``timezone`` option, applied in ``social_post``. A series post is
    ``isPartOf`` a ``CreativeWorkSeries`` and has a ``position`` (``CreativeWork.position``)
    in it. Optional properties are present only when known and not empty.
    """
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.title,
    }
    if post.description.strip():
        data["description"] = post.description
    data["datePublished"] = post.published.isoformat(timespec="seconds")
    if post.modified is not None:
        data["dateModified"] = post.modified.isoformat(timespec="seconds")
    if post.image_url:
        data["image"] = post.image_url
    if post.url:
        data["url"] = post.url
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": post.url}
    data["timeRequired"] = iso_duration(post.reading_minutes)
    if post.language.strip():
        data["inLanguage"] = post.language
    if post.series_name:
        series: dict[str, object] = {"@type": "CreativeWorkSeries", "name": post.series_name}
        if post.series_url:
            series["url"] = post.series_url
        data["isPartOf"] = series
        if post.series_position is not None:
            data["position"] = post.series_position
    return data


def json_ld_script(data: dict[str, object]) -> str:
    """``data`` as JSON text that is safe as the content of a ``<script>`` element.

    ``<``, ``>`` and ``&`` can only occur inside JSON strings, where ``\\u003c`` etc. mean
    the same characters, so the text stays the same JSON while ``</script>`` or ``<!--`` in
    a title can no longer end the element or change how it is tokenized. U+2028/U+2029 are
    escaped too for consumers that evaluate the text as JavaScript. Non-ASCII text is kept
    readable (``ensure_ascii=False``); NaN and infinities raise, as JSON has no such values.
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return text.translate(_SCRIPT_ESCAPES)


def social_context(
    post: SocialPost, *, existing: frozenset[str], has_json_ld: bool
) -> dict[str, object]:
    """The context of ``series/social.html``: ``tags`` (:class:`MetaTag`) and ``json_ld``.

    A tag whose key is in ``existing`` (see :func:`existing_meta`) is left out, as is one
    whose content would be empty or whose URL is unknown. ``twitter:card`` is
    ``summary_large_image`` when the page will have an image, whether it comes from this
    post or from the theme's own ``og:image``/``twitter:image``; ``summary`` otherwise.
    ``json_ld`` is the escaped script text, or ``None`` when ``has_json_ld`` says the page
    already describes the article.
    """
    has_image = bool(post.image_url) or bool(existing & {"og:image", "twitter:image"})
    candidates = (
        MetaTag("property", "og:type", "article"),
        MetaTag("property", "og:title", post.title),
        MetaTag("property", "og:description", post.description),
        MetaTag("property", "og:url", post.url or ""),
        MetaTag("property", "og:image", post.image_url or ""),
        MetaTag("property", "og:site_name", post.site_name),
        MetaTag("name", "twitter:card", "summary_large_image" if has_image else "summary"),
    )
    tags = [tag for tag in candidates if tag.key not in existing and tag.content.strip()]
    return {
        "tags": tags,
        "json_ld": None if has_json_ld else json_ld_script(json_ld(post)),
    }
