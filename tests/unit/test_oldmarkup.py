"""Pelican's and Jekyll's link and code markup turned into plain Markdown."""

from __future__ import annotations

import pytest

from mkdocs_series.core.oldmarkup import LinkTargets, convert_old_markup, leftover_message

FILES = [
    "index.md",
    "blog/index.md",
    "about.md",
    "images/chart.png",
    "blog/first.md",
    "blog/2025-06-09-mcp-server-basics.md",
    "blog/2024/2024-01-02-older.markdown",
    "blog/files/paper.pdf",
]


def url(src_uri: str) -> str:
    """MkDocs' URL of a file with ``use_directory_urls``."""
    if src_uri.endswith((".md", ".markdown")):
        stem = src_uri.rsplit(".", 1)[0]
        return "" if stem == "index" else stem.removesuffix("/index") + "/"
    return src_uri


TARGETS = LinkTargets({uri: url(uri) for uri in FILES}, blog_dir="blog")


def convert(markdown: str, src_uri: str = "blog/2024/post.md") -> tuple[str, tuple[str, ...]]:
    converted = convert_old_markup(
        markdown, src_uri=src_uri, page_url=url(src_uri), targets=TARGETS
    )
    assert converted.broken == ()
    return converted.markdown, converted.leftover


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Pelican: relative to the post, or from the content root ("/")
        ("[a]({filename}../first.md)", "[a](../first.md)"),
        ("[a]({filename}/blog/first.md#part-2)", "[a](../first.md#part-2)"),
        ("[a](|filename|../first.md)", "[a](../first.md)"),
        ("![c]({static}/images/chart.png)", "![c](../../images/chart.png)"),
        ("[p]({attach}/files/paper.pdf)", "[p](../files/paper.pdf)"),  # found in the blog
        ("[r]: {filename}/about.md", "[r]: ../../about.md"),
        # in HTML, MkDocs rewrites nothing: the URL relative to the page's URL (blog/2024/post/)
        ('<a href="{filename}/about.md#me">x</a>', '<a href="../../../about/#me">x</a>'),
        ("<img src='{static}/images/chart.png'>", "<img src='../../../images/chart.png'>"),
        (
            '<img src="{{ site.baseurl }}/images/chart.png">',
            '<img src="../../../images/chart.png">',
        ),
        # Jekyll
        (
            "[m]({% post_url 2025-06-09-mcp-server-basics %})",
            "[m](../2025-06-09-mcp-server-basics.md)",
        ),
        ("[m]({%post_url 2024/2024-01-02-older%})", "[m](2024-01-02-older.markdown)"),
        (
            "[m]({{ site.baseurl }}{% post_url 2025-06-09-mcp-server-basics %}#setup)",
            "[m](../2025-06-09-mcp-server-basics.md#setup)",
        ),
        ("[a]({% link about.md %})", "[a](../../about.md)"),
        (
            "[m]({% link _posts/2025-06-09-mcp-server-basics.md %})",
            "[m](../2025-06-09-mcp-server-basics.md)",
        ),
        ("![c]({{ site.baseurl }}/images/chart.png)", "![c](../../images/chart.png)"),
        ("[a]({{ site.baseurl }}/about/)", "[a](../../about.md)"),  # a page's old address
        ("[h]({{ site.baseurl }}/)", "[h](../../index.md)"),
        ("[a]({filename}/blog/)", "[a](../index.md)"),  # the blog's listing (index.md)
        ('![c]({{ "/images/chart.png" | relative_url }})', "![c](../../images/chart.png)"),
    ],
)
def test_old_links_become_relative_links(written: str, expected: str) -> None:
    assert convert(written) == (expected, ())


def test_a_link_to_a_missing_file_stays_a_link_mkdocs_can_report() -> None:
    markdown, leftover = convert("[x]({filename}gone.md) [y]({% post_url 2020-01-01-gone %})")
    assert markdown == "[x](gone.md) [y](../2020-01-01-gone.md)"
    assert leftover == ()


def test_highlight_blocks_become_fenced_code_and_linenos_is_dropped() -> None:
    markdown, leftover = convert(
        "Before\n\n{% highlight ruby linenos %}\ndef foo\n  {{ x }}\nend\n"
        "{% endhighlight %}\nAfter\n"
    )
    assert markdown == "Before\n\n```ruby\ndef foo\n  {{ x }}\nend\n```\nAfter\n"
    assert leftover == ()  # the {{ x }} is code


def test_highlight_on_one_line_and_holding_a_fence() -> None:
    one_line, _ = convert("{% highlight sh %}ls -l{% endhighlight %}\n")
    assert one_line == "```sh\nls -l\n```\n"
    nested, _ = convert("{% highlight md %}\n```py\nx\n```\n{% endhighlight %}\n")
    assert nested == "````md\n```py\nx\n```\n````\n"


def test_highlight_without_its_end_is_named_not_converted() -> None:
    markdown, leftover = convert("{% highlight ruby %}\nputs 1\n")
    assert markdown == "{% highlight ruby %}\nputs 1\n"
    assert leftover == ("{% highlight ruby %}",)


def test_code_is_never_changed() -> None:
    source = (
        "Use `{filename}x.md` or ``{% post_url a %}``.\n\n"
        "```liquid\n{% post_url 2025-06-09-mcp-server-basics %} {{ page.title }}\n```\n\n"
        "~~~\n{static}/images/chart.png\n~~~\n\n"
        "    {% include indented.html %}\n"
    )
    assert convert(source) == (source, ())


def test_other_template_tags_are_named_once_and_left_as_written() -> None:
    source = (
        "{% include note.html %} {{ page.title }} [t]({tag}python)\n\n"
        "{{< figure src=x >}} {% include note.html %}\n"
    )
    markdown, leftover = convert(source)
    assert markdown == source
    assert leftover == (
        "{% include note.html %}",
        "{{ page.title }}",
        "{tag}python",
        "{{< figure src=x >}}",
    )


def test_raw_tags_are_dropped_and_their_content_kept() -> None:
    source = "{% raw %}{{ shown }} {filename}x.md{% endraw %} and `{% raw %}{{ a }}{% endraw %}`\n"
    assert convert(source) == ("{{ shown }} {filename}x.md and `{{ a }}`\n", ())
    fenced = "{% raw %}\n```\n{{ b }}\n```\n{% endraw %}\n"
    assert convert(fenced) == ("\n```\n{{ b }}\n```\n\n", ())


def test_indented_lines_in_a_list_are_prose() -> None:
    assert convert("- item\n\n    see [a]({filename}../first.md)\n") == (
        "- item\n\n    see [a](../first.md)\n",
        (),
    )


def test_a_page_without_old_markup_is_returned_as_is() -> None:
    source = "# Title\n\nPlain [link](x.md) and {braces}.\n"
    converted = convert_old_markup(source, src_uri="blog/x.md", page_url="blog/x/", targets=TARGETS)
    assert converted.markdown is source and converted.leftover == ()


def test_blog_at_the_docs_root() -> None:
    targets = LinkTargets(
        {"a.md": "a/", "2025-01-01-b.md": "b/", "img/x.png": "img/x.png"}, blog_dir="."
    )
    converted = convert_old_markup(
        "[b]({% post_url 2025-01-01-b %}) ![x]({static}/img/x.png)",
        src_uri="a.md",
        page_url="a/",
        targets=targets,
    )
    assert converted.markdown == "[b](2025-01-01-b.md) ![x](img/x.png)"


def test_leftover_message_names_pages_and_tags_then_counts() -> None:
    assert leftover_message({"blog/a.md": ()}) is None
    message = leftover_message(
        {
            "blog/b.md": ("{{ page.title }}",),
            "blog/a.md": ("{% include a %}", "{% include b %}", "{% c %}", "{% d %}"),
            "blog/c.md": ("{% x %}",),
        },
        shown=2,
    )
    assert message == (
        "template tags of another blog generator are shown as text in 3 pages (rewrite them, "
        "or put them in code): blog/a.md: {% include a %}, {% include b %}, {% c %} and 1 more; "
        "blog/b.md: {{ page.title }}; and 1 more page"
    )


def test_a_link_in_html_to_no_file_is_reported() -> None:
    converted = convert_old_markup(
        '<img src="{static}/images/gone.png"> [md]({static}/images/gone.png)',
        src_uri="blog/first.md",
        page_url="blog/first/",
        targets=TARGETS,
    )
    assert converted.broken == ("{static}/images/gone.png",)  # the Markdown one: MkDocs'
    assert converted.markdown == '<img src="{static}/images/gone.png"> [md](../images/gone.png)'


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ('[f]({{< ref "../first" >}})', "[f](../first.md)"),  # beside the post
        ('[f]({{< relref "/blog/first.md#part" >}})', "[f](../first.md#part)"),
        ('[a]({{% ref "about" %}})', "[a](../../about.md)"),  # from the docs root
        (
            '[m]({{< ref "/posts/2025-06-09-mcp-server-basics" >}})',
            "[m](../2025-06-09-mcp-server-basics.md)",
        ),
        ('[g]({{< ref "gone" >}})', "[g](gone.md)"),  # MkDocs names it
    ],
)
def test_hugo_ref_shortcodes_become_links(written: str, expected: str) -> None:
    assert convert(written) == (expected, ())


def test_comment_blocks_are_dropped_as_jekyll_did() -> None:
    source = "Before {% comment %}a private\n\nnote {{ x }}{% endcomment %}after\n"
    assert convert(source) == ("Before after\n", ())
    unclosed = "{% comment %} forever\n"
    assert convert(unclosed) == (unclosed, ("{% comment %}",))


def test_inline_code_spans_lines_but_not_paragraphs() -> None:
    source = "A `code {{ x }}\nstill code` and {{ y }}\n\nnot ` code {{ z }}\n\nand ` a\n"
    markdown, leftover = convert(source)
    assert markdown == source
    assert leftover == ("{{ y }}", "{{ z }}")
