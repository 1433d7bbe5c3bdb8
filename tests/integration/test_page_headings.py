"""Every generated page has one visible ``<h1>``, a table of contents that is not empty,
and no navigation section holding nothing but the listing, on all three themes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import Built

BuildSite = Callable[..., Built]

THEMES: dict[str, dict[str, Any]] = {
    "mkdocs": {"name": "mkdocs", "highlightjs": False},
    "material": {"name": "material", "font": False},
    "readthedocs": {"name": "readthedocs", "highlightjs": False},
}
GENERATED = {
    "blog/index.html": "Blog",
    "blog/series/index.html": "All series",
    "blog/series/learning-go/index.html": "Learning Go",
}


@pytest.mark.parametrize("theme", THEMES)
def test_generated_pages_have_one_h1_with_their_title(build_site: BuildSite, theme: str) -> None:
    built = build_site("newcomer", theme=THEMES[theme])
    for path, title in GENERATED.items():
        headings = [h.get_text(strip=True) for h in built.page(path).find_all("h1")]
        # Material writes the site's name in its header as a div, not a heading
        assert [h.rstrip("¶") for h in headings] == [title], (theme, path, headings)


def test_mkdocs_theme_toc_and_nav_are_not_empty_shells(build_site: BuildSite) -> None:
    built = build_site("newcomer", theme=THEMES["mkdocs"])
    for path, title in GENERATED.items():
        page = built.page(path)
        toc = [a.get_text(strip=True) for a in page.select("#toc-collapse a")]
        assert toc == [title], (path, toc)
        heading = page.select_one('[role="main"] h1')
        assert heading is not None and page.select_one(f'#toc-collapse a[href="#{heading["id"]}"]')
    page = built.page("blog/index.html")
    menus = [a.get_text(strip=True) for a in page.select(".navbar-nav .dropdown-toggle")]
    assert menus == []
    links = [a.get_text(strip=True) for a in page.select("ul.navbar-nav:not(.ms-md-auto) a")]
    assert links == ["Home", "Blog"]


def test_readthedocs_and_material_navs_have_no_blog_section(build_site: BuildSite) -> None:
    built = build_site("newcomer", theme=THEMES["readthedocs"])
    page = built.page("blog/index.html")
    assert [p.get_text(strip=True) for p in page.select(".wy-menu-vertical p.caption")] == []
    assert [a.get_text(strip=True) for a in page.select(".wy-menu-vertical a")] == ["Home", "Blog"]
    built = build_site("newcomer", theme=THEMES["material"])
    page = built.page("index.html")
    assert not page.select(".md-nav__item--nested")
    primary = page.select(".md-nav--primary > .md-nav__list > .md-nav__item > a")
    assert [a.get_text(strip=True) for a in primary] == ["Home", "Blog"]


def test_a_written_listing_page_with_its_own_h1_keeps_it(build_site: BuildSite) -> None:
    built = build_site("custom_listing")
    headings = built.page("blog/index.html").select('[role="main"] h1')
    assert len(headings) == 1
