"""Benchmark: the series plugin against MkDocs alone (the floor) and Material's blog plugin.

``python benchmarks/run.py`` generates a corpus per size, then builds floor, series and
material-blog in turn, round after round, each in a fresh ``python -m mkdocs build`` process
(wall time and the process's own peak RSS from ``os.wait4``). It prints and writes medians
and per-round ratios, the pure per-post timings, a profile of a build with the plugin and
``mkdocs serve`` rebuild times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import CONFIGS, generate

HERE = Path(__file__).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def snapshot(revision: str, into: Path) -> str:
    """Extract ``mkdocs_series`` at a git revision and put it first on ``PYTHONPATH``, so
    edits to the working tree during a run do not change what is measured."""
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(HERE.parent), "archive", revision, "mkdocs_series"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(into), ENV.get("PYTHONPATH")]))
    commit = subprocess.run(
        ["git", "-C", str(HERE.parent), "rev-parse", "--short", revision],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return f"mkdocs_series at commit {commit}"


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system: less sensitive than wall time to a busy machine
    peak_mib: float


def build_once(corpus: Path, name: str, site: Path) -> Run:
    """One ``mkdocs build`` in a fresh process: wall time and that process's peak RSS."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(corpus / f"{name}.yml")]
    command += ["-d", str(site)]
    start = time.perf_counter()
    # cwd: `python -m` puts the working directory first on sys.path
    process = subprocess.Popen(command, env=ENV, cwd=corpus, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{name} build failed ({process.returncode}): {' '.join(command)}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024)  # Linux: KiB


def rounds(corpus: Path, work: Path, count: int) -> dict[str, list[Run]]:
    """``count`` interleaved rounds, in turn forwards (floor, series, material-blog) and
    backwards: this machine slows down by up to 20% over a minute of builds, which would
    otherwise always favour the config built first in a round."""
    runs: dict[str, list[Run]] = {name: [] for name in CONFIGS}
    for number in range(1, count + 1):
        for name in CONFIGS if number % 2 else reversed(CONFIGS):
            runs[name].append(build_once(corpus, name, work / f"site-{name}"))
            last = runs[name][-1]
            print(
                f"  round {number} {name:13} {last.seconds:7.2f} s "
                f"(CPU {last.cpu_seconds:7.2f} s) {last.peak_mib:7.0f} MiB",
                flush=True,
            )
    return runs


def median_ratio(top: list[Run], bottom: list[Run], attr: str = "seconds") -> float:
    return statistics.median(
        getattr(a, attr) / getattr(b, attr) for a, b in zip(top, bottom, strict=True)
    )


def summary_row(posts: int, runs: dict[str, list[Run]]) -> dict[str, float]:
    def med(name: str, attr: str) -> float:
        return statistics.median(getattr(run, attr) for run in runs[name])

    floor, series, blog = runs["floor"], runs["series"], runs["material-blog"]
    return {
        "posts": posts,
        "rounds": len(floor),
        **{f"{name}_s": med(name, "seconds") for name in CONFIGS},
        **{f"{name}_mib": med(name, "peak_mib") for name in CONFIGS},
        "series/floor": median_ratio(series, floor),
        "cpu series/floor": median_ratio(series, floor, "cpu_seconds"),
        "cpu series/material-blog": median_ratio(series, blog, "cpu_seconds"),
        "series/material-blog": median_ratio(series, blog),
        "material-blog/floor": median_ratio(blog, floor),
        "mem series/floor": median_ratio(series, floor, "peak_mib"),
        "mem material-blog/floor": median_ratio(blog, floor, "peak_mib"),
    }


def table(rows: list[dict[str, float]]) -> str:
    head = (
        "| posts | rounds | floor s | series s | material-blog s | series/floor | "
        "series/material-blog | material-blog/floor | CPU series/floor | "
        "CPU series/material-blog | floor MiB | series MiB | "
        "material-blog MiB | mem series/floor | mem material-blog/floor |"
    )
    lines = [head, "|" + "---:|" * 15]
    for r in rows:
        cells = [
            f"{r['posts']:,.0f}",
            f"{r['rounds']:.0f}",
            *(f"{r[f'{n}_s']:.2f}" for n in CONFIGS),
            f"{r['series/floor']:.3f}",
            f"{r['series/material-blog']:.3f}",
            f"{r['material-blog/floor']:.3f}",
            f"{r['cpu series/floor']:.3f}",
            f"{r['cpu series/material-blog']:.3f}",
            *(f"{r[f'{n}_mib']:.0f}" for n in CONFIGS),
            f"{r['mem series/floor']:.3f}",
            f"{r['mem material-blog/floor']:.3f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = ", ".join(
        f"{pkg} {version(pkg)}" for pkg in ("mkdocs", "mkdocs-material", "mkdocs-series")
    )
    return (
        f"{dt.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, {memory:.1f} GiB, "
        f"Python {platform.python_version()} ({platform.platform()}), {versions}"
    )


def in_fresh_process(mode: str, corpus: Path, work: Path) -> dict[str, Any]:
    command = [sys.executable, str(HERE / "inprocess.py"), mode, str(corpus), str(work)]
    out = subprocess.run(
        command, env=ENV, cwd=corpus, check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def handler_line(label: str, step: dict[str, Any]) -> str:
    handlers: dict[str, float] = step["handlers_s"]
    total = sum(handlers.values())
    parts = ", ".join(f"{name} {s * 1000:.0f} ms" for name, s in sorted(handlers.items()))
    return (
        f"- {label}: build {step['build_s']:.2f} s; plugin handlers {total * 1000:.0f} ms = "
        f"**{total / step['build_s']:.1%}** ({parts})"
    )


def pure_and_profile(corpus: Path, work: Path, *, profile: bool) -> str:
    pure = in_fresh_process("pure", corpus, work)
    out = [
        f"- pure, per post (median {pure['words_median']:.0f} words): `read_post` "
        f"{pure['read_post_us']:.0f} us, `reading_time` {pure['reading_time_us']:.0f} us"
    ]
    if not profile:
        return "\n".join(out)
    timed = in_fresh_process("timed", corpus, work)
    prof = in_fresh_process("profile", corpus, work)
    out += [
        handler_line("cold in-process build (timing wrappers)", timed["cold"]),
        handler_line("same process, `serve`: its first build", timed["serve"]),
        handler_line("`serve`: rebuild after editing one post", timed["rebuild"]),
        handler_line("`serve --dirty`: rebuild after editing one post", timed["dirty"]),
        f"- cold build under cProfile: {prof['build_s']:.2f} s, handlers' cumulative share "
        f"{prof['handler_share']:.1%}",
        "",
        "| mkdocs_series function (cProfile, cold build) | calls | own s | cumulative s |",
        "|---|---:|---:|---:|",
        *(f"| `{name}` | {n:,} | {own:.3f} | {cum:.3f} |" for name, n, own, cum in prof["top"]),
    ]
    return "\n".join(out)


def serve_section(corpus: Path) -> str:
    from serve import rebuild_times

    out = []
    for dirty in (False, True):
        t = rebuild_times(corpus, dirty=dirty, env=ENV)
        edit, build = t["edit_to_reload_s"], t["rebuild_s"]
        assert isinstance(edit, list) and isinstance(build, list)
        out.append(
            f"- `mkdocs serve{' --dirty' if dirty else ''}`: start {t['startup_s']:.2f} s; "
            f"after editing one post: rebuild median {statistics.median(build):.2f} s "
            f"({', '.join(f'{x:.2f}' for x in build)}), edit-to-reload median "
            f"{statistics.median(edit):.2f} s"
        )
        print(out[-1])
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="post counts, comma-separated")
    parser.add_argument("--rounds", type=int, default=4, help="even: as many of each order")
    parser.add_argument("--quick", action="store_true", help="CI: 50 posts, 1 round")
    parser.add_argument(
        "--detail-size",
        type=int,
        default=1000,
        help="post count of the profile and serve runs (0: none)",
    )
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument(
        "--big",
        type=int,
        default=0,
        help="also build this many posts once, floor and series (e.g. 10000)",
    )
    parser.add_argument("--out", type=Path, default=HERE / "results-latest.md")
    parser.add_argument("--work", type=Path, default=None, help="keep corpora here")
    parser.add_argument(
        "--commit", default="", help="measure mkdocs_series at this git revision (e.g. HEAD)"
    )
    args = parser.parse_args()
    sizes = [50] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    count = 1 if args.quick else args.rounds
    detail = 50 if args.quick else args.detail_size

    rows = []
    with tempfile.TemporaryDirectory(prefix="series-bench-", dir=args.work) as tmp:
        source = snapshot(args.commit, Path(tmp) / "src") if args.commit else "installed"
        report = [f"# Benchmark results\n\n{machine()}; {source}\n"]
        print(report[0], flush=True)
        for posts in sizes:
            work = Path(tmp) / f"n{posts}"
            print(f"{posts} posts: generating")
            corpus = generate(work / "corpus", posts)
            rows.append(summary_row(posts, rounds(corpus, work, count)))
            print(table(rows[-1:]))
            extra = pure_and_profile(corpus, work, profile=posts == detail)
            print(extra)
            report.append(f"## {posts:,} posts\n\n{extra}\n")
            if posts == detail and not args.no_serve:
                report.append(serve_section(corpus) + "\n")
        if args.big:
            work = Path(tmp) / f"n{args.big}"
            print(f"{args.big} posts: generating")
            corpus = generate(work / "corpus", args.big)
            for name in ("floor", "series"):
                run = build_once(corpus, name, work / f"site-{name}")
                line = (
                    f"- {args.big:,} posts, {name}: {run.seconds:.2f} s "
                    f"(CPU {run.cpu_seconds:.2f} s), {run.peak_mib:.0f} MiB"
                )
                print(line)
                report.append(line)
    report.insert(
        1, "## Builds (medians; ratios are medians of per-round ratios)\n\n" + table(rows) + "\n"
    )
    args.out.write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
