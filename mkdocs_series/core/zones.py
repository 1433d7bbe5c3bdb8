"""The site's time zone, for dates written without one (pure).

Front matter dates are usually bare days (``date: 2025-11-29``). Where a date must carry a
UTC offset (JSON-LD for search engines, Atom feeds), a date without one is read in the
zone of the ``timezone`` option (an IANA name, ``UTC`` by default); a date written with its
own offset keeps it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def site_zone(name: str) -> dt.tzinfo:
    """The zone called ``name`` (``Europe/Paris``, ``UTC``); ``ValueError`` naming it if
    there is none (Windows needs the ``tzdata`` package for IANA names)."""
    if name.strip().upper() in ("UTC", "Z"):
        return dt.timezone.utc
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"option 'timezone': no time zone is called {name!r}; use an IANA name such as "
            "'Europe/Paris' or 'America/New_York', or 'UTC'"
        ) from None


def with_zone(date: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """``date`` with its own UTC offset when it has one, else read as a time in ``zone``
    (a bare day is its midnight there)."""
    if date.tzinfo is not None and date.utcoffset() is not None:
        return date
    return date.replace(tzinfo=zone)
