"""What the templates show: plain dictionaries built from the catalog (pure).

Every URL comes from ``link(src_uri)``, which the plugin builds from MkDocs' ``File`` objects
relative to the page being rendered, so the views work with any ``use_directory_urls``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from .models import Catalog, Post
from .series import part_label, series_key

Link = Callable[[str], str]
View = dict[str, Any]


def split_template(template: str, field: str, **values: object) -> tuple[str, str]:
    """The text before and after ``{field}`` in a user-set string, other fields filled in.

    The templates put the field itself in its own element (a ``<time>``, a link), so the
    surrounding words stay translatable.
    """
    before, _, after = template.partition("{" + field + "}")
    return before.format(**values), after.format(**values)


def machine_date(date: dt.datetime) -> str:
    """The ``datetime`` attribute of ``<time>``: the day alone when no time was given."""
    if date.tzinfo is None and date.time() == dt.time():
        return date.date().isoformat()
    return date.isoformat()


def series_position(post: Post, catalog: Catalog) -> tuple[int, int] | None:
    """``(index, total)`` of a post in its series (index from 0), or ``None``."""
    if post.series_name is None:
        return None
    series = catalog.series[series_key(post.series_name)]
    return series.parts.index(post.src_uri), len(series.parts)


def meta_view(
    post: Post, catalog: Catalog, *, strings: Mapping[str, str], date_format: str
) -> View:
    """The meta line: ``Posted on <date> | Part 2 of <series> | 18 min read``."""
    date_before, date_after = split_template(strings["posted_on"], "date")
    part: View | None = None
    position = series_position(post, catalog)
    if position is not None and post.series_name is not None:
        series = catalog.series[series_key(post.series_name)]
        number = part_label(post, position[0] + 1)
        before, after = split_template(strings["series_part"], "series", part=number)
        part = {"before": before, "series": series.name, "after": after}
    return {
        "date_iso": machine_date(post.date),
        "date_before": date_before,
        "date_text": post.date.strftime(date_format),
        "date_after": date_after,
        "part": part,
        "reading_time": strings["reading_time"].format(minutes=post.reading_time),
    }


def card_view(
    post: Post,
    catalog: Catalog,
    *,
    link: Link,
    strings: Mapping[str, str],
    date_format: str,
) -> View:
    """One card of the listing."""
    image = catalog.images.get(post.src_uri)
    image_view: View | None = None
    if image is not None:
        src = image.url if image.url is not None else link(image.src_uri or "")
        image_view = {"src": src, "alt": strings["featured_image_alt"].format(title=post.title)}
    return {
        "src_uri": post.src_uri,
        "title": post.title,
        "url": link(post.src_uri),
        "meta": meta_view(post, catalog, strings=strings, date_format=date_format),
        "image": image_view,
        "summary": post.summary,
        "draft": post.draft,
    }


def box_view(
    post: Post, catalog: Catalog, *, link: Link, strings: Mapping[str, str]
) -> View | None:
    """The series box of a post: its position, every part, previous and next."""
    position = series_position(post, catalog)
    if position is None or post.series_name is None:
        return None
    index, total = position
    series = catalog.series[series_key(post.series_name)]
    parts = []
    for number, src_uri in enumerate(series.parts, start=1):
        part = catalog.posts[src_uri]
        parts.append(
            {
                "number": part_label(part, number),
                "title": part.title,
                "url": link(src_uri),
                "current": src_uri == post.src_uri,
            }
        )

    def neighbour(at: int, template: str) -> View | None:
        if not 0 <= at < total:
            return None
        return {"url": parts[at]["url"], "label": template.format(title=parts[at]["title"])}

    return {
        "name": series.name,
        "heading": strings["series_heading"].format(series=series.name),
        "position": strings["series_position"].format(
            part=part_label(post, index + 1), total=total, series=series.name
        ),
        "parts": parts,
        "previous": neighbour(index - 1, strings["previous_part"]),
        "next": neighbour(index + 1, strings["next_part"]),
    }
