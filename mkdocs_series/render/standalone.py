"""The blog of a docs folder read straight from disk, for engines that run no plugin of ours
(Zensical) and for the ``init-pages`` command: no engine objects, only paths and options.

``read_blog`` reads every post under ``docs_dir`` once per build into a ``Blog`` (the same
object the MkDocs plugin asks), whose links go to source files (``../other.md``, as an
author writes them in Markdown): an engine that rewrites a page's relative links, as
Zensical does, turns them into URLs, whatever its URL scheme (its own blog's dated post
addresses included). Only listing pages that exist in ``docs_dir`` are used: the engine
cannot add the others, which ``missing_pages`` names.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.catalog import is_under, listing_src_uri
from ..core.frontmatter import FrontMatterError, split_front_matter
from ..core.imagesize import catalog_image_sizes
from ..core.models import Problem
from ..core.pages import BLOG, SERIES_INDEX, ListingPage, plan_pages
from ..core.posts import read_post
from ..core.summary import blog_summary
from .blog import Blog, Site, has_marker
from .collect import collect_posts, reading_options
from .i18n import strings_for, text_direction
from .options import Options
from .renderer import Renderer


def docs_files(docs_dir: Path) -> list[str]:
    """Every file under ``docs_dir`` as a ``src_uri``, leaving out dot files and folders
    (as MkDocs and Zensical do), sorted."""
    found = []
    for root, folders, names in os.walk(docs_dir):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        base = Path(root).relative_to(docs_dir).as_posix()
        for name in names:
            if not name.startswith("."):
                found.append(name if base == "." else f"{base}/{name}")
    return sorted(found)


@dataclass(frozen=True)
class BlogSettings:
    """What ``read_blog`` needs besides the files: the ``series`` options and the site's."""

    options: Options
    language: str = "en"
    has_other_blog: bool = False  # Material's or Zensical's blog makes the listing
    theme_dirs: tuple[str, ...] = ()  # a theme's custom_dir may hold series/*.html
    site_name: str = ""


@dataclass
class SourceBlog:
    """One build's ``Blog`` over a docs folder, and the pages it plans but cannot have."""

    blog: Blog
    plan: dict[str, ListingPage]  # every planned listing page, existing or not
    titles: dict[str, str]  # planned src_uri -> its title
    files: frozenset[str]
    missing_pages: tuple[str, ...] = ()  # planned listing pages with no file in docs_dir
    empty_pages: tuple[str, ...] = ()  # planned pages holding nothing but front matter
    notes: tuple[Problem, ...] = ()  # date_from_git's problems, the blog's summary line

    @property
    def problems(self) -> list[Problem]:
        """What is wrong in the posts, then pages the engine cannot add or render."""
        problems = [*self.notes, *self.blog.catalog.problems]
        if self.missing_pages:
            problems.append(
                Problem(
                    "",
                    "",
                    "these listing pages have no file in docs_dir, and this engine cannot add "
                    f"pages: {', '.join(self.missing_pages)}; run "
                    "'python -m mkdocs_series init-pages' once to write them",
                )
            )
        for src_uri in self.empty_pages:
            problems.append(
                Problem(
                    src_uri,
                    "",
                    "holds nothing but front matter, and Python-Markdown renders no extension "
                    "on an empty page: add a line of text or a comment such as "
                    "'<!-- the cards go below -->' for the cards to show",
                )
            )
        return problems

    def header(self, src_uri: str, *, has_title: bool) -> str | None:
        """A post's meta line and series box (and its title when the page has no ``<h1>``);
        ``None`` for a page that is not a post."""
        if src_uri not in self.blog.catalog.posts:
            return None
        return self.blog.post_header(src_uri, has_title=has_title)

    def listing(self, src_uri: str) -> str | None:
        """A listing page's cards, pagination and series header; ``None`` for any other."""
        return self.blog.listing(src_uri) if src_uri in self.blog.plan else None

    def fill_markers(self, src_uri: str, html: str) -> tuple[str, list[Problem]]:
        """``html`` with its ``series:`` and ``latest-posts:`` markers filled."""
        if not has_marker(html):
            return html, []
        return self.blog.fill_markers(src_uri, src_uri, html)


def makes_listing(settings: BlogSettings) -> bool:
    """The ``listing`` option; unset, on unless another blog plugin makes the listing."""
    listing = settings.options.listing
    return bool(listing) if listing is not None else not settings.has_other_blog


def plan_site(catalog_plan: dict[str, ListingPage], files: Iterable[str]) -> dict[str, ListingPage]:
    """The planned listing pages, a README.md published at a planned address standing for
    it, as under MkDocs."""
    readmes = {
        posixpath.join(posixpath.dirname(uri), "index.md"): uri
        for uri in files
        if posixpath.basename(uri).lower() == "readme.md"
    }
    readmes = {planned: uri for planned, uri in readmes.items() if planned in catalog_plan}
    if not readmes:
        return catalog_plan
    return {
        readmes.get(uri, uri): replace(
            page,
            src_uri=readmes.get(uri, uri),
            pages=tuple(readmes.get(p, p) for p in page.pages),
        )
        for uri, page in catalog_plan.items()
    }


def _body(text: str) -> str:
    """A page's Markdown without its front matter (unreadable front matter: the text)."""
    try:
        return split_front_matter(text)[1]
    except FrontMatterError:
        return text


def read_blog(
    docs_dir: Path,
    settings: BlogSettings,
    *,
    files: Iterable[str] | None = None,
    read: Callable[[str], str] | None = None,
    now: dt.datetime | None = None,
) -> SourceBlog:
    """Read every post under ``docs_dir`` once and plan the blog's pages."""
    options = settings.options
    known = frozenset(docs_files(docs_dir) if files is None else files)
    listing_uri = listing_src_uri(options.blog_dir)
    reading = reading_options(options)

    def read_text(src_uri: str) -> str:
        if read is not None:
            return read(src_uri)
        return (docs_dir / src_uri).read_bytes().decode("utf-8-sig")

    candidates = sorted(
        uri
        for uri in known
        if uri.endswith(".md") and uri != listing_uri and is_under(uri, options.blog_dir)
    )
    catalog, notes = collect_posts(
        options,
        candidates,
        lambda uri, added: read_post(uri, read_text(uri), reading=reading, added=added),
        docs_dir=str(docs_dir),
        known_files=known,
        include_drafts=False,
        now=now or dt.datetime.now().astimezone(),
    )
    sizes = catalog_image_sizes(catalog, lambda uri: docs_dir / uri if uri in known else None)
    plan = plan_site(
        plan_pages(
            catalog,
            listing_uri=listing_uri,
            series_dir=options.series_dir,
            per_page=options.per_page,
            listing=makes_listing(settings),
        ),
        known,
    )
    # the summary line, as under MkDocs: the listing pages (written by init-pages) are no posts
    sources = [uri for uri in candidates if uri not in plan]
    notes.append(
        blog_summary(
            catalog, sources, blog_dir=options.blog_dir, date_from_git=options.date_from_git
        )
    )
    strings = strings_for(settings.language, options.strings)
    renderer = Renderer(settings.theme_dirs, strings, direction=text_direction(settings.language))
    blog = Blog(
        catalog,
        {uri: page for uri, page in plan.items() if uri in known},
        options=replace(options, feed=False),  # no files can be added: no feeds
        strings=strings,
        renderer=renderer,
        urls={uri: uri for uri in known},  # links to sources: the engine rewrites them
        site=Site(name=settings.site_name, language=settings.language),
        listing_uri=listing_uri,
        image_sizes=sizes,
    )
    titles = {BLOG: options.listing_title, SERIES_INDEX: strings["series_index_title"]}
    named = {}
    for uri, page in plan.items():
        series = catalog.series.get(page.series_key or "")
        named[uri] = series.name if series is not None else titles[page.kind]
    return SourceBlog(
        blog=blog,
        plan=plan,
        titles=named,
        files=known,
        missing_pages=tuple(uri for uri in plan if uri not in known),
        notes=tuple(notes),
        empty_pages=tuple(
            uri for uri in plan if uri in known and not _body(read_text(uri)).strip()
        ),
    )
