"""Whether a post's title must be put on top of its page (pure).

Pelican and Hugo posts carry their title in front matter and may use ``#`` for their
sections. MkDocs' themes show no title for such a page (``mkdocs``) or only when the
content has no ``<h1>`` (Material), and the meta line and series box would go under the
first section heading, however far down. Such a post gets its title as the first heading,
with the meta line and series box under it; its own headings stay as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

_ATX = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_ATX_TIGHT = re.compile(r"[ ]{0,3}#(?!#)(\S.*?)(?:[ \t]+#+)?[ \t]*")  # "#Title" (Python-Markdown)
_SETEXT = re.compile(r"[ ]{0,3}(=+|-+)[ \t]*")
_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_CANDIDATE = re.compile(r"^[ ]{0,3}[#`~=-]", re.M)
_MARKUP_STARTS = frozenset(" \t#`~=-")  # how a heading, fence or underline line may start
_ATTRIBUTES = re.compile(r"[ \t]*\{[^}]*\}[ \t]*$")  # attr_list: "# Title {#id .class}"
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def title_words(text: str) -> tuple[str, ...]:
    """The words of a title, case and punctuation aside: "Rust in Depth, Part 1" and
    "Rust in depth: part 1" are the same title."""
    text = _LINK_TARGET.sub("]", unicodedata.normalize("NFKC", text))
    return tuple(re.findall(r"[^\W_]+", text.casefold()))


def _lines(body: str, start: int) -> Iterator[str]:
    """The lines of ``body`` from ``start`` without HTML comments, read only as far as they
    are asked for (the first heading is near the top: reading a 2,000-word post whole took
    65 us, as much as a fifth of its reading time)."""
    text, position = body, start
    while position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        opening = text.find("<!--", position, end)
        if opening >= 0:
            closing = text.find("-->", opening + 4)
            text = text[:opening] + ("" if closing < 0 else text[closing + 3 :])
            continue  # the same line again, without the comment
        yield text[position:end]
        position = end + 1


def first_heading(body: str) -> tuple[int, str] | None:
    """The level and text of the first heading of the Markdown ``body`` (ATX ``# Title`` or
    setext ``Title`` over ``===``/``---``), outside fenced code and HTML comments."""
    candidate = _CANDIDATE.search(body)
    if candidate is None:
        return None  # no line that could start a heading or a fence: most lines of prose
    at = candidate.start()
    # from the line before (a setext heading's text), or from the top after a comment
    start = 0 if "<!--" in body[:at] or at == 0 else body.rfind("\n", 0, at - 1) + 1
    fence = ""
    previous = ""  # the line before, when it may be a setext heading's text
    for line in _lines(body, start):
        if fence:
            closer = _FENCE.match(line)
            if closer and closer.group(1)[0] == fence[0] and len(closer.group(1)) >= len(fence):
                fence = ""
            continue
        if line[:1] not in _MARKUP_STARTS:  # most lines of prose: no regex to try
            previous = line.strip()
            continue
        underline = _SETEXT.fullmatch(line)
        if underline and previous:
            return (1 if underline.group(1)[0] == "=" else 2), _ATTRIBUTES.sub("", previous)
        opener = _FENCE.match(line)
        if opener:
            fence, previous = opener.group(1), ""
            continue
        atx = _ATX.fullmatch(line) or _ATX_TIGHT.fullmatch(line)
        if atx is not None:
            level = len(atx.group(1)) if atx.re is _ATX else 1
            text = atx.group(2) if atx.re is _ATX else atx.group(1)
            return level, _ATTRIBUTES.sub("", text or "")
        indented = line.startswith(("    ", "\t"))
        previous = "" if indented else line.strip()
    return None


def title_on_top(front_matter_title: Any, title: str, body: str) -> bool:
    """True when ``title`` came from the front matter and the body's first heading is not
    that title as a level-one heading: the page then gets the title as its first heading.
    (A banner image or an opening paragraph may come before the body's own title.)"""
    if not isinstance(front_matter_title, (str, int, float)) or isinstance(
        front_matter_title, bool
    ):
        return False
    if str(front_matter_title).strip() != title or not title:
        return False
    heading = first_heading(body)
    return heading is None or heading[0] != 1 or title_words(heading[1]) != title_words(title)
