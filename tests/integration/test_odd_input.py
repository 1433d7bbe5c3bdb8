"""Odd input found in review: each builds with a named warning or a clear error, never a
traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import broken_links, copy_site, load, soup


def add_post(site: Path, name: str, front: str) -> None:
    (site / "docs" / "blog" / name).write_text(f"---\n{front}\n---\nBody.\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ('title: A\ndate: 2025-01-01\nseries: S\nseries_part: "²"', "'series_part': expected"),
        ('title: A\ndate: 2025-01-01\nreadtime: "²"', "'readtime': expected"),
        ("title: A\ndate: 2025-02-30", "'date': '2025-02-30' is not a real date"),
        ('title: A\ndate: 2025-01-01\nimage: "http://[oops/a.png"', "'image': expected an"),
        ('title: A\ndate: "0001-01-01T00:30:00+01:00"', None),
    ],
)
def test_odd_values_are_warnings_not_tracebacks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, front: str, message: str | None
) -> None:
    site = copy_site("basic", tmp_path)
    add_post(site, "odd.md", front)
    with caplog.at_level(logging.WARNING):
        build(load(site, tmp_path / "out", strict=False, site_url="https://example.org/"))
    if message:
        assert any(
            "blog/odd.md" in r.getMessage() and message in r.getMessage() for r in caplog.records
        ), caplog.text


def test_a_huge_part_number_is_one_short_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_site("basic", tmp_path)
    add_post(site, "far.md", "title: Far\ndate: 2025-04-01\nseries: Rust in Depth\npart: 20251129")
    with caplog.at_level(logging.INFO):
        build(load(site, tmp_path / "out", strict=False))
    [gap] = [r for r in caplog.records if "skips part" in r.getMessage()]
    assert "skips part 4-20251128 (parts found: 1, 2, 3, 20251129)" in gap.getMessage()
    assert gap.levelno == logging.INFO  # a gap is information, not a warning (issue 10)
    assert max(len(r.getMessage()) for r in caplog.records) < 500


@pytest.mark.parametrize(
    ("strings", "shown"),
    [
        ({"posted_on": "{{date}}: {date}"}, "{date}: Sat 01 March 2025"),
        ({"series_part": "Part {part} of {series!s}"}, "Part 1 of Rust in Depth"),
    ],
)
def test_strings_with_escapes_and_conversions(
    tmp_path: Path, strings: dict[str, str], shown: str
) -> None:
    site = copy_site("basic", tmp_path)
    build(load(site, tmp_path / "out", plugins=[{"series": {"strings": strings}}]))
    card = soup(tmp_path / "out" / "blog" / "index.html").select(".series-card")[2]
    assert shown in " ".join(card.select_one(".series-meta").get_text().split())


def test_a_string_the_check_cannot_fill_stops_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_site("basic", tmp_path)
    config = load(
        site,
        tmp_path / "out",
        plugins=[{"series": {"strings": {"series_part": "Part {part[0]} of {series}"}}}],
    )
    with pytest.raises(Abort):
        build(config)
    assert "option 'strings.series_part'" in caplog.text


@pytest.mark.parametrize("folders", [{"blog_dir": "./blog"}, {"series_dir": "./topics"}])
def test_folder_options_are_normalised(tmp_path: Path, folders: dict[str, str]) -> None:
    site = copy_site("basic", tmp_path)
    out = tmp_path / "out"
    build(load(site, out, site_url="https://example.org/", plugins=[{"series": folders}]))
    assert len(soup(out / "blog" / "index.html").select(".series-card")) == 4
    assert not (out / "blog" / "draft").exists()
    assert broken_links(out) == []


def test_readme_at_a_paginated_series_address(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    series = site / "docs" / "blog" / "series" / "rust-in-depth"
    series.mkdir(parents=True)
    (series / "README.md").write_text("# Rust, the series\n\nOur words.\n", encoding="utf-8")
    out = tmp_path / "out"
    build(load(site, out, plugins=[{"series": {"per_page": 2}}], strict=False))
    first = soup(out / "blog/series/rust-in-depth/index.html")
    assert "Our words." in first.get_text()
    assert len(first.select(".series-card")) == 2
    assert broken_links(out) == []


def test_listing_off_with_site_url_and_no_index_page(tmp_path: Path) -> None:
    site = copy_site("material_blog", tmp_path)
    (site / "docs" / "blog" / "index.md").unlink()
    out = tmp_path / "out"
    build(load(site, out, strict=False))
    assert (out / "blog" / "feed.xml").is_file()
    assert (out / "blog" / "series" / "rust" / "index.html").is_file()
