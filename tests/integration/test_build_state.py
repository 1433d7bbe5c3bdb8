"""One build, one object: nothing of a build but ``ServeState`` reaches the next one."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build

from mkdocs_series.mkdocs.build import SiteBuild
from mkdocs_series.mkdocs.plugin import SeriesPlugin
from tests.conftest import copy_site, load


def test_serve_rebuilds_forget_deleted_posts(tmp_path: Path) -> None:
    """File stamps are per build: a deleted post's stamp is gone (it used to grow)."""
    site = copy_site("basic", tmp_path)
    config = load(site, tmp_path / "out", strict=False)
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["series"]
    assert isinstance(plugin, SeriesPlugin)
    build(config)
    first = plugin._build
    assert isinstance(first, SiteBuild)
    assert "blog/2024/rust-3.md" in first.stamps
    (site / "docs" / "blog" / "2024" / "rust-3.md").unlink()
    build(config)
    second = plugin._build
    assert second is not first and isinstance(second, SiteBuild)
    assert "blog/2024/rust-3.md" not in second.stamps
    assert "blog/2024/rust-3.md" not in second.catalog.posts
    state = plugin._state
    assert state is second.state is first.state  # the one thing kept on purpose
    assert state.parsed.lookup("blog/2024/rust-3.md", first.stamps["blog/2024/rust-3.md"]) is None


def test_a_disabled_plugin_keeps_no_build(tmp_path: Path) -> None:
    site = copy_site("basic", tmp_path)
    config = load(site, tmp_path / "out")
    plugin = config.plugins["series"]
    assert isinstance(plugin, SeriesPlugin)
    build(config)
    assert plugin._build is not None
    plugin.config.enabled = False
    build(config)
    assert plugin._build is None
