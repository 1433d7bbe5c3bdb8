"""Posts moved from Jekyll, Pelican and older MkDocs blogs keep their dates (issue 10)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import Built, copy_site, load

BuildSite = Callable[..., Built]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_dates_from_front_matter_shapes_and_file_names(build_site: BuildSite) -> None:
    built = build_site("dates")  # --strict: no warning at all
    assert built.warnings() == []
    cards = built.page("blog/index.html").select(".series-card")
    titles = [c.select_one("h2").get_text(strip=True) for c in cards]
    assert titles == [
        "Writing a tool server, the basics",
        "Written for Pelican",
        "Material's date mapping",
        "Kept from an older MkDocs blog",
    ]
    dates = [c.select_one(".series-meta__date time")["datetime"] for c in cards]
    assert dates == ["2025-06-09", "2024-05-01T08:00:00", "2023-01-01", "2021-12-12"]
    pelican = cards[1]
    assert flat(pelican.select_one(".series-card__summary").get_text()).startswith(
        "Pelican's empty summary falls back"
    )


def test_update_dates_reach_meta_line_feed_and_json_ld(build_site: BuildSite) -> None:
    built = build_site("dates")
    page = built.page("blog/kept-from-mkdocs/index.html")
    updated = page.select_one(".series-meta__updated")
    assert updated is not None and flat(updated.get_text()) == "Updated Wed 05 January 2022"
    assert updated.select_one("time")["datetime"] == "2022-01-05"
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert (data["datePublished"], data["dateModified"]) == (
        "2021-12-12T00:00:00+00:00",
        "2022-01-05T00:00:00+00:00",  # the timezone option, UTC by default
    )
    assert (
        built.page("blog/2025-06-09-mcp-server-basics/index.html").select_one(
            ".series-meta__updated"
        )
        is None
    )
    feed = (built.out / "blog" / "feed.xml").read_text(encoding="utf-8")
    entries = {
        m.group(1): m.group(2)
        for m in re.finditer(r"<title>([^<]*)</title>.*?<updated>([^<]*)</updated>", feed, re.S)
    }
    assert entries["Material's date mapping"] == "2023-02-02T00:00:00Z"
    assert entries["Written for Pelican"] == "2024-06-01T09:30:00Z"
    assert entries["Writing a tool server, the basics"] == "2025-06-09T00:00:00Z"


def test_meta_line_names_no_update_date_unless_asked(build_site: BuildSite) -> None:
    built = build_site("dates", plugins={"series": {}})
    page = built.page("blog/kept-from-mkdocs/index.html")
    assert page.select_one(".series-meta__date") is not None
    assert page.select_one(".series-meta__updated") is None


def test_one_info_line_sums_up_the_blog_and_names_what_is_not_a_post(
    build_site: BuildSite,
) -> None:
    built = build_site("dates")
    messages = [m.removeprefix("mkdocs_series: ") for m in built.infos()]
    summary = [m for m in messages if m.startswith("blog: ")]
    assert summary == [
        "blog: 4 posts, 0 series, 0 drafts; 1 page under blog/ is not a post: "
        "blog/notes/reading-list.md (no date in its front matter or file name)"
    ]


def test_a_blog_folder_with_pages_but_no_post_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_site("git_dated", tmp_path)  # its dates would come from git: none here
    (site / "docs" / "blog" / "posts" / "dated-in-front-matter.md").unlink()
    with pytest.raises(Abort):
        build(load(site, tmp_path / "out", plugins={"series": {}}))  # --strict
    caplog.clear()
    build(load(site, tmp_path / "out", strict=False, plugins={"series": {}}))
    warnings = [
        r.getMessage().removeprefix("mkdocs_series: ")
        for r in caplog.records
        if r.levelno == logging.WARNING
    ]
    assert len(warnings) == 1
    assert warnings[0].startswith("blog: 2 pages under blog/, none of them a post")
    assert "blog/posts/first-steps.md (no date" in warnings[0]
