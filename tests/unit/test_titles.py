"""Which posts get their front-matter title put on top of the page (issue 10, point 5)."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from mkdocs_series.core.posts import read_post
from mkdocs_series.core.titles import first_heading, title_on_top, title_words


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("# Title\n\nText.", (1, "Title")),
        ("#Title", (1, "Title")),
        ("# Title #\n", (1, "Title")),
        ("# Title {#custom-id .big}\n", (1, "Title")),
        ("\n\n<!-- a comment\n# not a heading -->\n\n# Title\n", (1, "Title")),
        ("Title\n=====\n\nText.", (1, "Title")),
        ("## Section\n", (2, "Section")),
        ("Section\n-------\n", (2, "Section")),
        ("![banner](banner.png)\n\n# Title\n", (1, "Title")),
        ("```\n# not a heading\n```\n\n## After the code\n", (2, "After the code")),
        ("~~~~\n```\n# still code\n~~~~\n", None),
        ("    # indented code\n", None),
        ("Text only.\n\n---\n\nMore text.", None),
        ("", None),
    ],
)
def test_first_heading(body: str, heading: tuple[int, str] | None) -> None:
    assert first_heading(body) == heading
    # the same heading as Python-Markdown finds (MkDocs' renderer)
    html = markdown.markdown(body, extensions=["fenced_code", "attr_list"])
    found = BeautifulSoup(html, "html.parser").find(["h1", "h2", "h3", "h4", "h5", "h6"])
    rendered = (int(found.name[1]), found.get_text()) if found is not None else None
    assert rendered == heading


def test_title_words_ignore_case_and_punctuation() -> None:
    assert title_words("Rust in Depth, Part 1") == title_words("Rust in depth: part 1")
    assert title_words("[Links](https://x.org/) *too*") == ("links", "too")
    assert title_words("Vec<T> & Box<T>") != title_words("Vec<T>")


@pytest.mark.parametrize(
    ("front", "title", "body", "on_top"),
    [
        ("Writing a lexer", "Writing a lexer", "# Tokens\n\n# Final words\n", True),
        ("Writing a lexer", "Writing a lexer", "Plain text, no heading.", True),
        ("Writing a lexer", "Writing a lexer", "# Writing a Lexer\n\nText.", False),
        ("Writing a lexer", "Writing a lexer", "Intro.\n\n# Writing a lexer\n", False),
        ("Writing a lexer", "Writing a lexer", "## Writing a lexer\n", True),  # a section
        ("Writing a lexer", "Writing a lexer", "## Intro\n\n# Writing a lexer\n", True),
        (None, "Tokens", "# Tokens\n\nText.", False),  # the title is the body's heading
        (None, "File name", "No heading at all.", False),  # the theme shows the page title
        ("  ", "Tokens", "# Tokens\n", False),  # an empty title: the heading is the title
        (2024, "2024", "# Review\n", True),
        (True, "Review", "# Review\n", False),
    ],
)
def test_title_on_top(front: object, title: str, body: str, on_top: bool) -> None:
    assert title_on_top(front, title, body) is on_top


def test_read_post_marks_a_pelican_post_with_sections() -> None:
    text = "Title: Writing a lexer\nDate: 2024-01-01\n\n# Tokens\n\nText.\n\n# Final words\n"
    post, problems = read_post("blog/lexer.md", text)
    assert post is not None and problems == []
    assert post.title == "Writing a lexer" and post.title_on_top
    post, _ = read_post("blog/t.md", "---\ndate: 2024-01-01\n---\n# Tokens\n")
    assert post is not None and post.title == "Tokens" and not post.title_on_top
