"""One MkDocs build of the blog: everything it needs, made in one place (``SiteBuild``).

The plugin makes a ``SiteBuild`` in ``on_config`` (one assignment: nothing of the previous
build is left) and hands it each event. It translates MkDocs' objects (``Files``, ``File``,
``Page``) into the engine-free calls of ``render.blog.Blog``, which decides what each page
shows. What must outlive the build lives in ``ServeState`` (``serve_state.py``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import replace
from importlib.resources import files as package_files

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..core.catalog import is_under, listing_src_uri
from ..core.frontmatter import without_unreadable_front_matter
from ..core.imagesize import catalog_image_sizes
from ..core.models import Catalog, Problem
from ..core.pages import BLOG, SERIES_INDEX, ListingPage, plan_pages
from ..core.posts import read_post
from ..core.summary import blog_summary
from ..render.blog import Blog, Site, has_marker
from ..render.collect import collect_posts, reading_options
from ..render.i18n import strings_for, text_direction
from ..render.options import Options
from ..render.renderer import Renderer, find_h1
from .oldsite import OldSite, add_redirects
from .pageshape import lift_lone_pages, title_anchor, toc_with_title
from .serve_state import Parsed, ServeState, StampedView
from .signatures import box_signatures, catalog_signature, listing_signatures
from .sitefiles import existing_page_at, front_matter_page, stamp

log = get_plugin_logger(__name__)

CSS_URI = "assets/mkdocs-series/series.css"


class FileUrls(Mapping[str, str]):
    """``src_uri`` -> ``File.url`` of a build's files, read live (files added later count)."""

    def __init__(self, files: Files) -> None:
        self._files = files

    def __getitem__(self, src_uri: str) -> str:
        return self._files.src_uris[src_uri].url

    def __contains__(self, src_uri: object) -> bool:
        return src_uri in self._files.src_uris

    def __iter__(self) -> Iterator[str]:
        return iter(self._files.src_uris)

    def __len__(self) -> int:
        return len(self._files.src_uris)


def site_language(options: Options, config: MkDocsConfig) -> str:
    """The ``language`` option, else the theme's (Material's ``theme.language``)."""
    theme_language = config.theme.get("language") or config.theme.get("locale")
    return str(options.language or theme_language or "en")


def report(problems: list[Problem]) -> None:
    for problem in problems:
        (log.info if problem.severity == "info" else log.warning)(str(problem))


class SiteBuild:
    """One build: its options, words, templates, files, catalog, planned pages and ``Blog``."""

    def __init__(
        self,
        options: Options,
        config: MkDocsConfig,
        state: ServeState,
        *,
        serving: bool,
        dirty: bool,
    ) -> None:
        self.options = options
        self.config = config
        self.state = state
        self.serving = serving
        self.dirty = dirty
        self.language = site_language(options, config)
        self.strings = strings_for(self.language, options.strings)
        self.renderer = Renderer(
            config.theme.dirs, self.strings, direction=text_direction(self.language)
        )
        self.reading = reading_options(options)
        self.token = object()  # this build's stamp of every file outside `mkdocs serve`
        self.stamps: dict[str, Hashable | None] = {}  # src_uri -> its file's stamp
        self.catalog = Catalog()
        self.plan: dict[str, ListingPage] = {}
        self.blog: Blog | None = None
        self.old_site = OldSite(
            blog_dir=options.blog_dir,
            convert=options.convert_old_markup,
            macros="macros" in config.plugins,
        )

    # -- on_config -------------------------------------------------------------------------

    def configure(self) -> MkDocsConfig:
        """Forget parses made with other reading rates; add the stylesheet."""
        self.state.use_reading(self.reading)
        if CSS_URI not in self.config.extra_css:
            self.config.extra_css.append(CSS_URI)
        return self.config

    # -- on_files --------------------------------------------------------------------------

    def collect(self, files: Files) -> Files:
        """Read every post into the catalog, arrange posts in the nav, add the listing
        pages, the feeds and the stylesheet; make the ``Blog`` of this build."""
        config, options = self.config, self.options
        by_dest = {f.dest_uri: f for f in files}
        listing = self._listing_file(by_dest)
        candidates = [
            f
            for f in files.documentation_pages()
            if is_under(f.src_uri, options.blog_dir) and f is not listing
        ]
        sources = [f.src_uri for f in candidates]
        self.catalog, git_problems = collect_posts(
            options,
            sources,
            lambda src_uri, added: self._parse(files.src_uris[src_uri], added),
            docs_dir=config.docs_dir,
            known_files=files.src_uris.keys(),
            include_drafts=self.serving,
            now=dt.datetime.now().astimezone(),
        )
        report(git_problems)
        self.state.parsed.retain(sources)
        self.state.excerpts.retain(self.catalog.posts.keys())
        report(self.catalog.problems)
        git = options.date_from_git  # one line sums up the blog
        report([blog_summary(self.catalog, sources, blog_dir=options.blog_dir, date_from_git=git)])
        for file in candidates:
            self._arrange_post(files, file)
        makes_listing = self._makes_listing()
        if makes_listing and listing.src_uri not in files.src_uris:
            files.append(listing)
        self.plan = plan_pages(
            self.catalog,
            listing_uri=listing.src_uri,
            series_dir=options.series_dir,
            per_page=options.per_page,
            listing=makes_listing,
        )
        self._add_listing_pages(files, by_dest, listing)
        self.blog = Blog(
            self.catalog,
            self.plan,
            options=options,
            strings=self.strings,
            renderer=self.renderer,
            urls=FileUrls(files),
            site=Site(
                name=str(config.site_name), url=config.site_url or None, language=self.language
            ),
            listing_uri=listing.src_uri,
            excerpts=StampedView(self.state.excerpts, self.stamps),
            # a file another plugin made in memory has no path, and no size
            image_sizes=catalog_image_sizes(
                self.catalog,
                lambda uri: file.abs_src_path if (file := files.src_uris.get(uri)) else None,
            ),
        )
        report(self.blog.problems)
        self._add_feeds(files)
        if CSS_URI not in files.src_uris:
            css = package_files("mkdocs_series") / "assets" / "series.css"
            files.append(File.generated(config, CSS_URI, abs_src_path=str(css)))
        self._refresh_stale_pages(files)
        return files

    def _parse(self, file: File, added: dt.datetime | None) -> Parsed:
        """``read_post`` of a source file, reused while the file is unchanged (and its
        commit date too: a new one reads the file again)."""
        stamped = stamp(file, None if self.serving else self.token)
        self.stamps[file.src_uri] = stamped
        return self.state.parsed.get(
            file.src_uri,
            None if stamped is None else (stamped, added),
            lambda: read_post(file.src_uri, file.content_string, reading=self.reading, added=added),
        )

    def _makes_listing(self) -> bool:
        """The ``listing`` option; unset, the plugin makes the blog's listing unless
        Material's blog plugin is on, which makes its own."""
        if self.options.listing is not None:
            return self.options.listing
        return not any(
            type(plugin).__module__.startswith("material.plugins.blog")
            and getattr(plugin.config, "enabled", True)
            for plugin in self.config.plugins.values()
        )

    def _front_matter_page(self, src_uri: str, title: str) -> File:
        return front_matter_page(self.config, src_uri, title, serving=self.serving)

    def _listing_file(self, by_dest: dict[str, File]) -> File:
        """The page the blog's cards go on: the user's page published at the listing's
        address (``<blog_dir>/index.md``, or a README.md MkDocs publishes there), else a
        generated one."""
        generated = self._front_matter_page(
            listing_src_uri(self.options.blog_dir), self.options.listing_title
        )
        return existing_page_at(by_dest, generated) or generated

    def _arrange_post(self, files: Files, file: File) -> None:
        """Drop a draft from a build; keep a post out of the automatic nav."""
        if file.src_uri in self.catalog.drafts_left_out:
            files.remove(file)
        elif (
            file.src_uri in self.catalog.posts
            and not self.options.posts_in_nav
            and file.inclusion in (InclusionLevel.UNDEFINED, InclusionLevel.INCLUDED)
        ):
            file.inclusion = InclusionLevel.NOT_IN_NAV

    def _add_listing_pages(self, files: Files, by_dest: dict[str, File], listing: File) -> None:
        """Generate every planned listing page the user has not written."""
        titles = {
            BLOG: self.options.listing_title,
            SERIES_INDEX: self.strings["series_index_title"],
        }
        renamed: dict[str, str] = {}  # planned src_uri -> the user's page published there
        for src_uri, page in self.plan.items():
            if src_uri == listing.src_uri:
                continue
            series = self.catalog.series.get(page.series_key or "")
            title = series.name if series is not None else titles[page.kind]
            generated = self._front_matter_page(src_uri, title)
            existing = existing_page_at(by_dest, generated)
            if existing is None:
                generated.inclusion = InclusionLevel.NOT_IN_NAV
                files.append(generated)
            elif existing.src_uri != src_uri:  # e.g. a README.md published at that address
                renamed[src_uri] = existing.src_uri
        if renamed:
            self.plan = {
                renamed.get(uri, uri): replace(
                    page,
                    src_uri=renamed.get(uri, uri),
                    pages=tuple(renamed.get(p, p) for p in page.pages),
                )
                for uri, page in self.plan.items()
            }

    def _add_feeds(self, files: Files) -> None:
        """The feeds the ``Blog`` planned, each a generated file."""
        assert self.blog is not None
        for feed in self.blog.feeds:
            xml = self.state.feed_xml(feed.uri, feed, feed.xml, keep=self.serving)
            if feed.uri in files.src_uris:
                raise PluginError(f"series: {feed.uri} in docs_dir is where a feed goes")
            files.append(File.generated(self.config, feed.uri, content=xml))
        self.state.retain_feeds([feed.uri for feed in self.blog.feeds])

    def _refresh_stale_pages(self, files: Files) -> None:
        """Under ``mkdocs serve --dirty`` MkDocs builds only edited pages (and, for the
        generated listing pages, those whose built page is missing). A page that shows what
        changed in other files (a series box, cards, markers) is made stale by removing its
        built page, so MkDocs builds it again; the others are left as they are."""
        if not self.serving:
            return  # one build per process: there is no next build to compare with
        state = self.state
        boxes = box_signatures(self.catalog)
        listings = listing_signatures(self.catalog, self.plan, self.stamps)
        signatures: dict[str, Hashable] = {
            uri: (boxes.get(uri), listings.get(uri)) for uri in boxes.keys() | listings.keys()
        }
        # A page with no signature from the last build is stale too: it may be back, with
        # its old built page, after a build without it (a listing page 2 when posts come and
        # go, a post moved out of the blog and back).
        stale = [uri for uri, sig in signatures.items() if state.signatures.get(uri) != sig]
        for uri, post in self.catalog.posts.items():  # a card needs its rendered excerpt
            if post.has_excerpt and state.excerpts.lookup(uri, self.stamps.get(uri)) is None:
                stale.append(uri)
        catalog = catalog_signature(self.catalog, self.stamps)
        if state.catalog_signature not in (None, catalog):  # markers show anything
            stale.extend(state.marker_sources)
        settings = repr((self.options, self.strings))  # options, words, language
        if state.settings not in (None, settings):  # e.g. a listing title, planned parts
            stale.extend(state.marker_sources)
            stale.extend(signatures)
        if self.dirty:
            for uri in stale:
                if uri in files.src_uris:
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(files.src_uris[uri].abs_dest_path)
        state.signatures, state.catalog_signature = signatures, catalog
        state.settings = settings

    # -- on_nav ----------------------------------------------------------------------------

    def nav(self, nav: Navigation, files: Files) -> None:
        """Every file has its final URL now: note them for old links; add the redirects.
        In the automatic navigation, a section holding nothing but a listing page (a "Blog"
        menu holding only "Blog") is replaced by the page."""
        self.old_site.note_files(files)
        report(add_redirects(files, self.config, self.catalog, self.renderer, self.language))
        if self.config.nav is None:
            lift_lone_pages(nav, set(self.plan))

    def page_markdown(self, markdown: str, page: Page) -> str | None:
        """A blog page whose front matter cannot be read (reported in ``on_files``) is
        published without it (MkDocs would print the block as the page's text); then the
        old generators' links and tags (``oldsite.py``)."""
        src_uri = page.file.src_uri
        changed = None
        if not page.meta and is_under(src_uri, self.options.blog_dir):
            changed = without_unreadable_front_matter(markdown)
        converted = self.old_site.page_markdown(changed or markdown, src_uri, page.url)
        return converted if converted is not None else changed

    # -- page events -----------------------------------------------------------------------

    def page_content(self, html: str, page: Page) -> str | None:
        """Note whether the page holds markers; the rest is the ``Blog``'s."""
        assert self.blog is not None
        self.state.note_markers(page.file.src_uri, has_marker(html))
        if page.file.src_uri in self.plan:
            html = self._with_title(page, html)
        return self.blog.page_content(page.file.src_uri, page.url, html)

    def _with_title(self, page: Page, html: str) -> str:
        """A listing page without an ``<h1>`` (a generated one) gets its title as one, and
        as the top entry of its table of contents (see ``pageshape``)."""
        if find_h1(html)[0] or not page.title:
            return html
        anchor = title_anchor(page.title)
        page.toc = toc_with_title(page.toc, page.title, anchor)
        return self.renderer.render("page_title", title=page.title, anchor=anchor) + html

    def page_context(self, context: TemplateContext, page: Page) -> TemplateContext:
        assert self.blog is not None
        card, box = self.blog.theme_views(page.file.src_uri, page.url)
        context["series_post"] = card  # type: ignore[typeddict-unknown-key]
        context["series_box"] = box  # type: ignore[typeddict-unknown-key]
        return context

    def post_page(self, output: str, page: Page) -> str:
        assert self.blog is not None
        src_uri = page.file.src_uri
        markers = src_uri in self.state.marker_sources  # noted in page_content
        output, problems = self.blog.finish_page(src_uri, page.url, output, markers=markers)
        report(problems)
        return output
