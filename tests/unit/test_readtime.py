from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_series.core.readtime import (
    count_ascii_words,
    count_tokens,
    image_seconds,
    reading_time,
)

ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=60)


def words(n: int) -> str:
    return " ".join(["word"] * n)


def test_medium_baseline_265_words_a_minute_rounded_up() -> None:
    assert reading_time(words(265)) == 1
    assert reading_time(words(266)) == 2
    assert reading_time(words(265 * 10)) == 10


def test_at_least_one_minute() -> None:
    assert reading_time("") == 1
    assert reading_time("Hi.") == 1


def test_option_changes_the_rate() -> None:
    assert reading_time(words(400), words_per_minute=200) == 2


def test_images_add_12_then_11_down_to_3_seconds() -> None:
    assert image_seconds(0) == 0
    assert image_seconds(1) == 12
    assert image_seconds(2) == 23
    assert image_seconds(10) == sum(range(3, 13))
    assert image_seconds(12) == sum(range(3, 13)) + 6
    # 15 images: 75 + 5 * 3 = 90 s, with no text -> 2 minutes
    assert reading_time("\n".join("![x](a.png)" for _ in range(15))) == 2


def test_code_is_read_slower_than_prose() -> None:
    code = "```python\n" + "\n".join("x = compute(a, b)" for _ in range(100)) + "\n```\n"
    # 400 tokens: 1.5 min as prose, 4 min as code at 100 tokens a minute
    assert reading_time(code) == 4
    assert reading_time(code, code_words_per_minute=400) == 1


def test_cjk_is_counted_by_characters() -> None:
    text = "数据库" * 2667  # 8,001 characters and no spaces
    assert reading_time(text) == 17
    assert reading_time("これは日本語の文章です。" * 100) == 3  # 1,100 kana/kanji + punctuation


def test_markup_is_not_words() -> None:
    text = (
        "Read [the docs](https://example.org/a/very/long/path/that/is/not/prose) now. "
        "<span class='x'>Hi</span> <!-- a hidden comment with many many words -->"
    )
    # 5 words a repetition ("Read the docs now. Hi"): 53 x 5 = 265 words is one minute
    assert reading_time(text * 53) == 1
    assert reading_time(text * 54) == 2


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_every_fence_style_is_code(fence: str) -> None:
    body = f"{fence}rust\n" + "tok " * 250 + f"\n{fence}\n"
    assert reading_time(body) == 3


@given(ASCII)
def test_tokens_are_what_split_finds(text: str) -> None:
    assert count_tokens(text) == len(text.split())
    assert count_tokens(text + "é") == len((text + "é").split())


@given(ASCII)
def test_ascii_words_join_apostrophes_dots_and_hyphens(text: str) -> None:
    joined = re.sub(r"['.-]", "", text)
    separated = re.sub(r"[^\w\s]|_", " ", joined)
    assert count_ascii_words(text) == len(separated.split())


def test_ascii_words() -> None:
    assert count_ascii_words("don't re-use v1.2, OK?") == 4
    assert count_ascii_words("  a\tb\nc  ") == 3
    assert count_ascii_words("--- ... '") == 0
