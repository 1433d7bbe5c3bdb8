"""Reading time of spaced scripts and of program output (issue 10)."""

from __future__ import annotations

import pytest

from mkdocs_series.core.readtime import fence_language, reading_time, split_code


def test_korean_is_counted_in_words_not_characters() -> None:
    # 265 words of 4 Hangul syllables each: 1,060 characters (2.2 min at 500 characters a
    # minute, 3 minutes rounded up) but 265 words, one minute like 265 English words
    text = " ".join(["안녕하세"] * 265)
    assert reading_time(text) == 1
    assert reading_time(text + " 하나") == 2
    # Chinese and Japanese still go by characters
    assert reading_time("数据库" * 2667) == 17


def test_a_word_keeps_its_combining_marks() -> None:
    # "हिन्दी" has vowel signs and a virama between its letters: one word, not three
    assert reading_time(" ".join(["हिन्दी"] * 265)) == 1
    assert reading_time(" ".join(["हिन्दी"] * 266)) == 2
    assert reading_time(" ".join(["привет"] * 266)) == 2
    decomposed = "e\u0301cole"  # "école" with its accent written apart (NFD)
    assert reading_time(" ".join([decomposed] * 265)) == 1
    assert reading_time(" ".join([decomposed] * 266)) == 2


@pytest.mark.parametrize(
    ("info", "language"),
    [
        ("", ""),
        ("   ", ""),
        ("python", "python"),
        ('python title="a.py" linenums="1"', "python"),
        ("{ .text .no-copy }", "text"),
        ("{.Console}", "console"),
        (" rust", "rust"),
    ],
)
def test_fence_language(info: str, language: str) -> None:
    assert fence_language(info) == language


HEX_DUMP = "\n".join(
    " ".join(f"{n:02x}" for n in range(row, row + 16)) for row in range(0, 560, 16)
)


@pytest.mark.parametrize("info", ["", "text", "console", "output", "log", "plaintext", "{ .text }"])
def test_output_blocks_are_not_code_to_study(info: str) -> None:
    body = f"A short note.\n\n```{info}\n{HEX_DUMP}\n```\n\nThe end.\n"
    assert reading_time(body) == 1
    assert split_code(body)[1] == 0
    unclosed = f"A short note.\n\n~~~{info}\n{HEX_DUMP}\n"
    assert reading_time(unclosed) == 1


def test_code_with_a_language_is_still_studied() -> None:
    body = f"```rust\n{HEX_DUMP}\n```\n"  # 560 tokens at 100 a minute
    assert split_code(body)[1] == 560
    assert reading_time(body) == 6
    # an output block between two code blocks leaves their count as it was
    both = f"```rust\n{HEX_DUMP}\n```\n\n```text\n{HEX_DUMP}\n```\n\n```rust\nfn main\n```\n"
    assert split_code(both)[1] == 562
