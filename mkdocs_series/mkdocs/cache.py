"""What the plugin read or rendered from each source file, kept across ``mkdocs serve``
rebuilds.

An entry is valid only while its file's stamp (modification time and size) is unchanged,
so a rebuild after editing one post reads and parses that one post again, not all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class StampedCache(Generic[T]):
    """Values keyed by name, valid while their stamp (e.g. ``(mtime_ns, size)``) is equal.

    A ``None`` stamp (a file with no modification time, e.g. one generated in memory) is
    never cached.
    """

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Hashable, T]] = {}

    def lookup(self, name: str, stamp: Hashable | None) -> T | None:
        """The value stored for ``name`` under the same stamp, else ``None``."""
        entry = self._entries.get(name)
        if stamp is None or entry is None or entry[0] != stamp:
            return None
        return entry[1]

    def put(self, name: str, stamp: Hashable | None, value: T) -> None:
        if stamp is not None:
            self._entries[name] = (stamp, value)

    def get(self, name: str, stamp: Hashable | None, compute: Callable[[], T]) -> T:
        """The cached value for ``name`` if its stamp is unchanged, else ``compute()``."""
        value = self.lookup(name, stamp)
        if value is None:
            value = compute()
            self.put(name, stamp, value)
        return value

    def retain(self, names: Collection[str]) -> None:
        """Drop the entries of every name not in ``names`` (deleted or renamed files)."""
        for name in self._entries.keys() - set(names):
            del self._entries[name]

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
