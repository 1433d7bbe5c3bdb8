"""The ``series`` plugin: thin MkDocs event handlers around the pure modules.

Per build: ``on_config`` resets the state and checks the options; ``on_files`` reads every
post's front matter once into a ``Catalog`` and adds the generated listing page;
``on_page_content`` renders cards and series boxes from that catalog. The plugin object is
reused across ``mkdocs serve`` rebuilds, so nothing survives from one build to the next.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Hashable
from importlib.resources import files as package_files
from typing import Literal

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from .cache import StampedCache
from .catalog import build_catalog, is_under, listing_src_uri
from .config import SeriesConfig
from .models import Catalog, Post, Problem
from .options import check_options
from .posts import ReadingOptions, read_post
from .render import Renderer, has_h1, insert_under_title
from .series import box_signatures
from .views import box_view, card_view

log = get_plugin_logger(__name__)

CSS_URI = "assets/mkdocs-series/series.css"


class SeriesPlugin(BasePlugin[SeriesConfig]):  # type: ignore[no-untyped-call]
    """Multi-part series, reading times, a listing page of cards and series navigation."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._serving = False
        self._dirty = False
        # Kept across `mkdocs serve` rebuilds on purpose, and only these two: what was read
        # from unchanged files, and what each post's series box showed (for --dirty).
        self._parsed: StampedCache[tuple[Post | None, list[Problem]]] = StampedCache()
        self._reading: ReadingOptions | None = None
        self._box_signatures: dict[str, Hashable] = {}
        # Per-build state, made anew in on_config / on_files.
        self._catalog = Catalog()
        self._renderer: Renderer | None = None
        self._files: Files | None = None
        self._listing_uri = ""

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
        self._files = None
        self._listing_uri = ""
        self._renderer = Renderer(config.theme.dirs, self.config.strings)
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

    @event_priority(-50)  # after other plugins have added or removed their files
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        listing = self._listing_file(files, config)
        self._listing_uri = listing.src_uri
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
            now=dt.datetime.now(),
        )
        self._parsed.forget_unseen()
        _report(self._catalog.problems)
        for file in candidates:
            self._arrange_post(files, file)
        if listing.src_uri not in files.src_uris:
            files.append(listing)
        if CSS_URI not in files.src_uris:
            css = package_files("mkdocs_series") / "assets" / "series.css"
            files.append(File.generated(config, CSS_URI, abs_src_path=str(css)))
        self._refresh_stale_boxes(files)
        self._files = files
        return files

    def _parse(self, file: File) -> tuple[Post | None, list[Problem]]:
        """``read_post`` of a source file, reused while the file is unchanged."""
        stamp = None
        if file.abs_src_path is not None:
            stat = os.stat(file.abs_src_path)
            stamp = (stat.st_mtime_ns, stat.st_size)
        return self._parsed.get(
            file.src_uri,
            stamp,
            lambda: read_post(file.src_uri, file.content_string, reading=self._reading_options),
        )

    @property
    def _reading_options(self) -> ReadingOptions:
        return self._reading or ReadingOptions()

    def _listing_file(self, files: Files, config: MkDocsConfig) -> File:
        """The page the cards go on: the user's page published at the listing's address
        (``<blog_dir>/index.md``, or a README.md MkDocs publishes there), else a generated one.
        """
        title = yaml.safe_dump({"title": self.config.listing_title}, allow_unicode=True)
        generated = File.generated(
            config, listing_src_uri(self.config.blog_dir), content=f"---\n{title}---\n"
        )
        for file in files:
            if file.dest_uri == generated.dest_uri:
                if file.is_documentation_page():
                    return file
                raise PluginError(
                    f"series: {file.src_uri} is published at {file.dest_uri}, where the blog "
                    "listing goes; rename it, or make it a Markdown page to put the cards on it"
                )
        return generated

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

    def _refresh_stale_boxes(self, files: Files) -> None:
        """Under ``--dirty``, MkDocs re-renders only edited pages; a post whose series box
        changed because another part changed is made stale by removing its built page."""
        signatures = box_signatures(self._catalog)
        if self._dirty:
            for src_uri, signature in signatures.items():
                if self._box_signatures.get(src_uri, signature) != signature:
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(files.src_uris[src_uri].abs_dest_path)
        self._box_signatures = signatures

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled or self._renderer is None:
            return None
        src_uri = page.file.src_uri
        link = _linker(files, page)
        strings = self.config.strings
        if src_uri == self._listing_uri:
            cards = [
                card_view(
                    self._catalog.posts[uri],
                    self._catalog,
                    link=link,
                    strings=strings,
                    date_format=self.config.date_format,
                )
                for uri in self._catalog.newest_first
            ]
            return html + self._renderer.listing(cards)
        post = self._catalog.posts.get(src_uri)
        if post is None:
            return None
        fragment = self._renderer.post_header(
            card_view(
                post, self._catalog, link=link, strings=strings, date_format=self.config.date_format
            ),
            box_view(post, self._catalog, link=link, strings=strings),
            title=None if has_h1(html) else post.title,
        )
        return insert_under_title(html, fragment)

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        """Expose the post's data to theme overrides as ``series_post`` and ``series_box``."""
        if not self.config.enabled or self._files is None:
            return None
        post = self._catalog.posts.get(page.file.src_uri)
        link = _linker(self._files, page)
        strings = self.config.strings
        context["series_post"] = post and card_view(  # type: ignore[typeddict-unknown-key]
            post, self._catalog, link=link, strings=strings, date_format=self.config.date_format
        )
        context["series_box"] = post and box_view(  # type: ignore[typeddict-unknown-key]
            post, self._catalog, link=link, strings=strings
        )
        return context


def _linker(files: Files, page: Page) -> Callable[[str], str]:
    """``src_uri`` -> its URL relative to ``page`` (from MkDocs' own ``File.url``)."""

    def link(src_uri: str) -> str:
        return get_relative_url(files.src_uris[src_uri].url, page.url)

    return link


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        (log.info if problem.severity == "info" else log.warning)(str(problem))
