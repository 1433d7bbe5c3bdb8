from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_series.core.values import drop_empty, is_empty, yaml_text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"original": dt.date(2021, 12, 12)}, "{original: 2021-12-12}"),
        ("next tuesday", "'next tuesday'"),
        ("it's", "'it''s'"),
        (["A", "B"], "[A, B]"),
        (42, "42"),
        (2.5, "2.5"),
        (True, "true"),
        (None, "null"),
        (dt.datetime(2025, 1, 2, 10, 30), "2025-01-02 10:30:00"),
        ({"a": [1, {"b": None}]}, "{a: [1, {b: null}]}"),
    ],
)
def test_yaml_text_quotes_values_as_written(value: object, text: str) -> None:
    assert yaml_text(value) == text


def test_empty_values_are_dropped() -> None:
    assert [is_empty(v) for v in (None, "", "  \n", "x", 0, [], False)] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    assert drop_empty({"summary": "", "title": "T", "image": None}) == {"title": "T"}
