"""The ``series`` plugin: MkDocs event handlers, each a few lines that delegate.

Per build: ``on_config`` makes the build's ``SiteBuild`` (``build.py``: one assignment, so
nothing of a previous build survives) from the checked options; ``on_files`` has it read
every post into a ``Catalog``, plan and add the listing pages and feeds, and make the
``Blog`` (``render/blog.py``) that answers what each page shows; ``on_page_content`` puts
the meta line and series box under each post's title, keeps its excerpt and marks where a
listing page's cards go; ``on_page_context`` exposes ``series_post``/``series_box`` to
theme templates; ``on_post_page`` fills the listing pages and markers, once every post's
excerpt exists, and adds feed links and social tags to ``<head>``.

The plugin object is reused across ``mkdocs serve`` rebuilds: ``ServeState``
(``serve_state.py``) is the only state kept from one build to the next.

Priorities (MkDocs runs higher first; equal priorities in ``mkdocs.yml`` order):

* ``on_files`` -49: after plugins that add pages at the default priority (0), so their
  posts are read too, and just before Material's blog plugin (-50), which marks its posts
  as excluded until its ``on_nav``.
* ``on_nav`` -100: after every plugin's ``on_files`` and ``on_nav``, so posts have their
  final URLs (Material's blog moves its posts to ``blog/YYYY/MM/DD/slug/`` at -50, after
  ours) and every page a redirect could clash with exists; old links and redirects use them.
  It also lifts a listing page out of a nav section that holds nothing else.
* ``on_page_markdown`` at the default priority: it only drops unreadable front matter from
  blog pages and rewrites old generators' links and tags in pages under ``blog_dir``;
  ``on_env`` names the tags left, once per build.
* ``on_page_content`` and ``on_post_page`` at the default priority. They depend on each
  other only through ``LISTING_MARKER``, an HTML comment at the end of a listing page's
  content, and through the marker comments users write: a plugin that rewrites content at
  the default priority keeps comments it does not understand, and one that removes comments
  from the written page (a minifier) must come after ``series`` in ``mkdocs.yml`` (MkDocs
  runs equal priorities in that order). The social tags are added after the theme and
  earlier plugins wrote theirs, so the page's own tags are seen and not repeated.
* ``on_config`` and ``on_page_context`` at the default priority: they read only what
  MkDocs itself set.
"""

from __future__ import annotations

from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..render.blog import LISTING_MARKER, has_marker
from .build import CSS_URI, SiteBuild
from .config import SeriesConfig, load_options
from .serve_state import ServeState

__all__ = ["CSS_URI", "LISTING_MARKER", "SeriesPlugin", "has_marker"]


class SeriesPlugin(BasePlugin[SeriesConfig]):  # type: ignore[no-untyped-call]
    """Multi-part series, reading times, a listing page of cards and series navigation."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._serving = False
        self._dirty = False
        self._state = ServeState()  # kept across `mkdocs serve` rebuilds, on purpose
        self._build: SiteBuild | None = None  # made anew by each on_config

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Only flags: anything collected here would outlive `mkdocs serve` rebuilds.
        self._serving = command == "serve"
        self._dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._build = None
        if not self.config.enabled:
            return None
        options = load_options(self.config)
        self._build = SiteBuild(
            options, config, self._state, serving=self._serving, dirty=self._dirty
        )
        return self._build.configure()

    @event_priority(-49)  # see the module's docstring
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self._build is None:
            return None
        return self._build.collect(files)

    @event_priority(-100)  # see the module's docstring
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> None:
        if self._build is not None:
            self._build.nav(nav, files)

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self._build is None:
            return None
        return self._build.page_markdown(markdown, page)

    def on_env(self, env: object, *, config: MkDocsConfig, files: Files) -> None:
        if self._build is not None:
            self._build.old_site.report_tags()

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self._build is None or self._build.blog is None:
            return None
        return self._build.page_content(html, page)

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if self._build is None or self._build.blog is None:
            return None
        return self._build.page_context(context, page)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if self._build is None or self._build.blog is None:
            return None
        return self._build.post_page(output, page)
