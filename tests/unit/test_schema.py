"""The front-matter schema is the one table of keys: the parser, typo hints and README."""

from __future__ import annotations

from pathlib import Path

from mkdocs_series.core import schema
from mkdocs_series.core.posts import read_post

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_table_is_the_schema() -> None:
    text = README.read_text(encoding="utf-8")
    start = text.index(schema.README_START)
    end = text.index(schema.README_END) + len(schema.README_END)
    assert text[start:end] == schema.readme_table(), (
        "README's front-matter table differs from core/schema.py; "
        "regenerate it with `python -m mkdocs_series.core.schema`"
    )


def test_every_alias_is_read_by_the_parser() -> None:
    for alias in schema.PART.names:
        post, _ = read_post("p.md", f"---\ndate: 2025-01-01\nseries: S\n{alias}: 3\n---\nx\n")
        assert post is not None and post.series_part == 3, alias
    for alias in schema.IMAGE.names:
        post, _ = read_post("p.md", f"---\ndate: 2025-01-01\n{alias}: a.png\n---\nx\n")
        assert post is not None and (post.image, post.image_key) == ("a.png", alias), alias
    for alias in schema.SUMMARY.names:
        post, _ = read_post("p.md", f"---\ndate: 2025-01-01\n{alias}: Short\n---\nx\n")
        assert post is not None and post.summary == ("Short",), alias


def test_canonical_key_wins_over_its_aliases() -> None:
    post, _ = read_post("p.md", "---\ndate: 2025-01-01\ncover: b.png\nimage: a.png\n---\nx\n")
    assert post is not None and post.image == "a.png"


def test_typo_hints_name_a_key_of_the_schema() -> None:
    _, problems = read_post("p.md", "---\ndate: 2025-01-01\nthumbnial: a.png\n---\nx\n")
    assert [(p.key, "'thumbnail'" in p.message) for p in problems] == [("thumbnial", True)]


def test_every_field_has_distinct_names() -> None:
    names = [name for field in schema.FIELDS for name in field.names]
    assert len(names) == len(set(names)) == len(schema.KNOWN_KEYS)
