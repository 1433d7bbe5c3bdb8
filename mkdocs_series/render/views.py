"""What the templates show: plain dictionaries built from the catalog (pure).

Every URL comes from ``link(src_uri)``, which the plugin builds from MkDocs' ``File`` objects
relative to the page being rendered, so the views work with any ``use_directory_urls``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ..core.images import image_address
from ..core.models import Catalog, Image, Post, Series
from ..core.pages import ListingPage
from ..core.series import part_label, series_key, series_total
from .i18n import format_date

Link = Callable[[str], str]
View = dict[str, Any]


def split_template(template: str, field: str, **values: object) -> tuple[str, str]:
    """The text before and after ``{field}`` in a user-set string, other fields filled in.

    The templates put the field itself in its own element (a ``<time>``, a link), so the
    surrounding words stay translatable.
    """
    marker = "\x00field\x00"  # cannot come from YAML text or from a format spec
    before, _, after = template.format(**values, **{field: marker}).partition(marker)
    return before, after


def machine_date(date: dt.datetime) -> str:
    """The ``datetime`` attribute of ``<time>``: the day alone when no time was given."""
    if date.tzinfo is None and date.time() == dt.time():
        return date.date().isoformat()
    return date.isoformat()


def series_of(post: Post, catalog: Catalog) -> Series | None:
    if post.series_name is None:
        return None
    return catalog.series[series_key(post.series_name)]


def image_view(
    image: Image | None,
    *,
    alt: str,
    link: Link,
    sizes: Mapping[str, tuple[int, int]] | None = None,
    ratio: str | None = None,
) -> View | None:
    """``src``, ``alt``; ``width`` and ``height`` of a file in ``docs_dir`` whose size is in
    ``sizes`` (else ``None``: a remote image's size is unknown at build time); ``ratio``,
    the CSS ``aspect-ratio`` to crop it to, or ``None`` to show it whole."""
    if image is None:
        return None
    size = (sizes or {}).get(image.src_uri or "") if image.url is None else None
    return {
        "src": image_address(image, link),
        "alt": alt,
        "width": size[0] if size else None,
        "height": size[1] if size else None,
        "ratio": ratio,
    }


def css_ratio(ratio: tuple[float, float] | None) -> str | None:
    """``(16.0, 9.0)`` -> ``"16 / 9"``, as CSS ``aspect-ratio`` takes it."""
    if ratio is None:
        return None
    return " / ".join(f"{part:g}" for part in ratio)


class LazyView(Mapping[str, Any]):
    """A view computed on first use: theme templates that never read it cost nothing.

    Reads like the dictionary it stands for (``series_box.position`` in Jinja); an empty
    view is false.
    """

    def __init__(self, compute: Callable[[], View]) -> None:
        self._compute = compute
        self._value: View | None = None

    def _view(self) -> View:
        if self._value is None:
            self._value = self._compute()
        return self._value

    def __getitem__(self, key: str) -> Any:
        return self._view()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._view())

    def __len__(self) -> int:
        return len(self._view())


def page_window(current: int, total: int, *, around: int = 2) -> list[int]:
    """Page numbers to link: the first, the last and ``around`` either side of the current
    one, with 0 where numbers are left out. A listing of 500 pages links 7 or so numbers
    from each page, not 500 (which would make the whole listing quadratic)."""
    shown = sorted({1, total, *range(max(1, current - around), min(total, current + around) + 1)})
    window: list[int] = []
    for number in shown:
        if window and number - window[-1] == 2:
            window.append(number - 1)  # a gap of one page: show the number, not "…"
        elif window and number - window[-1] > 2:
            window.append(0)
        window.append(number)
    return window


class Views:
    """Builds the template views of one build: the catalog, the words and the links to
    series pages are fixed; ``link`` is per page."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        strings: Mapping[str, str],
        date_format: str | None,
        language: str = "en",
        series_pages: Mapping[str, str],
        excerpt: Callable[[Post, Link], str | None] = lambda post, link: None,
        show_updated: bool = False,
        image_sizes: Mapping[str, tuple[int, int]] | None = None,
        image_ratio: tuple[float, float] | None = None,
    ) -> None:
        self.catalog = catalog
        self.strings = strings
        self.date_format = date_format
        self.language = language
        self._dates: dict[dt.datetime, str] = {}  # each date is formatted once per build
        self._date_text_around = split_template(strings["posted_on"], "date")  # one per build
        self.series_pages = series_pages  # series key -> src_uri of its landing page
        self.excerpt = excerpt
        self.show_updated = show_updated  # the meta line names a post's update date
        self.image_sizes = image_sizes or {}  # src_uri of an image -> (width, height)
        self.image_ratio = css_ratio(image_ratio)

    def image(self, image: Image | None, *, alt: str, link: Link) -> View | None:
        return image_view(image, alt=alt, link=link, sizes=self.image_sizes, ratio=self.image_ratio)

    def date_text(self, date: dt.datetime) -> str:
        text = self._dates.get(date)
        if text is None:
            text = format_date(date, language=self.language, date_format=self.date_format)
            self._dates[date] = text
        return text

    def series_link(self, series: Series, link: Link) -> str | None:
        page = self.series_pages.get(series.key)
        return link(page) if page else None

    def meta(self, post: Post, link: Link) -> View:
        """The meta line: ``Posted on <date> | Part 2 of <series> | 18 min read``."""
        date_before, date_after = self._date_text_around
        part: View | None = None
        series = series_of(post, self.catalog)
        if series is not None:
            number = part_label(post, series.parts.index(post.src_uri) + 1)
            before, after = split_template(self.strings["series_part"], "series", part=number)
            part = {
                "before": before,
                "series": series.name,
                "url": self.series_link(series, link),
                "after": after,
            }
        return {
            "date_iso": machine_date(post.date),
            "date_before": date_before,
            "date_text": self.date_text(post.date),
            "date_after": date_after,
            "part": part,
            "reading_time": self.strings["reading_time"].format(minutes=post.reading_time),
            "updated": self.updated(post),
        }

    def updated(self, post: Post) -> View | None:
        """``Updated <date>`` of the meta line, with the ``show_updated`` option."""
        if not self.show_updated or post.updated is None:
            return None
        before, after = split_template(self.strings.get("updated_on", "Updated {date}"), "date")
        return {
            "before": before,
            "iso": machine_date(post.updated),
            "text": self.date_text(post.updated),
            "after": after,
        }

    def card(self, post: Post, link: Link) -> View:
        """One card of a listing."""
        image = self.catalog.images.get(post.src_uri)
        alt = self.strings["featured_image_alt"].format(title=post.title) if image else ""
        return {
            "src_uri": post.src_uri,
            "title": post.title,
            "url": link(post.src_uri),
            "meta": self.meta(post, link),
            "image": self.image(image, alt=alt, link=link),
            "summary": post.summary,
            "excerpt": self.excerpt(post, link) if post.has_excerpt else None,
            "draft": post.draft,
        }

    def parts(self, series: Series, link: Link, *, current: str | None = None) -> list[View]:
        """Every part of a series, written ones linked, planned ones marked."""
        parts: list[View] = []
        for number, src_uri in enumerate(series.parts, start=1):
            part = self.catalog.posts[src_uri]
            parts.append(
                {
                    "number": part_label(part, number),
                    "title": part.title,
                    "url": link(src_uri),
                    "current": src_uri == current,
                    "planned": False,
                }
            )
        start = series_total(p["number"] for p in parts) + 1  # after the highest number
        for number, title in enumerate(series.planned, start=start):
            parts.append(
                {"number": number, "title": title, "url": None, "current": False, "planned": True}
            )
        return parts

    def box(self, post: Post, link: Link) -> View | None:
        """The series box of a post: its position, every part, previous and next."""
        series = series_of(post, self.catalog)
        if series is None:
            return None
        index = series.parts.index(post.src_uri)
        parts = self.parts(series, link, current=post.src_uri)
        written = len(series.parts)

        def neighbour(at: int, template: str) -> View | None:
            if not 0 <= at < written:
                return None
            return {"url": parts[at]["url"], "label": template.format(title=parts[at]["title"])}

        return {
            "name": series.name,
            "url": self.series_link(series, link),
            "heading": self.strings["series_heading"].format(series=series.name),
            "position": self.strings["series_position"].format(
                part=part_label(post, index + 1),
                total=series_total(p["number"] for p in parts),
                series=series.name,
            ),
            "parts": parts,
            "previous": neighbour(index - 1, self.strings["previous_part"]),
            "next": neighbour(index + 1, self.strings["next_part"]),
        }

    def series_header(self, series: Series, link: Link) -> View:
        """The top of a series' landing page: description, cover and figures."""
        posts = [self.catalog.posts[uri] for uri in series.parts]
        first = min(posts, key=lambda p: p.sort_key)
        last = max(posts, key=lambda p: p.sort_key)
        alt = self.strings["featured_image_alt"].format(title=series.name)
        return {
            "name": series.name,
            "description": series.description,
            "image": self.image(series.image, alt=alt, link=link),
            "stats": self.strings["series_stats"].format(
                parts=len(posts),
                minutes=sum(p.reading_time for p in posts),
                first=self.date_text(first.date),
                last=self.date_text(last.date),
            ),
            "planned": self.parts(series, link)[len(posts) :],
        }

    def series_index(self, link: Link) -> list[View]:
        """Every series, newest activity first, with cover, part count and latest date."""
        entries = []
        for series in self.catalog.series.values():
            posts = [self.catalog.posts[uri] for uri in series.parts]
            latest = max(posts, key=lambda p: p.sort_key)
            cover = series.image or next(
                (self.catalog.images[p.src_uri] for p in posts if p.src_uri in self.catalog.images),
                None,
            )
            alt = self.strings["featured_image_alt"].format(title=series.name)
            entries.append(
                (
                    latest.sort_key,
                    series.name,
                    {
                        "name": series.name,
                        "url": self.series_link(series, link),
                        "image": self.image(cover, alt=alt, link=link),
                        "summary": self.strings["series_index_entry"].format(
                            parts=len(posts), date=self.date_text(latest.date)
                        ),
                        "description": series.description,
                    },
                )
            )
        entries.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
        return [view for _, _, view in entries]

    def pagination(self, page: ListingPage, link: Link) -> View | None:
        """Numbered links plus newer/older, or ``None`` for a listing of one page."""
        if len(page.pages) < 2:
            return None
        number = page.number
        return {
            "label": self.strings["pagination_label"],
            "position": self.strings["page_position"].format(page=number, pages=len(page.pages)),
            "pages": [
                {"number": n, "url": link(page.pages[n - 1]), "current": n == number}
                if n
                else {"number": None, "url": None, "current": False}  # a gap: "…"
                for n in page_window(number, len(page.pages))
            ],
            "newer": link(page.pages[number - 2]) if number > 1 else None,
            "older": link(page.pages[number]) if number < len(page.pages) else None,
        }
