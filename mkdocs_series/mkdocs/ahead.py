"""Render the fragments of the pages MkDocs handles next in one go (pure).

MkDocs calls a plugin once per page, with a Markdown conversion or a theme render in
between. By the next call the plugin's templates and data are out of the processor's
caches: at 1,000 posts a post's header took 61 us to render one page at a time and 29 us
when rendered again right away. ``RenderAhead`` renders the fragment a page asks for and
those of the pages expected next, in the order MkDocs goes through them, and hands each one
out when its page asks.

A fragment also depends on something only the page's own HTML tells (the *variant*: does the
page have its own ``<h1>``, which ``<meta>`` tags did the theme write). The pages ahead are
rendered with the variant of the page that asked, which is the same for every page of a site
in practice; a page with another variant, or pages taken out of order, get theirs rendered
when they ask, and each such miss halves the batch, so a wrong guess wastes little work.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

V = TypeVar("V", bound=Hashable)


class RenderAhead(Generic[V]):
    """``take(name, variant)`` returns ``render(name, variant)``, rendered ahead if it can.

    ``order`` is the names in the order they will be asked for; a name not in it is always
    rendered alone (e.g. under ``--dirty``, where only edited pages are built).
    """

    def __init__(
        self, order: Sequence[str], render: Callable[[str, V], str], *, batch: int = 32
    ) -> None:
        self._order = order
        self._position = {name: index for index, name in enumerate(order)}
        self._render = render
        self._batch = batch
        self._ready: dict[tuple[str, V], str] = {}

    def take(self, name: str, variant: V) -> str:
        fragment = self._ready.pop((name, variant), None)
        if fragment is not None:
            return fragment
        if self._ready:  # the last guess of order or variant was wrong: guess less far
            self._batch = max(1, self._batch // 2)
        start = self._position.get(name)
        ahead = () if start is None else self._order[start + 1 : start + self._batch]
        fragment = self._render(name, variant)
        self._ready = {(other, variant): self._render(other, variant) for other in ahead}
        return fragment
