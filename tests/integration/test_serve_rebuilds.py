"""`mkdocs serve` rebuilds: --dirty gives the same boxes and listing as a full build."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort

from tests.conftest import copy_site, load, soup


def rendered(out: Path) -> dict[str, str]:
    """What the plugin put on every page: listing cards and series boxes, as text."""
    found = {}
    for page in sorted(out.rglob("index.html")):
        html = soup(page)
        parts = html.select(".series-listing, .series-post")
        if parts:
            text = " ".join(part.get_text(" ") for part in parts)
            found[page.relative_to(out).as_posix()] = re.sub(r"\s+", " ", text)
    return found


def edit(path: Path, old: str, new: str) -> None:
    time.sleep(0.01)  # a later modification time than the built pages
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_dirty_rebuild_matches_a_clean_build(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    out = tmp_path / "served"
    config = load(site, out, strict=False)  # MkDocs warns that a dirty build is inexact
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=False)  # serve's first build
    edit(site / "docs" / "blog" / "rust-2.md", "title: Borrowing", "title: Borrowing, renamed")
    build(config, dirty=True)
    box = soup(out / "blog" / "rust-1" / "index.html").select_one("nav.series-box")
    assert "Borrowing, renamed" in box.get_text()  # rust-1.md itself was not edited

    (site / "docs" / "blog" / "2024" / "rust-3.md").unlink()
    build(config, dirty=True)

    clean = tmp_path / "clean"
    clean_config = load(site, clean)
    clean_config.plugins.on_startup(command="serve", dirty=False)
    build(clean_config)
    served = rendered(out)
    served.pop("blog/2024/rust-3/index.html")  # a dirty build never deletes old pages
    assert served == rendered(clean)


def test_readme_in_the_blog_folder_is_the_listing_page(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    (site / "docs" / "blog" / "README.md").write_text("# Read me first\n", encoding="utf-8")
    build(load(site, tmp_path / "out"))
    listing = soup(tmp_path / "out" / "blog" / "index.html")
    assert listing.select_one("h1").get_text(strip=True) == "Read me first"
    assert len(listing.select(".series-card")) == 4


def test_a_static_file_at_the_listing_address_stops_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_site("basic", tmp_path)
    shutil.copy(site / "docs" / "index.md", site / "docs" / "blog" / "index.html")
    with pytest.raises(Abort):
        build(load(site, tmp_path / "out"))
    assert "blog/index.html is published at blog/index.html, where a listing page" in (caplog.text)


def test_likely_typo_of_a_key_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_site("basic", tmp_path)
    post = site / "docs" / "blog" / "standalone.md"
    post.write_text(post.read_text().replace("date:", "seires: Oops\ndate:"), encoding="utf-8")
    with pytest.raises(Abort):
        build(load(site, tmp_path / "out"))
    assert "blog/standalone.md: 'seires': unknown key; did you mean 'series'?" in caplog.text


def test_dirty_rebuild_builds_again_only_the_pages_that_show_the_edit(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    config_file = site / "mkdocs.yml"
    config_file.write_text(
        config_file.read_text().replace("  - series\n", "  - series:\n      per_page: 1\n")
    )
    (site / "docs" / "latest.md").write_text("# Latest\n\n<!-- latest-posts: 1 -->\n")
    out = tmp_path / "served"
    config = load(site, out, strict=False)  # MkDocs warns that a dirty build is inexact
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=False)  # serve's first build
    built = {page: page.stat().st_mtime_ns for page in out.rglob("index.html")}

    time.sleep(0.01)
    edit(site / "docs" / "blog" / "standalone.md", "title: A post", "title: An edited post")
    build(config, dirty=True)
    rebuilt = {
        page.relative_to(out).as_posix()
        for page, stamp in built.items()
        if not page.is_file() or page.stat().st_mtime_ns != stamp
    }
    # the post itself, the one listing page with its card, and the page with a marker
    assert rebuilt == {
        "blog/standalone/index.html",
        "blog/page/5/index.html",  # under serve the draft is listed too
        "latest/index.html",
    }
    assert "An edited post" in soup(out / "blog" / "page" / "5" / "index.html").get_text()

    clean = tmp_path / "clean"
    clean_config = load(site, clean, strict=False)
    clean_config.plugins.on_startup(command="serve", dirty=False)
    build(clean_config)
    assert rendered(out) == rendered(clean)


def test_dirty_rebuild_refreshes_a_listing_page_the_user_wrote(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    (site / "docs" / "blog" / "index.md").write_text("# My blog\n\nAll posts:\n")
    out = tmp_path / "served"
    config = load(site, out, strict=False)
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=False)
    edit(site / "docs" / "blog" / "standalone.md", "title: A post", "title: An edited post")
    build(config, dirty=True)
    listing = soup(out / "blog" / "index.html")
    assert listing.select_one("h1").get_text(strip=True) == "My blog"
    assert "An edited post" in listing.select_one(".series-listing").get_text()


def serve_dirty_build(site: Path, out: Path) -> None:
    config = load(site, out, strict=False)
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)


def test_a_listing_page_that_comes_back_is_built_again(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    config_file = site / "mkdocs.yml"
    config_file.write_text(
        config_file.read_text().replace("  - series\n", "  - series:\n      per_page: 4\n")
    )
    out = tmp_path / "served"
    config = load(site, out, strict=False)
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=False)  # five posts under serve (the draft too): pages 1 and 2
    old = site / "docs" / "blog" / "standalone.md"
    text = old.read_text()
    old.unlink()  # four posts: page 2 is gone from the build, its built file stays
    time.sleep(0.01)
    serve_dirty_build(site, out)
    (site / "docs" / "blog" / "oldest.md").write_text(
        text.replace("title: A post in no series", "title: The oldest post").replace(
            "2025-02-10", "2020-01-01"
        )
    )
    serve_dirty_build(site, out)  # page 2 is back, with another post
    cards = soup(out / "blog" / "page" / "2" / "index.html").select(".series-card h2")
    assert [card.get_text(strip=True) for card in cards] == ["The oldest post"]


def test_new_options_refresh_the_blocks_they_change(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    out = tmp_path / "served"
    config = load(site, out, strict=False)
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=False)
    config_file = site / "mkdocs.yml"
    config_file.write_text(
        config_file.read_text().replace(
            "  - series\n",
            "  - series:\n      series:\n        Rust in Depth:\n          planned: [Macros]\n",
        )
    )
    serve_dirty_build(site, out)
    box = soup(out / "blog" / "rust-1" / "index.html").select_one("nav.series-box")
    assert "Macros" in box.get_text()  # rust-1.md itself was not edited


def test_a_post_moved_out_of_the_blog_and_back_keeps_its_excerpt(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    post = site / "docs" / "blog" / "teaser.md"
    post.write_text(
        "---\ntitle: Teaser\ndate: 2025-05-01\n---\n\nSome *emphasised* text.\n\n"
        "<!-- more -->\n\nThe rest.\n"
    )
    out = tmp_path / "served"
    config = load(site, out, strict=False)
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=False)
    outside = site / "docs" / "teaser.md"
    shutil.move(post, outside)  # no longer a post: not in the blog folder
    serve_dirty_build(site, out)
    shutil.move(outside, post)  # back, with its old modification time
    serve_dirty_build(site, out)
    card = soup(out / "blog" / "index.html").select_one(".series-card .series-card__summary")
    assert card.select_one("em") is not None  # the rendered excerpt, not the plain summary
