"""The plugin's dealings with MkDocs' ``File`` objects: generated pages, stamps, addresses."""

from __future__ import annotations

import json
import os
from collections.abc import Hashable

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File


class GeneratedPage(File):
    """A listing page the plugin generates under ``mkdocs serve``. MkDocs builds a generated
    page on every ``--dirty`` build; this one only when its built page is missing, which the
    plugin arranges when what the page shows changed (``build.SiteBuild._refresh_stale_pages``)."""

    def is_modified(self) -> bool:
        return not os.path.isfile(self.abs_dest_path)


def front_matter_page(config: MkDocsConfig, src_uri: str, title: str, *, serving: bool) -> File:
    """A generated Markdown page holding only its title."""
    kind = GeneratedPage if serving else File
    return kind.generated(config, src_uri, content=f"---\n{_yaml_title(title)}---\n")


def _yaml_title(title: str) -> str:
    """``title: ...`` as YAML. A JSON string of printable characters (only ``"`` and ``\\``
    escaped) is a YAML double-quoted scalar of the same text, and much cheaper to write."""
    if title.isprintable():
        return f"title: {json.dumps(title, ensure_ascii=False)}\n"
    return yaml.safe_dump({"title": title}, allow_unicode=True)


def stamp(file: File, build: object) -> Hashable | None:
    """A source file's modification time and size; ``None`` for a file made in memory.

    Outside ``mkdocs serve`` (``build`` is not ``None``) the plugin lives for one build: the
    build's own token stands for every file's stamp, and no file is stat'ed.
    """
    if file.abs_src_path is None:
        return None
    if build is not None:
        return build
    stat = os.stat(file.abs_src_path)
    return (stat.st_mtime_ns, stat.st_size)


def page_url(file: File) -> str:
    """The ``Page.url`` the page of ``file`` will have (MkDocs writes the home page's "./"
    as "")."""
    return "" if file.url in (".", "./") else file.url


def existing_page_at(by_dest: dict[str, File], planned: File) -> File | None:
    """The user's Markdown page published where ``planned`` would be, if any; a file of
    another kind there cannot take the cards, and stops the build."""
    file = by_dest.get(planned.dest_uri)
    if file is None or file.is_documentation_page():
        return file
    raise PluginError(
        f"series: {file.src_uri} is published at {file.dest_uri}, where a listing page of "
        "the blog goes; rename it, or make it a Markdown page to put the cards on it"
    )
