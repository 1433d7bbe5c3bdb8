"""The plugin's options (``plugins: - series: ...`` in ``mkdocs.yml``), loaded into the
engine-free ``Options`` (``render/options.py``) once per build."""

from __future__ import annotations

from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError

from ..core.hints import unknown_name_message
from ..core.images import DEFAULT_IMAGE_PATTERNS
from ..render.options import Options
from ..render.strings import STRINGS


class _HintedConfig(base.Config):  # type: ignore[no-untyped-call]
    """MkDocs' own checks, with "did you mean ...?" added to an unknown option's warning."""

    def _validate(self) -> tuple[base.ConfigErrors, base.ConfigWarnings]:
        failed, warnings = super()._validate()
        unknown = set(self.keys()) - self._schema_keys
        return failed, [
            (key, unknown_name_message(key, self._schema_keys) if key in unknown else warning)
            for key, warning in warnings
        ]


# Every visible word the plugin prints: one option per entry of ``strings.STRINGS``, unset
# by default (``None``), so that the site's language decides and a string the user sets
# counts even when it equals the English default.
Strings: type[base.Config] = type(
    "Strings",
    (_HintedConfig,),
    {entry.key: c.Optional(c.Type(str)) for entry in STRINGS},
)


class SeriesConfig(_HintedConfig):  # type: ignore[no-untyped-call]
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
    show_updated = c.Type(bool, default=False)  # the meta line shows the update date
    date_from_git = c.Type(bool, default=False)  # undated posts: the commit that added them
    series_from = c.Optional(c.Choice(("folder", "category")))  # series without `series:`
    feed = c.Type(bool, default=True)
    social = c.Type(bool, default=True)
    feed_size = c.Type(int, default=20)
    convert_old_markup = c.Type(bool, default=True)  # Pelican/Jekyll links under blog_dir
    # where a featured image is looked for when its path as written is not a file
    image_patterns = c.ListOfItems(c.Type(str), default=list(DEFAULT_IMAGE_PATTERNS))
    image_ratio = c.Optional(c.Type((str, int, float)))  # default: each image its own shape
    timezone = c.Type(str, default="UTC")  # for dates written without a UTC offset
    strings = c.SubConfig(Strings)


def load_options(config: SeriesConfig) -> Options:
    """The validated options as an ``Options`` value; a ``PluginError`` naming the option
    when one cannot be used."""
    values: dict[str, Any] = dict(config)
    try:
        return Options.from_mapping(values)
    except ValueError as error:
        raise PluginError(f"series: {error}") from None
