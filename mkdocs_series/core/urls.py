"""URLs between a build's pages (pure): relative links and absolute addresses.

``Linker`` gives the same relative URLs as MkDocs' ``mkdocs.utils.get_relative_url`` (what
themes and MkDocs itself use), but normalises each page's URL once per build instead of on
every link: a listing page links every post it shows two or three times.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from urllib.parse import urljoin


def url_parts(path: str) -> tuple[str, ...]:
    """The segments of a URL path, ``..`` and ``.`` resolved, the leading "/" ignored."""
    normal = posixpath.normpath(path if path.startswith("/") else "/" + path)[1:]
    return tuple(normal.split("/")) if normal else ()


def base_parts(page_url: str) -> tuple[str, ...]:
    """The folder a page's links are relative to: its URL without a last segment holding a
    dot (a file such as ``page.html``)."""
    folder, _, name = page_url.rpartition("/")
    return url_parts(folder if "." in name else page_url)


def relative_url(url: str, parts: tuple[str, ...], base: tuple[str, ...]) -> str:
    """``url`` (its ``url_parts`` given) relative to the folder ``base``."""
    common = 0
    for ours, theirs in zip(base, parts, strict=False):
        if ours != theirs:
            break
        common += 1
    relative = "/".join(("..",) * (len(base) - common) + parts[common:]) or "."
    return relative + "/" if url.endswith("/") else relative


class Linker:
    """Relative links from any page of one build to the pages named by ``src_uri``."""

    def __init__(self, url_of: Callable[[str], str]) -> None:
        self._url_of = url_of  # src_uri -> its site-relative URL (MkDocs' File.url)
        self._parts: dict[str, tuple[str, ...]] = {}

    def for_page(self, page_url: str) -> Callable[[str], str]:
        """``src_uri`` -> its URL relative to the page at ``page_url``."""
        base = base_parts(page_url)

        def link(src_uri: str) -> str:
            url = self._url_of(src_uri)
            parts = self._parts.get(url)
            if parts is None:
                parts = self._parts[url] = url_parts(url)
            return relative_url(url, parts, base)

        return link


def page_address(url: str) -> str:
    """The ``Page.url`` of a page whose ``File.url`` is ``url``: MkDocs writes the home
    page's "./" as ""."""
    return "" if url in (".", "./") else url


def relative_to(url: str, page_url: str) -> str:
    """``url`` (site-relative) relative to the page at ``page_url``: MkDocs'
    ``get_relative_url(url, page_url)``."""
    return relative_url(url, url_parts(url), base_parts(page_url))


def absolute_url(site_url: str, url: str) -> str:
    """``urljoin(site_url, url)`` for a page's ``File.url``, without parsing both URLs when
    ``url`` is a plain path below a ``site_url`` that ends in "/" (MkDocs adds the "/")."""
    plain = ":" not in url and "/." not in url and "//" not in url and url[:1] not in "/."
    plain_site = site_url.endswith("/") and "/." not in site_url and "?" not in site_url
    if plain and plain_site and "#" not in site_url:
        return site_url + url
    return urljoin(site_url, url)
