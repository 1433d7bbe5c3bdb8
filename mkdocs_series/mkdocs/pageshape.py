"""Headings and navigation of the listing pages, as every theme expects them.

A generated listing page holds no Markdown of its own, so it had no ``<h1>`` (only
Material writes the page title as one) and an empty table of contents (the ``mkdocs``
theme then shows an empty box). In the automatic navigation, a blog folder whose only
navigable page is its listing became a section holding one page of the same name (a
"Blog" menu holding only "Blog"); the page itself takes the section's place.
"""

from __future__ import annotations

import html

from markdown.extensions.toc import slugify
from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents


def title_anchor(title: str) -> str:
    """The ``id`` of a listing page's ``<h1>``, as the ``toc`` extension would make it."""
    return slugify(title, "-") or "title"


def toc_with_title(toc: TableOfContents, title: str, anchor: str) -> TableOfContents:
    """``toc`` under a first-level entry for the page's title, as the ``toc`` extension
    makes it for a page whose Markdown starts with ``# title``."""
    top = AnchorLink(html.escape(title, quote=False), anchor, 1)
    top.children = list(toc)
    return TableOfContents([top])


def lift_lone_pages(nav: Navigation, pages: set[str]) -> None:
    """Replace every section of ``nav`` whose only child is one of ``pages`` (``src_uri``)
    with that page."""

    def lift(items: list[StructureItem], parent: Section | None) -> list[StructureItem]:
        lifted: list[StructureItem] = []
        for item in items:
            if isinstance(item, Section):
                item.children = lift(item.children, item)
                only = item.children[0] if len(item.children) == 1 else None
                if isinstance(only, Page) and only.file.src_uri in pages:
                    only.parent = parent
                    item = only
            lifted.append(item)
        return lifted

    nav.items = lift(nav.items, None)
