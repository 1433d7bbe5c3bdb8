"""Front-matter values as the user wrote them, for messages, and empty values (pure).

Messages quote a bad value the way it looks in YAML (``{original: 2021-12-12}``), never as
a Python repr (``{'original': datetime.date(2021, 12, 12)}``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def is_empty(value: Any) -> bool:
    """True for a key written with nothing after it (``Summary:``) or only blanks."""
    return value is None or (isinstance(value, str) and not value.strip())


def drop_empty(meta: dict[str, Any]) -> dict[str, Any]:
    """``meta`` without its empty values: an empty key falls back as if it were absent."""
    return {key: value for key, value in meta.items() if not is_empty(value)}


def yaml_text(value: Any, *, nested: bool = False) -> str:
    """``value`` written the way YAML's flow style shows it.

    At the top a string is single-quoted (so spaces around it show); inside a list or a
    mapping it is plain, as the user most likely wrote it.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value if nested else "'" + value.replace("'", "''") + "'"
    if isinstance(value, dict):
        items = (
            f"{yaml_text(k, nested=True)}: {yaml_text(v, nested=True)}" for k, v in value.items()
        )
        return "{" + ", ".join(items) + "}"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "[" + ", ".join(yaml_text(v, nested=True) for v in value) + "]"
    return str(value)
