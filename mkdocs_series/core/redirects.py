"""Old addresses of a post, and the redirect pages that keep them working (pure).

A post copied from another generator may say where it used to live: Hugo's ``aliases``
(paths from the site's root, or relative to the post's folder), the jekyll-redirect-from
plugin's ``redirect_from`` (a path or a list of them) and Jekyll's ``permalink`` (the
post's own address there, placeholders such as ``/:year/:month/:title/`` allowed). Each
becomes a small HTML page at that address that sends the reader on to the post, as the
mkdocs-redirects plugin writes them: a meta refresh, a canonical link and a plain link.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from . import schema
from .models import Problem

OLD_ADDRESS_KEYS = (schema.ALIASES.key, schema.REDIRECT_FROM.key, schema.PERMALINK.key)
_PAGE_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
_PLACEHOLDER = re.compile(r":([a-z_]+)")
_DATE_PREFIX = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}-")


@dataclass(frozen=True, slots=True)
class Redirect:
    """A redirect page at ``dest_uri`` (a path in the built site) to the post ``src_uri``."""

    dest_uri: str
    src_uri: str
    key: str  # the front-matter key that asked for it
    address: str  # as written


def as_written(value: Any) -> str:
    """A front-matter value the way YAML shows it (never a Python repr)."""
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "an empty value"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(as_written(v).strip("'") for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{k}: {as_written(v).strip(chr(39))}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return str(value)


def old_addresses(
    src_uri: str, meta: Mapping[str, Any], *, date: dt.datetime
) -> tuple[tuple[tuple[str, str], ...], list[Problem]]:
    """``(key, address as written)`` of every old address in a post's front matter (keys
    lower-cased), ``permalink`` placeholders filled in; and the values that cannot be read."""
    found: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for key in OLD_ADDRESS_KEYS:
        if key not in meta:
            continue
        value = meta[key]
        values = value if isinstance(value, list) and key != "permalink" else [value]
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            expected = "a path" if key == "permalink" else "a path or a list of paths"
            problems.append(
                Problem(src_uri, key, f"expected {expected}, found {as_written(value)}; ignored")
            )
            continue
        for address in values:
            address = address.strip()
            if key == "permalink" and ":" in address.split("//")[-1]:
                filled = _fill_permalink(address, src_uri=src_uri, meta=meta, date=date)
                if isinstance(filled, Problem):
                    problems.append(filled)
                    continue
                address = filled
            found.append((key, address))
    return tuple(found), problems


def _fill_permalink(
    pattern: str, *, src_uri: str, meta: Mapping[str, Any], date: dt.datetime
) -> str | Problem:
    """Jekyll's ``permalink`` with its placeholders filled in from the post."""
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    slug = meta.get("slug") if isinstance(meta.get("slug"), str) else None
    slug = slug or _DATE_PREFIX.sub("", stem)
    categories = meta.get("categories", meta.get("category", []))
    if isinstance(categories, str):
        categories = categories.split()
    values = {
        "year": f"{date.year:04d}",
        "short_year": f"{date.year % 100:02d}",
        "month": f"{date.month:02d}",
        "i_month": str(date.month),
        "day": f"{date.day:02d}",
        "i_day": str(date.day),
        "hour": f"{date.hour:02d}",
        "minute": f"{date.minute:02d}",
        "second": f"{date.second:02d}",
        "title": slug,
        "slug": slug,
        "output_ext": ".html",
        "categories": "/".join(dict.fromkeys(str(c).lower() for c in categories if str(c).strip()))
        if isinstance(categories, list)
        else None,
    }
    unknown = [m.group(0) for m in _PLACEHOLDER.finditer(pattern) if values.get(m.group(1)) is None]
    if unknown:
        return Problem(
            src_uri,
            "permalink",
            f"cannot fill in {', '.join(unknown)} in '{pattern}'; no redirect from it",
        )
    filled = _PLACEHOLDER.sub(lambda m: values[m.group(1)] or "", pattern)
    return re.sub(r"/{2,}", "/", filled)  # an empty :categories leaves "//"


def redirect_dest(address: str, *, post_url: str, site_url: str | None) -> str:
    """The file in the built site that answers the old ``address`` of the post published at
    ``post_url``. Raises ``ValueError`` saying why when no file can."""
    parts = urlsplit(address)
    path = parts.path
    if parts.scheme or parts.netloc:
        site = urlsplit(site_url or "")
        if parts.scheme not in ("http", "https") or parts.netloc != site.netloc:
            raise ValueError("it is on another site (only paths of this site can redirect)")
        site_path = site.path if site.path.endswith("/") else site.path + "/"
        if not (path + "/").startswith(site_path):
            raise ValueError(f"it is outside the site's address {site_url}")
        path = "/" + path[len(site_path) :]
    if parts.query:
        raise ValueError("a static site cannot tell addresses apart by their query")
    path = unquote(path)
    if not path.startswith("/"):  # relative: beside the post's own folder (Hugo's rule)
        folder = posixpath.dirname(post_url.rstrip("/"))
        path = f"/{folder}/{path}" if folder else f"/{path}"
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if not segments:
                raise ValueError("it leads outside the site")
            segments.pop()
        elif segment not in ("", "."):
            segments.append(segment)
    clean = "/".join(segments)
    if not clean:
        return "index.html"
    if path.endswith("/"):
        return f"{clean}/index.html"
    extension = posixpath.splitext(clean)[1].lower()
    if extension in _PAGE_EXTENSIONS:
        return clean
    if extension and extension != ".":
        raise ValueError(
            f"a redirect is an HTML page, which a server does not send for '{extension}'"
        )
    return f"{clean}/index.html"


def plan_redirects(
    posts: Mapping[str, tuple[str, tuple[tuple[str, str], ...]]],
    *,
    taken: Mapping[str, str],
    site_url: str | None,
) -> tuple[list[Redirect], list[Problem]]:
    """The redirect pages of every post (``src_uri -> (its URL, its old addresses)``) and
    the addresses that get none: a clash with a file of the site (``taken``: dest_uri ->
    src_uri) or with another post's old address is a warning naming both."""
    planned: dict[str, Redirect] = {}
    problems: list[Problem] = []
    own = {_dest_of(url): uri for uri, (url, _) in posts.items()}
    for src_uri in sorted(posts):
        post_url, addresses = posts[src_uri]
        for key, address in addresses:
            try:
                dest = redirect_dest(address, post_url=post_url, site_url=site_url)
            except ValueError as error:
                problems.append(Problem(src_uri, key, f"no redirect from '{address}': {error}"))
                continue
            if own.get(dest) == src_uri:
                continue  # the old address is the new one
            other = planned.get(dest)
            if other is not None:
                if other.src_uri != src_uri:
                    problems.append(
                        Problem(
                            src_uri,
                            key,
                            f"the old address '{address}' is also claimed by {other.src_uri} "
                            f"('{other.key}'); it redirects there",
                        )
                    )
                continue
            if dest in taken:
                problems.append(
                    Problem(
                        src_uri,
                        key,
                        f"the old address '{address}' is where {taken[dest]} is published "
                        f"({dest}); no redirect is written there",
                    )
                )
                continue
            planned[dest] = Redirect(dest, src_uri, key, address)
    return list(planned.values()), problems


def _dest_of(url: str) -> str:
    """The built file of a page's URL (``x/`` -> ``x/index.html``)."""
    return url + "index.html" if url.endswith("/") or url == "" else url
