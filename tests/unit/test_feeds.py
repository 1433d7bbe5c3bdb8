from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from typing import Any

import feedparser  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_series.render.feeds import ATOM_NAMESPACE, FeedEntry, atom_feed

A = "{" + ATOM_NAMESPACE + "}"
UTC = datetime.timezone.utc
FEED_URL = "https://blog.example.com/feed.xml"
SITE_URL = "https://blog.example.com/"
HOSTILE = [
    "<script>alert('x')</script>",
    "Tom & Jerry &amp; &lt;friends&gt; &#38;",
    "\"double\" and 'single' quotes",
    "ends a CDATA ]]> section",
    "{{ x }} {% if y %}{# z #}",
    "<![CDATA[ not a section ]]>",
    "<!-- not a comment -->",
    "unicode: caf\u00e9 \u4e2d\u6587 \U0001f600 \x7f \ufffd",
]
# Code points outside XML 1.0's ``Char`` production: the feed must drop them.
INVALID = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\ud800", "\udfff"]
INVALID += ["\ufffe", "\uffff"]


def entry(**changes: Any) -> FeedEntry:
    values: dict[str, Any] = {
        "title": "Post",
        "url": "https://blog.example.com/post/",
        "published": datetime.datetime(2024, 3, 1, 9, 30),
        "updated": None,
        "summary": "A summary.",
        "image_url": None,
        "series": None,
        "part": None,
    }
    values.update(changes)
    return FeedEntry(**values)


def feed(*entries: FeedEntry, **changes: Any) -> str:
    arguments: dict[str, Any] = {
        "title": "The Blog",
        "feed_url": FEED_URL,
        "site_url": SITE_URL,
        "entries": list(entries),
    }
    arguments.update(changes)
    return atom_feed(**arguments)


def parse(text: str) -> Any:
    """The feed as feedparser reads it, which must find nothing wrong with it."""
    parsed = feedparser.parse(text)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def root(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


def links(element: ET.Element) -> dict[str, dict[str, str]]:
    """The ``atom:link`` children of ``element`` (not of its entries), by ``rel``."""
    return {link.attrib["rel"]: dict(link.attrib) for link in element.findall(A + "link")}


# -- document --------------------------------------------------------------------------------


def test_declaration_and_default_namespace() -> None:
    text = feed(entry())
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="')
    assert f'<feed xmlns="{ATOM_NAMESPACE}">' in text
    assert "ns0" not in text
    document = root(text)
    assert document.tag == A + "feed"
    assert document.find(A + "entry") is not None
    assert all(element.tag.startswith(A) for element in document.iter())


def test_no_global_namespace_registration() -> None:
    """Rendering a feed does not change how other code's ElementTree output looks."""
    feed(entry())
    other = ET.Element("{http://www.w3.org/2005/Atom}x")
    assert ET.tostring(other, encoding="unicode").startswith("<ns0:x")


def test_deterministic() -> None:
    entries = [entry(title=f"Post {n}", url=f"https://b.example/{n}/") for n in range(3)]
    assert feed(*entries) == feed(*entries)
    assert feed() == feed()


# -- feed metadata ---------------------------------------------------------------------------


def test_feed_metadata() -> None:
    text = feed(entry(), subtitle="Notes on things", generator="gen 1.0")
    parsed = parse(text)
    assert parsed.version == "atom10"
    assert parsed.feed.id == FEED_URL
    assert parsed.feed.title == "The Blog"
    assert parsed.feed.subtitle == "Notes on things"
    assert parsed.feed.generator == "gen 1.0"
    assert parsed.feed.author == "The Blog"  # RFC 4287 needs an author somewhere
    assert links(root(text)) == {
        "self": {"rel": "self", "href": FEED_URL, "type": "application/atom+xml"},
        "alternate": {"rel": "alternate", "href": SITE_URL, "type": "text/html"},
    }


def test_subtitle_is_optional() -> None:
    text = feed(entry())
    assert root(text).find(A + "subtitle") is None
    assert "subtitle" not in parse(text).feed


def test_feed_updated_is_the_latest_change_of_any_entry() -> None:
    entries = [
        entry(published=datetime.datetime(2024, 1, 1), updated=datetime.datetime(2024, 6, 1)),
        entry(published=datetime.datetime(2024, 7, 1, 12)),
        entry(published=datetime.datetime(2023, 1, 1)),
    ]
    assert parse(feed(*entries)).feed.updated == "2024-07-01T12:00:00Z"


def test_feed_updated_compares_naive_and_aware_in_utc() -> None:
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    entries = [
        entry(published=datetime.datetime(2024, 5, 1, 11, 0)),  # naive: 11:00 UTC
        entry(published=datetime.datetime(2024, 5, 1, 12, 30, tzinfo=plus_two)),  # 10:30 UTC
    ]
    assert parse(feed(*entries)).feed.updated == "2024-05-01T11:00:00Z"


def test_empty_feed_is_valid_and_dated_at_the_epoch() -> None:
    text = feed()
    parsed = parse(text)
    assert parsed.entries == []
    assert parsed.feed.updated == "1970-01-01T00:00:00Z"
    assert parsed.feed.title == "The Blog"
    assert root(text).find(A + "entry") is None


# -- entries ---------------------------------------------------------------------------------


def test_entry_fields() -> None:
    text = feed(
        entry(
            title="Part two",
            url="https://blog.example.com/two/",
            published=datetime.datetime(2024, 3, 1, 9, 30, 15),
            updated=datetime.datetime(2024, 3, 5, 8, 0),
            summary="What happens next.",
            image_url="https://blog.example.com/img/two.png",
            series="Deep Dive",
            part=2,
        )
    )
    (item,) = parse(text).entries
    assert item.id == "https://blog.example.com/two/"
    assert item.title == "Part two"
    assert item.link == "https://blog.example.com/two/"
    assert item.published == "2024-03-01T09:30:15Z"
    assert item.updated == "2024-03-05T08:00:00Z"
    assert item.summary == "What happens next."
    assert item.summary_detail.type == "text/plain"
    assert [(tag.term, tag.label) for tag in item.tags] == [("Deep Dive", "Deep Dive")]
    assert item.enclosures == [
        {"href": "https://blog.example.com/img/two.png", "type": "image/png"}
    ]
    element = root(text).find(A + "entry")
    assert element is not None
    assert links(element)["alternate"]["type"] == "text/html"
    summary = element.find(A + "summary")
    assert summary is not None
    assert summary.get("type") == "text"


def test_updated_falls_back_to_published() -> None:
    (item,) = parse(feed(entry(published=datetime.datetime(2024, 2, 29, 23, 59, 59)))).entries
    assert item.published == item.updated == "2024-02-29T23:59:59Z"


def test_entries_keep_the_given_order() -> None:
    dates = [
        datetime.datetime(2022, 1, 1),
        datetime.datetime(2024, 1, 1),
        datetime.datetime(2023, 1, 1),
    ]
    entries = [
        entry(title=f"P{n}", url=f"https://b.example/{n}/", published=d)
        for n, d in enumerate(dates)
    ]
    parsed = parse(feed(*entries))
    assert [item.title for item in parsed.entries] == ["P0", "P1", "P2"]
    assert [item.id for item in parsed.entries] == [f"https://b.example/{n}/" for n in range(3)]


def test_no_image_no_enclosure_and_no_series_no_category() -> None:
    text = feed(entry())
    (item,) = parse(text).entries
    assert item.enclosures == []
    assert "tags" not in item
    element = root(text).find(A + "entry")
    assert element is not None
    assert set(links(element)) == {"alternate"}
    assert element.find(A + "category") is None


@pytest.mark.parametrize("series", ["", "   ", "\x00\x01"])
def test_a_blank_series_gives_no_category(series: str) -> None:
    text = feed(entry(series=series))
    assert "tags" not in parse(text).entries[0]
    assert root(text).find(f"{A}entry/{A}category") is None


@pytest.mark.parametrize(
    ("url", "mime_type"),
    [
        ("https://b.example/a.png", "image/png"),
        ("https://b.example/a.JPG", "image/jpeg"),
        ("https://b.example/a.jpeg", "image/jpeg"),
        ("https://b.example/a.gif", "image/gif"),
        ("https://b.example/a.svg", "image/svg+xml"),
        ("https://b.example/a.webp", "image/webp"),
        ("https://b.example/a.avif", "image/avif"),
        ("https://b.example/a.png?v=3#top", "image/png"),
        ("https://b.example/image", "application/octet-stream"),
        ("https://b.example/a.unknownext", "application/octet-stream"),
        ("https://[broken/a.webp", "image/webp"),
    ],
)
def test_enclosure_type_from_the_extension(url: str, mime_type: str) -> None:
    (item,) = parse(feed(entry(image_url=url))).entries
    assert item.enclosures == [{"href": url, "type": mime_type}]


# -- dates -----------------------------------------------------------------------------------


def test_naive_dates_are_utc_and_lose_microseconds() -> None:
    (item,) = parse(feed(entry(published=datetime.datetime(2024, 3, 1, 9, 30, 1, 999999)))).entries
    assert item.published == "2024-03-01T09:30:01Z"
    assert item.published_parsed[:6] == (2024, 3, 1, 9, 30, 1)


def test_aware_dates_are_converted_to_utc() -> None:
    minus_five = datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))
    published = datetime.datetime(2024, 12, 31, 20, 0, 0, 5, tzinfo=minus_five)
    updated = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    (item,) = parse(feed(entry(published=published, updated=updated))).entries
    assert item.published == "2025-01-01T01:30:00Z"
    assert item.updated == "2025-01-02T03:04:05Z"


def test_dates_are_rfc3339_with_z() -> None:
    text = feed(entry(published=datetime.datetime(5, 1, 2, 3, 4, 5)))
    dated = (A + "published", A + "updated")
    stamps = [element.text for element in root(text).iter() if element.tag in dated]
    assert stamps == ["0005-01-02T03:04:05Z"] * 3  # feed updated, entry published + updated
    for stamp in stamps:
        assert stamp is not None
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)


# -- hostile text ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_comes_back_as_the_same_text(text: str) -> None:
    document = feed(
        entry(title=text, summary=text, series=text, url='https://b.example/?a=1&b="2"<'),
        title=text,
        subtitle=text,
        generator=text,
    )
    parsed = parse(document)
    assert parsed.feed.title == text
    assert parsed.feed.subtitle == text
    assert parsed.feed.generator == text
    (item,) = parsed.entries
    assert item.title == text
    assert item.summary == text
    assert [(tag.term, tag.label) for tag in item.tags] == [(text, text)]
    assert item.link == 'https://b.example/?a=1&b="2"<'
    element = root(document).find(A + "entry")
    assert element is not None
    assert element.findtext(A + "title") == text
    assert element.findtext(A + "summary") == text
    assert "<script>" not in document


@pytest.mark.parametrize("bad", INVALID, ids=[f"U+{ord(c):04X}" for c in INVALID])
def test_characters_invalid_in_xml_are_stripped(bad: str) -> None:
    dirty = f"a{bad}b<{bad}>&"
    document = feed(
        entry(
            title=dirty,
            summary=dirty,
            series=dirty,
            url=f"https://b.example/{bad}x/",
            image_url=f"https://b.example/{bad}i.png",
        ),
        title=dirty,
        subtitle=dirty,
        generator=dirty,
        feed_url=f"https://b.example/{bad}feed.xml",
        site_url=f"https://b.example/{bad}",
    )
    assert bad not in document
    parsed = parse(document)  # would be bozo: "not well-formed (invalid token)"
    assert parsed.feed.title == parsed.feed.subtitle == parsed.feed.generator == "ab<>&"
    assert parsed.feed.id == "https://b.example/feed.xml"
    (item,) = parsed.entries
    assert item.title == item.summary == item.tags[0].term == "ab<>&"
    assert item.id == item.link == "https://b.example/x/"
    assert item.enclosures[0].href == "https://b.example/i.png"
    assert root(document).findtext(f"{A}entry/{A}summary") == "ab<>&"


def test_allowed_whitespace_and_characters_are_kept() -> None:
    text = "tab\there\nnew line \x7f\x85 \ud7ff\ue000\ufffd \U0001f600 \U0010ffff"
    document = feed(entry(summary=text))
    assert root(document).findtext(f"{A}entry/{A}summary") == text
    # feedparser reads C1 controls as Windows-1252 (U+0085 comes back as U+2026 "..."): a
    # feedparser repair, not XML, so the comparison expects that substitution.
    parsed = parse(document).entries[0].summary
    assert parsed == text.replace("\x85", "\u2026")


def test_carriage_returns_become_line_feeds() -> None:
    document = feed(entry(summary="one\r\ntwo\rthree\n"))
    assert root(document).findtext(f"{A}entry/{A}summary") == "one\ntwo\nthree\n"


def _valid_only(text: str) -> str:
    return re.sub("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]", "", text)


@given(title=st.text(), summary=st.text(), series=st.text(min_size=1))
def test_any_text_gives_a_well_formed_feed(title: str, summary: str, series: str) -> None:
    document = feed(entry(title=title, summary=summary, series=series), title=title)
    element = root(document).find(A + "entry")
    assert element is not None
    # Element text has its line breaks normalized; attributes keep "\r" as "&#13;".
    assert element.findtext(A + "title") == re.sub("\r\n?", "\n", _valid_only(title))
    assert element.findtext(A + "summary") == re.sub("\r\n?", "\n", _valid_only(summary))
    category = element.find(A + "category")
    if _valid_only(series).strip():
        assert category is not None
        assert category.get("term") == category.get("label") == _valid_only(series)
    else:
        assert category is None
