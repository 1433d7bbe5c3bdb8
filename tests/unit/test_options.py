from __future__ import annotations

from typing import Any

import pytest

from mkdocs_series.mkdocs.config import SeriesConfig
from mkdocs_series.render.options import check_options


def options(**values: Any) -> SeriesConfig:
    config = SeriesConfig()
    config.load_dict(values)
    errors, _ = config.validate()
    assert errors == []
    return config


def test_defaults_are_usable() -> None:
    check_options(options())


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"words_per_minute": 0}, "words_per_minute"),
        ({"cjk_chars_per_minute": -1}, "cjk_chars_per_minute"),
        ({"blog_dir": "../x"}, "blog_dir"),
        ({"strings": {"posted_on": "On {day}"}}, "strings.posted_on"),
        ({"strings": {"series_part": "{0} of {series}"}}, "strings.series_part"),
    ],
)
def test_unusable_options_are_named(values: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_options(options(**values))


def test_translated_strings_are_accepted() -> None:
    check_options(options(strings={"posted_on": "Veröffentlicht am {date}", "draft": "Entwurf"}))


@pytest.mark.parametrize(
    ("series", "message"),
    [
        ({"S": "just text"}, "must be a mapping"),
        ({"S": {"colour": "red"}}, "unknown key 'colour'"),
        ({"S": {"planned": "one"}}, "'planned' must be a list of titles"),
        ({"S": {"planned": ["ok", ""]}}, "'planned' must be a list of titles"),
        ({"S": {"slug": "a/b"}}, "'slug' must be one URL path segment"),
        ({"S": {"description": 5}}, "'description' must be text"),
    ],
)
def test_series_option_of_the_wrong_shape(series: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_options(options(series=series))


def test_per_page_and_series_dir_are_checked() -> None:
    with pytest.raises(ValueError, match="'per_page' must be a positive number, found 0"):
        check_options(options(per_page=0))
    with pytest.raises(ValueError, match="series_dir"):
        check_options(options(series_dir="."))
