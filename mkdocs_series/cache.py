"""What the plugin read from each source file, kept across ``mkdocs serve`` rebuilds.

An entry is reused only while the file's modification time and size are unchanged, so a
rebuild after editing one post reads and parses that one post again, not all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class StampedCache(Generic[T]):
    """Values keyed by name, valid while their stamp (e.g. ``(mtime_ns, size)``) is equal."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Hashable, T]] = {}
        self._seen: set[str] = set()

    def get(self, name: str, stamp: Hashable | None, compute: Callable[[], T]) -> T:
        """The cached value for ``name`` if its stamp is unchanged, else ``compute()``.

        A ``None`` stamp (a file with no modification time, e.g. one generated in memory) is
        never cached.
        """
        self._seen.add(name)
        if stamp is not None:
            entry = self._entries.get(name)
            if entry is not None and entry[0] == stamp:
                return entry[1]
        value = compute()
        if stamp is not None:
            self._entries[name] = (stamp, value)
        return value

    def forget_unseen(self) -> None:
        """Drop entries not asked for since the last call (deleted or renamed files)."""
        for name in self._entries.keys() - self._seen:
            del self._entries[name]
        self._seen = set()

    def clear(self) -> None:
        self._entries.clear()
        self._seen = set()

    def __len__(self) -> int:
        return len(self._entries)
