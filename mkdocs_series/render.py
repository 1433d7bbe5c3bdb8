"""The Jinja2 environment of the plugin's HTML fragments, and the calls that render them.

Templates load from the theme's directories first (so a ``custom_dir`` may hold its own
``series/card.html``) and from the package second. Autoescape is on and undefined names
fail loudly: every string from front matter or configuration is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import jinja2

from .views import View

_FIRST_H1_END = re.compile(r"</h1\s*>", re.I)


class Renderer:
    """Renders the listing, cards and post headers for one build."""

    def __init__(self, theme_dirs: Iterable[str], strings: Mapping[str, str]) -> None:
        loader = jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(list(theme_dirs)),
                jinja2.PackageLoader("mkdocs_series", "templates"),
            ]
        )
        self._env = jinja2.Environment(
            loader=loader,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=False,
        )
        self._env.globals["strings"] = dict(strings)

    def listing(self, cards: Sequence[View]) -> str:
        """The cards of a listing page, newest first."""
        return self._env.get_template("series/listing.html").render(cards=cards)

    def post_header(self, post: View, box: View | None, *, title: str | None) -> str:
        """The meta line and series box shown under a post's title (with the title when the
        page has no ``<h1>`` of its own)."""
        return self._env.get_template("series/post.html").render(post=post, box=box, title=title)


def insert_under_title(html: str, fragment: str) -> str:
    """Put ``fragment`` right after the page's first ``<h1>``, or at the very top."""
    match = _FIRST_H1_END.search(html)
    if match is None:
        return fragment + html
    return html[: match.end()] + fragment + html[match.end() :]


def has_h1(html: str) -> bool:
    """True when rendered page content has a level-one heading."""
    return "<h1" in html.lower()
