"""What each page the plugin fills shows, as a value to compare between builds (pure).

Under ``--dirty`` MkDocs builds only the pages whose own file changed. A page also shows what
other files say: a series box lists the other parts, a listing page shows the cards of many
posts, a ``latest-posts`` marker the newest ones. The plugin compares each page's signature
with the one of the previous build and has the pages whose signature changed built again:
equal signatures, equal fragments; one edited post rebuilds the pages that show it.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from ..core.models import Catalog
from ..core.pages import SERIES, SERIES_INDEX, ListingPage
from ..core.series import series_key

Stamps = Mapping[str, Hashable | None]  # src_uri -> its file stamp (SiteBuild.stamps)


def box_signatures(catalog: Catalog) -> dict[str, Hashable]:
    """For each post in a series, everything its series box shows but its own file: the
    series' name and each part's source, title and number."""
    signatures: dict[str, Hashable] = {}
    for series in catalog.series.values():
        parts = tuple(
            (uri, catalog.posts[uri].title, catalog.posts[uri].series_part) for uri in series.parts
        )
        for uri in series.parts:
            signatures[uri] = (series.name, parts)
    return signatures


def listing_signatures(
    catalog: Catalog, plan: Mapping[str, ListingPage], stamps: Stamps
) -> dict[str, Hashable]:
    """For each listing page: its cards, its pagination and, on a series' pages, the
    series' header and planned parts; on the index of series, every series.

    A card shows the post as read, its image, its file (the excerpt is its rendered HTML)
    and its place in its series ("Part 2 of ..."), so the state of its whole series.
    """
    series_states = {
        key: (series, tuple(catalog.posts[uri] for uri in series.parts))
        for key, series in catalog.series.items()
    }
    cards: dict[str, Hashable] = {}
    for uri, post in catalog.posts.items():
        series = series_states.get(series_key(post.series_name or ""))
        cards[uri] = (post, catalog.images.get(uri), stamps.get(uri), series)
    signatures: dict[str, Hashable] = {}
    for uri, page in plan.items():
        extra: Hashable = None
        if page.kind == SERIES:
            extra = series_states.get(page.series_key or "")
        elif page.kind == SERIES_INDEX:  # with each series' cover, maybe a part's image
            extra = tuple(
                (state, tuple(catalog.images.get(uri) for uri in state[0].parts))
                for state in series_states.values()
            )
        signatures[uri] = (page, tuple(cards[post] for post in page.posts), extra)
    return signatures


def catalog_signature(catalog: Catalog, stamps: Stamps) -> Hashable:
    """Everything a marker may show (any series, the newest posts): any change counts."""
    return (
        catalog.newest_first,
        tuple((post, stamps.get(uri)) for uri, post in catalog.posts.items()),
        tuple(catalog.series.values()),
        tuple(catalog.images.items()),
    )
