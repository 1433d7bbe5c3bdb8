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

_ATX_H1 = re.compile(r"#(?!#)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*")
_SETEXT_H1 = re.compile(r"=+[ \t]*")
_ATTRIBUTES = re.compile(r"[ \t]*\{[^}]*\}[ \t]*$")  # attr_list: "# Title {#id .class}"
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_COMMENT_LINE = re.compile(r"<!--.*?-->[ \t]*", re.S)


def title_words(text: str) -> tuple[str, ...]:
    """The words of a title, case and punctuation aside: "Rust in Depth, Part 1" and
    "Rust in depth: part 1" are the same title."""
    text = _LINK_TARGET.sub("]", unicodedata.normalize("NFKC", text))
    return tuple(re.findall(r"[^\W_]+", text.casefold()))


def opening_heading(body: str) -> str | None:
    """The text of the level-one heading the Markdown ``body`` opens with (ATX ``# Title``
    or setext ``Title`` over ``===``), after blank lines and HTML comments; else ``None``."""
    rest = body.lstrip()
    while rest.startswith("<!--"):
        comment = _COMMENT_LINE.match(rest)
        if comment is None:
            return None
        rest = rest[comment.end() :].lstrip()
    first, _, after = rest.partition("\n")
    atx = _ATX_H1.fullmatch(first.rstrip())
    if atx is not None:
        return _ATTRIBUTES.sub("", atx.group(1))
    second = after.partition("\n")[0]
    if first.strip() and _SETEXT_H1.fullmatch(second):
        return _ATTRIBUTES.sub("", first.strip())
    return None


def title_on_top(front_matter_title: Any, title: str, body: str) -> bool:
    """True when ``title`` came from the front matter and the body does not open with it as
    a level-one heading: the page then gets the title as its first heading."""
    if not isinstance(front_matter_title, (str, int, float)) or isinstance(
        front_matter_title, bool
    ):
        return False
    if str(front_matter_title).strip() != title or not title:
        return False
    heading = opening_heading(body)
    return heading is None or title_words(heading) != title_words(title)
