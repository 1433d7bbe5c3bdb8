"""JSON-LD and feed dates carry a UTC offset: the post's own, else the ``timezone`` option's."""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import Built, copy_site, load

ATOM = "{http://www.w3.org/2005/Atom}"


def published(built: Built, path: str) -> str:
    script = built.page(path).select_one('script[type="application/ld+json"]')
    assert script is not None and script.string is not None
    return str(json.loads(script.string)["datePublished"])


def test_dates_without_offset_take_the_site_zone(build_site: Callable[..., Built]) -> None:
    built = build_site("timezone")
    assert published(built, "blog/winter/index.html") == "2025-01-15T00:00:00+01:00"
    assert published(built, "blog/summer/index.html") == "2025-07-01T09:30:00+02:00"
    assert published(built, "blog/own-offset/index.html") == "2025-03-01T10:00:00+05:30"
    feed = ET.parse(built.out / "blog/feed.xml").getroot()
    dates = {
        entry.findtext(f"{ATOM}title"): entry.findtext(f"{ATOM}published")
        for entry in feed.iter(f"{ATOM}entry")
    }
    assert dates == {
        "Summer time": "2025-07-01T07:30:00Z",
        "Own offset": "2025-03-01T04:30:00Z",
        "Winter day": "2025-01-14T23:00:00Z",
    }


def test_an_unknown_zone_stops_the_build_naming_the_option(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    site = copy_site("timezone", tmp_path)
    config = load(site, tmp_path / "out", plugins=[{"series": {"timezone": "Europe/Pariss"}}])
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build(config)
    assert "series: option 'timezone': no time zone is called 'Europe/Pariss'" in caplog.text
