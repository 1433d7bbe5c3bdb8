"""CPU time of cold builds and of the plugin's handlers, in one fresh process.

``python benchmarks/handlers_cpu.py CORPUS SITE_DIR BUILDS``: JSON on stdout, one entry per
build. ``time.thread_time`` instead of the wall clock of ``inprocess.py``, so that other
processes on a busy machine count less. Put a snapshot first on ``PYTHONPATH`` to measure a
given revision (``git archive REV mkdocs_series | tar -x -C DIR``).
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config

import mkdocs_series
from mkdocs_series.mkdocs.plugin import SeriesPlugin


def timed(name: str, original: Callable[..., Any], seconds: dict[str, float]) -> Any:
    @functools.wraps(original)  # keeps ``mkdocs_priority`` of ``event_priority``
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            seconds[name] += time.thread_time() - start

    return wrapper


def main() -> None:
    corpus, site, builds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    seconds: dict[str, float] = defaultdict(float)
    for name in dir(SeriesPlugin):
        if name.startswith("on_") and callable(getattr(SeriesPlugin, name)):
            setattr(SeriesPlugin, name, timed(name, getattr(SeriesPlugin, name), seconds))
    out = []
    for _ in range(builds):
        seconds.clear()
        config = load_config(str(corpus / "series.yml"), site_dir=str(site))
        start = time.thread_time()
        build(config)
        out.append(
            {
                "build_cpu_s": time.thread_time() - start,
                "handlers_cpu_s": dict(seconds),
                "package": mkdocs_series.__file__,
            }
        )
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
