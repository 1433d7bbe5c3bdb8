from __future__ import annotations

import dataclasses
import datetime
import json

import jinja2
import pytest
from bs4 import BeautifulSoup

from mkdocs_series.render.social import (
    KNOWN_META,
    MetaTag,
    SocialPost,
    existing_meta,
    has_json_ld_blogposting,
    iso_duration,
    json_ld,
    json_ld_script,
    social_context,
)

POST = SocialPost(
    title="Deploying with Ansible",
    description="Inventories, roles and the first playbook.",
    url="https://example.com/blog/posts/ansible-1/",
    image_url="https://example.com/blog/images/ansible.png",
    published=datetime.datetime(2024, 3, 1, 9, 30),
    reading_minutes=18,
    series_name="Ansible from scratch",
    series_url="https://example.com/blog/series/ansible-from-scratch/",
    series_position=1,
    site_name="Example blog",
    language="en",
)

HOSTILE = [
    "</script><script>alert(1)</script>",
    "He said \"hi\" & 'bye'",
    "{{ x }} {% if 1 %}y{% endif %}",
    "line\u2028separator\u2029paragraph",
    "<!-- comment --> <![CDATA[x]]> &amp; &lt;",
    "caf\u00e9 \U0001f600 \u2014 \u65e5\u672c\u8a9e",
]


def render(context: dict[str, object]) -> str:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mkdocs_series", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("series/social.html").render(**context)


def meta_keys(context: dict[str, object]) -> list[str]:
    tags = context["tags"]
    assert isinstance(tags, list)
    return [tag.key for tag in tags]


# existing_meta


MATERIAL_HEAD = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Deploying with Ansible - Example blog</title>
<meta property="og:type" content="website">
<meta property="og:title" content="Deploying with Ansible - Example blog">
<meta property="og:description" content="Inventories">
<meta property="og:image" content="https://example.com/assets/images/social/ansible.png">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="1200">
<meta property="og:url" content="https://example.com/blog/posts/ansible-1/">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Deploying with Ansible - Example blog">
<meta name="twitter:description" content="Inventories">
<meta name="twitter:image" content="https://example.com/assets/images/social/ansible.png">
</head>
<body><p>text</p></body></html>"""


def test_material_social_plugin_head() -> None:
    assert existing_meta(MATERIAL_HEAD) == KNOWN_META - {"og:site_name"}


@pytest.mark.parametrize(
    ("tag", "key"),
    [
        ('<meta content="x" property="og:title">', "og:title"),
        ("<meta property='og:description' content='x'>", "og:description"),
        ("<meta property=og:url content=x>", "og:url"),
        ('<META PROPERTY="OG:IMAGE" CONTENT="x">', "og:image"),
        ('<Meta Name="Twitter:Card" Content="summary">', "twitter:card"),
        ('<meta content="x" name="twitter:title" />', "twitter:title"),
        ('<meta\n  name = "twitter:description"\n  content="x">', "twitter:description"),
        ('<meta property="twitter:card" content="summary">', "twitter:card"),
        ('<meta name="og:site_name" content="x">', "og:site_name"),
        ('<meta property="og:image:url" content="x">', "og:image"),
        ('<meta name="twitter:image:src" content="x">', "twitter:image"),
        ('<meta property=" og:type " content="article">', "og:type"),
    ],
)
def test_attribute_order_quoting_and_case(tag: str, key: str) -> None:
    assert existing_meta(f"<html><head>{tag}</head><body></body></html>") == {key}


@pytest.mark.parametrize(
    "head",
    [
        '<head><!-- <meta property="og:title" content="x"> --></head>',
        '<head><script>var s = \'<meta property="og:title" content="x">\';</script></head>',
        '<head><meta name="description" content="og:title"></head>',
        '<head><meta property="og:locale" content="en_US"></head>',
        '<head><meta property="article:published_time" content="2024"></head>',
        '<head><link rel="og:title" href="x"></head>',
        "",
    ],
)
def test_things_that_are_not_known_meta_tags(head: str) -> None:
    assert existing_meta(f"<html>{head}<body></body></html>") == frozenset()


def test_parsing_stops_at_the_end_of_head() -> None:
    body_meta = '<meta property="og:title" content="in body">'
    assert existing_meta(f"<html><head></head><body>{body_meta}</body></html>") == frozenset()
    # No </head>: <body> ends the head, as in HTML.
    html = f'<html><meta name="twitter:card" content="summary"><body>{body_meta}</body></html>'
    assert existing_meta(html) == {"twitter:card"}
    # Parsing ends at </head>: an unfinished tag after it is never reached.
    assert existing_meta('<head><meta property="og:url" content="u"></head><' + "x" * 10) == {
        "og:url"
    }


# has_json_ld_blogposting


def script(text: str, kind: str = "application/ld+json") -> str:
    return f'<html><head><script type="{kind}">{text}</script></head><body></body></html>'


@pytest.mark.parametrize(
    "html",
    [
        script('{"@context": "https://schema.org", "@type": "BlogPosting"}'),
        script('{"@type": "Article"}'),
        script('{"@type": ["WebPage", "TechArticle"]}'),
        script('{"@graph": [{"@type": "WebSite"}, {"@type": "BlogPosting"}]}'),
        script('[{"@type": "Person"}, {"mainEntity": {"@type": "NewsArticle"}}]'),
        script('{"@type": "https://schema.org/BlogPosting"}'),
        script('{"@type": "Article"}', kind="Application/LD+JSON; charset=utf-8"),
        '<html><head></head><body><script type="application/ld+json">'
        '{"@type": "BlogPosting"}</script></body></html>',
    ],
)
def test_json_ld_articles_are_found(html: str) -> None:
    assert has_json_ld_blogposting(html)


@pytest.mark.parametrize(
    "html",
    [
        script('{"@type": "WebSite", "name": "BlogPosting"}'),
        script('{"@type": "BlogPosting"'),  # not JSON
        script('{"@type": "BlogPosting"}', kind="application/json"),
        script('{"@type": "BlogPosting"}', kind="text/javascript"),
        '<html><head><!-- <script type="application/ld+json">{"@type": "Article"}'
        "</script> --></head></html>",
        "<html><head></head><body><p>@type BlogPosting</p></body></html>",
        script("[" * 100_000 + "]" * 100_000),
    ],
)
def test_other_scripts_are_not_articles(html: str) -> None:
    assert not has_json_ld_blogposting(html)


def test_own_output_is_recognized() -> None:
    text = json_ld_script(json_ld(POST))
    assert has_json_ld_blogposting(script(text))


# iso_duration


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(1, "PT1M"), (18, "PT18M"), (59, "PT59M"), (60, "PT1H"), (75, "PT1H15M"), (1500, "PT25H")],
)
def test_iso_duration(minutes: int, expected: str) -> None:
    assert iso_duration(minutes) == expected


@pytest.mark.parametrize("minutes", [0, -5])
def test_iso_duration_is_at_least_a_minute(minutes: int) -> None:
    assert iso_duration(minutes) == "PT1M"


# json_ld


def test_json_ld_of_a_series_post() -> None:
    data = json.loads(json_ld_script(json_ld(POST)))
    assert data == {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "Deploying with Ansible",
        "description": "Inventories, roles and the first playbook.",
        "datePublished": "2024-03-01T09:30:00",
        "image": "https://example.com/blog/images/ansible.png",
        "url": "https://example.com/blog/posts/ansible-1/",
        "mainEntityOfPage": {
            "@type": "WebPage",
            "@id": "https://example.com/blog/posts/ansible-1/",
        },
        "timeRequired": "PT18M",
        "inLanguage": "en",
        "isPartOf": {
            "@type": "CreativeWorkSeries",
            "name": "Ansible from scratch",
            "url": "https://example.com/blog/series/ansible-from-scratch/",
        },
        "position": 1,
    }


def test_json_ld_leaves_out_what_is_unknown() -> None:
    post = dataclasses.replace(
        POST,
        description="",
        url=None,
        image_url=None,
        series_name=None,
        series_url=None,
        series_position=None,
        language="",
    )
    data = json_ld(post)
    assert set(data) == {"@context", "@type", "headline", "datePublished", "timeRequired"}
    assert "author" not in data and "publisher" not in data


def test_json_ld_series_without_a_url() -> None:
    data = json_ld(dataclasses.replace(POST, series_url=None, series_position=3))
    assert data["isPartOf"] == {"@type": "CreativeWorkSeries", "name": "Ansible from scratch"}
    assert data["position"] == 3


def test_json_ld_dates_keep_their_offset() -> None:
    tz = datetime.timezone(datetime.timedelta(hours=2))
    aware = datetime.datetime(2024, 3, 1, 9, 30, 15, 123456, tzinfo=tz)
    assert json_ld(dataclasses.replace(POST, published=aware))["datePublished"] == (
        "2024-03-01T09:30:15+02:00"
    )
    utc = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    assert json_ld(dataclasses.replace(POST, published=utc))["datePublished"] == (
        "2024-03-01T00:00:00+00:00"
    )


@pytest.mark.parametrize("value", HOSTILE)
def test_json_ld_script_escapes_but_round_trips(value: str) -> None:
    text = json_ld_script({"headline": value, "nested": [{"x": value}]})
    for char in "<>&\u2028\u2029":
        assert char not in text
    assert json.loads(text) == {"headline": value, "nested": [{"x": value}]}


def test_json_ld_script_keeps_non_ascii_readable() -> None:
    assert json_ld_script({"a": "caf\u00e9"}) == '{"a": "caf\u00e9"}'


def test_json_ld_script_rejects_nan() -> None:
    with pytest.raises(ValueError):
        json_ld_script({"a": float("nan")})


# social_context


def test_all_tags_for_a_post_with_image() -> None:
    context = social_context(POST, existing=frozenset(), has_json_ld=False)
    assert context["tags"] == [
        MetaTag("property", "og:type", "article"),
        MetaTag("property", "og:title", POST.title),
        MetaTag("property", "og:description", POST.description),
        MetaTag("property", "og:url", POST.url or ""),
        MetaTag("property", "og:image", POST.image_url or ""),
        MetaTag("property", "og:site_name", "Example blog"),
        MetaTag("name", "twitter:card", "summary_large_image"),
    ]
    assert isinstance(context["json_ld"], str)
    assert json.loads(context["json_ld"]) == json_ld(POST)


def test_no_image_no_url() -> None:
    post = dataclasses.replace(POST, image_url=None, url=None)
    context = social_context(post, existing=frozenset(), has_json_ld=False)
    keys = meta_keys(context)
    assert "og:image" not in keys and "twitter:image" not in keys and "og:url" not in keys
    tags = context["tags"]
    assert isinstance(tags, list)
    assert MetaTag("name", "twitter:card", "summary") in tags


def test_an_image_from_the_theme_makes_a_large_card() -> None:
    post = dataclasses.replace(POST, image_url=None)
    context = social_context(post, existing=frozenset({"og:image"}), has_json_ld=False)
    tags = context["tags"]
    assert isinstance(tags, list)
    assert MetaTag("name", "twitter:card", "summary_large_image") in tags


def test_empty_text_is_not_emitted() -> None:
    post = dataclasses.replace(POST, description="  ", site_name="")
    keys = meta_keys(social_context(post, existing=frozenset(), has_json_ld=False))
    assert "og:description" not in keys
    assert "og:site_name" not in keys


def test_existing_tags_are_not_duplicated() -> None:
    existing = existing_meta(MATERIAL_HEAD)
    context = social_context(POST, existing=existing, has_json_ld=False)
    assert meta_keys(context) == ["og:site_name"]

    context = social_context(POST, existing=frozenset({"og:title"}), has_json_ld=False)
    html = render(context)
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("meta", attrs={"property": "og:title"})) == 0
    assert len(soup.find_all("meta", attrs={"property": "og:description"})) == 1
    # Put in the page, og:title occurs once: the theme's.
    page = MATERIAL_HEAD.replace("</head>", html + "</head>")
    soup = BeautifulSoup(page, "html.parser")
    assert len(soup.find_all("meta", attrs={"property": "og:title"})) == 1


def test_existing_json_ld_means_no_script() -> None:
    context = social_context(POST, existing=frozenset(), has_json_ld=True)
    assert context["json_ld"] is None
    soup = BeautifulSoup(render(context), "html.parser")
    assert soup.find("script") is None
    assert soup.find_all("meta")


def test_everything_existing_renders_nothing() -> None:
    context = social_context(POST, existing=KNOWN_META, has_json_ld=True)
    assert render(context).strip() == ""


# rendering hostile strings


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_stay_text(value: str) -> None:
    post = dataclasses.replace(
        POST,
        title=value,
        description=value,
        site_name=value,
        series_name=value,
        image_url="https://example.com/a.png?x=1&y=<2>",
    )
    html = render(social_context(post, existing=frozenset(), has_json_ld=False))
    soup = BeautifulSoup(html, "html.parser")

    contents = {
        tag["property"] if tag.has_attr("property") else tag["name"]: tag["content"]
        for tag in soup.find_all("meta")
    }
    assert len(contents) == len(soup.find_all("meta")) == 7
    for key in ("og:title", "og:description", "og:site_name"):
        assert contents[key] == value
    assert contents["og:image"] == "https://example.com/a.png?x=1&y=<2>"

    scripts = soup.find_all("script")
    assert len(scripts) == 1
    assert scripts[0].get("type") == "application/ld+json"
    assert scripts[0].string is not None
    data = json.loads(scripts[0].string)
    assert data["headline"] == value
    assert data["description"] == value
    assert data["isPartOf"]["name"] == value
    assert data["image"] == "https://example.com/a.png?x=1&y=<2>"


def test_script_cannot_be_closed_early_by_a_title() -> None:
    post = dataclasses.replace(POST, title="</script><script>alert(1)</script>")
    html = render(social_context(post, existing=frozenset(), has_json_ld=False))
    assert html.lower().count("<script") == 1
    assert html.lower().count("</script") == 1
