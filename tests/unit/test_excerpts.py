"""A post's excerpt, with its links rebased for the page that shows its card."""

from __future__ import annotations

import itertools

import pytest
from mkdocs.utils import get_relative_url

from mkdocs_series.core.urls import relative_to
from mkdocs_series.render.excerpts import cut_excerpt, rebase_url, rebase_urls

PAGES = ["", "index.html", "blog/", "blog/index.html", "blog/post/", "blog/post.html", "a/b/c/"]
TARGETS = ["", "./", "blog/", "blog/post/", "blog/img/a.png", "a/b/", "other.html", "a/b/c/"]


@pytest.mark.parametrize(("url", "page"), itertools.product(TARGETS, PAGES))
def test_relative_to_is_mkdocs_get_relative_url(url: str, page: str) -> None:
    assert relative_to(url, page) == get_relative_url(url, page)


def test_cut_excerpt_drops_the_title_and_what_follows_more() -> None:
    html = "<h1 id='t'>T</h1>\n<p>One</p>\n<!-- more -->\n<p>Two</p>"
    assert cut_excerpt(html) == "<p>One</p>"
    assert cut_excerpt("<p>no separator</p>") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("img/a.png", "post/img/a.png"),
        ("../other/", "other/"),
        ("#part-2", "post/#part-2"),
        ("?q=1", "post/?q=1"),
        ("https://example.com/x.png", "https://example.com/x.png"),
        ("/abs/x.png", "/abs/x.png"),
        ("mailto:me@example.com", "mailto:me@example.com"),
        ("data:image/png;base64,AAAA", "data:image/png;base64,AAAA"),
    ],
)
def test_rebase_url_from_a_post_to_its_listing(url: str, expected: str) -> None:
    assert rebase_url(url, from_url="blog/post/", to_url="blog/") == expected


def test_single_quoted_attributes_are_rebased() -> None:
    html = "<a href='../x/'>x</a><img src='img/a.png' alt='a'>"
    assert rebase_urls(html, from_url="blog/post/", to_url="") == (
        "<a href='blog/x/'>x</a><img src='blog/post/img/a.png' alt='a'>"
    )


def test_srcset_candidates_are_each_rebased() -> None:
    html = (
        '<img src="a.png" srcset="a.png 1x, img/a@2x.png 2x">'
        "<img srcset='b.png 100w,c.png 200w'>"
        '<img srcset="https://cdn.example.com/d.png 1x, e.png">'
    )
    assert rebase_urls(html, from_url="blog/post/", to_url="blog/") == (
        '<img src="post/a.png" srcset="post/a.png 1x, post/img/a@2x.png 2x">'
        "<img srcset='post/b.png 100w,post/c.png 200w'>"
        '<img srcset="https://cdn.example.com/d.png 1x, post/e.png">'
    )


def test_other_attributes_and_text_are_left_alone() -> None:
    html = '<p data-src="img/a.png" title="see img/a.png">href="img/a.png"</p>'
    assert rebase_urls(html, from_url="blog/post/", to_url="blog/") == html


def test_same_page_needs_no_change() -> None:
    html = '<a href="../x/">x</a><img srcset="a.png 1x">'
    assert rebase_urls(html, from_url="blog/post/", to_url="blog/post/") == html
