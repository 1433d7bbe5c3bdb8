"""``date: 2025-13-45``: a warning naming file, key and value; the page never shows its
front matter as text; the post is not listed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Built, cli_build, copy_site


def test_impossible_date_is_named_and_its_front_matter_never_published(
    build_site: Callable[..., Built],
) -> None:
    built = build_site("impossible_date", strict=False)
    assert built.warnings() == [
        "mkdocs_series: blog/new-year.md: 'date': '2025-13-45' is not a real date or time "
        "(month must be in 1..12); write it as YYYY-MM-DD; the page is not listed as a post"
    ]
    page = built.page("blog/new-year/index.html")
    text = page.select_one('[role="main"]').get_text(" ", strip=True)
    assert "2025-13-45" not in text
    assert "series: Calendar" not in text
    assert "The body of a post whose date does not exist." in text
    assert page.select_one('[role="main"] h1').get_text(strip=True).startswith("Thirteenth")
    listing = built.page("blog/index.html")
    titles = [h.get_text(strip=True) for h in listing.select(".series-card__title")]
    assert titles == ["A fine post"]


def test_impossible_date_fails_a_strict_build_without_traceback(tmp_path: Path) -> None:
    site = copy_site("impossible_date", tmp_path)
    result = cli_build(site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "blog/new-year.md: 'date': '2025-13-45' is not a real date" in output
    assert "Traceback" not in output
