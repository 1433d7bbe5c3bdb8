"""Property: any front matter builds without a traceback and no dated post goes unmentioned."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mkdocs.commands.build import build

from tests.conftest import load, soup

KEYS = [
    "title",
    "date",
    "Date",
    "series",
    "SERIES",
    "series_part",
    "part",
    "series_index",
    "series_weight",
    "image",
    "cover",
    "description",
    "summary",
    "readtime",
    "draft",
    "status",
    "seires",
    "tags",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=30),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.datetimes(min_value=dt.datetime(1970, 1, 2), max_value=dt.datetime(2100, 1, 1)),
    st.sampled_from(
        [
            "2025-01-02",
            "2025-01-02T03:04:05Z",
            "draft",
            "../../etc/passwd",
            "img.png",
            "https://example.org/a.png",
            "S",
            "s ",
            "javascript:x",
        ]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["name", "part", "created", "x"]), inner, max_size=3),
    ),
    max_leaves=5,
)
front_matter = st.dictionaries(st.sampled_from(KEYS), values, max_size=7)
sources = st.one_of(
    front_matter.map(
        lambda fm: "---\n" + yaml.safe_dump(fm, allow_unicode=True) + "---\n\nBody.\n"
    ),
    st.sampled_from(
        ["---\ndate: [\n---\n", "---\n- a\n---\n", "", "\ufeff---\r\ndate: 2025-01-01\r\n---\r\n"]
    ),
)

MAX = int(os.environ.get("FUZZ_EXAMPLES", "30"))  # bounded in CI; raise it locally


def has_date(text: str) -> bool:
    try:
        data = (
            yaml.safe_load(text.split("---")[1])
            if text.lstrip("\ufeff").startswith("---")
            else None
        )
    except (yaml.YAMLError, IndexError):
        return False
    return isinstance(data, dict) and any(str(k).lower() == "date" for k in data)


@settings(max_examples=MAX, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sources, min_size=1, max_size=4))
@example(texts=["---\ndate: null\ntitle: null\n---\n\nBody.\n"])  # empty: named, not warned
def test_any_front_matter_builds_and_every_post_is_listed_or_named(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        blog = root / "docs" / "blog"
        blog.mkdir(parents=True)
        (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
        (blog / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        for number, text in enumerate(texts):
            (blog / f"p{number}.md").write_text(text, encoding="utf-8", newline="")
        (root / "mkdocs.yml").write_text(
            "site_name: Fuzz\ntheme:\n  name: mkdocs\nplugins:\n  - series\n", encoding="utf-8"
        )
        records: list[logging.LogRecord] = []
        handler = logging.Handler()
        handler.emit = records.append  # type: ignore[method-assign]
        logger = logging.getLogger("mkdocs.plugins.mkdocs_series")
        logger.addHandler(handler)
        level = logger.level
        logger.setLevel(logging.INFO)  # a page that is not a post is named in the info line
        try:
            build(load(root, root / "site", strict=False))
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)
        messages = " ".join(r.getMessage() for r in records)
        listing = soup(root / "site" / "blog" / "index.html")
        hrefs = {a["href"] for a in listing.select(".series-card__more a")}
        for number, text in enumerate(texts):
            if has_date(text):
                listed = f"p{number}/" in hrefs
                assert listed or f"blog/p{number}.md" in messages, (text, messages)
