"""A post's rendered excerpt, and its links rebased for another page (pure).

The excerpt is the post's own rendered HTML before ``<!-- more -->``, taken when MkDocs
renders the post: no post's Markdown is converted a second time for its card.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

from ..core.urls import relative_to

_MORE = re.compile(r"<!--\s*more\s*-->", re.I)
_FIRST_H1 = re.compile(r"^\s*<h1\b[^>]*>.*?</h1>", re.I | re.S)
# href, src and srcset, quoted with " or ' (what Markdown extensions and raw HTML write)
_URL_ATTRIBUTE = re.compile(r"""(\s(href|src|srcset)\s*=\s*)(["'])(.*?)\3""", re.I | re.S)
_SRCSET_CANDIDATE = re.compile(r"(\s*)(\S+)(\s+[^,]*)?(,|$)")


def cut_excerpt(html: str) -> str | None:
    """The HTML before ``<!-- more -->`` (without a leading ``<h1>``), or ``None``."""
    match = _MORE.search(html)
    if match is None:
        return None
    return _FIRST_H1.sub("", html[: match.start()], count=1).strip()


def rebase_url(url: str, *, from_url: str, to_url: str) -> str:
    """A relative URL written for the page at ``from_url`` as seen from the page at
    ``to_url`` (site-relative page URLs, as ``Page.url``); any other URL as it is."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("/", "data:", "mailto:")):
        return url
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
    if not parts.path:  # "#anchor" or "?query": the post itself
        target = from_url
    else:
        target = posixpath.normpath(posixpath.join(base, parts.path))
        if parts.path.endswith("/") and not target.endswith("/"):
            target += "/"
        if target == ".":
            target = ""
    relative = relative_to(target or "./", to_url)
    suffix = (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else ""
    )
    return relative + suffix


def rebase_urls(html: str, *, from_url: str, to_url: str) -> str:
    """Rewrite relative ``href``, ``src`` and ``srcset`` URLs written for the page at
    ``from_url`` so that they work from the page at ``to_url``."""

    def rebase(url: str) -> str:
        return rebase_url(url, from_url=from_url, to_url=to_url)

    def srcset(value: str) -> str:
        def candidate(match: re.Match[str]) -> str:
            space, url, descriptor, comma = match.groups()
            return space + rebase(url.rstrip(",")) + (descriptor or "") + comma

        return _SRCSET_CANDIDATE.sub(candidate, value)

    def attribute(match: re.Match[str]) -> str:
        start, name, quote, value = match.groups()
        value = srcset(value) if name.lower() == "srcset" else rebase(value)
        return f"{start}{quote}{value}{quote}"

    return _URL_ATTRIBUTE.sub(attribute, html)
