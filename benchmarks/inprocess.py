"""In-process measurements: the pure per-post functions, and where a build's time goes."""

from __future__ import annotations

import cProfile
import functools
import json
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config

import mkdocs_series
from mkdocs_series.core.frontmatter import split_front_matter
from mkdocs_series.core.posts import read_post
from mkdocs_series.core.readtime import reading_time
from mkdocs_series.mkdocs.plugin import SeriesPlugin

PACKAGE_DIR = str(Path(mkdocs_series.__file__).parent)


def pure_timings(corpus: Path, repeat: int = 3) -> dict[str, float]:
    """Microseconds per post of ``read_post`` and ``reading_time`` (best of ``repeat``)."""
    posts = sorted((corpus / "docs" / "blog" / "posts").glob("*.md"))
    texts = [(f"blog/posts/{p.name}", p.read_text(encoding="utf-8")) for p in posts]
    bodies = [split_front_matter(text)[1] for _, text in texts]

    def best(run: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return min(times) * 1e6 / len(texts)

    return {
        "read_post_us": best(lambda: [read_post(uri, text) for uri, text in texts]),
        "reading_time_us": best(lambda: [reading_time(body) for body in bodies]),
        "words_median": statistics.median(len(body.split()) for body in bodies),
    }


@dataclass
class HandlerClock:
    """Wall time spent inside each ``SeriesPlugin.on_*`` handler (no profiler overhead)."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    originals: dict[str, Any] = field(default_factory=dict)

    def install(self) -> None:
        for name in dir(SeriesPlugin):
            if name.startswith("on_") and callable(getattr(SeriesPlugin, name)):
                original = getattr(SeriesPlugin, name)
                self.originals[name] = original
                setattr(SeriesPlugin, name, self._timed(name, original))

    def uninstall(self) -> None:
        for name, original in self.originals.items():
            setattr(SeriesPlugin, name, original)

    def _timed(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(original)  # keeps ``mkdocs_priority`` of ``event_priority``
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - start

        return wrapper


def _build(config_file: Path, site: Path, *, dirty: bool = False, serve: bool = False) -> float:
    config = load_config(str(config_file), site_dir=str(site))
    if serve:  # the plugin instance is reused, as under `mkdocs serve`
        config.plugins.on_startup(command="serve", dirty=dirty)
    start = time.perf_counter()
    build(config, dirty=dirty)
    return time.perf_counter() - start


def _edit(post: Path, line: str) -> None:
    time.sleep(0.01)  # a new mtime
    post.write_text(post.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def timed_builds(corpus: Path, work: Path) -> dict[str, Any]:
    """In one fresh process: a cold build, then a full and a ``--dirty`` rebuild after one
    post is edited each time (as under ``mkdocs serve``), with the plugin handlers' time."""
    config, site = corpus / "series.yml", work / "timed-site"
    posts = sorted((corpus / "docs" / "blog" / "posts").glob("*.md"))[:2]
    originals = {post: post.read_text(encoding="utf-8") for post in posts}
    clock = HandlerClock()
    clock.install()
    result: dict[str, Any] = {}
    steps = (  # `mkdocs build`, then `mkdocs serve`: its first build, then two edits
        ("cold", None, False, False),
        ("serve", None, False, True),
        ("rebuild", 0, False, True),
        ("dirty", 1, True, True),
    )
    try:
        for step, edit, dirty, serve in steps:
            if edit is not None:
                _edit(posts[edit], f"Edited for {step}.")
            clock.seconds.clear()
            seconds = _build(config, site, dirty=dirty, serve=serve)
            result[step] = {"build_s": seconds, "handlers_s": dict(clock.seconds)}
    finally:
        clock.uninstall()
        for post, text in originals.items():
            post.write_text(text, encoding="utf-8")
    return result


def profiled_build(corpus: Path, work: Path, top: int = 12) -> dict[str, Any]:
    """A cold build under cProfile: the handlers' cumulative share and the plugin's heaviest
    functions (cProfile's overhead inflates small Python calls, the timed build does not)."""
    profiler = cProfile.Profile()
    profiler.enable()
    total = _build(corpus / "series.yml", work / "profile-site")
    profiler.disable()
    raw: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    ours = [(func, row) for func, row in raw.items() if func[0].startswith(PACKAGE_DIR)]
    handlers = sum(
        row[3] for func, row in ours if func[0].endswith("plugin.py") and func[2].startswith("on_")
    )
    heaviest = sorted(ours, key=lambda item: item[1][3], reverse=True)[:top]
    return {
        "build_s": total,
        "handler_share": handlers / total,
        "top": [
            (f"{Path(func[0]).name}:{func[1]}({func[2]})", row[1], row[2], row[3])
            for func, row in heaviest
        ],
    }


def main() -> None:
    """``python benchmarks/inprocess.py timed|profile CORPUS WORK``: JSON on stdout."""
    mode, corpus, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if mode == "pure":
        json.dump(pure_timings(corpus), sys.stdout)
        return
    run = {"timed": timed_builds, "profile": profiled_build}[mode]
    json.dump(run(corpus, work), sys.stdout)


if __name__ == "__main__":
    main()
