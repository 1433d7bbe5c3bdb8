"""Take the README's screenshots of the example site, headless.

Builds ``example_site`` into a temporary folder with real MkDocs, serves it on 127.0.0.1 and
photographs it with the system Chromium (``/usr/bin/chromium``, never downloaded) through
Playwright, in the light palette at 1280 px wide:

* ``docs/screenshots/listing.png``: the home page listing, down to the end of the third card
  (their covers are wide, square and portrait);
* ``docs/screenshots/series-box.png``: part 2 of "Distributed Systems in Finance", its title,
  meta line and series box.

Usage: ``python tools/screenshots.py [--out FOLDER] [--built SITE_DIR]``. Fails if a PNG
exceeds ``--max-kb``.
"""

from __future__ import annotations

import argparse
import functools
import struct
import sys
import tempfile
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a script: `tools` is a package of the repository

from tools.localserve import CHROMIUM, CHROMIUM_ARGS, QuietHandler, QuietServer  # noqa: E402

SITE = REPO / "example_site"
WIDTH = 1280
SERIES_PART_2 = "posts/message-oriented-architectures/"
MARGIN = 24  # px of page kept around the photographed area


def build_site(out: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(SITE / "mkdocs.yml"), site_dir=str(out), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    build(config)


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _unfilter(data: bytes, width: int, height: int, bpp: int) -> list[bytearray]:
    """The pixel rows of a non-interlaced 8-bit PNG's inflated image data."""
    stride = width * bpp
    rows: list[bytearray] = []
    prev = bytearray(stride)
    for y in range(height):
        kind = data[y * (stride + 1)]
        line = data[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]
        if kind == 0:
            out = bytearray(line)
        elif kind == 2:
            out = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
        else:
            out = bytearray(line)
            for i in range(stride):
                left = out[i - bpp] if i >= bpp else 0
                if kind == 1:
                    out[i] = (out[i] + left) & 255
                elif kind == 3:
                    out[i] = (out[i] + (left + prev[i]) // 2) & 255
                else:  # 4, Paeth
                    up, corner = prev[i], prev[i - bpp] if i >= bpp else 0
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                    out[i] = (out[i] + pred) & 255
        rows.append(out)
        prev = out
    return rows


def recompress(path: Path) -> None:
    """Rewrite a PNG's image data smaller, losslessly.

    Chromium dithers gradients (the example's SVG covers are full of them), and on that
    noise its per-row filters cost more than they save: unfiltered rows at zlib level 9
    come out ~15% smaller. Kept only if smaller.
    """
    data = path.read_bytes()
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        chunks.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if depth != 8 or colour not in (2, 6) or interlace:
        return
    inflated = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    rows = _unfilter(inflated, width, height, 3 if colour == 2 else 4)
    packed: bytes | None = zlib.compress(b"".join(b"\x00" + row for row in rows), 9)
    out = [data[:8]]
    for kind, body in chunks:
        if kind == b"IDAT":
            if packed is None:
                continue
            body, packed = packed, None
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        out.append(struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc))
    smaller = b"".join(out)
    if len(smaller) < len(data):
        path.write_bytes(smaller)


def _load_images(page: Any) -> None:
    page.evaluate("() => document.querySelectorAll('img').forEach(i => { i.loading = 'eager'; })")
    page.wait_for_function("() => [...document.images].every(i => i.complete)")


def _clip(page: Any, top_selector: str | None, bottom_selector: str) -> Any:
    """From ``top_selector``'s top (or the page's top) to ``bottom_selector``'s bottom."""
    box: dict[str, float] = page.evaluate(
        """([top, bottom]) => {
            const y = top ? document.querySelector(top).getBoundingClientRect().top
                            + window.scrollY : 0;
            const end = document.querySelector(bottom).getBoundingClientRect().bottom
                        + window.scrollY;
            return {y, end};
        }""",
        [top_selector, bottom_selector],
    )
    y = max(0.0, box["y"] - (MARGIN if top_selector else 0))
    return {"x": 0, "y": y, "width": WIDTH, "height": box["end"] + MARGIN - y}


def take(url: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    shots = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport={"width": WIDTH, "height": 900}, color_scheme="light", device_scale_factor=1
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

        page.goto(url)
        assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
        _load_images(page)
        path = out / "listing.png"
        clip = _clip(
            page, None, ".series-listing > article.series-card:nth-child(3) .series-card__more"
        )
        page.screenshot(path=str(path), clip=clip, full_page=True, animations="disabled")
        shots.append(path)

        page.goto(url + SERIES_PART_2)
        _load_images(page)
        path = out / "series-box.png"
        clip = _clip(page, ".series-post h1", ".series-post .series-box")
        page.screenshot(path=str(path), clip=clip, full_page=True, animations="disabled")
        shots.append(path)

        browser.close()
    if errors:
        raise SystemExit("browser errors while taking screenshots:\n" + "\n".join(errors))
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--max-kb", type=int, default=350, help="largest PNG allowed (kB)")
    parser.add_argument(
        "--built", type=Path, help="photograph this already built example site instead"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.built or Path(tmp) / "site"
        if not args.built:
            build_site(site)
        with serve(site) as url:
            shots = take(url, args.out)
    status = 0
    for path in shots:
        recompress(path)
        size = path.stat().st_size
        too_big = size > args.max_kb * 1000
        print(f"{path}: {size / 1000:.0f} kB" + (f", over {args.max_kb} kB" if too_big else ""))
        status |= too_big
    return status


if __name__ == "__main__":
    sys.exit(main())
