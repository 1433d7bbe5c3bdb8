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
from typing import Any

_ATX = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_ATX_TIGHT = re.compile(r"[ ]{0,3}#(?!#)(\S.*?)(?:[ \t]+#+)?[ \t]*")  # "#Title" (Python-Markdown)
_SETEXT = re.compile(r"[ ]{0,3}(=+|-+)[ \t]*")
_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_ATTRIBUTES = re.compile(r"[ \t]*\{[^}]*\}[ \t]*$")  # attr_list: "# Title {#id .class}"
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def title_words(text: str) -> tuple[str, ...]:
    """The words of a title, case and punctuation aside: "Rust in Depth, Part 1" and
    "Rust in depth: part 1" are the same title."""
    text = _LINK_TARGET.sub("]", unicodedata.normalize("NFKC", text))
    return tuple(re.findall(r"[^\W_]+", text.casefold()))


def first_heading(body: str) -> tuple[int, str] | None:
    """The level and text of the first heading of the Markdown ``body`` (ATX ``# Title`` or
    setext ``Title`` over ``===``/``---``), outside fenced code and HTML comments."""
    lines = _COMMENT.sub("", body).split("\n")
    fence = ""
    for index, line in enumerate(lines):
        opener = _FENCE.match(line)
        if fence:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = ""
            continue
        if opener:
            fence = opener.group(1)
            continue
        atx = _ATX.fullmatch(line) or _ATX_TIGHT.fullmatch(line)
        if atx is not None:
            level = len(atx.group(1)) if atx.re is _ATX else 1
            text = atx.group(2) if atx.re is _ATX else atx.group(1)
            return level, _ATTRIBUTES.sub("", text or "")
        following = lines[index + 1] if index + 1 < len(lines) else ""
        underline = _SETEXT.fullmatch(following)
        if line.strip() and underline and not line.startswith(("    ", "\t")):
            return (1 if underline.group(1)[0] == "=" else 2), _ATTRIBUTES.sub("", line.strip())
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
