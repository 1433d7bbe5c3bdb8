"""The front-matter schema: every key a post may use, its aliases and its type (pure).

One table, read by the parser (``posts.read_post`` looks keys up through it), by the typo
hints (``posts.likely_typos`` compares unknown keys with every name in it) and by the README
(its front-matter table is generated from it, and ``tests/unit/test_schema.py`` checks that
the README still says the same; ``python -m mkdocs_series.core.schema`` prints the table).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Field:
    """One front-matter key: its canonical name, the aliases read in its place (first found
    wins, canonical name first), the type of value expected, and how the README shows it."""

    what: str
    key: str
    aliases: tuple[str, ...]
    type: str
    notes: str
    example: str

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical key, then its aliases: the order in which they are looked up."""
        return (self.key, *self.aliases)


TITLE = Field(
    "title",
    "title",
    (),
    "text",
    "else the page's first `# heading`, then the file name",
    '`title: "Vec<T> & Box<T>"`',
)
DATE = Field(
    "date",
    "date",
    (),
    "date",
    "a YAML date or datetime, an ISO-like string with or without time and UTC offset, "
    "Material's `date: {created: ...}`; a page without it is not a post",
    '`date: 2025-11-29`, `date: "2025-11-29T10:30:00+01:00"`',
)
SERIES = Field(
    "series",
    "series",
    (),
    "series name",
    "a one-item list (Hugo), a mapping with `name` (and `part`)",
    "`series: Rust in Depth`, `series: [Rust in Depth]`, `series: {name: Rust in Depth, part: 2}`",
)
PART = Field(
    "part number",
    "series_part",
    ("part", "series_index", "series_order", "series_weight"),
    "positive whole number",
    "`series_index` is Pelican's, `series_weight` Hugo's",
    "`series_part: 2`",
)
IMAGE = Field(
    "featured image",
    "image",
    ("cover", "featured_image", "thumbnail", "cover_image"),
    "image path or URL",
    "relative to the post, from the docs root with a leading `/`, or `https://...`",
    "`image: images/cover.png`, `image: /img/cover.png`",
)
SUMMARY = Field(
    "summary",
    "description",
    ("summary", "excerpt"),
    "text",
    "else the text before `<!-- more -->`; else the first paragraph",
    "`description: One or two sentences.`",
)
READTIME = Field(
    "reading time",
    "readtime",
    (),
    "positive whole number of minutes",
    "computed from the text when absent (as in Material)",
    "`readtime: 18`",
)
DRAFT = Field("draft", "draft", (), "boolean", "", "`draft: true`")
STATUS = Field("draft (Pelican)", "status", (), "text", "`draft` makes a draft", "`status: draft`")

FIELDS: tuple[Field, ...] = (TITLE, DATE, SERIES, PART, IMAGE, SUMMARY, READTIME, DRAFT, STATUS)

# Every key the parser reads, for the typo hints.
KNOWN_KEYS: frozenset[str] = frozenset(name for field in FIELDS for name in field.names)

README_START = "<!-- front-matter table: generated from mkdocs_series/core/schema.py -->"
README_END = "<!-- end of the front-matter table -->"


def readme_table() -> str:
    """The README's front-matter table (Markdown), between its two marker comments."""
    rows = [
        "| what | key | also accepted | type | notes | example |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for field in FIELDS:
        aliases = ", ".join(f"`{alias}`" for alias in field.aliases)
        rows.append(
            f"| {field.what} | `{field.key}` | {aliases} | {field.type} | {field.notes} "
            f"| {field.example} |"
        )
    return "\n".join([README_START, *rows, README_END])


if __name__ == "__main__":  # pragma: no cover - a maintainer's helper
    print(readme_table())
