"""Reading time of a post, computed from its Markdown source (pure).

The formula starts from Medium's, as Material's blog plugin and the ``readtime`` package use
it, and corrects the two places where that formula is known to be wrong:

* **Prose** is read at ``words_per_minute`` (default 265). A word is a run of letters or
  digits; link targets, HTML tags and comments are not words.
* **Code** in fenced blocks is not prose: its whitespace-separated tokens are read at
  ``code_words_per_minute`` (default 100), since code is read symbol by symbol.
* **Output** is not code to study: a fenced block without a language, or marked as one of
  ``OUTPUT_LANGUAGES`` (``text``, ``console``, ``output``, ``log``, ``plaintext``, ...), is
  glanced at, not read, and adds nothing (a 561-token hex dump would add 5.6 minutes).
* **Chinese and Japanese** (Han, Hiragana, Katakana) have no spaces between words; they
  are counted by characters at ``cjk_chars_per_minute`` (default 500, Medium's rule), so an
  8,000-character article is 16 minutes, not "5 min". **Korean** (Hangul) puts spaces
  between words, like Latin, Cyrillic, Greek, Arabic, Hebrew or Devanagari text: all of
  these are counted in words (a word keeps its combining marks: Devanagari vowel signs do
  not split it).
* **Images** add 12 seconds for the first, 11 for the second, ... down to 3 seconds for the
  tenth and every one after it (Medium).

The sum is rounded up to whole minutes and is at least 1 minute.

Counting from the Markdown source (not the rendered HTML) means the reading time of every
post is known before any page is rendered, so the listing never waits for, or re-renders,
a post.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

_FENCE_LINE = re.compile(r"\n[ \t]{0,3}(`{3,}|~{3,})([^\n]*)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.I)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_REF_HINT = re.compile(r"\]:")
_REF_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.M)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_URL = re.compile(r"https?://\S+")
# Scripts written without spaces between words, counted by characters (Hangul is not here:
# Korean separates words with spaces).
_CJK = re.compile("[\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Fenced blocks holding what a program printed rather than code to study (no language, too).
OUTPUT_LANGUAGES = frozenset(
    [
        "text",
        "txt",
        "plain",
        "plaintext",
        "console",
        "output",
        "log",
        "terminal",
        "shell-session",
        "sh-session",
        "shellsession",
        "nohighlight",
        "none",
    ]
) | {""}
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
_INFO_LANGUAGE = re.compile(r"\{[^}]*?\.([^\s.}]+)|([^\s{`~]+)")


# ASCII text: each letter or digit is mapped to "a" (part of a word), the joiners ' . - are
# deleted (so "don't" and "re-use" stay one word) and every other character becomes " ", and
# the words are counted as the runs of "a": no string object per word, several times faster
# than ``len(text.split())``. The same as ``_WORD`` but where two joiners are side by side.
_SEPARATORS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"  # what str.split() splits ASCII text on
_ASCII_TOKENS = str.maketrans({chr(c): " " if chr(c) in _SEPARATORS else "a" for c in range(128)})
_ASCII_WORDS = str.maketrans(
    {chr(c): "a" if chr(c).isalnum() else " " for c in range(128)}
    | {"'": None, ".": None, "-": None}
)


@functools.cache
def _combining_marks() -> re.Pattern[str]:
    """A combining mark (categories Mn, Mc, Me: the vowel signs of Devanagari, Bengali,
    Tamil..., Hebrew points, accents written apart). Python's ``\\w`` leaves them out, so
    "हिन्दी" would be three words; a word keeps its marks by their being deleted before
    words are counted. Built on first use, by a build with non-ASCII prose: the marks of the
    Basic Multilingual Plane, ~40 ms once per process. Searching a post's text for one then
    costs ~0.1 ms per 14,000 characters, against ~2 ms for a pattern of words with marks.
    """
    marks = "".join(
        chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")
    )
    return re.compile(f"[{re.escape(marks)}]+")


def fence_language(info: str) -> str:
    """The language of a fenced block from its opening line's info string, lower case:
    ``python title="a.py"`` -> ``python``, ``{ .text .no-copy }`` -> ``text``, ``""`` -> ``""``."""
    match = _INFO_LANGUAGE.search(info)
    return (match.group(1) or match.group(2)).lower() if match else ""


def _count_runs(masked: str) -> int:
    """Runs of "a" in a string of "a" and " "."""
    return masked.count(" a") + masked.startswith("a")


def count_ascii_words(text: str) -> int:
    """Words of ASCII text: runs of letters and digits, ' . - inside a word joining it."""
    return _count_runs(text.translate(_ASCII_WORDS))


def count_tokens(text: str) -> int:
    """Whitespace-separated tokens, as ``len(text.split())`` counts them."""
    if text.isascii():
        return _count_runs(text.translate(_ASCII_TOKENS))
    return len(text.split())


def split_code(markdown: str) -> tuple[str, int]:
    """``markdown`` without its fenced code blocks, and the number of tokens in them
    (blocks of program output, see ``OUTPUT_LANGUAGES``, removed but not counted).

    A fence is three or more backticks or tildes at the start of a line (up to three spaces
    of indent); it closes at a line holding only a fence of the same character, at least as
    long, or at the end of the text.
    """
    if "`" not in markdown and "~" not in markdown:  # one character: a fast search
        return markdown, 0
    text = "\n" + markdown  # every line now starts after a "\n": a fast literal to find
    kept: list[str] = []
    tokens = 0
    position = 0  # start of the text not yet kept or counted
    opener = ""
    output = False  # the open block is program output
    for line in _FENCE_LINE.finditer(text):
        fence, rest = line.group(1), line.group(2)
        if not opener:
            kept.append(text[position : line.start()])
            opener, position = fence, line.end()
            output = fence_language(rest) in OUTPUT_LANGUAGES
        elif fence[0] == opener[0] and len(fence) >= len(opener) and not rest.strip():
            if not output:
                tokens += count_tokens(text[position : line.start()])
            kept.append("\n")
            opener, position = "", line.end()
    if opener:
        tokens += 0 if output else count_tokens(text[position:])
    else:
        kept.append(text[position:])
    return "".join(kept), tokens


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
    text, code_tokens = split_code(markdown)
    # Each pass only when a character it needs occurs: "x" in text finds one character
    # with memchr, while looking for a longer string that is absent scans slowly (CPython
    # 3.11); the patterns themselves start with a literal the regex engine skips to.
    if "<" in text:
        text = _COMMENT.sub(" ", text)
    text, images = _MD_IMAGE.subn(" ", text) if "!" in text else (text, 0)
    if "<" in text:
        text, html_images = _HTML_IMAGE.subn(" ", text)
        images += html_images
    if "]" in text:
        if _REF_HINT.search(text):
            text = _REF_DEFINITION.sub(" ", text)
        text = _LINK_TARGET.sub("] ", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if ":" in text:
        text = _URL.sub(" ", text)
    if text.isascii():
        words = count_ascii_words(text)
        cjk_chars = 0
    else:
        cjk_chars = len(_CJK.findall(text))
        marks = _combining_marks()
        if marks.search(text):
            text = marks.sub("", text)
        words = len(_WORD.findall(_CJK.sub(" ", text)))
    seconds = (
        words * 60 / words_per_minute
        + code_tokens * 60 / code_words_per_minute
        + cjk_chars * 60 / cjk_chars_per_minute
        + image_seconds(images)
    )
    return max(1, math.ceil(seconds / 60))
