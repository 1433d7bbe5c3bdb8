"""What each page of one build shows, from the catalog and the page's address (no engine).

``Blog`` is the one object a front-end asks: the header under a post's title (meta line and
series box), the cards, pagination and series header of a listing page, the index of
series, the ``series:`` and ``latest-posts:`` markers, the feeds and their links, and a
post's social tags. It knows the build through plain values: the ``Catalog``, the planned
listing pages, each page's site-relative URL (``urls``: ``src_uri`` -> URL, as MkDocs'
``File.url``) and the site's name, URL and language. The MkDocs plugin and the Zensical
front-end translate their engine's events into these calls; neither decides what a card
looks like.

A card's excerpt is the post's own rendered HTML before ``<!-- more -->``: the front-end
hands it in (``keep_excerpt``) when the engine has rendered the post, and the ``excerpts``
store given to ``Blog`` keeps it (a plain dict for one build; ``mkdocs serve`` keeps it
across rebuilds while the post's file is unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from ..core.models import Catalog, Post, Problem
from ..core.pages import SERIES, SERIES_INDEX, ListingPage, folder_of
from ..core.series import series_key
from ..core.urls import Linker, absolute_url, page_address
from .excerpts import cut_excerpt, rebase_urls
from .feeds import FeedEntry, atom_feed, feed_entry, feed_sources
from .options import Options
from .renderer import Renderer, find_h1, insert_in_head
from .social import existing_meta, has_json_ld_blogposting, social_context, social_post
from .views import LazyView, Link, View, Views

SERIES_MARKER = re.compile(r"<!--\s*series:\s*(.*?)\s*-->")
LATEST_MARKER = re.compile(r"<!--\s*latest-posts:\s*(\d+)\s*-->")
_MARKER_START = re.compile(r"<!--\s*(?:series|latest-posts):")
# Where a listing page's cards go: put at the end of its content when the engine converts
# the page, replaced by the cards in the finished page (``Blog.finish_page``).
LISTING_MARKER = "<!-- mkdocs-series: the cards of this listing page -->"

Excerpts = MutableMapping[str, tuple[str, str]]  # post src_uri -> (its page URL, excerpt HTML)


def has_marker(html: str) -> bool:
    """True when ``html`` holds a ``series:`` or ``latest-posts:`` marker comment."""
    return _MARKER_START.search(html) is not None


@dataclass(frozen=True, slots=True)
class Site:
    """What a front-end tells about the site: ``url`` is ``site_url`` (feeds and social
    tags need absolute URLs), ``language`` the one the strings and dates are in."""

    name: str
    url: str | None = None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Feed:
    """One Atom feed: the blog's (``key`` ``None``) or a series'; ``uri`` is where it goes
    (a ``src_uri`` beside the listing page it mirrors, ``home``)."""

    key: str | None
    uri: str
    title: str
    url: str
    home: str
    entries: tuple[FeedEntry, ...] = field(default=())

    def xml(self) -> str:
        return atom_feed(
            title=self.title, feed_url=self.url, site_url=self.home, entries=self.entries
        )


class Blog:
    """Answers "what does page X show?" for one build."""

    def __init__(
        self,
        catalog: Catalog,
        plan: Mapping[str, ListingPage],
        *,
        options: Options,
        strings: Mapping[str, str],
        renderer: Renderer,
        urls: Mapping[str, str],
        site: Site,
        listing_uri: str,
        excerpts: Excerpts | None = None,
    ) -> None:
        self.catalog = catalog
        self.plan = plan
        self.options = options
        self.strings = strings
        self.site = site
        self._render = renderer.render
        self._urls = urls
        self._linker = Linker(urls.__getitem__)
        self._excerpts: Excerpts = {} if excerpts is None else excerpts
        self.views = Views(
            catalog,
            strings=strings,
            date_format=options.date_format,
            language=site.language,
            series_pages={
                page.series_key: uri
                for uri, page in plan.items()
                if page.kind == SERIES and page.number == 1 and page.series_key
            },
        )
        self.problems: list[Problem] = []
        self.feeds = self._plan_feeds(listing_uri)

    # -- addresses -------------------------------------------------------------------------

    def link(self, page_url: str) -> Link:
        """``src_uri`` -> its URL relative to the page at ``page_url`` (``Page.url``)."""
        return self._linker.for_page(page_url)

    def address(self, src_uri: str) -> str:
        """The page URL of ``src_uri`` as MkDocs' ``Page.url`` ("" for the home page)."""
        return page_address(self._urls[src_uri])

    def _absolute(self, src_uri: str) -> str:
        assert self.site.url is not None
        return absolute_url(self.site.url, self._urls[src_uri])

    # -- a post ----------------------------------------------------------------------------

    def post_header(self, src_uri: str, *, has_title: bool) -> str:
        """What goes under a post's title: its meta line and series box (and the title
        itself when the page has no ``<h1>``)."""
        post = self.catalog.posts[src_uri]
        link = self.link(self.address(src_uri))
        return self._render(
            "post",
            post=self.views.card(post, link),
            box=self.views.box(post, link),
            title=None if has_title else post.title,
        )

    def keep_excerpt(self, src_uri: str, page_url: str, html: str) -> None:
        """Keep the excerpt of a post's rendered content ``html`` for its cards."""
        excerpt = cut_excerpt(html)
        if excerpt is not None:
            self._excerpts[src_uri] = (page_url, excerpt)

    def page_content(self, src_uri: str, page_url: str, html: str) -> str | None:
        """A page's converted content with what the blog adds to it, ``None`` if nothing:
        a post's excerpt is kept and its header put under its title; a listing page gets
        ``LISTING_MARKER`` where its cards go (filled in by ``finish_page``)."""
        if src_uri in self.plan:
            return f"{html}\n{LISTING_MARKER}\n"
        post = self.catalog.posts.get(src_uri)
        if post is None:
            return None
        if post.has_excerpt:
            self.keep_excerpt(src_uri, page_url, html)
        has_title, at = find_h1(html)
        return html[:at] + self.post_header(src_uri, has_title=has_title) + html[at:]

    def theme_views(self, src_uri: str, page_url: str) -> tuple[LazyView | None, LazyView | None]:
        """``series_post`` and ``series_box`` for theme templates, computed if read."""
        views, post = self.views, self.catalog.posts.get(src_uri)
        if post is None:
            return None, None
        link = self.link(page_url)
        card = LazyView(lambda: views.card(post, link))
        box = LazyView(lambda: views.box(post, link) or {}) if post.series_name else None
        return card, box

    def social(self, src_uri: str, html: str) -> str:
        """A post's Open Graph, Twitter and JSON-LD data, but what its page ``html``
        already has in its ``<head>``."""
        post = self.catalog.posts[src_uri]
        absolute = self._absolute if self.site.url else lambda src_uri: None
        social = social_post(
            post,
            self.catalog,
            absolute=absolute,
            series_pages=self.views.series_pages,
            site_name=self.site.name,
            language=self.site.language,
        )
        context = social_context(
            social, existing=existing_meta(html), has_json_ld=has_json_ld_blogposting(html)
        )
        return self._render("social", **context)

    # -- listing pages ---------------------------------------------------------------------

    def cards(self, posts: Sequence[str], page_url: str) -> list[View]:
        """The cards of ``posts`` on the page at ``page_url``."""
        link = self.link(page_url)
        cards = []
        for uri in posts:
            post = self.catalog.posts[uri]
            card = self.views.card(post, link)
            if card["excerpt"] is None and post.has_excerpt:
                card["excerpt"] = self._excerpt(post, page_url)
            cards.append(card)
        return cards

    def _excerpt(self, post: Post, page_url: str) -> str | None:
        kept = self._excerpts.get(post.src_uri)
        if kept is None:
            return None
        post_url, html = kept
        return rebase_urls(html, from_url=post_url, to_url=page_url)

    def listing(self, src_uri: str) -> str:
        """The cards, pagination and series header of the listing page ``src_uri``, or the
        index of series."""
        planned = self.plan[src_uri]
        address = self.address(src_uri)
        link = self.link(address)
        render = self._render
        if planned.kind == SERIES_INDEX:
            return render("series_index", entries=self.views.series_index(link))
        html = ""
        series = self.catalog.series.get(planned.series_key or "")
        if series is not None and planned.number == 1:
            html += render("series_header", header=self.views.series_header(series, link))
        html += render(
            "listing",
            cards=self.cards(planned.posts, address),
            pagination=self.views.pagination(planned, link),
        )
        if series is not None and planned.number == len(planned.pages):
            planned_parts = self.views.series_header(series, link)["planned"]
            html += render("series_planned", planned=planned_parts)
        return html

    def feed_links(self, src_uri: str) -> str:
        """The ``<link>``s of a listing page's feeds: the blog's from every listing page, a
        series' too from its own pages (see ``templates/series/feed_link.html``)."""
        planned = self.plan[src_uri]
        by_key = {feed.key: feed for feed in self.feeds}
        link = self.link(self.address(src_uri))
        links = ""
        for key in dict.fromkeys([None, planned.series_key]):
            feed = by_key.get(key)
            if feed is not None:
                links += self._render("feed_link", title=feed.title, href=link(feed.uri))
        return links

    # -- markers ---------------------------------------------------------------------------

    def fill_markers(self, src_uri: str, page_url: str, html: str) -> tuple[str, list[Problem]]:
        """``<!-- series: Name -->`` -> that series' parts; ``<!-- latest-posts: N -->`` ->
        the N newest cards. An unknown series is a problem and its marker stays as written."""
        views, render, link = self.views, self._render, self.link(page_url)
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
            return render("listing", cards=self.cards(list(newest), page_url), pagination=None)

        return LATEST_MARKER.sub(latest, SERIES_MARKER.sub(series_toc, html)), problems

    # -- the finished page -----------------------------------------------------------------

    def finish_page(
        self, src_uri: str, page_url: str, output: str, *, markers: bool
    ) -> tuple[str, list[Problem]]:
        """The finished HTML page with a listing's cards and feed links, the markers filled
        (when ``markers``: its content held some) and a post's social tags in ``<head>``."""
        problems: list[Problem] = []
        if src_uri in self.plan:
            output = output.replace(LISTING_MARKER, self.listing(src_uri), 1)
            output = insert_in_head(output, self.feed_links(src_uri))
        if markers:
            output, problems = self.fill_markers(src_uri, page_url, output)
        if src_uri in self.catalog.posts and self.options.social:
            output = insert_in_head(output, self.social(src_uri, output))
        return output, problems

    # -- feeds -----------------------------------------------------------------------------

    def _plan_feeds(self, listing_uri: str) -> tuple[Feed, ...]:
        """An Atom feed of the blog and one per series; they need absolute URLs."""
        if not self.options.feed or not self.catalog.posts:
            return ()
        site_url = self.site.url
        if not site_url:
            self.problems.append(
                Problem(
                    "",
                    "",
                    "feeds need 'site_url' in mkdocs.yml; no feed.xml is written without it",
                    severity="info",
                )
            )
            return ()
        feeds = []
        sources = feed_sources(
            self.catalog, self.plan, listing_uri=listing_uri, site_name=self.site.name
        )
        for key, page_uri, title, posts in sources:
            feed_uri = f"{folder_of(page_uri)}/feed.xml".lstrip("/")
            # the listing is not ours when Material's blog makes it: link the site then
            home = self._absolute(page_uri) if page_uri in self._urls else site_url
            entries = tuple(
                feed_entry(self.catalog.posts[p], self.catalog, self._absolute)
                for p in posts[: self.options.feed_size]
            )
            feeds.append(Feed(key, feed_uri, title, urljoin(site_url, feed_uri), home, entries))
        return tuple(feeds)
