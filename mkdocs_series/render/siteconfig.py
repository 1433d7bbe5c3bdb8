"""The site's ``mkdocs.yml`` read without MkDocs running: for engines that skip our plugin
(Zensical) and for the ``init-pages`` command.

The plugin's options stay where MkDocs users write them (``plugins: - series: ...``) and are
checked as MkDocs checks them (each option's type, then ``check_options``) into the same
``Options`` value, so a site has one set of options whichever engine builds it.
"""

from __future__ import annotations

import os
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from .options import Options
from .strings import STRINGS

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")


class SiteConfigError(Exception):
    """The configuration cannot be used; the message names the file and the option."""


class _LenientLoader(yaml.SafeLoader):
    """YAML as MkDocs reads it, but tags it resolves into Python objects (``!!python/name``
    for emoji, ``!ENV``, ``!relative``) read as plain values: none of them is an option of
    ours, and nothing from the file is imported or run."""


def _plain(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    return None  # pragma: no cover


_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", _plain)
_LenientLoader.add_multi_constructor("!", _plain)


@dataclass(frozen=True)
class SiteConfig:
    """What the front-ends outside MkDocs need from the site's configuration."""

    path: Path
    docs_dir: Path
    options: Options
    site_name: str = ""
    language: str = "en"
    watch: tuple[str, ...] = ()  # real paths
    has_material_blog: bool = False


def find_config(root: Path) -> Path | None:
    """``mkdocs.yml`` (or ``mkdocs.yaml``) in ``root``, if there is one."""
    for name in CONFIG_NAMES:
        if (root / name).is_file():
            return root / name
    return None


def series_options(plugins: Any) -> tuple[dict[str, Any] | None, bool]:
    """The ``series`` plugin's options from ``plugins:`` (``None`` when it is not listed),
    and whether Material's (or Zensical's) ``blog`` plugin is on."""
    entries: list[tuple[Any, Any]] = []
    if isinstance(plugins, Mapping):
        entries = list(plugins.items())
    elif isinstance(plugins, list):
        for item in plugins:
            if isinstance(item, str):
                entries.append((item, {}))
            elif isinstance(item, Mapping) and len(item) == 1:
                entries.append(next(iter(item.items())))
    found: dict[str, Any] | None = None
    blog = False
    for name, data in entries:
        if not isinstance(name, str):
            continue
        settings = data if isinstance(data, Mapping) else {}
        if name == "series":
            found = dict(settings)
        elif name.removeprefix("material/") == "blog" and settings.get("enabled", True):
            blog = True
    return found, blog


_HINTS = typing.get_type_hints(Options)  # each option's declared type, read once


def _accepts(hint: Any, value: Any) -> bool:
    """Whether ``value``, as YAML gives it, fits the declared type ``hint`` (what MkDocs'
    ``Type``, ``Optional`` and ``ListOfItems`` checks of ``SeriesConfig`` accept)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return any(_accepts(arg, value) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if typing.get_origin(hint) is tuple:  # a list in YAML
        return isinstance(value, (list, tuple))
    if typing.get_origin(hint) is Mapping:
        return isinstance(value, Mapping)
    if isinstance(value, bool) and hint is not bool:
        return False
    return isinstance(value, hint)


def _type_error(name: str, value: Any) -> str | None:
    """What is wrong with the type of option ``name``, worded as MkDocs' ``Type`` check."""
    hint = _HINTS[name]
    if _accepts(hint, value):
        return None
    expected = hint if isinstance(hint, type) else str(hint).replace("typing.", "")
    return f"Expected type: {expected} but received: {type(value)}"


def load_options(raw: Mapping[str, Any] | None, *, where: str) -> Options:
    """The plugin's options, checked as MkDocs would; ``SiteConfigError`` names the option.
    Options the plugin does not know are left out, as MkDocs does after a warning."""
    defaults = Options()
    values: dict[str, Any] = {f.name: getattr(defaults, f.name) for f in fields(Options)}
    values["series"], values["strings"] = {}, {}
    known = {entry.key for entry in STRINGS}
    for name, value in (raw or {}).items():
        if name not in values:
            continue
        if name == "strings" and isinstance(value, Mapping):
            for key, text in value.items():
                if key in known and text is not None and not isinstance(text, str):
                    message = f"Expected type: <class 'str'> but received: {type(text)}"
                    raise SiteConfigError(
                        f"{where}: plugin 'series', option 'strings.{key}': {message}"
                    )
            value = {k: v for k, v in value.items() if k in known}
        error = _type_error(name, value)
        if error:
            raise SiteConfigError(f"{where}: plugin 'series', option '{name}': {error}")
        values[name] = value
    try:
        return Options.from_mapping(values)
    except ValueError as error:
        raise SiteConfigError(f"{where}: plugin 'series': {error}") from None


def read_site_config(path: Path) -> SiteConfig:
    """Read ``path`` (a ``mkdocs.yml``); ``SiteConfigError`` when it cannot be used."""
    try:
        with path.open(encoding="utf-8") as stream:
            raw = yaml.load(stream, Loader=_LenientLoader)  # a SafeLoader subclass
    except (OSError, yaml.YAMLError) as error:
        raise SiteConfigError(f"{path}: cannot be read: {error}") from None
    if not isinstance(raw, Mapping):
        raise SiteConfigError(f"{path}: is not a mapping of settings")
    found, has_blog = series_options(raw.get("plugins"))
    options = load_options(found, where=str(path))
    root = path.parent
    docs_dir = root / str(raw.get("docs_dir") or "docs")
    theme = raw.get("theme")
    language = "en"
    if isinstance(theme, Mapping):
        language = str(theme.get("language") or theme.get("locale") or "en")
    watch = raw.get("watch")
    watched = tuple(root / str(w) for w in watch) if isinstance(watch, list) else ()
    return SiteConfig(
        path=path,
        docs_dir=docs_dir.resolve(),
        options=options,
        site_name=str(raw.get("site_name") or ""),
        language=options.language or language,
        watch=tuple(os.path.realpath(w) for w in watched),
        has_material_blog=has_blog,
    )
