"""The one table of the plugin's visible strings: key, English default, purpose, fields.

Read by the options (``mkdocs/config.py`` makes one ``strings:`` option per entry, unset by
default), by the translations (``i18n.TRANSLATIONS["en"]`` is ``ENGLISH``; every other
language must translate exactly these keys with the same ``{fields}``) and by the option
checks (``options.check_options`` fills a user's string with the entry's sample values).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class VisibleString:
    """One string readers see: ``sample`` holds the ``{fields}`` it may use, with values to
    try a user's wording with."""

    key: str
    default: str  # English
    purpose: str
    sample: Mapping[str, object] = field(default_factory=dict)


STRINGS: tuple[VisibleString, ...] = (
    VisibleString(
        "posted_on", "Posted on {date}", "a post's date", {"date": "Sat 29 November 2025"}
    ),
    VisibleString(
        "series_part",
        "Part {part} of {series}",
        "a post's place in its series, on its meta line",
        {"part": 2, "series": "Series"},
    ),
    VisibleString("reading_time", "{minutes} min read", "reading time", {"minutes": 18}),
    VisibleString("continue_reading", "Continue reading", "a card's link to the post"),
    VisibleString(
        "featured_image_alt",
        "Featured image for {title}",
        "the alt text of a card's or series' image",
        {"title": "Title"},
    ),
    VisibleString(
        "series_position",
        "Part {part} of {total} in {series}",
        "the series box's position line",
        {"part": 2, "total": 3, "series": "Series"},
    ),
    VisibleString(
        "series_heading",
        "Series: {series}",
        "the heading of a series box or series marker",
        {"series": "Series"},
    ),
    VisibleString(
        "previous_part", "Previous: {title}", "the series box's link back", {"title": "Title"}
    ),
    VisibleString(
        "next_part", "Next: {title}", "the series box's link forward", {"title": "Title"}
    ),
    VisibleString("draft", "Draft", "the badge of a draft under `mkdocs serve`"),
    VisibleString(
        "series_stats",
        "{parts} parts · {minutes} min total · {first} \u2013 {last}",
        "the figures at the top of a series' page",
        {"parts": 3, "minutes": 45, "first": "Sat 01", "last": "Sun 02"},
    ),
    VisibleString("series_index_title", "All series", "the title of the index of series"),
    VisibleString(
        "series_index_entry",
        "{parts} parts · latest {date}",
        "one series on the index of series",
        {"parts": 3, "date": "Sat 01 November 2025"},
    ),
    VisibleString("coming_soon", "Coming soon", "the mark of a planned part"),
    VisibleString("newer_posts", "Newer posts", "pagination: the previous page"),
    VisibleString("older_posts", "Older posts", "pagination: the next page"),
    VisibleString(
        "page_position",
        "Page {page} of {pages}",
        "pagination: where the reader is",
        {"page": 2, "pages": 3},
    ),
    VisibleString("pagination_label", "Pages", "the accessible name of the pagination"),
)

ENGLISH: dict[str, str] = {entry.key: entry.default for entry in STRINGS}
SAMPLES: dict[str, Mapping[str, object]] = {entry.key: entry.sample for entry in STRINGS}
