"""What a blog brought from another generator, under MkDocs: its old links and markup
(``core/oldmarkup.py``) rewritten before MkDocs reads each page, and a redirect page at each
old address of a post (``core/redirects.py``). One ``OldSite`` per build (``SiteBuild``)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from ..core.catalog import is_under
from ..core.models import Catalog, Problem
from ..core.oldmarkup import LinkTargets, convert_old_markup, leftover_message
from ..core.redirects import plan_redirects
from ..core.urls import absolute_url, relative_to
from ..render.renderer import Renderer

log = get_plugin_logger(__name__)


class OldSite:
    """One build's old links (targets known from ``on_nav``) and template tags left."""

    def __init__(self, *, blog_dir: str, convert: bool, macros: bool) -> None:
        self.blog_dir = blog_dir
        self.convert = convert
        self.macros = macros  # with mkdocs-macros, {{ }} and {% %} are its own syntax
        self.targets: LinkTargets | None = None  # every file's final URL, from on_nav
        self.tags: dict[str, tuple[str, ...]] = {}  # page -> template tags left in it

    def note_files(self, files: Files) -> None:
        """Every file's final URL (after every plugin's ``on_files``), for old links."""
        urls = {uri: file.url for uri, file in files.src_uris.items()}
        self.targets = LinkTargets(urls, blog_dir=self.blog_dir)

    def page_markdown(self, markdown: str, src_uri: str, page_url: str) -> str | None:
        """Pelican's, Jekyll's and Hugo's links and code blocks as plain Markdown, in pages
        under ``blog_dir``; MkDocs then checks the links like any other."""
        if not self.convert or self.targets is None or not is_under(src_uri, self.blog_dir):
            return None
        converted = convert_old_markup(
            markdown, src_uri=src_uri, page_url=page_url, targets=self.targets
        )
        if not self.macros:
            self.tags[src_uri] = converted.leftover
        for link in converted.broken:  # MkDocs does not check links in HTML
            log.warning(f"{src_uri}: the link '{link}' in HTML points to no file of the site")
        return converted.markdown

    def report_tags(self) -> None:
        """Name once, after every page is read, the template tags shown as text."""
        if (message := leftover_message(self.tags)) is not None:
            log.warning(message)


def add_redirects(
    files: Files,
    config: MkDocsConfig,
    catalog: Catalog,
    renderer: Renderer,
    language: str,
) -> list[Problem]:
    """A redirect page at each old address of a post, as a generated file."""
    posts = {
        uri: (files.src_uris[uri].url, post.old_addresses)
        for uri, post in catalog.posts.items()
        if post.old_addresses and uri in files.src_uris
    }
    if not posts:
        return []
    taken = {file.dest_uri: file.src_uri for file in files}
    redirects, problems = plan_redirects(posts, taken=taken, site_url=config.site_url)
    for redirect in redirects:
        post_url = posts[redirect.src_uri][0]
        url = relative_to(post_url, redirect.dest_uri)  # from the redirect page
        html = renderer.render(
            "redirect",
            url=url,
            canonical=absolute_url(config.site_url, post_url) if config.site_url else url,
            title=catalog.posts[redirect.src_uri].title,
            language=language,
        )
        files.append(File.generated(config, redirect.dest_uri, content=html))
    return problems
