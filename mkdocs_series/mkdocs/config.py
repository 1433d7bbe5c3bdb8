"""The plugin's options (``plugins: - series: ...`` in ``mkdocs.yml``)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from ..core.hints import unknown_name_message


class _HintedConfig(base.Config):  # type: ignore[no-untyped-call]
    """MkDocs' own checks, with "did you mean ...?" added to an unknown option's warning."""

    def _validate(self) -> tuple[base.ConfigErrors, base.ConfigWarnings]:
        failed, warnings = super()._validate()
        unknown = set(self.keys()) - self._schema_keys
        return failed, [
            (key, unknown_name_message(key, self._schema_keys) if key in unknown else warning)
            for key, warning in warnings
        ]


class Strings(_HintedConfig):  # type: ignore[no-untyped-call]
    """Every visible word the plugin prints, so a site in another language can set them."""

    posted_on = c.Type(str, default="Posted on {date}")
    series_part = c.Type(str, default="Part {part} of {series}")
    reading_time = c.Type(str, default="{minutes} min read")
    continue_reading = c.Type(str, default="Continue reading")
    featured_image_alt = c.Type(str, default="Featured image for {title}")
    series_position = c.Type(str, default="Part {part} of {total} in {series}")
    series_heading = c.Type(str, default="Series: {series}")
    previous_part = c.Type(str, default="Previous: {title}")
    next_part = c.Type(str, default="Next: {title}")
    draft = c.Type(str, default="Draft")
    series_stats = c.Type(
        str, default="{parts} parts · {minutes} min total · {first} \u2013 {last}"
    )
    series_index_title = c.Type(str, default="All series")
    series_index_entry = c.Type(str, default="{parts} parts · latest {date}")
    coming_soon = c.Type(str, default="Coming soon")
    newer_posts = c.Type(str, default="Newer posts")
    older_posts = c.Type(str, default="Older posts")
    page_position = c.Type(str, default="Page {page} of {pages}")
    pagination_label = c.Type(str, default="Pages")


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
    feed = c.Type(bool, default=True)
    social = c.Type(bool, default=True)
    feed_size = c.Type(int, default=20)
    image_ratio = c.Optional(c.Type((str, int, float)))  # default: each image its own shape
    timezone = c.Type(str, default="UTC")  # for dates written without a UTC offset
    strings = c.SubConfig(Strings)
