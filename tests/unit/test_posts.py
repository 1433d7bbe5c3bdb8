from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_series.core.frontmatter import FrontMatterError, simple_yaml, split_front_matter
from mkdocs_series.core.posts import markdown_to_text, parse_date, parse_part, read_post


def post_text(front: str, body: str = "Body text.") -> str:
    return f"---\n{front}\n---\n\n{body}\n"


def test_page_without_date_is_not_a_post() -> None:
    assert read_post("blog/a.md", post_text("title: A")) == (None, [])
    assert read_post("blog/a.md", "# Just a page\n") == (None, [])


def test_canonical_keys() -> None:
    post, problems = read_post(
        "blog/a.md",
        post_text(
            "title: A\ndate: 2025-11-29\nseries: S\nseries_part: 2\nimage: i.png\n"
            "description: Summary.\nreadtime: 18"
        ),
    )
    assert problems == []
    assert post is not None
    assert (post.title, post.series_name, post.series_part, post.image) == ("A", "S", 2, "i.png")
    assert post.date == dt.datetime(2025, 11, 29)
    assert post.summary == ("Summary.",)
    assert post.reading_time == 18
    assert not post.draft


@pytest.mark.parametrize(
    "front",
    [
        "date: 2025-01-01\nseries: [S]\nseries_weight: 3",
        "date: 2025-01-01\nSeries: S\nSeries_Index: 3",
        "date: 2025-01-01\nseries: {name: S, part: 3}",
        "date: 2025-01-01\nseries: S\npart: '3'",
        "date: 2025-01-01\nseries: '  S  '\nseries_order: 3",
    ],
)
def test_series_and_part_aliases(front: str) -> None:
    post, problems = read_post("p.md", post_text(front))
    assert problems == []
    assert post is not None
    assert (post.series_name, post.series_part) == ("S", 3)


@pytest.mark.parametrize("key", ["image", "cover", "featured_image", "thumbnail", "cover_image"])
def test_image_aliases(key: str) -> None:
    post, _ = read_post("p.md", post_text(f"date: 2025-01-01\n{key}: pic.png"))
    assert post is not None and post.image == "pic.png" and post.image_key == key


def test_title_falls_back_to_heading_then_file_name() -> None:
    post, _ = read_post("b/x.md", post_text("date: 2025-01-01", "```\n# not this\n```\n# Heading"))
    assert post is not None and post.title == "Heading"
    post, _ = read_post("b/my-first_post.md", post_text("date: 2025-01-01"))
    assert post is not None and post.title == "My first post"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2025, 1, 2), dt.datetime(2025, 1, 2)),
        (dt.datetime(2025, 1, 2, 3, 4), dt.datetime(2025, 1, 2, 3, 4)),
        ("2025-01-02", dt.datetime(2025, 1, 2)),
        ("2025-01-02 03:04", dt.datetime(2025, 1, 2, 3, 4)),
        ("2025-01-02T03:04:05Z", dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)),
        ({"created": dt.date(2025, 1, 2)}, dt.datetime(2025, 1, 2)),
        ("tomorrow", None),
        (20250102, None),
        ({"updated": dt.date(2025, 1, 2)}, None),
    ],
)
def test_parse_date(value: object, expected: dt.datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["two", 0, -1, 2.5, True, None, [1]])
def test_parse_part_rejects_non_positive_whole_numbers(value: object) -> None:
    assert parse_part(value) is None


def test_bad_part_is_a_problem_naming_the_key_and_post_is_kept() -> None:
    post, problems = read_post("p.md", post_text("date: 2025-01-01\nseries: S\npart: 2.5"))
    assert post is not None and post.series_part is None and post.series_name == "S"
    assert [(p.key, p.src_uri) for p in problems] == [("part", "p.md")]
    assert "2.5" in problems[0].message


@pytest.mark.parametrize("value", ["42", "[]", "[A, B]", "{part: 2}"])
def test_bad_series_shapes_are_problems(value: str) -> None:
    post, problems = read_post("p.md", post_text(f"date: 2025-01-01\nseries: {value}"))
    assert post is not None  # the post itself is still listed
    assert [p.key for p in problems] == ["series"]


def test_list_of_two_series_uses_the_first_and_says_so() -> None:
    post, problems = read_post("p.md", post_text("date: 2025-01-01\nseries: [A, B]"))
    assert post is not None and post.series_name == "A"
    assert "one series" in problems[0].message


def test_summary_sources_in_order() -> None:
    body = "First *para* with [a link](x.md).\n\nSecond.\n\n<!-- more -->\n\nRest."
    post, _ = read_post("p.md", post_text("date: 2025-01-01", body))
    assert post is not None and post.summary == ("First para with a link.", "Second.")
    post, _ = read_post("p.md", post_text("date: 2025-01-01", "## H\n\nOne.\n\nTwo."))
    assert post is not None and post.summary == ("One.",)
    post, _ = read_post("p.md", post_text("date: 2025-01-01\nsummary: |\n  A.\n\n  B."))
    assert post is not None and post.summary == ("A.", "B.")


def test_drafts() -> None:
    for front in ("draft: true", "status: draft", "Status: Draft"):
        post, _ = read_post("p.md", post_text(f"date: 2025-01-01\n{front}"))
        assert post is not None and post.draft
    post, _ = read_post("p.md", post_text("date: 2025-01-01\ndraft: false"))
    assert post is not None and not post.draft


def test_aware_and_naive_dates_sort_together() -> None:
    aware, _ = read_post("a.md", post_text("date: 2025-01-01T12:00:00+02:00"))
    naive, _ = read_post("b.md", post_text("date: 2025-01-01 11:00"))
    assert aware is not None and naive is not None
    assert sorted([aware.sort_key, naive.sort_key]) == [aware.sort_key, naive.sort_key]


def test_front_matter_split_like_mkdocs_but_loud() -> None:
    assert split_front_matter("\ufeff---\r\ntitle: A\r\n...\r\nBody") == ({"title": "A"}, "Body")
    assert split_front_matter("Title: A\nDate: 2025-01-01\n\nBody") == (
        {"title": "A", "date": "2025-01-01"},
        "Body",
    )
    with pytest.raises(FrontMatterError, match="line 3"):  # where YAML notices
        split_front_matter("---\ntitle: [\n---\nBody")
    with pytest.raises(FrontMatterError, match="mapping"):
        split_front_matter("---\n- a\n- b\n---\nBody")


def test_markdown_to_text_drops_markup() -> None:
    text = markdown_to_text("> **Bold** and `code` ![img](a.png)\n\n```\ncode\n```\n| a | b |")
    assert text.split() == ["Bold", "and", "code"]


def test_wrong_types_of_title_summary_and_readtime_are_named() -> None:
    post, problems = read_post(
        "p.md",
        post_text("date: 2025-01-01\ntitle: [a]\ndescription: 5\nreadtime: x", "# Heading\n\nP."),
    )
    assert post is not None
    assert (post.title, post.summary, post.reading_time) == ("Heading", ("P.",), 1)
    assert [p.key for p in problems] == ["title", "description", "readtime"]


# front matter without the YAML parser (simple_yaml): always what PyYAML reads


SIMPLE_VALUES = [
    '"Post 1: colons, # hashes and quotes \' inside"',
    "2025-11-29",
    "12",
    "0",
    "../images/cover.png",
    "/assets/a.png",
    "Low Latency Fundamentals",
    "x",
]
NOT_SIMPLE = [
    "2025-02-30",  # PyYAML's error is reported
    "2025-11-29 10:30",
    "yes",
    "Off",
    "null",
    "~",
    "007",
    "1.5",
    ".inf",
    "a: b",
    "a #b",
    "'single'",
    '"esc\\"aped"',
    "[a, b]",
    "-x",
    '"tab\there"',
]


@pytest.mark.parametrize("value", SIMPLE_VALUES)
def test_simple_front_matter_is_read_as_yaml_reads_it(value: str) -> None:
    block = f"title: {value}\ndate: 2025-01-02\n"
    assert simple_yaml(block) is not None
    assert simple_yaml(block) == yaml.safe_load(block)
    assert [type(v) for v in simple_yaml(block).values()] == [
        type(v) for v in yaml.safe_load(block).values()
    ]


@pytest.mark.parametrize("value", NOT_SIMPLE)
def test_other_front_matter_goes_to_pyyaml(value: str) -> None:
    assert simple_yaml(f"title: {value}\n") is None


@pytest.mark.parametrize("key", ["yes", "On", "null", "with space", "nested:\n  a", "k" * 1025])
def test_keys_yaml_reads_otherwise_go_to_pyyaml(key: str) -> None:
    assert simple_yaml(f"{key}: x\n") is None


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["title", "date", "series", "on", "x_1", "Part"]),
            st.one_of(
                st.sampled_from(SIMPLE_VALUES + NOT_SIMPLE),
                st.text(alphabet="abcXY09_./ -:#'\"\\é", max_size=12),
            ),
        ),
        max_size=5,
    )
)
def test_simple_front_matter_equals_pyyaml(entries: list[tuple[str, str]]) -> None:
    block = "".join(f"{key}: {value}\n" for key, value in entries)
    fast = simple_yaml(block)
    if fast is not None:
        slow = yaml.safe_load(block) or {}
        assert fast == slow
        assert [type(v) for v in fast.values()] == [type(v) for v in slow.values()]
