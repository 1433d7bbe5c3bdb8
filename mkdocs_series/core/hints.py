"""Hints for misspelt names ("did you mean ...?"): plugin options (pure)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest_name(name: str, known: Iterable[str], *, cutoff: float = 0.75) -> str | None:
    """The known name ``name`` most likely misspells (``per_pgae`` -> ``per_page``), else
    ``None``. Case is ignored in the comparison (``Per_Page`` -> ``per_page``); a name
    that is known already has no closer match."""
    names = {candidate.lower(): candidate for candidate in known}
    if name in names.values():
        return None
    close = difflib.get_close_matches(name.lower(), names, n=1, cutoff=cutoff)
    return names[close[0]] if close else None


def unknown_name_message(name: str, known: Iterable[str]) -> str:
    """MkDocs' "Unrecognised configuration name" with a hint when one name is close."""
    message = f"Unrecognised configuration name: {name}"
    close = closest_name(name, known)
    return f"{message}; did you mean '{close}'?" if close else message
