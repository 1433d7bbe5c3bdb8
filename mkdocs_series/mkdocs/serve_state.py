"""Everything the plugin keeps from one build to the next, on purpose: the ONLY such state.

MkDocs reuses the plugin object across ``mkdocs serve`` rebuilds. Every other value lives in
the per-build ``SiteBuild`` (``build.py``) and is dropped with it. What is kept here is valid
only for the same input, and each cache says what its key is:

* ``parsed``: ``read_post`` of a source file. Key: ``src_uri``, valid while the file's
  stamp (modification time and size) is unchanged; emptied when the reading-time rates
  change (``reading``).
* ``excerpts``: a post's rendered excerpt and its page URL. Key: ``src_uri``, valid while
  the file's stamp is unchanged (``mkdocs serve --dirty`` renders only edited posts, and
  the cards of the others still need their excerpts).
* ``feeds``: each feed's XML. Key: the feed's ``src_uri``, valid while its title, URLs and
  entries are equal (a feed is serialised again only when one of them changed).
* ``signatures``, ``catalog_signature``, ``settings``: what each page showed in the last
  build, what markers could show, and the options and strings as text: compared with the
  next build to find the pages ``--dirty`` must build again (see ``signatures.py``).
* ``marker_sources``: the pages whose content held a marker when last rendered (``--dirty``
  does not render an unchanged page again, and its markers still need filling).

A stamp of ``None`` (a file made in memory) is never cached. Outside ``mkdocs serve`` one
build is made per process: the caches are then filled but never read again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..core.models import Post, Problem
from ..core.posts import ReadingOptions

T = TypeVar("T")
Parsed = tuple[Post | None, list[Problem]]


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


class StampedView(MutableMapping[str, T]):
    """A ``StampedCache`` seen through one build's stamps, as a plain mapping: what the
    engine-free ``Blog`` reads and writes its excerpts in."""

    def __init__(self, cache: StampedCache[T], stamps: dict[str, Hashable | None]) -> None:
        self._cache = cache
        self._stamps = stamps

    def __getitem__(self, name: str) -> T:
        value = self._cache.lookup(name, self._stamps.get(name))
        if value is None:
            raise KeyError(name)
        return value

    def __setitem__(self, name: str, value: T) -> None:
        self._cache.put(name, self._stamps.get(name), value)

    def __delitem__(self, name: str) -> None:  # pragma: no cover - not used by Blog
        raise NotImplementedError

    def __iter__(self) -> Iterator[str]:  # pragma: no cover - not used by Blog
        return iter(())

    def __len__(self) -> int:  # pragma: no cover - not used by Blog
        return 0


@dataclass
class ServeState:
    """The state kept across ``mkdocs serve`` rebuilds (see the module's docstring)."""

    reading: ReadingOptions | None = None
    parsed: StampedCache[Parsed] = field(default_factory=StampedCache)
    excerpts: StampedCache[tuple[str, str]] = field(default_factory=StampedCache)
    feeds: dict[str, tuple[Hashable, str]] = field(default_factory=dict)
    signatures: dict[str, Hashable] = field(default_factory=dict)
    catalog_signature: Hashable | None = None
    settings: str | None = None
    marker_sources: set[str] = field(default_factory=set)

    def use_reading(self, reading: ReadingOptions) -> None:
        """Forget what was parsed with other reading-time rates."""
        if reading != self.reading:
            self.parsed.clear()
            self.reading = reading

    def feed_xml(
        self, uri: str, arguments: Hashable, make: Callable[[], str], *, keep: bool
    ) -> str:
        """The feed's XML, made again only when ``arguments`` changed; kept for the next
        build when ``keep`` (only ``mkdocs serve`` builds again in the same process)."""
        kept = self.feeds.get(uri)
        if kept is None or kept[0] != arguments:
            kept = (arguments, make())
            if keep:
                self.feeds[uri] = kept
        return kept[1]

    def retain_feeds(self, uris: Collection[str]) -> None:
        for uri in self.feeds.keys() - set(uris):
            del self.feeds[uri]

    def note_markers(self, src_uri: str, has_markers: bool) -> None:
        if has_markers:
            self.marker_sources.add(src_uri)
        else:
            self.marker_sources.discard(src_uri)
