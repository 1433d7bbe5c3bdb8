"""Featured images named by a bare name, found by the ``image_patterns`` option (issue 10)."""

from __future__ import annotations

import pytest

from mkdocs_series.core.images import (
    DEFAULT_IMAGE_PATTERNS,
    image_candidates,
    image_value,
    pattern_problem,
    resolve_image_path,
)
from mkdocs_series.core.posts import read_post
from mkdocs_series.mkdocs.config import SeriesConfig
from mkdocs_series.render.options import check_options

KNOWN = {
    "images/99-scala-problems.jpg",
    "blog/posts/cover.webp",
    "blog/posts/cover.png",  # two files with one stem: the first extension tried wins
    "img/root.svg",
    "assets/img/jekyll.png",
    "blog/posts/notes.txt",
    "gallery/99-scala-problems/cover.jpeg",
}
POST = "blog/posts/scala.md"


def found(value: str, patterns: tuple[str, ...] = DEFAULT_IMAGE_PATTERNS) -> str | None:
    image, error = resolve_image_path(value, base_uri=POST, known_files=KNOWN, patterns=patterns)
    assert (image is None) != (error is None)
    return image.src_uri if image else None


@pytest.mark.parametrize(
    ("value", "src_uri"),
    [
        ("99-scala-problems", "images/99-scala-problems.jpg"),  # Pelican's bare name
        ("99-scala-problems.jpg", "images/99-scala-problems.jpg"),  # with its extension
        ("cover", "blog/posts/cover.png"),  # beside the post first
        ("cover.webp", "blog/posts/cover.webp"),  # as written, when it exists
        ("/img/root", "img/root.svg"),  # from the root: only an extension is added
        ("assets/img/jekyll.png", "assets/img/jekyll.png"),  # Jekyll's path from the root
        ("https://example.org/a", None),  # a URL is taken as it is (no src_uri)
    ],
)
def test_default_patterns(value: str, src_uri: str | None) -> None:
    image, error = resolve_image_path(value, base_uri=POST, known_files=KNOWN)
    assert error is None and image is not None
    assert image.src_uri == src_uri


def test_a_pattern_option_covers_other_layouts() -> None:
    gallery = ("/gallery/{name}/cover.{ext}",)
    assert found("99-scala-problems", gallery) == "gallery/99-scala-problems/cover.jpeg"
    assert found("cover", gallery) is None  # the defaults are replaced, not added to
    assert found("99-scala-problems", ("/images/{name}",)) is None  # no {ext}: as written


def test_candidates_keep_an_image_extension_and_never_leave_docs_dir() -> None:
    assert image_candidates("x.png", base_uri=POST, patterns=DEFAULT_IMAGE_PATTERNS) == [
        "blog/posts/x.png",
        "images/x.png",
        "x.png",
    ]
    assert image_candidates("../../../x", base_uri=POST, patterns=("{name}.{ext}",)) == []


def test_an_unresolvable_bare_name_is_one_message_naming_every_place() -> None:
    image, error = resolve_image_path("missing", base_uri=POST, known_files=KNOWN)
    assert image is None
    assert error == (
        "image 'missing' not found (looked for blog/posts/missing, "
        "blog/posts/missing.{png,jpg,...}, images/missing.{png,jpg,...}, "
        "missing.{png,jpg,...} in docs_dir); no image is shown"
    )
    _, error = resolve_image_path("notes.txt", base_uri=POST, known_files=KNOWN)
    assert error is not None and "not an image" in error


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("/images/cover.png", "needs {name}"),
        ("{name}.{suffix}", "only {name} and {ext}"),
        ("{name", "only {name} and {ext}"),
        ("https://cdn.example.org/{name}.{ext}", "not a URL"),
    ],
)
def test_unusable_patterns_stop_the_build_naming_the_option(pattern: str, words: str) -> None:
    problem = pattern_problem(pattern)
    assert problem is not None and words in problem
    config = SeriesConfig()
    config.load_dict({"image_patterns": [pattern]})
    assert config.validate()[0] == []
    with pytest.raises(ValueError, match="option 'image_patterns'"):
        check_options(config)
    assert pattern_problem("/images/{name}.{ext}") is None


@pytest.mark.parametrize(
    ("value", "path"),
    [
        ("cover.png", "cover.png"),
        ({"image": "cover.png", "alt": "A cover"}, "cover.png"),  # PaperMod's cover
        ({"Path": "/assets/cover.png", "alt": "A cover"}, "/assets/cover.png"),  # Jekyll
        (["first.png", "second.png"], "first.png"),  # Hugo's images
        ([{"src": "first.png"}], "first.png"),
        ("  ", None),
        ([], None),
        ({"alt": "no path"}, None),
        (42, None),
    ],
)
def test_image_value_shapes(value: object, path: str | None) -> None:
    assert image_value(value) == path


@pytest.mark.parametrize(
    ("value", "src_uri"),
    [
        ("{static}/images/99-scala-problems.jpg", "images/99-scala-problems.jpg"),
        ("{attach}cover.webp", "blog/posts/cover.webp"),
        ("{static}/images/99-scala-problems", "images/99-scala-problems.jpg"),
    ],
)
def test_pelican_prefixes_are_read_as_pelican_reads_them(value: str, src_uri: str) -> None:
    assert found(value) == src_uri


def test_a_post_reads_every_image_shape() -> None:
    texts = {
        "hugo.md": "---\ndate: 2024-01-01\nimages: [cover.png, other.png]\n---\nText.",
        "papermod.md": "---\ndate: 2024-01-01\ncover:\n  image: cover.png\n  alt: A\n---\nT.",
        "jekyll.md": "---\ndate: 2024-01-01\nimage:\n  path: /img/cover.png\n---\nText.",
    }
    for src_uri, text in texts.items():
        post, problems = read_post(src_uri, text)
        assert post is not None and problems == [], src_uri
        assert post.image in ("cover.png", "/img/cover.png"), src_uri
    post, problems = read_post("bad.md", "---\ndate: 2024-01-01\ncover: {alt: A}\n---\nT.")
    assert post is not None and post.image is None
    assert [p.key for p in problems] == ["cover"]
