from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import given
from hypothesis import strategies as st
from mkdocs.utils import get_relative_url

from mkdocs_series.core.urls import Linker, absolute_url

SEGMENTS = st.sampled_from(["a", "b", "..", ".", "", "x.html", "index.html", "c.d", "%20", "é"])
PATHS = st.builds(
    lambda parts, lead, trail: lead + "/".join(parts) + trail,
    st.lists(SEGMENTS, max_size=5),
    st.sampled_from(["", "/", "//"]),
    st.sampled_from(["", "/"]),
)


@given(PATHS, PATHS)
def test_links_are_mkdocs_relative_urls(target: str, page: str) -> None:
    link = Linker(lambda src_uri: src_uri).for_page(page)
    assert link(target) == get_relative_url(target, page)


def test_links_between_pages_of_a_site() -> None:
    urls = {"blog/posts/a.md": "blog/posts/a/", "blog/index.md": "blog/", "about.md": "about/"}
    link = Linker(urls.__getitem__).for_page("blog/page/2/")
    assert link("blog/posts/a.md") == "../../posts/a/"
    assert link("blog/index.md") == "../../"
    assert link("about.md") == "../../../about/"
    assert Linker(urls.__getitem__).for_page("")("blog/posts/a.md") == "blog/posts/a/"


SITE_URLS = st.sampled_from(
    [
        "https://x.com/",
        "https://x.com/sub/",
        "https://x.com",
        "https://x.com/a/../b/",  # MkDocs accepts these as they are
        "https://x.com/./",
        "https://x.com/x/?y=/",
        "https://x.com/x/#f/",
    ]
)


@given(SITE_URLS, PATHS)
def test_absolute_urls_are_urljoin(site_url: str, url: str) -> None:
    assert absolute_url(site_url, url) == urljoin(site_url, url)


def test_absolute_url_of_a_page() -> None:
    assert absolute_url("https://x.com/blog/", "posts/a/") == "https://x.com/blog/posts/a/"
    assert absolute_url("https://x.com/", "") == "https://x.com/"
    assert absolute_url("https://x.com/a/", "../b/") == "https://x.com/b/"
