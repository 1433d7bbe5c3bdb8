"""``markdown_extensions: - mkdocs_series.zensical``: the blog on Zensical (see extension.py)."""

from .extension import SeriesExtension, makeExtension

__all__ = ["SeriesExtension", "makeExtension"]
