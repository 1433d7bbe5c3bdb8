"""The site's time zone for dates written without a UTC offset."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_series.core.zones import site_zone, with_zone


def test_utc_is_the_plain_utc_zone() -> None:
    assert site_zone("UTC") is dt.timezone.utc
    assert site_zone("utc") is dt.timezone.utc


def test_a_named_zone_gives_its_offset_for_the_date() -> None:
    paris = site_zone("Europe/Paris")
    assert with_zone(dt.datetime(2025, 1, 15), paris).isoformat() == "2025-01-15T00:00:00+01:00"
    assert with_zone(dt.datetime(2025, 7, 1, 9, 30), paris).isoformat() == (
        "2025-07-01T09:30:00+02:00"
    )


def test_a_date_with_its_own_offset_keeps_it() -> None:
    own = dt.datetime(2025, 3, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    assert with_zone(own, site_zone("America/New_York")) is own


@pytest.mark.parametrize("name", ["Mars/Olympus", "Europe/Pariss", "../etc/passwd", ""])
def test_an_unknown_zone_is_a_value_error_naming_the_option(name: str) -> None:
    with pytest.raises(ValueError, match=r"option 'timezone': no time zone is called"):
        site_zone(name)
