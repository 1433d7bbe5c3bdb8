"""Split a Markdown source into its front matter and body, the way MkDocs does, but loudly.

MkDocs' own reader (``mkdocs.utils.meta.get_data``) silently drops front matter whose YAML
does not parse, or that is not a mapping. We split with the same rules (a ``---`` YAML block
ended by ``---`` or ``...``; else MultiMarkdown ``Key: value`` lines), so the plugin and MkDocs
always agree on what is front matter, and report what MkDocs would hide.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

_YAML_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
# MultiMarkdown metadata, as MkDocs reads it (``mkdocs.utils.meta``): ``Key: value`` lines
# at the top, a line indented by four spaces or a tab continuing the previous value.
_MMD_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_MMD_MORE = re.compile(r"^([ ]{4}|\t)(\s*)(?P<value>.*)")


# One ``key: value`` line of the front matter most posts have, in a form whose YAML meaning
# is plain: a double-quoted string without escapes, a date, a decimal integer, or a bare
# word or path that YAML 1.1 cannot read as anything but a string (it starts with a letter,
# "/" or "./"/"../", holds no ":" or "#", and is not a boolean or null word, checked below).
_SIMPLE_ENTRY = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]{0,127}): +"  # libyaml refuses keys of over 1,024 characters
    r'(?:"([^"\\\n]*)"'
    r"|([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"|(0|[1-9][0-9]{0,17})"
    r"|((?:[A-Za-z/]|\.\.?/)(?:[A-Za-z0-9_./ -]*[A-Za-z0-9_/])?)"
    r") *\n"
)
_YAML_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "null"))


class FrontMatterError(ValueError):
    """The front matter is present but unusable; the message says why and where."""


def normalise_newlines(text: str) -> str:
    """Drop a UTF-8 byte-order mark and turn CRLF/CR line endings into LF."""
    if "\r" not in text and not text.startswith("\ufeff"):
        return text  # what MkDocs reads (text mode, utf-8-sig) is already like this
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def simple_yaml(block: str) -> dict[str, Any] | None:
    """What ``yaml.safe_load`` makes of ``block`` when every line is a simple entry (see
    ``_SIMPLE_ENTRY``), else ``None``: a few string operations instead of the YAML parser,
    for the front matter of most posts. Anything else goes to PyYAML."""
    if not block.replace("\n", "").isprintable():
        return None  # YAML rejects some characters Python prints, never the reverse
    data: dict[str, Any] = {}
    position, end = 0, len(block)
    while position < end:
        entry = _SIMPLE_ENTRY.match(block, position)
        if entry is None:
            return None
        key, quoted, year, month, day, number, word = entry.groups()
        if key.lower() in _YAML_WORDS:
            return None
        if quoted is not None:
            data[key] = quoted
        elif year is not None:
            try:
                data[key] = dt.date(int(year), int(month), int(day))
            except ValueError:
                return None  # PyYAML reports the impossible date
        elif number is not None:
            data[key] = int(number)
        elif word.lower() in _YAML_WORDS:
            return None
        else:
            data[key] = word
        position = entry.end()
    return data


def multimarkdown_meta(text: str) -> tuple[dict[str, Any], str]:
    """``(metadata, body)`` of a source without a YAML block: its leading MultiMarkdown
    ``Key: value`` lines (keys lower-cased, values as text), the way MkDocs reads them."""
    data: dict[str, Any] = {}
    lines = text.split("\n")
    key: str | None = None
    at = 0
    while at < len(lines):
        line = lines[at]
        if line.strip() == "":
            at += 1  # the blank line ends the metadata and is dropped
            break
        if entry := _MMD_LINE.match(line):
            key = entry.group("key").lower().strip()
            value = entry.group("value").strip()
            data[key] = f"{data[key]} {value}" if key in data else value
        elif (more := _MMD_MORE.match(line)) and key:
            data[key] += " " + more.group("value").strip()
        else:
            break  # not metadata: the body starts here
        at += 1
    return data, "\n".join(lines[at:]).lstrip("\n")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return ``(front matter, body)`` of a Markdown source.

    Raises ``FrontMatterError`` when a YAML block is present but does not parse or is not a
    mapping (MkDocs would silently ignore it).
    """
    text = normalise_newlines(text)
    match = _YAML_BLOCK.match(text)
    if match is None:
        return multimarkdown_meta(text)  # MultiMarkdown-style `Key: value` lines, or nothing
    simple = simple_yaml(match.group(1))
    if simple is not None:
        return simple, text[match.end() :].lstrip("\n")
    try:
        data = yaml.load(match.group(1), Loader=SafeLoader)
    except (ValueError, OverflowError) as error:  # e.g. `date: 2025-02-30`, raised by PyYAML
        raise FrontMatterError(f"front matter is not valid YAML: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise FrontMatterError(f"front matter is not valid YAML{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            f"front matter must be a mapping of keys to values, found a {type(data).__name__}"
        )
    return data, text[match.end() :].lstrip("\n")
