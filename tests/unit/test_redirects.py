"""Old addresses from front matter, and where their redirect pages go."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_series.core.posts import read_post
from mkdocs_series.core.redirects import (
    Redirect,
    as_written,
    old_addresses,
    plan_redirects,
    redirect_dest,
)
from mkdocs_series.core.urls import relative_to

DATE = dt.datetime(2025, 6, 9, 8, 5)


def test_every_key_and_shape_is_read_in_order() -> None:
    meta = {
        "aliases": ["/posts/old/", "older"],
        "redirect_from": "/2019/01/01/old.html",
        "permalink": "/:categories/:year/:month/:day/:title:output_ext",
        "categories": "Rust Tools",
    }
    found, problems = old_addresses("blog/2025-06-09-my-post.md", meta, date=DATE)
    assert found == (
        ("aliases", "/posts/old/"),
        ("aliases", "older"),
        ("redirect_from", "/2019/01/01/old.html"),
        ("permalink", "/rust/tools/2025/06/09/my-post.html"),
    )
    assert problems == []


def test_permalink_placeholders() -> None:
    def fill(pattern: str, **meta: object) -> str:
        found, problems = old_addresses(
            "blog/2025-06-09-my-post.md", {"permalink": pattern, **meta}, date=DATE
        )
        assert problems == [], problems
        return found[0][1]

    assert fill("/blog/:year/:i_month/:i_day/:slug/") == "/blog/2025/6/9/my-post/"
    assert fill("/:categories/:title/") == "/my-post/"  # no categories: no empty segment
    assert fill("/:title/", slug="Short") == "/Short/"
    assert fill("/about/") == "/about/"


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ({"aliases": 42}, "blog/p.md: 'aliases': expected a path or a list of paths, found 42"),
        ({"redirect_from": ["/a/", None]}, "found [/a/, an empty value]; ignored"),
        ({"aliases": []}, "expected a path or a list of paths, found []; ignored"),
        ({"permalink": ["/a/"]}, "'permalink': expected a path, found [/a/]; ignored"),
        ({"permalink": "/:lang/:title/"}, "'permalink': cannot fill in :lang in '/:lang/:title/'"),
    ],
)
def test_unreadable_values_are_named_as_written(meta: dict[str, object], message: str) -> None:
    found, problems = old_addresses("blog/p.md", meta, date=DATE)
    assert found == ()
    assert len(problems) == 1 and message in str(problems[0])


@pytest.mark.parametrize(
    ("address", "post_url", "dest"),
    [
        ("/posts/old/", "blog/new/", "posts/old/index.html"),
        ("/posts/old", "blog/new/", "posts/old/index.html"),
        ("/2019/01/01/old.html", "blog/new/", "2019/01/01/old.html"),
        ("old-name", "blog/2024/new/", "blog/2024/old-name/index.html"),  # Hugo: beside it
        ("old-name/", "blog/new.html", "blog/old-name/index.html"),
        ("/caf%C3%A9/", "blog/new/", "café/index.html"),
        ("/a/./b/../c/", "blog/new/", "a/c/index.html"),
        ("https://example.com/sub/x/", "blog/new/", "x/index.html"),
        ("/old/#part", "blog/new/", "old/index.html"),
    ],
)
def test_where_a_redirect_page_goes(address: str, post_url: str, dest: str) -> None:
    assert redirect_dest(address, post_url=post_url, site_url="https://example.com/sub/") == dest


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("https://elsewhere.org/x/", "on another site"),
        ("https://example.com/x/", "outside the site's address"),
        ("/x/?p=12", "query"),
        ("/../../etc/", "outside the site"),
        ("/feed.xml", "'.xml'"),
    ],
)
def test_addresses_no_page_can_answer(address: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        redirect_dest(address, post_url="blog/new/", site_url="https://example.com/sub/")


def test_clashes_are_named_with_both_sides() -> None:
    posts = {
        "blog/a.md": ("blog/a/", (("aliases", "/old/"), ("aliases", "/about/"))),
        "blog/b.md": ("blog/b/", (("redirect_from", "/old"), ("permalink", "/blog/b/"))),
    }
    redirects, problems = plan_redirects(
        posts,
        taken={"about/index.html": "about.md", "blog/a/index.html": "blog/a.md"},
        site_url=None,
    )
    assert redirects == [Redirect("old/index.html", "blog/a.md", "aliases", "/old/")]
    assert [str(p) for p in problems] == [
        "blog/a.md: 'aliases': the old address '/about/' is where about.md is published "
        "(about/index.html); no redirect is written there",
        "blog/b.md: 'redirect_from': the old address '/old' is also claimed by blog/a.md "
        "('aliases'); it redirects there",
    ]  # and /blog/b/, the post's own address, needs no redirect


def test_the_same_address_twice_in_one_post_is_one_redirect() -> None:
    posts = {"blog/a.md": ("blog/a/", (("aliases", "/old/"), ("redirect_from", "/old/")))}
    redirects, problems = plan_redirects(posts, taken={}, site_url=None)
    assert len(redirects) == 1 and problems == []


def test_the_link_to_the_post_is_relative_to_the_redirect_page() -> None:
    assert relative_to("blog/new/", "posts/old/index.html") == "../../blog/new/"
    assert relative_to("blog/new.html", "2019/old.html") == "../blog/new.html"
    assert relative_to("blog/new/", "index.html") == "blog/new/"


def test_read_post_keeps_the_old_addresses() -> None:
    post, problems = read_post(
        "blog/p.md", "---\ntitle: P\ndate: 2025-01-01\naliases: [/old/]\n---\nText\n"
    )
    assert post is not None and post.old_addresses == (("aliases", "/old/"),)
    assert problems == []
    _, typo = read_post("blog/p.md", "---\ndate: 2025-01-01\nalias: /old/\n---\nText\n")
    assert [str(p) for p in typo] == [
        "blog/p.md: 'alias': unknown key; did you mean 'aliases'? It is ignored"
    ]


def test_values_as_written() -> None:
    assert as_written({"original": dt.date(2021, 12, 12)}) == "{original: 2021-12-12}"
    assert as_written(True) == "true"
    assert as_written("x") == "'x'"
