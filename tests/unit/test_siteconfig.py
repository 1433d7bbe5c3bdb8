"""``mkdocs.yml`` read without MkDocs (``mkdocs/siteconfig.py``) and ``init-pages``."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_series.render.siteconfig import SiteConfigError, read_site_config
from mkdocs_series.zensical.initpages import init_pages, main

CONFIG = """\
site_name: S
theme:
  name: material
  language: de
plugins:
  - search
  - series:
      blog_dir: posts
      per_page: 1
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
  - mkdocs_series.zensical
watch:
  - docs
"""


def make_site(tmp_path: Path, config: str = CONFIG) -> Path:
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    posts = tmp_path / "docs" / "posts"
    posts.mkdir(parents=True)
    for n in (1, 2):
        (posts / f"p{n}.md").write_text(
            f"---\ntitle: P{n}\ndate: 2025-01-0{n}\nseries: S\n---\n\nText.\n", encoding="utf-8"
        )
    return tmp_path / "mkdocs.yml"


def test_options_tags_and_site_settings(tmp_path: Path) -> None:
    site = read_site_config(make_site(tmp_path))
    assert site.options.blog_dir == "posts" and site.options.per_page == 1
    assert site.language == "de" and not site.has_material_blog
    assert site.docs_dir == (tmp_path / "docs").resolve()
    assert site.watch == (str((tmp_path / "docs").resolve()),)


def test_bad_options_name_the_file_and_option(tmp_path: Path) -> None:
    config = make_site(tmp_path, CONFIG.replace("per_page: 1", "per_page: many"))
    with pytest.raises(SiteConfigError, match=r"mkdocs.yml: plugin 'series', option 'per_page'"):
        read_site_config(config)
    config.write_text(CONFIG.replace("per_page: 1", "strings: {draft: 3}"), encoding="utf-8")
    with pytest.raises(SiteConfigError, match=r"option 'strings.draft': Expected type"):
        read_site_config(config)


def test_options_match_what_mkdocs_loads(tmp_path: Path) -> None:
    """The same ``Options`` value as the MkDocs plugin gets from the same YAML."""
    from mkdocs_series.mkdocs.config import SeriesConfig
    from mkdocs_series.mkdocs.config import load_options as mkdocs_options

    raw = {
        "blog_dir": "posts",
        "per_page": 3,
        "listing": False,
        "series": {"S": {"planned": ["Next"]}},
        "strings": {"draft": "Entwurf"},
    }
    config = SeriesConfig()
    config.load_dict(raw)
    assert not config.validate()[0]
    from mkdocs_series.render.siteconfig import load_options

    assert load_options(raw, where="t") == mkdocs_options(config)


def test_init_pages_writes_once_and_never_overwrites(tmp_path: Path) -> None:
    config = make_site(tmp_path)
    written, kept = init_pages(config, dry_run=True)
    assert not (tmp_path / "docs" / "posts" / "index.md").exists()
    assert init_pages(config) == (written, kept)
    assert written == [
        "posts/index.md",
        "posts/page/2/index.md",
        "posts/series/index.md",
        "posts/series/s/index.md",
        "posts/series/s/page/2/index.md",
    ]
    series = tmp_path / "docs" / "posts" / "series" / "s" / "index.md"
    assert series.read_text(encoding="utf-8").startswith('---\ntitle: "S"\n---\n')
    series.write_text("my own words\n", encoding="utf-8")
    assert init_pages(config) == ([], written)
    assert series.read_text(encoding="utf-8") == "my own words\n"


def test_the_command_reports_a_bad_config_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = make_site(tmp_path, CONFIG.replace("per_page: 1", "per_page: 0"))
    assert main(["init-pages", "-f", str(config)]) == 1
    assert "option 'per_page' must be a positive number, found 0" in capsys.readouterr().out


def test_every_option_type_matches_what_mkdocs_loads() -> None:
    """Options whose default is null or a tuple (issue 10 and 13 options) are read the same
    way on Zensical as under MkDocs: a list, a text, a number, a null."""
    from mkdocs_series.mkdocs.config import SeriesConfig
    from mkdocs_series.mkdocs.config import load_options as mkdocs_options
    from mkdocs_series.render.siteconfig import load_options

    for raw in (
        {"series_from": "folder", "image_ratio": "16:9", "image_patterns": ["/img/{name}.{ext}"]},
        {"series_from": "category", "image_ratio": 1.5, "date_from_git": True},
        {"image_ratio": 2, "timezone": "Europe/Paris", "show_updated": True, "language": None},
    ):
        config = SeriesConfig()
        config.load_dict(dict(raw))
        assert not config.validate()[0]
        assert load_options(raw, where="t") == mkdocs_options(config), raw
    with pytest.raises(SiteConfigError, match=r"option 'image_patterns': Expected type"):
        load_options({"image_patterns": "images/{name}.{ext}"}, where="t")
