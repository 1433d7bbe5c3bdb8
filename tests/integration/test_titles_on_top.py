"""A front-matter title the body does not open with goes on top (issue 10, point 5)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup, Tag

from tests.conftest import Built

BuildSite = Callable[..., Built]


def outline(page: BeautifulSoup) -> list[str]:
    """The page content's headings ("h1 Text"), meta line ("META") and series box ("BOX")
    in document order."""
    content = page.select_one("article.md-content__inner") or page.select_one('div[role="main"]')
    assert content is not None
    found = []
    for element in content.descendants:
        if not isinstance(element, Tag):
            continue
        classes = element.get("class") or []
        if element.name in ("h1", "h2"):
            text = element.get_text(" ", strip=True).replace("¶", "").strip()
            found.append(f"{element.name} {text}")
        elif "series-meta" in classes:
            found.append("META")
        elif "series-box" in classes:
            found.append("BOX")
    return found


@pytest.mark.parametrize("theme", ["mkdocs", "material"])
def test_titles_go_on_top_with_meta_and_box_under_them(build_site: BuildSite, theme: str) -> None:
    built = build_site("titles_on_top", theme={"name": theme})
    lexer = built.page("blog/lexer/index.html")
    assert outline(lexer) == ["h1 Writing a lexer", "META", "BOX", "h1 Tokens", "h1 Final words"]
    box = lexer.select_one(".series-box__position")
    assert box is not None and box.get_text(strip=True) == "Part 1 of 3 in Little Languages"
    assert lexer.select_one("title") is not None
    assert "Writing a lexer" in lexer.select_one("title").get_text()
    assert built.warnings() == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("parser", ["h1 Parsing by Hand", "META", "BOX", "h1 Precedence"]),
        ("setext", ["h1 Evaluation at last", "META", "BOX"]),
        ("heading-only", ["h1 A title from the first heading", "META", "h1 Another section"]),
        ("intro-first", ["h1 Notes on scanners", "META", "h2 Details"]),
        ("banner", ["h1 A banner before the title", "META"]),
    ],
)
def test_a_body_that_opens_with_its_title_keeps_it(
    build_site: BuildSite, page: str, expected: list[str]
) -> None:
    built = build_site("titles_on_top")
    assert outline(built.page(f"blog/{page}/index.html")) == expected
