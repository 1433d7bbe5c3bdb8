"""Deterministic synthetic blog corpus for the benchmark (seeded, no network).

``python benchmarks/generate.py OUT_DIR --posts N`` writes ``OUT_DIR/docs/`` (a home page, the
blog's ``index.md``, ``blog/posts/*.md`` and ``blog/images/*``) and three site configs that
build the same posts with the material theme and no search plugin:

* ``floor.yml``: no blog plugin, posts kept out of the nav (``not_in_nav``): MkDocs' own cost;
* ``series.yml``: ``plugins: [series]``, no options;
* ``material-blog.yml``: Material's ``blog`` plugin, ``blog_dir: blog``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import struct
import zlib
from pathlib import Path

CONFIGS = ("floor", "series", "material-blog")
IMAGES = 40  # shared pool: half PNG, half SVG
SERIES_SHARE = 0.4

_PROSE = (
    "build cache config deploy docs error file graph hash index json kernel layout markdown "
    "module network object parser query render schema server static table theme token update "
    "value widget yaml async buffer commit daemon event filter header input lambda memory "
    "output packet queue record socket thread vector window python plugin series blog reader "
    "the a of and to in is that for it with as on was be by this are or from at an which but "
    "not have has had were can will would should could about into than then them these those"
)
WORDS = _PROSE.split()
CODE = (
    "def {n}(items):\n    total = 0\n    for item in items:\n        total += item.size\n"
    "    return total\n",
    "for f in files:\n    if f.is_modified():\n        rebuild(f)\n",
    "config = load_config('mkdocs.yml')\nbuild(config, dirty=True)\n",
)

SITE = """site_name: Benchmark blog
site_url: https://example.com/
docs_dir: docs
theme:
  name: material
"""
PLUGINS = {
    "floor": "plugins: []\nnot_in_nav: |\n  /blog/posts/\n",
    "series": "plugins:\n  - series\n",
    "material-blog": "plugins:\n  - blog:\n      blog_dir: blog\n",
}


def png(rgb: tuple[int, int, int], size: int = 16) -> bytes:
    """A real ``size`` x ``size`` one-colour PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )


def svg(rgb: tuple[int, int, int]) -> str:
    colour = "#{:02x}{:02x}{:02x}".format(*rgb)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32">'
        f'<rect width="64" height="32" fill="{colour}"/></svg>\n'
    )


def image_names() -> list[str]:
    return [f"img-{i:02d}.{'png' if i % 2 == 0 else 'svg'}" for i in range(IMAGES)]


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, words: int) -> str:
    out: list[str] = []
    while words > 0:
        n = min(words, rng.randint(8, 20))
        out.append(sentence(rng, n))
        words -= n
    return " ".join(out)


def body(rng: random.Random, words: int) -> str:
    """First paragraph, ``<!-- more -->``, then sections with code blocks and images."""
    first = rng.randint(30, 60)
    parts = [paragraph(rng, first), "<!-- more -->"]
    left = max(words - first, 0)
    section = 0
    while left > 0:
        section += 1
        parts.append(f"## {sentence(rng, rng.randint(2, 5))[:-1]} {section}")
        for _ in range(rng.randint(1, 4)):
            n = min(left, rng.randint(40, 140))
            parts.append(paragraph(rng, n))
            left -= n
            if left <= 0:
                break
        if rng.random() < 0.5:
            code = rng.choice(CODE).format(n=f"size_{section}")
            parts.append(f"```python\n{code}```")
        if rng.random() < 0.3:
            parts.append(f"![Figure {section}](../images/{rng.choice(image_names())})")
    return "\n\n".join(parts) + "\n"


def series_of(rng: random.Random, n: int) -> dict[int, tuple[str, int]]:
    """~40% of the posts in series of 2-6 parts: post index -> (series name, part)."""
    order = list(range(n))
    rng.shuffle(order)
    target, used, number = round(n * SERIES_SHARE), 0, 0
    found: dict[int, tuple[str, int]] = {}
    while target - used >= 2:
        size = min(rng.randint(2, 6), target - used)
        number += 1
        name = f"Series {number}: {sentence(rng, 3)[:-1]}"
        for part, index in enumerate(sorted(order[used : used + size]), start=1):
            found[index] = (name, part)
        used += size
    return found


def post(rng: random.Random, index: int, in_series: tuple[str, int] | None) -> str:
    date = dt.date(2012, 1, 1) + dt.timedelta(days=index // 2)
    meta: list[str] = [
        f"title: {json.dumps(f'Post {index}: {sentence(rng, rng.randint(3, 8))[:-1]}')}",
        f"date: {date.isoformat()}",
    ]
    if in_series is not None:
        meta += [f"series: {json.dumps(in_series[0])}", f"series_part: {in_series[1]}"]
    if rng.random() < 0.5:
        meta.append(f"image: ../images/{rng.choice(image_names())}")
    if rng.random() < 0.25:
        meta.append(f"description: {json.dumps(sentence(rng, 20))}")
    return "---\n" + "\n".join(meta) + "\n---\n\n" + body(rng, rng.randint(300, 3000))


def generate(out: Path, posts: int, seed: int = 5) -> Path:
    """Write the corpus and the three configs into ``out``; return ``out``."""
    rng = random.Random(seed)
    docs = out / "docs"
    (docs / "blog" / "posts").mkdir(parents=True, exist_ok=True)
    (docs / "blog" / "images").mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Benchmark blog\n\nA synthetic blog.\n", encoding="utf-8")
    (docs / "blog" / "index.md").write_text("# Blog\n", encoding="utf-8")
    for i, name in enumerate(image_names()):
        rgb = (i * 37 % 256, i * 91 % 256, i * 53 % 256)
        path = docs / "blog" / "images" / name
        if name.endswith(".png"):
            path.write_bytes(png(rgb))
        else:
            path.write_text(svg(rgb), encoding="utf-8")
    series = series_of(rng, posts)
    for index in range(posts):
        text = post(rng, index, series.get(index))
        (docs / "blog" / "posts" / f"post-{index:05d}.md").write_text(text, encoding="utf-8")
    for name in CONFIGS:
        (out / f"{name}.yml").write_text(SITE + PLUGINS[name], encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    generate(args.out, args.posts, args.seed)
    print(f"wrote {args.posts} posts and {', '.join(CONFIGS)}.yml to {args.out}")


if __name__ == "__main__":
    main()
