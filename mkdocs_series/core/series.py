"""Group posts into series, order their parts, find clashes and gaps (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .images import DEFAULT_IMAGE_PATTERNS, resolve_image_path
from .models import Post, Problem, Series


def series_key(name: str) -> str:
    """The identity of a series: case and surrounding/inner whitespace do not matter."""
    return " ".join(name.split()).casefold()


# "+" and "#" right after a letter or digit are part of a name ("C++", "C#", "F#", "A+"):
# spelled out, so that "C", "C++" and "C#" get three addresses (c, c-plus-plus, c-sharp).
# Anywhere else ("Tips + Tricks", "#100DaysOfCode") they separate words like other symbols.
_SPELLED = re.compile(r"(?<=[^\W_])[+#]+")
_SPELLING = {"+": " plus", "#": " sharp"}


def slugify(name: str) -> str:
    """A stable, Unicode-safe URL slug: lower case, word characters joined by hyphens;
    "+" and "#" ending a word spelled out (``C++`` -> ``c-plus-plus``, ``C#`` -> ``c-sharp``)."""
    normal = unicodedata.normalize("NFKC", name).casefold()
    normal = _SPELLED.sub(lambda m: "".join(_SPELLING[c] for c in m.group()), normal)
    words = re.findall(r"[^\W_]+", normal)
    return "-".join(words) or "series"


def part_order(post: Post) -> tuple[int, int, object, str]:
    """Numbered parts by number, then unnumbered parts by date; ties by source path."""
    if post.series_part is not None:
        return (0, post.series_part, post.sort_key, post.src_uri)
    return (1, 0, post.sort_key, post.src_uri)


def order_parts(posts: Iterable[Post]) -> list[Post]:
    """The parts of one series in reading order (see ``part_order``)."""
    return sorted(posts, key=part_order)


def build_series(posts: Iterable[Post]) -> tuple[dict[str, Series], list[Problem]]:
    """Every series of ``posts``, keyed by ``series_key``, and the problems between posts."""
    groups: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        if post.series_name is not None:
            groups[series_key(post.series_name)].append(post)
    result: dict[str, Series] = {}
    problems: list[Problem] = []
    for key in sorted(groups):
        parts = order_parts(groups[key])
        name = parts[0].series_name or key
        problems.extend(_spelling_problems(name, parts))
        problems.extend(_numbering_problems(name, parts))
        result[key] = Series(
            key=key, name=name, slug=slugify(name), parts=tuple(p.src_uri for p in parts)
        )
    return result, problems


def part_label(post: Post, position: int) -> int:
    """The part number shown for a post: its declared number, else its 1-based position."""
    return post.series_part if post.series_part is not None else position


def series_total(numbers: Iterable[int]) -> int:
    """The "of M" of "Part N of M": the highest part number shown (written or planned).

    With gaps (parts 1, 3 and 9 moved elsewhere) the count of parts would be lower than
    the last part's number, giving "Part 15 of 12"; the highest number never is.
    """
    return max(numbers, default=0)


def missing_parts(numbers: list[int]) -> str:
    """The part numbers missing before the last of ``numbers`` (sorted), as ranges:
    ``[1, 4, 9]`` -> ``"2-3, 5-8"``; at most ten ranges. Empty when none is missing."""
    ranges = []
    previous = 0
    for number in numbers:
        if number > previous + 1:
            first, last = previous + 1, number - 1
            ranges.append(str(first) if first == last else f"{first}-{last}")
        previous = number
    return ", ".join(ranges[:10]) + (", ..." if len(ranges) > 10 else "")


def _spelling_problems(name: str, parts: list[Post]) -> list[Problem]:
    return [
        Problem(
            post.src_uri,
            "series",
            f"{post.series_name!r} is spelled differently from {name!r} "
            f"in {parts[0].src_uri}; treated as the same series",
        )
        for post in parts[1:]
        if post.series_name != name
    ]


def _numbering_problems(name: str, parts: list[Post]) -> list[Problem]:
    problems: list[Problem] = []
    claimed: dict[int, str] = {}
    for post in parts:
        number = post.series_part
        if number is None:
            continue
        if number in claimed:
            problems.append(
                Problem(
                    post.src_uri,
                    "series_part",
                    f"part {number} of {name!r} is also claimed by {claimed[number]}",
                )
            )
        else:
            claimed[number] = post.src_uri
    gaps = missing_parts(sorted(claimed))
    if gaps:
        last = claimed[max(claimed)]
        found = ", ".join(str(n) for n in sorted(claimed)[:20])
        problems.append(
            Problem(
                last,
                "series_part",
                f"series {name!r} skips part {gaps} (parts found: {found}"
                f"{', ...' if len(claimed) > 20 else ''})",
                severity="info",  # parts get moved and withdrawn: not a mistake to fix
            )
        )
    return problems


def apply_settings(
    series: dict[str, Series],
    settings: Mapping[str, Any],
    *,
    known_files: Collection[str],
    image_patterns: Sequence[str] = DEFAULT_IMAGE_PATTERNS,
) -> tuple[dict[str, Series], list[Problem]]:
    """Add the ``series`` option's description, image, slug and planned parts, and make
    slugs unique. ``settings`` is already checked for shape (``options.check_series_option``).
    """
    problems: list[Problem] = []
    by_key = {series_key(str(name)): value or {} for name, value in settings.items()}
    for key in sorted(by_key.keys() - series.keys()):
        problems.append(
            Problem("mkdocs.yml", "series", f"no post belongs to the series {key!r} set here")
        )
    slugs, slug_problems = unique_slugs(
        series, {key: str(by_key[key]["slug"]) for key in series if by_key.get(key, {}).get("slug")}
    )
    problems.extend(slug_problems)
    result: dict[str, Series] = {}
    for key, item in series.items():
        extra = by_key.get(key, {})
        image = None
        if "image" in extra:
            image, error = resolve_image_path(
                extra["image"], base_uri="", known_files=known_files, patterns=image_patterns
            )
            if error:
                problems.append(Problem("mkdocs.yml", f"series.{item.name}.image", error))
        display = " ".join(str(extra.get("name", "")).split())  # e.g. a Jekyll id's name
        result[key] = replace(
            item,
            name=display or item.name,
            slug=slugs[key],
            description=tuple(
                " ".join(p.split())
                for p in str(extra.get("description", "")).split("\n\n")
                if p.strip()
            ),
            image=image,
            planned=tuple(str(t).strip() for t in extra.get("planned", ())),
        )
    return result, problems


def unique_slugs(
    series: Mapping[str, Series], chosen: Mapping[str, str]
) -> tuple[dict[str, str], list[Problem]]:
    """One address per series, never shared: two series are never merged into one page.

    Slugs set in the ``series`` option (``chosen``, by series key) are served first, then
    the others by series key; a slug already taken gets the first free ``-2``, ``-3``, ...
    and a warning naming both series.
    """
    order = sorted(series, key=lambda key: (key not in chosen, key))
    taken: dict[str, str] = {}  # slug -> the name of the series that has it
    slugs: dict[str, str] = {}
    problems: list[Problem] = []
    for key in order:
        item = series[key]
        slug = chosen.get(key) or item.slug
        if slug in taken:
            unique = next(
                f"{slug}-{n}" for n in range(2, len(series) + 3) if f"{slug}-{n}" not in taken
            )
            problems.append(
                Problem(
                    item.parts[0],
                    "series",
                    f"series {item.name!r} would have the address of {taken[slug]!r} "
                    f"({slug}); using {unique}",
                )
            )
            slug = unique
        taken[slug] = item.name
        slugs[key] = slug
    return slugs, problems
