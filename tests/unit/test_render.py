from __future__ import annotations

import pytest

from mkdocs_series.render.i18n import strings_for
from mkdocs_series.render.renderer import Renderer, find_h1


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<h1 id='a'>Title</h1><p>Text</p>", (True, len("<h1 id='a'>Title</h1>"))),
        ("<H1>Title</H1 ><p>x</p>", (True, len("<H1>Title</H1 >"))),
        ("<p>No heading</p><h2>Sub</h2>", (False, 0)),
        ("<h1>Unclosed", (True, 0)),
        ("", (False, 0)),
    ],
)
def test_where_the_post_header_goes(html: str, expected: tuple[bool, int]) -> None:
    assert find_h1(html) == expected


def test_views_read_keys_and_dict_methods_as_jinja_does(tmp_path: object) -> None:
    renderer = Renderer([], strings_for("en", {}))
    template = renderer._env.from_string(
        "{{ view.title }}|{{ view.items()|list|length }}|{{ view.missing is defined }}"
    )
    assert template.render(view={"title": "<T>", "items": "shadowed"}) == "&lt;T&gt;|2|False"
