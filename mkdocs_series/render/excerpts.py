"""A post's rendered excerpt, and its links rebased for another page (pure).

The excerpt is the post's own rendered HTML before ``<!-- more -->``, taken when MkDocs
renders the post: no post's Markdown is converted a second time for its card.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

from mkdocs.utils import get_relative_url

_MORE = re.compile(r"<!--\s*more\s*-->", re.I)
_FIRST_H1 = re.compile(r"^\s*<h1\b[^>]*>.*?</h1>", re.I | re.S)
_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")([^"]*)(")', re.I)


def cut_excerpt(html: str) -> str | None:
    """The HTML before ``<!-- more -->`` (without a leading ``<h1>``), or ``None``."""
    match = _MORE.search(html)
    if match is None:
        return None
    return _FIRST_H1.sub("", html[: match.start()], count=1).strip()


def rebase_urls(html: str, *, from_url: str, to_url: str) -> str:
    """Rewrite relative ``href``/``src`` written for the page at ``from_url`` so that they
    work from the page at ``to_url`` (site-relative page URLs, as ``Page.url``)."""

    def rebase(match: re.Match[str]) -> str:
        url = match.group(2)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or url.startswith(("/", "data:", "mailto:")):
            return match.group(0)
        base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
        if not parts.path:  # "#anchor" or "?query": the post itself
            target = from_url
        else:
            target = posixpath.normpath(posixpath.join(base, parts.path))
            if parts.path.endswith("/") and not target.endswith("/"):
                target += "/"
            if target == ".":
                target = ""
        relative = get_relative_url(target or "./", to_url)
        suffix = (f"?{parts.query}" if parts.query else "") + (
            f"#{parts.fragment}" if parts.fragment else ""
        )
        return match.group(1) + relative + suffix + match.group(3)

    return _URL_ATTRIBUTE.sub(rebase, html)
