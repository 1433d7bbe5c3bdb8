"""Reading a blog's posts into a ``Catalog`` with the plugin's options: the step every
front-end takes (the MkDocs plugin in ``on_files``, Zensical's reader once per build)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from ..core.catalog import build_catalog
from ..core.gitdates import git_added_dates
from ..core.models import Catalog, Post, Problem
from ..core.posts import ReadingOptions
from .options import Options

# read_post of one source, given the date of the commit that added it (``date_from_git``)
Parse = Callable[[str, "dt.datetime | None"], tuple[Post | None, list[Problem]]]


def reading_options(options: Options) -> ReadingOptions:
    """The reading rates of the options."""
    return ReadingOptions(
        words_per_minute=options.words_per_minute,
        code_words_per_minute=options.code_words_per_minute,
        cjk_chars_per_minute=options.cjk_chars_per_minute,
    )


def collect_posts(
    options: Options,
    sources: Sequence[str],
    parse: Parse,
    *,
    docs_dir: str,
    known_files: Collection[str],
    include_drafts: bool,
    now: dt.datetime,
) -> tuple[Catalog, list[Problem]]:
    """The catalog of ``sources`` (``src_uri``s under ``blog_dir``) and git's problems
    (with ``date_from_git``: one ``git log`` for the whole blog, never one per post)."""
    added: dict[str, dt.datetime] = {}
    problems: list[Problem] = []
    if options.date_from_git:
        added, problems = git_added_dates(docs_dir, sources)
    catalog = build_catalog(
        sources,
        lambda src_uri: parse(src_uri, added.get(src_uri)),
        known_files=known_files,
        include_drafts=include_drafts,
        now=now,
        future_as_draft=options.future_as_draft,
        series_settings=options.series,
        image_patterns=options.image_patterns,
        series_from=options.series_from,
        blog_dir=options.blog_dir,
    )
    return catalog, problems
