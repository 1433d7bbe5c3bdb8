"""Dates of posts moved from other generators: front matter, file name, git; updates."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_series.core.dates import file_name_date, post_dates, strip_date_prefix
from mkdocs_series.core.posts import read_post


def post_text(front: str, body: str = "Body text.") -> str:
    return f"---\n{front}\n---\n\n{body}\n"


DAY = dt.datetime(2021, 12, 12)


@pytest.mark.parametrize(
    "front",
    [
        "date: 2021-12-12",
        "date: {created: 2021-12-12}",
        "date: {original: 2021-12-12}",
        "date: {published: 2021-12-12}",
        "date: {date: 2021-12-12}",
        "Date: {Original: '2021-12-12'}",
        "publishDate: 2021-12-12",
    ],
)
def test_front_matter_date_shapes(front: str) -> None:
    post, problems = read_post("blog/a.md", post_text(f"title: A\n{front}"))
    assert problems == []
    assert post is not None and post.date == DAY


def test_file_name_date_when_front_matter_has_none() -> None:
    post, problems = read_post("blog/2025-06-09-mcp-server-basics.md", post_text("title: T"))
    assert problems == []
    assert post is not None and post.date == dt.datetime(2025, 6, 9)


def test_front_matter_date_wins_over_file_name_and_git() -> None:
    added = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    post, _ = read_post("blog/2025-06-09-x.md", post_text("date: 2021-12-12"), added=added)
    assert post is not None and post.date == DAY


def test_file_name_wins_over_git_and_git_is_the_last_resort() -> None:
    added = dt.datetime(2020, 1, 1, 10, 0, tzinfo=dt.timezone.utc)
    post, _ = read_post("blog/2025-06-09-x.md", post_text("title: T"), added=added)
    assert post is not None and post.date == dt.datetime(2025, 6, 9)
    post, _ = read_post("blog/x.md", post_text("title: T"), added=added)
    assert post is not None and post.date == added
    assert read_post("blog/x.md", post_text("title: T")) == (None, [])


def test_title_from_a_dated_file_name_drops_the_date() -> None:
    post, _ = read_post("blog/2025-06-09-mcp-server-basics.md", "Body.\n")
    assert post is not None and post.title == "Mcp server basics"


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("blog/2025-06-09-slug.md", dt.datetime(2025, 6, 9)),
        ("2025-06-09.md", dt.datetime(2025, 6, 9)),
        ("blog/2025-13-09-slug.md", None),
        ("blog/slug-2025-06-09.md", None),
        ("blog/20250609-slug.md", None),
    ],
)
def test_file_name_date(name: str, date: dt.datetime | None) -> None:
    assert file_name_date(name) == date


def test_strip_date_prefix() -> None:
    assert strip_date_prefix("2025-06-09-a-b") == "a-b"
    assert strip_date_prefix("a-b") == "a-b"


def test_unreadable_mapping_is_quoted_as_yaml_and_the_file_name_stands_in() -> None:
    post, problems = read_post("blog/2025-06-09-x.md", post_text("date: {when: soon}"))
    assert post is not None and post.date == dt.datetime(2025, 6, 9)
    assert [p.key for p in problems] == ["date"]
    assert "{when: soon}" in problems[0].message
    assert problems[0].message.endswith("; using 2025-06-09 00:00:00 from the file name")
    added = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    _, problems = read_post("blog/x.md", post_text("date: soon"), added=added)
    assert problems[0].message.endswith("; using 2020-01-01 00:00:00+00:00 from git")
    post, problems = read_post("blog/x.md", post_text("date: {when: 2021-12-12}"))
    assert post is None
    assert "{when: 2021-12-12}" in problems[0].message
    assert "datetime" not in problems[0].message and "not listed" in problems[0].message


@pytest.mark.parametrize(
    "front",
    [
        "updated: 2022-03-04",
        "modified: 2022-03-04",
        "last_modified_at: 2022-03-04",
        "lastmod: 2022-03-04",
        "Modified: '2022-03-04'",
    ],
)
def test_update_date_keys(front: str) -> None:
    post, problems = read_post("blog/a.md", post_text(f"date: 2021-12-12\n{front}"))
    assert problems == []
    assert post is not None and post.updated == dt.datetime(2022, 3, 4)


def test_material_date_mapping_updated() -> None:
    post, _ = read_post("a.md", post_text("date: {created: 2021-12-12, updated: 2022-03-04}"))
    assert post is not None and (post.date, post.updated) == (DAY, dt.datetime(2022, 3, 4))
    post, _ = read_post(
        "a.md", post_text("date:\n  created: 2021-12-12\n  updated: [2022-01-01, 2022-03-04]")
    )
    assert post is not None and post.updated == dt.datetime(2022, 3, 4)


def test_no_update_date_is_none_and_a_bad_one_is_a_warning() -> None:
    post, problems = read_post("a.md", post_text("date: 2021-12-12"))
    assert post is not None and post.updated is None and problems == []
    post, problems = read_post("a.md", post_text("date: 2021-12-12\nupdated: later"))
    assert post is not None and post.updated is None
    assert [(p.key, p.message.split(";")[0]) for p in problems] == [
        ("updated", "cannot read the update date 'later'")
    ]


def test_post_dates_is_pure_and_reports_the_key() -> None:
    published, updated, problems = post_dates("x.md", {"date": "nope"})
    assert (published, updated) == (None, None)
    assert problems[0].key == "date" and "'nope'" in problems[0].message


@pytest.mark.parametrize(
    "front",
    [
        "Title: T\nDate: 2025-01-01\nSummary:\n\nBody.",  # MultiMarkdown, Pelican
    ],
)
def test_empty_summary_falls_back_quietly_in_multimarkdown(front: str) -> None:
    post, problems = read_post("blog/a.md", front + "\n")
    assert problems == []
    assert post is not None and post.summary == ("Body.",)


@pytest.mark.parametrize("key", ["summary", "description", "title", "image", "series", "readtime"])
def test_empty_values_fall_back_quietly(key: str) -> None:
    post, problems = read_post("blog/a.md", post_text(f"date: 2025-01-01\n{key}:", "# Head\n\nP."))
    assert problems == []
    assert post is not None
    assert (post.title, post.summary, post.image, post.series_name) == ("Head", ("P.",), None, None)


@pytest.mark.parametrize(
    ("front", "date"),
    [
        (
            "date: 2016-03-04 14:00:00 -0500",  # Jekyll: a space before the offset
            dt.datetime(2016, 3, 4, 14, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("date: 2016-03-04 14:00:00 UTC", dt.datetime(2016, 3, 4, 14, tzinfo=dt.timezone.utc)),
        ("Date: 2010-12-03 10:20", dt.datetime(2010, 12, 3, 10, 20)),  # Pelican
        (
            "date: 2019-03-26T08:47:11+01:00",  # Hugo
            dt.datetime(2019, 3, 26, 8, 47, 11, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
    ],
)
def test_date_strings_of_other_generators(front: str, date: dt.datetime) -> None:
    post, problems = read_post("blog/a.md", post_text(front))
    assert problems == [] and post is not None and post.date == date


def test_an_update_date_near_year_one_does_not_crash() -> None:
    """A list of update dates is compared with ``sort_key``, which guards the overflow."""
    from mkdocs_series.core.posts import read_post

    text = (
        "---\ntitle: T\ndate: 2025-01-01\n"
        "updated: ['0001-01-01T01:00:00+05:00', 2020-01-01]\n---\nBody.\n"
    )
    post, _ = read_post("blog/t.md", text)
    assert post is not None and post.updated is not None and post.updated.year == 2020
