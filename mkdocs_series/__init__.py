"""mkdocs-series: series, reading times, a blog listing and series navigation for MkDocs."""

__version__ = "0.1.0"
