"""Benchmark: Zensical building the synthetic blog with and without ``mkdocs_series.zensical``.

``python benchmarks/zensical_bench.py --posts 1000 --rounds 4`` generates the corpus of
``generate.py``, writes the listing pages once (``python -m mkdocs_series init-pages``, so
both builds render the same pages) and times, round after round in alternating order, each
in a fresh ``python -m zensical build`` process:

* ``cold``: ``--clean`` (Zensical's cache emptied: every page rendered);
* ``cached``: again with nothing changed (Zensical renders no page; our code never runs);
* ``edited``: after one post's text changed (without the extension Zensical renders that
  page alone; with it, ``watch: [docs]`` makes it render every page, so that the other
  parts' boxes and the listing follow).

It then builds once in this process with timers around the extension's two costs (reading
the blog once per build, and the work on each page) to show where the time goes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import SITE, generate

HERE = Path(__file__).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
CONFIGS = {
    "zensical-floor": SITE + "plugins: []\n",
    "zensical-series": SITE
    + "plugins:\n  - series\nmarkdown_extensions:\n  - mkdocs_series.zensical\n"
    + "watch:\n  - docs\n",
}
STEPS = ("cold", "cached", "edited")


def build_once(corpus: Path, name: str, *, clean: bool) -> tuple[float, float]:
    """One ``zensical build`` in a fresh process: wall and CPU seconds."""
    command = [sys.executable, "-m", "zensical", "build", "-f", str(corpus / name / "mkdocs.yml")]
    start = time.perf_counter()
    process = subprocess.Popen(
        command + (["--clean"] if clean else []),
        env=ENV,
        cwd=corpus / name,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{name}: {' '.join(command)} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def edit_one_post(corpus: Path, name: str, number: int) -> None:
    path = corpus / name / "docs" / "blog" / "posts" / "post-00003.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\nEdit {number}.\n", encoding="utf-8")


def prepare(work: Path, posts: int) -> Path:
    """One copy of the corpus per config (each has its own cache beside its config)."""
    for name, config in CONFIGS.items():
        generate(work / name, posts)
        (work / name / "mkdocs.yml").write_text(config, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "mkdocs_series", "init-pages"],
            cwd=work / name,
            env=ENV,
            check=True,
            capture_output=True,
        )
    return work


def where_time_goes(corpus: Path) -> str:
    """A cold build in this process with timers around the extension's work."""
    import zensical

    from mkdocs_series.render import standalone
    from mkdocs_series.zensical import extension

    spent = {"read_blog": 0.0, "pages": 0.0}
    calls = {"read_blog": 0, "pages": 0}
    read_blog, run = standalone.read_blog, extension.SeriesTreeprocessor.run

    def timed_read(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return read_blog(*args, **kwargs)
        finally:
            spent["read_blog"] += time.perf_counter() - start
            calls["read_blog"] += 1

    def timed_run(self, root):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return run(self, root)
        finally:
            spent["pages"] += time.perf_counter() - start
            calls["pages"] += 1

    extension.read_blog = timed_read  # type: ignore[attr-defined]
    extension.SeriesTreeprocessor.run = timed_run  # type: ignore[method-assign]
    config = corpus / "zensical-series" / "mkdocs.yml"
    start = time.perf_counter()
    zensical.build(str(config), {"clean": True, "strict": False})
    total = time.perf_counter() - start
    pages = spent["pages"] - spent["read_blog"]  # the blog is read inside the first page
    return (
        f"cold build in one process: {total:.2f} s; reading the blog "
        f"{spent['read_blog']:.2f} s ({calls['read_blog']} time(s)); the work on pages "
        f"{pages:.2f} s over {calls['pages']} Markdown conversions "
        f"({pages / max(calls['pages'], 1) * 1e6:.0f} us each); together "
        f"{(spent['pages']) / total:.1%} of the build"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument(
        "--steps", default=",".join(STEPS), help="which builds to time: cold,cached,edited"
    )
    parser.add_argument(
        "--detail-posts",
        type=int,
        default=None,
        help="post count of the timed in-process build (default: --posts; 0: none)",
    )
    parser.add_argument("--out", type=Path, default=HERE / "results-zensical-latest.md")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="zensical-bench-"))
    steps = [step for step in args.steps.split(",") if step]
    corpus = prepare(work, args.posts)
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    names = list(CONFIGS)
    for number in range(1, args.rounds + 1):
        for name in names if number % 2 else reversed(names):
            for step in steps:
                if step == "edited":
                    edit_one_post(corpus, name, number)
                wall, cpu = build_once(corpus, name, clean=step == "cold")
                times.setdefault((name, step), []).append((wall, cpu))
                print(
                    f"round {number} {name:16} {step:7} {wall:6.2f} s (CPU {cpu:6.2f} s)",
                    flush=True,
                )
    lines = [
        f"# Zensical benchmark: {args.posts} posts, {args.rounds} rounds",
        "",
        "| build | without (s) | with extension (s) | ratio | CPU without (s) | CPU with (s) "
        "| CPU ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for step in steps:
        floor = times[("zensical-floor", step)]
        series = times[("zensical-series", step)]
        ratio = statistics.median(s[0] / f[0] for s, f in zip(series, floor, strict=True))
        cpu = statistics.median(s[1] / f[1] for s, f in zip(series, floor, strict=True))
        lines.append(
            f"| {step} | {statistics.median(f[0] for f in floor):.2f} | "
            f"{statistics.median(s[0] for s in series):.2f} | {ratio:.2f}x | "
            f"{statistics.median(f[1] for f in floor):.2f} | "
            f"{statistics.median(s[1] for s in series):.2f} | {cpu:.2f}x |"
        )
    detail = args.posts if args.detail_posts is None else args.detail_posts
    if detail:
        small = corpus if detail == args.posts else prepare(work / f"detail-{detail}", detail)
        lines += ["", f"{detail} posts: {where_time_goes(small)}", ""]
    report = "\n".join(lines)
    print(report)
    args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
