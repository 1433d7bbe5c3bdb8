"""Reading time of a post, computed from its Markdown source (pure).

The formula starts from Medium's, as Material's blog plugin and the ``readtime`` package use
it, and corrects the two places where that formula is known to be wrong:

* **Prose** is read at ``words_per_minute`` (default 265). A word is a run of letters or
  digits; link targets, HTML tags and comments are not words.
* **Code** in fenced blocks is not prose: its whitespace-separated tokens are read at
  ``code_words_per_minute`` (default 100), since code is read symbol by symbol.
* **CJK text** (Han, Hiragana, Katakana, Hangul) has no spaces between words; it is
  counted by characters at ``cjk_chars_per_minute`` (default 500, Medium's rule), so an
  8,000-character article is 16 minutes, not "5 min".
* **Images** add 12 seconds for the first, 11 for the second, ... down to 3 seconds for the
  tenth and every one after it (Medium).

The sum is rounded up to whole minutes and is at least 1 minute.

Counting from the Markdown source (not the rendered HTML) means the reading time of every
post is known before any page is rendered, so the listing never waits for, or re-renders,
a post.
"""

from __future__ import annotations

import math
import re

_FENCE = re.compile(
    r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n(.*?)(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]|<img\b[^>]*>", re.I)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_REF_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.M)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_URL = re.compile(r"\bhttps?://\S+")
_CJK = re.compile(
    "[\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")


def image_seconds(count: int) -> int:
    """Seconds that ``count`` images add: 12 for the first, one less each, never below 3."""
    return sum(max(12 - index, 3) for index in range(count))


def reading_time(
    markdown: str,
    *,
    words_per_minute: int = 265,
    code_words_per_minute: int = 100,
    cjk_chars_per_minute: int = 500,
) -> int:
    """Whole minutes, rounded up and at least 1, to read ``markdown`` (see the module doc)."""
    code_tokens = 0

    def drop_code(match: re.Match[str]) -> str:
        nonlocal code_tokens
        code_tokens += len(match.group(2).split())
        return "\n"

    text = _FENCE.sub(drop_code, markdown)
    text = _COMMENT.sub(" ", text)
    images = len(_IMAGE.findall(text))
    text = _IMAGE.sub(" ", text)
    text = _REF_DEFINITION.sub(" ", text)
    text = _LINK_TARGET.sub("] ", text)
    text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    cjk_chars = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    seconds = (
        words * 60 / words_per_minute
        + code_tokens * 60 / code_words_per_minute
        + cjk_chars * 60 / cjk_chars_per_minute
        + image_seconds(images)
    )
    return max(1, math.ceil(seconds / 60))
