"""The Jinja2 environment of the plugin's HTML fragments, and the calls that render them.

Templates load from the theme's directories first (so a ``custom_dir`` may hold its own
``series/card.html``) and from the package second. Autoescape is on and undefined names
fail loudly: every string from front matter or configuration is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import jinja2

_FIRST_H1_END = re.compile(r"</h1\s*>", re.I)
_H1_START = re.compile(r"<h1", re.I)
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    """Jinja2's environment, with ``view.key`` read from a plain ``dict`` key first.

    Jinja2 tries ``getattr`` before ``[]``, so every ``card.title`` on a view (a ``dict``)
    raised and caught an ``AttributeError``: most of the time spent rendering cards. The
    result is the same: a plain ``dict`` has no attributes other than its methods, whose
    names still go to ``getattr`` first.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


class Renderer:
    """Renders the plugin's fragments (``templates/series/*.html``) for one build."""

    def __init__(
        self, theme_dirs: Iterable[str], strings: Mapping[str, str], *, direction: str = "ltr"
    ) -> None:
        loader = jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(list(theme_dirs)),
                jinja2.PackageLoader("mkdocs_series", "templates"),
            ]
        )
        self._env = _Environment(
            loader=loader,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=False,
            # a Renderer lives for one build (made in on_config): no need to stat every
            # template file again on every render
            auto_reload=False,
        )
        self._env.globals["strings"] = dict(strings)
        self._env.globals["direction"] = direction

    def render(self, template: str, **context: object) -> str:
        """Render ``series/<template>.html`` with ``context``."""
        return self._env.get_template(f"series/{template}.html").render(**context)


def find_h1(html: str) -> tuple[bool, int]:
    """Whether rendered page content has a level-one heading, and where what goes under
    the title goes: right after the first ``</h1>``, else at the very top."""
    first = _H1_START.search(html)  # content without a heading is scanned once
    if first is None:
        return False, 0
    end = _FIRST_H1_END.search(html, first.start())
    return True, 0 if end is None else end.end()


def insert_in_head(html: str, fragment: str) -> str:
    """Put ``fragment`` at the end of the page's ``<head>`` (unchanged if it has none)."""
    at = html.find("</head>")
    return html if at < 0 else html[:at] + fragment + html[at:]
