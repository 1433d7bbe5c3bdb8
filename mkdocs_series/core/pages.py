"""Which listing pages a build has and which posts each shows (pure).

Three kinds of listing: the blog's (``<blog_dir>/index.md``, then ``page/2/``, ...), each
series' landing page (``<blog_dir>/<series_dir>/<slug>/``, paginated the same way) and the
index of all series (``<blog_dir>/<series_dir>/``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Catalog, Series

BLOG, SERIES, SERIES_INDEX = "blog", "series", "series-index"


@dataclass(frozen=True, slots=True)
class ListingPage:
    """One page of a listing: the posts it shows and every page of the same listing."""

    src_uri: str
    kind: str
    posts: tuple[str, ...]
    number: int  # from 1
    pages: tuple[str, ...]  # src_uri of every page of this listing, in order
    series_key: str | None = None


def folder_of(src_uri: str) -> str:
    return posixpath.dirname(src_uri)


def page_uri(first_uri: str, number: int) -> str:
    """``blog/index.md`` -> ``blog/page/2/index.md`` for page 2 (page 1 is ``first_uri``)."""
    if number == 1:
        return first_uri
    return posixpath.join(folder_of(first_uri), "page", str(number), "index.md")


def paginate(
    posts: Sequence[str],
    *,
    first_uri: str,
    per_page: int,
    kind: str,
    series_key: str | None = None,
) -> list[ListingPage]:
    """Split ``posts`` into pages of ``per_page``; one page, possibly empty, at least."""
    chunks = [tuple(posts[i : i + per_page]) for i in range(0, len(posts), per_page)] or [()]
    uris = tuple(page_uri(first_uri, n) for n in range(1, len(chunks) + 1))
    return [
        ListingPage(uri, kind, chunk, number, uris, series_key)
        for number, (uri, chunk) in enumerate(zip(uris, chunks, strict=True), start=1)
    ]


def series_index_uri(blog_folder: str, series_dir: str) -> str:
    return posixpath.normpath(posixpath.join(blog_folder, series_dir.strip("/"), "index.md"))


def series_uri(blog_folder: str, series_dir: str, series: Series) -> str:
    return posixpath.normpath(
        posixpath.join(blog_folder, series_dir.strip("/"), series.slug, "index.md")
    )


def plan_pages(
    catalog: Catalog, *, listing_uri: str, series_dir: str, per_page: int, listing: bool = True
) -> dict[str, ListingPage]:
    """Every listing page of the build, keyed by ``src_uri``; without the blog's own
    listing when ``listing`` is false (another plugin makes it)."""
    blog_folder = folder_of(listing_uri)
    planned = []
    if listing:
        planned = paginate(
            catalog.newest_first, first_uri=listing_uri, per_page=per_page, kind=BLOG
        )
    if catalog.series:
        index = series_index_uri(blog_folder, series_dir)
        planned.append(ListingPage(index, SERIES_INDEX, (), 1, (index,)))
    for key, series in catalog.series.items():
        planned.extend(
            paginate(
                series.parts,
                first_uri=series_uri(blog_folder, series_dir, series),
                per_page=per_page,
                kind=SERIES,
                series_key=key,
            )
        )
    return {page.src_uri: page for page in planned}
