"""The ``series`` plugin: thin MkDocs event handlers around the pure modules.

Per build: ``on_config`` resets the state and checks the options; ``on_files`` reads every
post's front matter once into a ``Catalog``, plans the listing pages (blog, series, index of
series) and adds the generated ones and the feeds; ``on_page_content`` puts the meta line
and series box under each post's title and keeps its excerpt; ``on_page_context`` fills the
listing pages and markers once every page's content exists. The plugin object is reused
across ``mkdocs serve`` rebuilds: nothing but two caches keyed by file stamps survives from
one build to the next.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from importlib.resources import files as package_files
from typing import Literal
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..core.catalog import build_catalog, is_under, listing_src_uri
from ..core.frontmatter import without_unreadable_front_matter
from ..core.imagesize import parse_ratio
from ..core.models import Catalog, Post, Problem
from ..core.pages import BLOG, SERIES, SERIES_INDEX, ListingPage, folder_of, plan_pages
from ..core.posts import ReadingOptions, read_post
from ..core.series import series_key
from ..core.urls import Linker, absolute_url
from ..core.zones import site_zone
from ..render.excerpts import cut_excerpt, rebase_urls
from ..render.feeds import atom_feed, feed_entry, feed_sources
from ..render.i18n import strings_for, text_direction
from ..render.options import check_options
from ..render.renderer import Renderer, find_h1, insert_in_head
from ..render.social import existing_meta, has_json_ld_blogposting, social_context, social_post
from ..render.views import LazyView, View, Views
from .ahead import RenderAhead
from .cache import StampedCache
from .config import SeriesConfig
from .pageshape import lift_lone_pages, title_anchor, toc_with_title
from .signatures import box_signatures, catalog_signature, listing_signatures
from .sitefiles import existing_page_at, front_matter_page, image_sizes, page_url, stamp

log = get_plugin_logger(__name__)

CSS_URI = "assets/mkdocs-series/series.css"
SERIES_MARKER = re.compile(r"<!--\s*series:\s*(.*?)\s*-->")
LATEST_MARKER = re.compile(r"<!--\s*latest-posts:\s*(\d+)\s*-->")
_MARKER_START = re.compile(r"<!--\s*(?:series|latest-posts):")
LISTING_MARKER = "<!-- mkdocs-series: the cards of this listing page -->"
Parsed = tuple[Post | None, list[Problem]]


class SeriesPlugin(BasePlugin[SeriesConfig]):  # type: ignore[no-untyped-call]
    """Multi-part series, reading times, a listing page of cards and series navigation."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._serving = False
        self._dirty = False
        # Kept across `mkdocs serve` rebuilds on purpose, each valid only for the same input
        # (file stamps, or the input itself): what was read from unchanged files, each
        # post's rendered excerpt (a --dirty build does not render unchanged posts again),
        # what each page showed (see _refresh_stale_pages) and each feed's XML.
        self._parsed: StampedCache[Parsed] = StampedCache()
        self._excerpts: StampedCache[tuple[str, str]] = StampedCache()  # (post URL, HTML)
        self._reading: ReadingOptions | None = None
        self._signatures: dict[str, Hashable] = {}  # src_uri -> what the page showed
        self._feed_xml: dict[str, tuple[Hashable, str]] = {}  # feed src_uri -> (input, XML)
        self._marker_sources: set[str] = set()  # pages holding markers when last built
        self._catalog_signature: Hashable | None = None
        self._settings: str | None = None  # the options as of the last build
        # Per-build state, made anew in on_config / on_files.
        self._catalog = Catalog()
        self._renderer: Renderer | None = None
        self._views: Views | None = None
        self._files: Files | None = None
        self._linker = Linker(lambda src_uri: src_uri)
        self._headers: RenderAhead[bool] = RenderAhead([], self._post_header)
        self._social: RenderAhead[tuple[frozenset[str], bool]] = RenderAhead([], self._social_html)
        self._config: MkDocsConfig | None = None
        self._listings: RenderAhead[None] = RenderAhead([], self._listing_html)
        self._plan: dict[str, ListingPage] = {}
        self._feeds: dict[str | None, str] = {}  # series key (None: the blog) -> feed src_uri
        self._strings: dict[str, str] = {}  # the visible words, in the site's language
        self._stamps: dict[str, Hashable | None] = {}  # src_uri -> its file's stamp
        self._build = object()  # this build's token: the stamp of every file outside serve

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Only flags: anything collected here would outlive `mkdocs serve` rebuilds.
        self._serving = command == "serve"
        self._dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        try:
            check_options(self.config)
        except ValueError as error:
            raise PluginError(f"series: {error}") from None
        self._catalog = Catalog()
        self._config = config
        self._build = object()
        self._views = None
        self._files = None
        self._plan = {}
        self._feeds = {}
        language = self._language(config)
        self._strings = strings_for(language, self.config.strings)
        self._renderer = Renderer(
            config.theme.dirs, self._strings, direction=text_direction(language)
        )
        reading = ReadingOptions(
            words_per_minute=self.config.words_per_minute,
            code_words_per_minute=self.config.code_words_per_minute,
            cjk_chars_per_minute=self.config.cjk_chars_per_minute,
        )
        if reading != self._reading:
            self._parsed.clear()
            self._reading = reading
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        return config

    # -49: after plugins that add pages at the default priority, and just before Material's
    # blog plugin (-50), which marks its posts as excluded until its on_nav.
    @event_priority(-49)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        by_dest = {f.dest_uri: f for f in files}
        listing = self._listing_file(by_dest, config)
        candidates = [
            f
            for f in files.documentation_pages()
            if is_under(f.src_uri, self.config.blog_dir) and f is not listing
        ]
        self._catalog = build_catalog(
            [f.src_uri for f in candidates],
            lambda src_uri: self._parse(files.src_uris[src_uri]),
            known_files=files.src_uris.keys(),
            include_drafts=self._serving,
            now=dt.datetime.now().astimezone(),
            future_as_draft=self.config.future_as_draft,
            series_settings=self.config.series,
        )
        self._parsed.retain([f.src_uri for f in candidates])
        self._excerpts.retain(self._catalog.posts.keys())
        _report(self._catalog.problems)
        for file in candidates:
            self._arrange_post(files, file)
        makes_listing = self._makes_listing(config)
        if makes_listing and listing.src_uri not in files.src_uris:
            files.append(listing)
        self._plan = plan_pages(
            self._catalog,
            listing_uri=listing.src_uri,
            series_dir=self.config.series_dir,
            per_page=self.config.per_page,
            listing=makes_listing,
        )
        self._add_listing_pages(files, by_dest, config, listing)
        self._add_feeds(files, config, listing)
        if CSS_URI not in files.src_uris:
            css = package_files("mkdocs_series") / "assets" / "series.css"
            files.append(File.generated(config, CSS_URI, abs_src_path=str(css)))
        self._refresh_stale_pages(files)
        self._files = files
        self._linker = Linker(lambda src_uri: files.src_uris[src_uri].url)
        # Posts in the order MkDocs converts and then writes them (none under --dirty,
        # where only edited pages are: each fragment is then rendered when asked for).
        posts = self._catalog.posts
        order = [] if self._dirty else [f.src_uri for f in files if f.src_uri in posts]
        self._headers = RenderAhead(order, self._post_header)
        self._social = RenderAhead(order, self._social_html)
        listings = [] if self._dirty else [f.src_uri for f in files if f.src_uri in self._plan]
        self._listings = RenderAhead(listings, self._listing_html, batch=8)
        self._views = Views(
            self._catalog,
            strings=self._strings,
            date_format=self.config.date_format,
            language=self._language(config),
            series_pages={
                page.series_key: uri
                for uri, page in self._plan.items()
                if page.kind == SERIES and page.number == 1 and page.series_key
            },
            image_sizes=image_sizes(
                [*self._catalog.images.values()]
                + [s.image for s in self._catalog.series.values() if s.image is not None],
                files,
            ),
            image_ratio=parse_ratio(ratio) if (ratio := self.config.image_ratio) else None,
        )
        return files

    def _makes_listing(self, config: MkDocsConfig) -> bool:
        """The ``listing`` option; unset, the plugin makes the blog's listing unless
        Material's blog plugin is on, which makes its own."""
        if self.config.listing is not None:
            return bool(self.config.listing)
        return not any(
            type(plugin).__module__.startswith("material.plugins.blog")
            and getattr(plugin.config, "enabled", True)
            for plugin in config.plugins.values()
        )

    def _parse(self, file: File) -> Parsed:
        """``read_post`` of a source file, reused while the file is unchanged."""
        reading = self._reading or ReadingOptions()
        stamped = stamp(file, None if self._serving else self._build)
        self._stamps[file.src_uri] = stamped
        return self._parsed.get(
            file.src_uri,
            stamped,
            lambda: read_post(file.src_uri, file.content_string, reading=reading),
        )

    def _front_matter_page(self, config: MkDocsConfig, src_uri: str, title: str) -> File:
        return front_matter_page(config, src_uri, title, serving=self._serving)

    def _listing_file(self, by_dest: dict[str, File], config: MkDocsConfig) -> File:
        """The page the blog's cards go on: the user's page published at the listing's
        address (``<blog_dir>/index.md``, or a README.md MkDocs publishes there), else a
        generated one."""
        generated = self._front_matter_page(
            config, listing_src_uri(self.config.blog_dir), self.config.listing_title
        )
        return existing_page_at(by_dest, generated) or generated

    def _add_listing_pages(
        self, files: Files, by_dest: dict[str, File], config: MkDocsConfig, listing: File
    ) -> None:
        """Generate every planned listing page the user has not written."""
        titles = {
            BLOG: self.config.listing_title,
            SERIES_INDEX: self._strings["series_index_title"],
        }
        renamed: dict[str, str] = {}  # planned src_uri -> the user's page published there
        for src_uri, page in self._plan.items():
            if src_uri == listing.src_uri:
                continue
            series = self._catalog.series.get(page.series_key or "")
            title = series.name if series is not None else titles[page.kind]
            generated = self._front_matter_page(config, src_uri, title)
            existing = existing_page_at(by_dest, generated)
            if existing is None:
                generated.inclusion = InclusionLevel.NOT_IN_NAV
                files.append(generated)
            elif existing.src_uri != src_uri:  # e.g. a README.md published at that address
                renamed[src_uri] = existing.src_uri
        if renamed:
            self._plan = {
                renamed.get(uri, uri): replace(
                    page,
                    src_uri=renamed.get(uri, uri),
                    pages=tuple(renamed.get(p, p) for p in page.pages),
                )
                for uri, page in self._plan.items()
            }

    def _add_feeds(self, files: Files, config: MkDocsConfig, listing: File) -> None:
        """An Atom feed of the blog and one per series; they need absolute URLs."""
        if not self.config.feed or not self._catalog.posts:
            return
        if not config.site_url:
            log.info("feeds need 'site_url' in mkdocs.yml; no feed.xml is written without it")
            return
        site_url = config.site_url
        zone = site_zone(self.config.timezone)  # checked in on_config

        def absolute(src_uri: str) -> str:
            return absolute_url(site_url, files.src_uris[src_uri].url)

        feeds = feed_sources(
            self._catalog, self._plan, listing_uri=listing.src_uri, site_name=str(config.site_name)
        )
        for key, page_uri, title, posts in feeds:
            feed_uri = f"{folder_of(page_uri)}/feed.xml".lstrip("/")
            feed_url = urljoin(site_url, feed_uri)
            # the listing is not ours when Material's blog makes it: link the site then
            home = absolute(page_uri) if page_uri in files.src_uris else site_url
            entries = tuple(
                feed_entry(self._catalog.posts[p], self._catalog, absolute, zone=zone)
                for p in posts[: self.config.feed_size]
            )
            arguments = (title, feed_url, home, entries)
            kept = self._feed_xml.get(feed_uri)
            if kept is None or kept[0] != arguments:  # written again only when it changed
                xml = atom_feed(title=title, feed_url=feed_url, site_url=home, entries=entries)
                kept = (arguments, xml)
                if self._serving:  # only `mkdocs serve` builds again in the same process
                    self._feed_xml[feed_uri] = kept
            xml = kept[1]
            if feed_uri in files.src_uris:
                raise PluginError(f"series: {feed_uri} in docs_dir is where a feed goes")
            files.append(File.generated(config, feed_uri, content=xml))
            self._feeds[key] = feed_uri
        for feed_uri in self._feed_xml.keys() - set(self._feeds.values()):
            del self._feed_xml[feed_uri]

    def _arrange_post(self, files: Files, file: File) -> None:
        """Drop a draft from a build; keep a post out of the automatic nav."""
        if file.src_uri in self._catalog.drafts_left_out:
            files.remove(file)
        elif (
            file.src_uri in self._catalog.posts
            and not self.config.posts_in_nav
            and file.inclusion in (InclusionLevel.UNDEFINED, InclusionLevel.INCLUDED)
        ):
            file.inclusion = InclusionLevel.NOT_IN_NAV

    def _refresh_stale_pages(self, files: Files) -> None:
        """Under ``mkdocs serve --dirty`` MkDocs builds only edited pages (and, for the
        generated listing pages, those whose built page is missing). A page that shows what
        changed in other files (a series box, cards, markers) is made stale by removing its
        built page, so MkDocs builds it again; the others are left as they are."""
        if not self._serving:
            return  # one build per process: there is no next build to compare with
        boxes = box_signatures(self._catalog)
        listings = listing_signatures(self._catalog, self._plan, self._stamps)
        signatures: dict[str, Hashable] = {
            uri: (boxes.get(uri), listings.get(uri)) for uri in boxes.keys() | listings.keys()
        }
        # A page with no signature from the last build is stale too: it may be back, with
        # its old built page, after a build without it (a listing page 2 when posts come and
        # go, a post moved out of the blog and back).
        stale = [uri for uri, sig in signatures.items() if self._signatures.get(uri) != sig]
        for uri, post in self._catalog.posts.items():  # a card needs its rendered excerpt
            if post.has_excerpt and self._excerpts.lookup(uri, self._stamps.get(uri)) is None:
                stale.append(uri)
        catalog = catalog_signature(self._catalog, self._stamps)
        if self._catalog_signature not in (None, catalog):  # markers show anything
            stale.extend(self._marker_sources)
        settings = repr((dict(self.config), self._strings))  # options, words, language
        if self._settings not in (None, settings):  # e.g. a listing title, planned parts
            stale.extend(self._marker_sources)
            stale.extend(signatures)
        if self._dirty:
            for uri in stale:
                if uri in files.src_uris:
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(files.src_uris[uri].abs_dest_path)
        self._signatures, self._catalog_signature = signatures, catalog
        self._settings = settings

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """A blog page whose front matter cannot be read (reported in ``on_files``) is
        published without it: MkDocs would print the block as the page's text."""
        if not self.config.enabled or page.meta:
            return None
        if not is_under(page.file.src_uri, self.config.blog_dir):
            return None
        return without_unreadable_front_matter(markdown)

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Note which pages hold markers; keep a post's excerpt and put its meta line and
        series box under its title; mark where a listing page's cards go (markers and cards
        are filled in ``on_post_page``)."""
        if not self.config.enabled or self._renderer is None or self._views is None:
            return None
        if has_marker(html):
            self._marker_sources.add(page.file.src_uri)
        else:
            self._marker_sources.discard(page.file.src_uri)
        if page.file.src_uri in self._plan:
            return f"{self._with_title(page, html)}\n{LISTING_MARKER}\n"
        post = self._catalog.posts.get(page.file.src_uri)
        if post is None:
            return None
        if post.has_excerpt:
            excerpt = cut_excerpt(html)
            if excerpt is not None:
                stamp = self._stamps.get(post.src_uri)
                self._excerpts.put(post.src_uri, stamp, (page.url, excerpt))
        has_title, at = find_h1(html)
        return html[:at] + self._headers.take(post.src_uri, has_title) + html[at:]

    def _with_title(self, page: Page, html: str) -> str:
        """A listing page without an ``<h1>`` (a generated one) gets its title as one, and
        as the top entry of its table of contents (see ``pageshape``)."""
        assert self._renderer is not None
        if find_h1(html)[0] or not page.title:
            return html
        anchor = title_anchor(page.title)
        page.toc = toc_with_title(page.toc, page.title, anchor)
        return self._renderer.render("page_title", title=page.title, anchor=anchor) + html

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        """In the automatic navigation, a section holding nothing but a listing page (a
        "Blog" menu holding only "Blog") is replaced by the page."""
        if not self.config.enabled or config.nav is not None:
            return None
        lift_lone_pages(nav, set(self._plan))
        return nav

    def _post_header(self, src_uri: str, has_title: bool) -> str:
        """What goes under a post's title: its meta line and series box (and the title
        itself when the page has no ``<h1>``)."""
        assert self._renderer is not None and self._views is not None
        assert self._files is not None
        post = self._catalog.posts[src_uri]
        link = self._linker.for_page(page_url(self._files.src_uris[src_uri]))
        return self._renderer.render(
            "post",
            post=self._views.card(post, link),
            box=self._views.box(post, link),
            title=None if has_title else post.title,
        )

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        """Expose a post's data to theme overrides as ``series_post`` and ``series_box``,
        computed only if a template reads them."""
        if not self.config.enabled or self._files is None or self._views is None:
            return None
        views, post = self._views, self._catalog.posts.get(page.file.src_uri)
        card = box = None
        if post is not None:
            link = self._link(page)
            card = LazyView(lambda: views.card(post, link))
            if post.series_name is not None:
                box = LazyView(lambda: views.box(post, link) or {})
        context["series_post"] = card  # type: ignore[typeddict-unknown-key]
        context["series_box"] = box  # type: ignore[typeddict-unknown-key]
        return context

    def _cards(self, posts: Sequence[str], page_url: str) -> list[View]:
        assert self._files is not None and self._views is not None
        link = self._linker.for_page(page_url)

        def excerpt(post: Post) -> str | None:
            kept = self._excerpts.lookup(post.src_uri, self._stamps.get(post.src_uri))
            if kept is None:
                return None
            post_url, html = kept
            return rebase_urls(html, from_url=post_url, to_url=page_url)

        cards = []
        for uri in posts:
            card = self._views.card(self._catalog.posts[uri], link)
            if card["excerpt"] is None and self._catalog.posts[uri].has_excerpt:
                card["excerpt"] = excerpt(self._catalog.posts[uri])
            cards.append(card)
        return cards

    def _listing_html(self, src_uri: str, _variant: None = None) -> str:
        """The cards, pagination and series header of the listing page ``src_uri``."""
        assert self._renderer is not None and self._views is not None
        assert self._files is not None
        planned = self._plan[src_uri]
        address = page_url(self._files.src_uris[src_uri])
        link = self._linker.for_page(address)
        render = self._renderer.render
        if planned.kind == SERIES_INDEX:
            return render("series_index", entries=self._views.series_index(link))
        html = ""
        series = self._catalog.series.get(planned.series_key or "")
        if series is not None and planned.number == 1:
            html += render("series_header", header=self._views.series_header(series, link))
        html += render(
            "listing",
            cards=self._cards(planned.posts, address),
            pagination=self._views.pagination(planned, link),
        )
        if series is not None and planned.number == len(planned.pages):
            planned_parts = self._views.series_header(series, link)["planned"]
            html += render("series_planned", planned=planned_parts)
        return html

    def _fill_markers(self, page: Page, html: str, link: Callable[[str], str]) -> str:
        """``<!-- series: Name -->`` -> that series' parts; ``<!-- latest-posts: N -->`` ->
        the N newest cards. Unknown series are named in a warning and render as nothing."""
        assert self._renderer is not None and self._views is not None
        views, render = self._views, self._renderer.render

        def series_toc(match: re.Match[str]) -> str:
            series = self._catalog.series.get(series_key(match.group(1)))
            if series is None:
                log.warning(
                    f"{page.file.src_uri}: marker '{match.group(0)}' names no series of the blog"
                )
                return match.group(0)
            toc = {
                "name": series.name,
                "url": views.series_link(series, link),
                "heading": self._strings["series_heading"].format(series=series.name),
                "parts": views.parts(series, link),
            }
            return render("toc", toc=toc)

        def latest(match: re.Match[str]) -> str:
            newest = self._catalog.newest_first[: int(match.group(1))]
            cards = self._cards(list(newest), page.url)
            return render("listing", cards=cards, pagination=None)

        return LATEST_MARKER.sub(latest, SERIES_MARKER.sub(series_toc, html))

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Fill a listing page's cards and any markers (every post is rendered by now, so
        excerpts exist; the cards live only in the written page, so neither the search
        index nor memory holds them), and add to ``<head>`` a post's Open Graph, Twitter
        and JSON-LD data (what the theme has not written) or a listing's feed links."""
        if not self.config.enabled or self._renderer is None or self._files is None:
            return None
        link = self._link(page)
        planned = self._plan.get(page.file.src_uri)
        if planned is not None:
            listing = self._listings.take(page.file.src_uri, None)
            output = output.replace(LISTING_MARKER, listing, 1)
            output = insert_in_head(output, self._feed_links(planned, page, config))
        if page.file.src_uri in self._marker_sources:  # noted in on_page_content
            output = self._fill_markers(page, output, link)
        post = self._catalog.posts.get(page.file.src_uri)
        if post is not None and self.config.social:
            written = (existing_meta(output), has_json_ld_blogposting(output))
            output = insert_in_head(output, self._social.take(post.src_uri, written))
        return output

    def _social_html(self, src_uri: str, written: tuple[frozenset[str], bool]) -> str:
        """A post's Open Graph, Twitter and JSON-LD data, but what its page already has
        (``written``: the ``<meta>`` keys and whether it has an article's JSON-LD)."""
        assert self._renderer is not None and self._files is not None and self._config
        config, files, post = self._config, self._files, self._catalog.posts[src_uri]
        site_url = config.site_url

        def absolute(src_uri: str) -> str | None:
            return absolute_url(site_url, files.src_uris[src_uri].url) if site_url else None

        social = social_post(
            post,
            self._catalog,
            absolute=absolute,
            series_pages=self._views.series_pages if self._views else {},
            site_name=str(config.site_name),
            language=self._language(config),
            zone=site_zone(self.config.timezone),  # checked in on_config
        )
        context = social_context(social, existing=written[0], has_json_ld=written[1])
        return self._renderer.render("social", **context)

    def _link(self, page: Page) -> Callable[[str], str]:
        """``src_uri`` -> its URL relative to ``page``, as MkDocs' ``get_relative_url``."""
        return self._linker.for_page(page.url)

    def _language(self, config: MkDocsConfig) -> str:
        """The ``language`` option, else the theme's (Material's ``theme.language``)."""
        theme_language = config.theme.get("language") or config.theme.get("locale")
        return str(self.config.language or theme_language or "en")

    def _feed_links(self, planned: ListingPage, page: Page, config: MkDocsConfig) -> str:
        """The blog's feed from the blog's pages, and a series' feed too from its own pages
        (see ``templates/series/feed_link.html`` for why ``rel="alternate feed"``)."""
        assert self._renderer is not None and self._files is not None
        links = ""
        for key in dict.fromkeys([None, planned.series_key]):
            feed = self._feeds.get(key)
            if feed is None:
                continue
            series = self._catalog.series.get(key or "")
            links += self._renderer.render(
                "feed_link",
                title=series.name if series else str(config.site_name),
                href=self._link(page)(feed),
            )
        return links


def has_marker(html: str) -> bool:
    """True when ``html`` holds a ``series:`` or ``latest-posts:`` marker comment."""
    return _MARKER_START.search(html) is not None


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        (log.info if problem.severity == "info" else log.warning)(str(problem))
