"""The Zensical front-end: a Python-Markdown extension (every Zensical-specific line is here).

Zensical (0.0.x) skips third-party MkDocs plugins but renders every page with the
``markdown_extensions`` of ``mkdocs.yml``, in one Python process, and tells an extension
which page it renders through ``zensical.extensions.context.ContextPreprocessor``. So with
``- mkdocs_series.zensical`` in ``markdown_extensions`` this extension:

* reads the blog once per build (a build is one configuration object of Zensical's: a new
  one on every ``zensical build`` and on every rebuild of ``zensical serve`` that reloads the
  configuration), with the ``series`` plugin's options from ``mkdocs.yml``;
* puts the meta line and series box under each post's title, the cards on each listing
  page that exists in ``docs_dir``, and fills the ``series:`` / ``latest-posts:`` markers;
* reports problems once per build on standard error (Zensical's ``--strict`` does not see
  them).

Under MkDocs (or ProperDocs) there is no rendering context: the extension does nothing and
the ``series`` plugin does the work, so one ``mkdocs.yml`` serves both.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from importlib.resources import files as package_files
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..core.catalog import clean_folder
from ..core.models import Problem
from ..render.siteconfig import SiteConfig, SiteConfigError, find_config, read_site_config
from ..render.standalone import BlogSettings, SourceBlog, read_blog


@functools.cache
def _context_class() -> Any | None:
    """Zensical's context preprocessor class; ``None`` without Zensical (looked up once: a
    failed import is not cached by Python, and MkDocs runs the extension on every page)."""
    try:
        from zensical.extensions.context import ContextPreprocessor
    except ImportError:
        return None
    return ContextPreprocessor


def _context(md: Markdown) -> Any | None:
    """Zensical's rendering context of ``md`` (its page and configuration), or ``None``
    when another engine (MkDocs) runs the extension or Zensical is not installed."""
    context_class = _context_class()
    return None if context_class is None else context_class.from_markdown(md)


def report(problems: list[Problem]) -> None:
    """Problems on standard error, as the MkDocs plugin words them."""
    for problem in problems:
        level = "INFO   " if problem.severity == "info" else "WARNING"
        print(f"{level} -  series: {problem}", file=sys.stderr, flush=True)


@dataclass
class _Build:
    """What one Zensical build knows: its configuration object, the blog, the stamps of
    the posts when they were read."""

    zensical_config: object
    blog: SourceBlog | None
    site: SiteConfig | None
    stamps: dict[str, tuple[int, int] | None]


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def _watch_problem(site: SiteConfig, root: str) -> Problem | None:
    """Zensical keeps each page it rendered in its cache until the page's own source
    changes, unless a file under ``watch:`` changes: then it renders every page again.
    Without the blog under ``watch``, pages that show other posts go stale."""
    blog = os.path.realpath(site.docs_dir / clean_folder(site.options.blog_dir))
    for watched in site.watch:
        if blog == watched or blog.startswith(watched.rstrip(os.sep) + os.sep):
            return None
    docs = os.path.relpath(site.docs_dir, root)
    return Problem(
        str(site.path.name),
        "watch",
        f"add 'watch: [{docs}]' to {site.path.name}: without it Zensical renders only the "
        "edited page again, and the series boxes, cards and markers of the other pages "
        "keep what its cache holds",
    )


class _State:
    """The current build (one slot: Zensical renders one site per process at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._build: _Build | None = None

    def blog_for(self, zensical_config: dict[str, Any], src_uri: str) -> SourceBlog | None:
        with self._lock:
            build = self._build
            if build is None or build.zensical_config is not zensical_config:
                build = self._build = _read(zensical_config)
            elif build.site is not None and self._edited(build, src_uri):
                # `zensical serve` without `watch`: the edited page alone is rendered again
                # with the old configuration object; at least that page is right
                build = self._build = _read(zensical_config, quiet=True)
            return build.blog

    @staticmethod
    def _edited(build: _Build, src_uri: str) -> bool:
        assert build.site is not None
        if not src_uri.endswith(".md"):
            return False
        return build.stamps.get(src_uri) != _stamp(build.site.docs_dir / src_uri)


def _read(zensical_config: dict[str, Any], *, quiet: bool = False) -> _Build:
    root = str(zensical_config.get("root_dir") or ".")
    path = find_config(Path(root))
    if path is None:  # zensical.toml: the options of mkdocs.yml are not there
        if not quiet:
            report([Problem("", "", f"no mkdocs.yml in {root}: the series extension is off")])
        return _Build(zensical_config, None, None, {})
    try:
        site = read_site_config(path)
    except SiteConfigError as error:
        if not quiet:
            print(f"ERROR   -  series: {error}", file=sys.stderr, flush=True)
        return _Build(zensical_config, None, None, {})
    if not site.options.enabled:
        return _Build(zensical_config, None, None, {})
    theme_dirs = tuple(str(d) for d in zensical_config.get("theme_dirs") or ())
    settings = BlogSettings(
        options=site.options,
        language=site.language,
        has_other_blog=site.has_material_blog,
        theme_dirs=theme_dirs,
        site_name=site.site_name,
    )
    blog = read_blog(site.docs_dir, settings)
    stamps = {uri: _stamp(site.docs_dir / uri) for uri in blog.files if uri.endswith(".md")}
    if not quiet:
        watch = _watch_problem(site, root)
        report(blog.problems + ([watch] if watch else []))
    return _Build(zensical_config, blog, site, stamps)


_STATE = _State()
_CSS: list[str] = []


def _style() -> str:
    """The plugin's stylesheet, inlined once on each page that shows something of ours
    (an extension cannot add to ``<head>`` or to ``extra_css``)."""
    if not _CSS:
        css = (package_files("mkdocs_series") / "assets" / "series.css").read_text("utf-8")
        _CSS.append(f'<style id="mkdocs-series-css">{css}</style>')
    return _CSS[0]


class SeriesTreeprocessor(Treeprocessor):
    """Runs after ``toc``: our headings stay out of the page's table of contents, as
    under MkDocs, where the plugin adds them after rendering."""

    def run(self, root: etree.Element) -> None:
        context = _context(self.md)
        if context is None:
            return
        src_uri = str(context.page.path)
        blog = _STATE.blog_for(context.config, src_uri)
        if blog is None:
            return
        styled = False

        def fragment(html: str) -> str:
            nonlocal styled
            html = html.strip()
            if not styled:
                styled = True
                return f'<div class="series-zensical">{_style()}{html}</div>'
            return html

        # markers first: the page's own raw HTML (comments included) is in the stash
        stash = self.md.htmlStash.rawHtmlBlocks
        for index, block in enumerate(stash):
            if isinstance(block, str):
                filled, problems = blog.fill_markers(src_uri, block)
                if filled != block:
                    stash[index] = fragment(filled)
                report(problems)
        post = blog.blog.catalog.posts.get(src_uri)
        if post is not None and post.title_on_top:  # its front-matter title goes on top
            at = None
        else:
            at = next((i for i, child in enumerate(root) if child.tag == "h1"), None)
        header = blog.header(src_uri, has_title=at is not None)
        if header is not None:
            self._insert(root, 0 if at is None else at + 1, fragment(header))
        listing = blog.listing(src_uri)
        if listing is not None:
            self._insert(root, len(root), fragment(listing))

    def _insert(self, root: etree.Element, index: int, html: str) -> None:
        element = etree.Element("p")
        element.text = self.md.htmlStash.store(html)
        root.insert(index, element)


class SeriesExtension(Extension):
    """``markdown_extensions: - mkdocs_series.zensical`` (no options: the ``series``
    plugin's options in ``mkdocs.yml`` apply)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(SeriesTreeprocessor(md), "mkdocs_series", 4)


def makeExtension(**kwargs: Any) -> SeriesExtension:
    return SeriesExtension(**kwargs)
