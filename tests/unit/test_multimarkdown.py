"""The MultiMarkdown metadata reader of core/frontmatter.py reads what MkDocs reads."""

from __future__ import annotations

import pytest
from mkdocs.utils.meta import get_data

from mkdocs_series.core.frontmatter import multimarkdown_meta, split_front_matter

CASES = [
    "Title: A post\nDate: 2025-01-01\n\nBody\n",
    "Title: A long\n    title over\n\tthree lines\nDate: 2025-01-01\nBody starts here\n",
    "Same: one\nsame: two\n\nx",
    "   Indented-Key_2: v\n\n\n\nbody",
    "# Not metadata\nTitle: x\n",
    "",
    "\n\nJust a body",
    "Title:\n\nbody",
    "    continuation without a key\n",
]


@pytest.mark.parametrize("text", CASES)
def test_same_as_mkdocs(text: str) -> None:
    body, data = get_data(text)
    assert multimarkdown_meta(text) == (data, body)


def test_split_front_matter_reads_multimarkdown() -> None:
    meta, body = split_front_matter("Title: T\nDate: 2025-01-01\n\n# Heading\n")
    assert meta == {"title": "T", "date": "2025-01-01"}
    assert body == "# Heading\n"
