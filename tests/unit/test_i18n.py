from __future__ import annotations

import datetime
import string

import pytest

from mkdocs_series.mkdocs.config import Strings
from mkdocs_series.render.i18n import (
    RTL_LANGUAGES,
    TRANSLATIONS,
    format_date,
    strings_for,
    text_direction,
)
from mkdocs_series.render.options import STRING_FIELDS
from mkdocs_series.render.strings import STRINGS

DATE = datetime.datetime(2025, 11, 29)
ENGLISH = TRANSLATIONS["en"]
LANGUAGES = ["en", "de", "fr", "es", "pt", "ja", "zh", "ar", "he"]


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def config_defaults() -> dict[str, str | None]:
    config = Strings()
    config.load_dict({})
    errors, _ = config.validate()
    assert errors == []
    return dict(config)


# --- translations -------------------------------------------------------------------------


def test_every_string_of_the_table_is_an_option_unset_by_default() -> None:
    assert config_defaults() == dict.fromkeys(ENGLISH)
    assert {entry.key: entry.default for entry in STRINGS} == ENGLISH


def test_every_string_option_is_translated() -> None:
    assert set(ENGLISH) == set(STRING_FIELDS)
    assert set(LANGUAGES) <= set(TRANSLATIONS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_uses_exactly_the_english_fields(language: str) -> None:
    translation = TRANSLATIONS[language]
    assert set(translation) == set(ENGLISH)
    for key, text in translation.items():
        assert text.strip(), (language, key)
        assert fields(text) == fields(ENGLISH[key]), (language, key, text)
        # Fills in with the same sample values the option check uses.
        text.format(**STRING_FIELDS[key])


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_translation_is_not_english(language: str) -> None:
    translation = TRANSLATIONS[language]
    same = [key for key in ENGLISH if translation[key] == ENGLISH[key]]
    # Only "Pages" may coincide (French).
    assert set(same) <= {"pagination_label"}, same


# --- strings_for --------------------------------------------------------------------------


def test_defaults_from_config_do_not_hide_translation() -> None:
    assert strings_for("de", config_defaults()) == TRANSLATIONS["de"]
    assert strings_for("ja", {}) == TRANSLATIONS["ja"]


def test_changed_string_overrides_translation() -> None:
    overrides = {**config_defaults(), "draft": "Unfertig"}
    strings = strings_for("de", overrides)
    assert strings["draft"] == "Unfertig"
    assert strings["posted_on"] == TRANSLATIONS["de"]["posted_on"]


def test_override_equal_to_english_default_counts_as_set() -> None:
    assert strings_for("fr", {"draft": "Draft"})["draft"] == "Draft"
    assert strings_for("fr", {"draft": None})["draft"] == "Brouillon"


def test_override_equal_to_english_default_counts_through_the_config() -> None:
    config = Strings()
    config.load_dict({"draft": "Draft"})
    assert config.validate() == ([], [])
    strings = strings_for("de", dict(config))
    assert strings["draft"] == "Draft"
    assert strings["next_part"] == TRANSLATIONS["de"]["next_part"]


def test_override_applies_to_english_too() -> None:
    assert strings_for("en", {"draft": "WIP"})["draft"] == "WIP"


def test_unknown_override_keys_are_ignored() -> None:
    assert "no_such_key" not in strings_for("de", {"no_such_key": "x"})


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pt_BR", "pt"),
        ("pt-BR", "pt"),
        ("zh-Hans", "zh"),
        ("zh_TW", "zh"),
        ("DE", "de"),
        ("de-AT", "de"),
        ("ar-EG", "ar"),
        ("xx", "en"),
        ("it", "en"),
        ("", "en"),
    ],
)
def test_strings_for_picks_primary_subtag(language: str, expected: str) -> None:
    assert strings_for(language, {}) == TRANSLATIONS[expected]


def test_strings_for_returns_a_copy() -> None:
    strings = strings_for("de", {})
    strings["draft"] = "changed"
    assert TRANSLATIONS["de"]["draft"] == "Entwurf"


# --- text direction -----------------------------------------------------------------------


def test_rtl_languages() -> None:
    assert frozenset({"ar", "he", "fa", "ur"}) == RTL_LANGUAGES


@pytest.mark.parametrize("language", ["ar", "ar-EG", "HE", "he_IL", "fa", "ur-PK", "Ar_Sa"])
def test_rtl(language: str) -> None:
    assert text_direction(language) == "rtl"


@pytest.mark.parametrize("language", ["en", "de", "zh-Hans", "pt_BR", "", "hebrew-ish", "ja"])
def test_ltr(language: str) -> None:
    assert text_direction(language) == "ltr"


# --- format_date: defaults ----------------------------------------------------------------


def test_english_default_is_the_reference_format() -> None:
    assert format_date(DATE, language="en", date_format=None) == "Sat 29 November 2025"
    assert format_date(DATE, language="en-US", date_format=None) == "Sat 29 November 2025"


def test_english_default_matches_plugin_default_strftime() -> None:
    expected = "Sat 29 November 2025"
    assert format_date(DATE, language="en", date_format="%a %d %B %Y") == expected


def test_english_default_pads_the_day() -> None:
    day = datetime.datetime(2025, 11, 1)
    assert format_date(day, language="en", date_format=None) == "Sat 01 November 2025"


def test_german_default() -> None:
    text = format_date(DATE, language="de", date_format=None)
    assert text == "Sa. 29 November 2025"
    assert "November" in text and "29" in text


@pytest.mark.parametrize(
    ("language", "month", "expected"),
    [
        ("fr", "novembre", "sam. 29 novembre 2025"),
        ("es", "noviembre", "sáb 29 noviembre 2025"),
        ("pt", "novembro", "sáb. 29 novembro 2025"),
    ],
)
def test_romance_defaults(language: str, month: str, expected: str) -> None:
    text = format_date(DATE, language=language, date_format=None)
    assert month in text
    assert text == expected


def test_japanese_default() -> None:
    text = format_date(DATE, language="ja", date_format=None)
    assert "2025年11月29日" in text
    assert text == "2025年11月29日土曜日"


def test_chinese_default() -> None:
    text = format_date(DATE, language="zh", date_format=None)
    assert "2025年11月29日" in text
    assert text == "2025年11月29日星期六"


def test_rtl_defaults() -> None:
    assert "نوفمبر" in format_date(DATE, language="ar", date_format=None)
    assert "נובמבר" in format_date(DATE, language="he", date_format=None)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pt_BR", "novembro"),
        ("pt-BR", "novembro"),
        ("zh-Hans", "2025年11月29日"),
        ("zh_Hans_CN", "2025年11月29日"),
        ("zh-Hant", "2025年11月29日"),
        ("de-AT", "November"),
        ("de_XX", "November"),
        ("DE", "November"),
    ],
)
def test_locale_names(language: str, expected: str) -> None:
    assert expected in format_date(DATE, language=language, date_format=None)


@pytest.mark.parametrize("language", ["xx", "klingon", "", "C", "POSIX", "-"])
def test_unknown_language_falls_back_to_english(language: str) -> None:
    assert format_date(DATE, language=language, date_format=None) == "Sat 29 November 2025"


# --- format_date: strftime style ----------------------------------------------------------


def test_strftime_with_german_names() -> None:
    text = format_date(DATE, language="de", date_format="%A, %d. %B %Y")
    assert text == "Samstag, 29. November 2025"


def test_strftime_directives() -> None:
    moment = datetime.datetime(2025, 3, 7, 9, 5, 4)
    text = format_date(moment, language="fr", date_format="%a|%A|%b|%B|%d|%-d|%e|%m|%-m|%Y|%y")
    assert text == "ven.|vendredi|mars|mars|07|7| 7|03|3|2025|25"
    assert format_date(moment, language="en", date_format="%H:%M:%S %I%p %j %F %%") == (
        "09:05:04 09AM 066 2025-03-07 %"
    )


def test_strftime_unknown_directive_falls_back_to_python() -> None:
    assert format_date(DATE, language="de", date_format="%G-W%V") == DATE.strftime("%G-W%V")


def test_strftime_does_not_use_process_locale() -> None:
    assert format_date(DATE, language="es", date_format="%B") == "noviembre"
    japanese = format_date(DATE, language="ja", date_format="%Y年%-m月%-d日(%a)")
    assert japanese == "2025年11月29日(土)"


# --- format_date: CLDR patterns -----------------------------------------------------------


def test_cldr_pattern() -> None:
    assert format_date(DATE, language="de", date_format="d. MMMM y") == "29. November 2025"
    assert format_date(DATE, language="fr", date_format="EEEE d MMMM y") == (
        "samedi 29 novembre 2025"
    )


def test_cldr_pattern_with_quoted_text_and_time() -> None:
    moment = datetime.datetime(2025, 11, 29, 14, 5)
    text = format_date(moment, language="en", date_format="d MMM y 'at' HH:mm")
    assert text == "29 Nov 2025 at 14:05"


@pytest.mark.parametrize(
    ("date_format", "language", "expected"),
    [
        ("long", "de", "29. November 2025"),
        ("full", "en", "Saturday, November 29, 2025"),
        ("medium", "fr", "29 nov. 2025"),
        ("short", "ja", "2025/11/29"),
    ],
)
def test_predefined_formats(date_format: str, language: str, expected: str) -> None:
    assert format_date(DATE, language=language, date_format=date_format) == expected


@pytest.mark.parametrize(
    "bad",
    ["MMMMMM", "d MMMM y bbbbbbbb", "d MMMM y at noon", "hello", "'unclosed", "---", ""],
)
def test_bad_pattern_raises(bad: str) -> None:
    with pytest.raises(ValueError, match="date format"):
        format_date(DATE, language="en", date_format=bad)


def test_english_default_without_babel_matches_babel() -> None:
    import datetime as dt

    from babel import dates as babel_dates

    from mkdocs_series.render.i18n import DEFAULT_DATE_PATTERN, english_default_date

    day = dt.datetime(1999, 12, 25)
    for _ in range(800):
        assert english_default_date(day) == babel_dates.format_date(
            day, DEFAULT_DATE_PATTERN, locale="en"
        )
        day += dt.timedelta(days=11)
