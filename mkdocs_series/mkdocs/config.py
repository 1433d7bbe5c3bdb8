"""The plugin's options (``plugins: - series: ...`` in ``mkdocs.yml``), loaded into the
engine-free ``Options`` (``render/options.py``) once per build."""

from __future__ import annotations

from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError

from ..render.options import Options
from ..render.strings import STRINGS

# Every visible word the plugin prints: one option per entry of ``strings.STRINGS``, unset
# by default (``None``), so that the site's language decides and a string the user sets
# counts even when it equals the English default.
Strings: type[base.Config] = type(
    "Strings",
    (base.Config,),
    {entry.key: c.Optional(c.Type(str)) for entry in STRINGS},
)


class SeriesConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the ``series`` plugin; every default works with no configuration at all."""

    enabled = c.Type(bool, default=True)
    blog_dir = c.Type(str, default="blog")
    listing = c.Optional(c.Type(bool))  # default: on, unless Material's blog plugin is
    listing_title = c.Type(str, default="Blog")
    posts_in_nav = c.Type(bool, default=False)
    language = c.Optional(c.Type(str))  # default: the theme's `language`, else English
    date_format = c.Optional(c.Type(str))  # default: "Sat 29 November 2025" in English
    words_per_minute = c.Type(int, default=265)
    code_words_per_minute = c.Type(int, default=100)
    cjk_chars_per_minute = c.Type(int, default=500)
    per_page = c.Type(int, default=10)
    series_dir = c.Type(str, default="series")
    series = c.Type(dict, default={})
    future_as_draft = c.Type(bool, default=False)
    feed = c.Type(bool, default=True)
    social = c.Type(bool, default=True)
    feed_size = c.Type(int, default=20)
    strings = c.SubConfig(Strings)


def load_options(config: SeriesConfig) -> Options:
    """The validated options as an ``Options`` value; a ``PluginError`` naming the option
    when one cannot be used."""
    values: dict[str, Any] = dict(config)
    try:
        return Options.from_mapping(values)
    except ValueError as error:
        raise PluginError(f"series: {error}") from None
