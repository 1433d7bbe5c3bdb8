"""``python -m mkdocs_series init-pages``: write the listing pages an engine cannot add.

Zensical builds only the pages it finds in ``docs_dir``. This command writes, once, each
listing page the blog plans (the blog's listing, the index of series, each series' page and
their ``page/N/`` pages) as a Markdown file holding only its title; the engine's front-end
then puts the cards on it. A file that exists is never touched, whatever it holds: the
pages are the user's from then on. MkDocs treats them as the user's pages at those
addresses too, so the same ``docs_dir`` builds on both.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from ..render.siteconfig import SiteConfigError, find_config, read_site_config
from ..render.standalone import BlogSettings, read_blog

PAGE_NOTE = "<!-- mkdocs-series: the cards of this listing page go below -->"


def page_text(title: str) -> str:
    """A page holding its title (a JSON string is a YAML double-quoted scalar) and a
    comment: Python-Markdown renders nothing at all, extensions included, for an empty
    page."""
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{PAGE_NOTE}\n"


def init_pages(config_file: Path, *, dry_run: bool = False) -> tuple[list[str], list[str]]:
    """Write the missing listing pages of the site of ``config_file``; the ``src_uri`` of
    the pages written and of those kept as they were."""
    site = read_site_config(config_file)
    settings = BlogSettings(
        options=site.options, language=site.language, has_other_blog=site.has_material_blog
    )
    blog = read_blog(site.docs_dir, settings)
    written, kept = [], []
    for src_uri, title in blog.titles.items():
        path = site.docs_dir / src_uri
        if src_uri in blog.files or path.exists():
            kept.append(src_uri)
            continue
        if not dry_run:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("x", encoding="utf-8") as stream:  # never over an existing file
                stream.write(page_text(title))
        written.append(src_uri)
    return written, kept


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mkdocs_series",
        description="Tools of mkdocs-series for engines that run no MkDocs plugin (Zensical).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser(
        "init-pages",
        help="write the blog's listing pages (listing, series, index of series) that do not "
        "exist yet in docs_dir; existing files are never changed",
    )
    init.add_argument("-f", "--config-file", type=Path, help="mkdocs.yml (default: ./mkdocs.yml)")
    init.add_argument("-n", "--dry-run", action="store_true", help="only say what would be done")
    args = parser.parse_args(argv)
    config_file = args.config_file or find_config(Path.cwd())
    if config_file is None:
        parser.error("no mkdocs.yml in this folder; name one with -f")
    try:
        written, kept = init_pages(config_file, dry_run=args.dry_run)
    except SiteConfigError as error:
        print(f"series: {error}")
        return 1
    verb = "would write" if args.dry_run else "wrote"
    for src_uri in written:
        print(f"{verb} {src_uri}")
    for src_uri in kept:
        print(f"kept {src_uri} (exists)")
    if not written and not kept:
        print("the blog has no listing pages to write (no posts?)")
    return 0
