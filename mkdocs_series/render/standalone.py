"""The blog of a docs folder read straight from disk, for engines that run no plugin of ours
(Zensical) and for the ``init-pages`` command: no engine objects, only paths and options.

``StandaloneBlog`` is made once per build from the files under ``docs_dir`` and answers,
for one page at a time, what goes on it: a post's meta line and series box, a listing
page's cards, the parts or cards a marker stands for. Pages are named by their path under
``docs_dir`` (``src_uri``); links are relative to the page's URL, computed the way MkDocs and
Zensical publish Markdown files.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.catalog import build_catalog, is_under, listing_src_uri
from ..core.frontmatter import FrontMatterError, split_front_matter
from ..core.models import Catalog, Problem
from ..core.pages import BLOG, SERIES, SERIES_INDEX, ListingPage, plan_pages
from ..core.posts import ReadingOptions, read_post
from ..core.series import series_key
from ..core.urls import Linker
from .i18n import strings_for, text_direction
from .renderer import Renderer
from .views import Views

SERIES_MARKER = re.compile(r"<!--\s*series:\s*(.*?)\s*-->")
LATEST_MARKER = re.compile(r"<!--\s*latest-posts:\s*(\d+)\s*-->")
_MARKER_START = re.compile(r"<!--\s*(?:series|latest-posts):")
_INDEX_NAMES = ("index", "readme")


def page_address(src_uri: str, *, use_directory_urls: bool = True) -> str:
    """The URL (relative to the site's root) where a file is published, as MkDocs'
    ``File.url`` and Zensical: ``a/b.md`` -> ``a/b/``, ``a/index.md`` -> ``a/``, the home
    page ``""``; any other file at its own path."""
    if not src_uri.endswith(".md"):
        return src_uri
    folder, name = posixpath.split(src_uri[: -len(".md")])
    if name.lower() in _INDEX_NAMES:
        if use_directory_urls:
            return f"{folder}/" if folder else ""
        return posixpath.join(folder, "index.html")
    if use_directory_urls:
        return posixpath.join(folder, name) + "/"
    return posixpath.join(folder, name) + ".html"


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


def has_marker(html: str) -> bool:
    return _MARKER_START.search(html) is not None


@dataclass(frozen=True)
class BlogSettings:
    """The options ``StandaloneBlog`` uses (the ``series`` plugin's, and the site's)."""

    options: Mapping[str, Any]  # the checked ``series`` options (``SeriesConfig``)
    language: str = "en"
    use_directory_urls: bool = True
    has_other_blog: bool = False  # Material's or Zensical's blog makes the listing
    theme_dirs: tuple[str, ...] = ()
    # Link to source files (``../other.md``, as written in Markdown) and let the engine
    # turn them into URLs, as Zensical does for every relative link of a page's content.
    link_sources: bool = False


@dataclass
class StandaloneBlog:
    """One build's blog: catalog, planned pages, views and templates."""

    settings: BlogSettings
    catalog: Catalog
    plan: dict[str, ListingPage]
    files: frozenset[str]
    renderer: Renderer
    views: Views
    strings: dict[str, str]
    missing_pages: tuple[str, ...] = ()  # planned listing pages with no file in docs_dir
    empty_pages: tuple[str, ...] = ()  # planned listing pages holding nothing but front matter
    linker: Linker = field(init=False)

    def __post_init__(self) -> None:
        directory = self.settings.use_directory_urls
        if self.settings.link_sources:
            self.linker = Linker(lambda uri: uri)
        else:
            self.linker = Linker(lambda uri: page_address(uri, use_directory_urls=directory))

    def _link(self, src_uri: str, page_url: str) -> Callable[[str], str]:
        """Links from the page ``src_uri`` published at ``page_url``."""
        return self.linker.for_page(src_uri if self.settings.link_sources else page_url)

    @property
    def problems(self) -> list[Problem]:
        """What is wrong in the posts, then pages the engine cannot add by itself."""
        problems = list(self.catalog.problems)
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

    def header(self, src_uri: str, page_url: str, *, has_title: bool) -> str | None:
        """A post's meta line and series box (and its title when the page has no ``<h1>``);
        ``None`` for a page that is not a post."""
        post = self.catalog.posts.get(src_uri)
        if post is None:
            return None
        link = self._link(src_uri, page_url)
        return self.renderer.render(
            "post",
            post=self.views.card(post, link),
            box=self.views.box(post, link),
            title=None if has_title else post.title,
        )

    def listing(self, src_uri: str, page_url: str) -> str | None:
        """The cards, pagination and series header of a listing page; ``None`` for any
        other page."""
        planned = self.plan.get(src_uri)
        if planned is None:
            return None
        link = self._link(src_uri, page_url)
        render, views = self.renderer.render, self.views
        if planned.kind == SERIES_INDEX:
            return render("series_index", entries=views.series_index(link))
        html = ""
        series = self.catalog.series.get(planned.series_key or "")
        if series is not None and planned.number == 1:
            html += render("series_header", header=views.series_header(series, link))
        cards = [views.card(self.catalog.posts[uri], link) for uri in planned.posts]
        html += render("listing", cards=cards, pagination=views.pagination(planned, link))
        if series is not None and planned.number == len(planned.pages):
            html += render("series_planned", planned=views.series_header(series, link)["planned"])
        return html

    def fill_markers(self, html: str, src_uri: str, page_url: str) -> tuple[str, list[Problem]]:
        """``<!-- series: Name -->`` -> that series' parts; ``<!-- latest-posts: N -->`` ->
        the N newest cards. An unknown series is named in a problem and left as it is."""
        if not has_marker(html):
            return html, []
        link = self._link(src_uri, page_url)
        render, views = self.renderer.render, self.views
        problems: list[Problem] = []

        def series_toc(match: re.Match[str]) -> str:
            series = self.catalog.series.get(series_key(match.group(1)))
            if series is None:
                message = f"marker '{match.group(0)}' names no series of the blog"
                problems.append(Problem(src_uri, "", message))
                return match.group(0)
            toc = {
                "name": series.name,
                "url": views.series_link(series, link),
                "heading": self.strings["series_heading"].format(series=series.name),
                "parts": views.parts(series, link),
            }
            return render("toc", toc=toc)

        def latest(match: re.Match[str]) -> str:
            newest = self.catalog.newest_first[: int(match.group(1))]
            cards = [views.card(self.catalog.posts[uri], link) for uri in newest]
            return render("listing", cards=cards, pagination=None)

        return LATEST_MARKER.sub(latest, SERIES_MARKER.sub(series_toc, html)), problems


def makes_listing(settings: BlogSettings) -> bool:
    """The ``listing`` option; unset, on unless another blog plugin makes the listing."""
    listing = settings.options["listing"]
    return bool(listing) if listing is not None else not settings.has_other_blog


def plan_site(
    catalog: Catalog, settings: BlogSettings, files: Iterable[str]
) -> dict[str, ListingPage]:
    """Every listing page of the blog, keyed by ``src_uri``; a README.md published at a
    planned address stands for it, as under MkDocs."""
    options = settings.options
    plan = plan_pages(
        catalog,
        listing_uri=listing_src_uri(options["blog_dir"]),
        series_dir=options["series_dir"],
        per_page=options["per_page"],
        listing=makes_listing(settings),
    )
    readmes = {
        posixpath.join(posixpath.dirname(uri), "index.md"): uri
        for uri in files
        if posixpath.basename(uri).lower() == "readme.md"
    }
    readmes = {planned: uri for planned, uri in readmes.items() if planned in plan}
    if not readmes:
        return plan
    return {
        readmes.get(uri, uri): ListingPage(
            readmes.get(uri, uri),
            page.kind,
            page.posts,
            page.number,
            tuple(readmes.get(p, p) for p in page.pages),
            page.series_key,
        )
        for uri, page in plan.items()
    }


def read_blog(
    docs_dir: Path,
    settings: BlogSettings,
    *,
    files: Iterable[str] | None = None,
    read: Callable[[str], str] | None = None,
    now: dt.datetime | None = None,
) -> StandaloneBlog:
    """Read every post under ``docs_dir`` once and plan the blog's pages."""
    options = settings.options
    known = frozenset(docs_files(docs_dir) if files is None else files)
    listing_uri = listing_src_uri(options["blog_dir"])
    reading = ReadingOptions(
        words_per_minute=options["words_per_minute"],
        code_words_per_minute=options["code_words_per_minute"],
        cjk_chars_per_minute=options["cjk_chars_per_minute"],
    )

    def read_text(src_uri: str) -> str:
        if read is not None:
            return read(src_uri)
        return (docs_dir / src_uri).read_bytes().decode("utf-8-sig")

    candidates = sorted(
        uri
        for uri in known
        if uri.endswith(".md") and uri != listing_uri and is_under(uri, options["blog_dir"])
    )
    catalog = build_catalog(
        candidates,
        lambda uri: read_post(uri, read_text(uri), reading=reading),
        known_files=known,
        include_drafts=False,
        now=now or dt.datetime.now().astimezone(),
        future_as_draft=options["future_as_draft"],
        series_settings=options["series"],
    )
    plan = plan_site(catalog, settings, known)
    strings = strings_for(settings.language, options["strings"])
    renderer = Renderer(settings.theme_dirs, strings, direction=text_direction(settings.language))
    series_pages = {
        page.series_key: uri
        for uri, page in plan.items()
        if page.kind == SERIES and page.number == 1 and page.series_key and uri in known
    }
    views = Views(
        catalog,
        strings=strings,
        date_format=options["date_format"],
        language=settings.language,
        series_pages=series_pages,
    )
    missing = tuple(uri for uri in plan if uri not in known)
    empty = tuple(
        uri
        for uri in plan
        if uri in known and uri.endswith(".md") and not _body(read_text(uri)).strip()
    )
    return StandaloneBlog(
        settings=settings,
        catalog=catalog,
        plan=plan,
        files=known,
        renderer=renderer,
        views=views,
        strings=strings,
        missing_pages=missing,
        empty_pages=empty,
    )


def _body(text: str) -> str:
    """A page's Markdown without its front matter (unreadable front matter: the text)."""
    try:
        return split_front_matter(text)[1]
    except FrontMatterError:
        return text


def page_titles(blog: StandaloneBlog) -> dict[str, str]:
    """The title of every planned listing page: the blog's, each series' name, the index's."""
    titles = {BLOG: str(blog.settings.options["listing_title"])}
    titles[SERIES_INDEX] = blog.strings["series_index_title"]
    named = {}
    for uri, page in blog.plan.items():
        series = blog.catalog.series.get(page.series_key or "")
        named[uri] = series.name if series is not None else titles[page.kind]
    return named
