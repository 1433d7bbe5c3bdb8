"""Unusable front matter: the key and the value as written, and a page body without it."""

from __future__ import annotations

import pytest

from mkdocs_series.core.frontmatter import (
    FrontMatterError,
    impossible_value,
    split_front_matter,
    without_unreadable_front_matter,
)
from mkdocs_series.core.posts import read_post


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("title: A\ndate: 2025-13-45\n", ("date", "2025-13-45", "month must be in 1..12")),
        ("date: 2025-02-30\n", ("date", "2025-02-30", "day is out of range for month")),
        ("date:\n  created: 2025-04-31\n", ("created", "2025-04-31", "day is out of range")),
        ("updated: 2025-01-01T25:00:00\n", ("updated", "2025-01-01T25:00:00", "hour")),
        ("title: A\ndate: 2025-01-01\n", None),
    ],
)
def test_impossible_value_names_key_and_value(
    block: str, expected: tuple[str, str, str] | None
) -> None:
    found = impossible_value(block)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert found[:2] == expected[:2]
        assert expected[2] in found[2]


def test_split_front_matter_error_carries_the_key() -> None:
    with pytest.raises(FrontMatterError, match=r"'2025-13-45' is not a real date") as error:
        split_front_matter("---\ntitle: A\ndate: 2025-13-45\n---\nBody\n")
    assert error.value.key == "date"


def test_read_post_reports_file_key_and_value_as_written() -> None:
    post, problems = read_post("blog/a.md", "---\ntitle: A\ndate: 2025-13-45\n---\nBody\n")
    assert post is None
    assert [str(p) for p in problems] == [
        "blog/a.md: 'date': '2025-13-45' is not a real date or time (month must be in 1..12); "
        "write it as YYYY-MM-DD; the page is not listed as a post"
    ]


def test_unreadable_front_matter_is_cut_from_the_page_text() -> None:
    assert without_unreadable_front_matter("---\ndate: 2025-13-45\n---\n\n# T\n") == "# T\n"
    assert without_unreadable_front_matter("---\nseries: [x\n---\nBody\n") == "Body\n"
    assert without_unreadable_front_matter("---\ntitle: A\n---\nBody\n") is None  # readable
    assert without_unreadable_front_matter("# T\n\n---\n") is None  # no front matter
