"""'Did you mean ...?' for misspelt option names."""

from __future__ import annotations

import pytest

from mkdocs_series.core.hints import closest_name, unknown_name_message
from mkdocs_series.mkdocs.config import SeriesConfig

OPTIONS = ("per_page", "feed", "feed_size", "blog_dir", "words_per_minute", "language")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("per_pgae", "per_page"),
        ("Per_Page", "per_page"),
        ("blogdir", "blog_dir"),
        ("words_per_minutes", "words_per_minute"),
        ("feeds", "feed"),
        ("colour_scheme", None),
        ("per_page", None),
    ],
)
def test_closest_name(name: str, expected: str | None) -> None:
    assert closest_name(name, OPTIONS) == expected


def test_message_keeps_mkdocs_words_and_adds_the_hint() -> None:
    assert unknown_name_message("per_pgae", OPTIONS) == (
        "Unrecognised configuration name: per_pgae; did you mean 'per_page'?"
    )
    assert unknown_name_message("zzz", OPTIONS) == "Unrecognised configuration name: zzz"


def test_config_warnings_carry_the_hint_for_options_and_strings() -> None:
    config = SeriesConfig()
    config.load_dict({"per_pgae": 5, "strings": {"posted_onn": "x"}, "per_page": 3})
    failed, warnings = config.validate()
    assert failed == []
    messages = dict(warnings)
    assert messages["per_pgae"].endswith("did you mean 'per_page'?")
    assert any("posted_onn" in m and "did you mean 'posted_on'?" in m for m in messages.values())
