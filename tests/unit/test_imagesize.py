"""Image sizes from file headers: tiny images of each format, made here byte by byte."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from mkdocs_series.core.imagesize import HEAD_BYTES, image_size, parse_ratio, read_image_size


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00;"


def jpeg(width: int, height: int, *, padding: int = 0, progressive: bool = False) -> bytes:
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    segments = b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0
    while padding > 0:  # APP1 segments standing for EXIF data or an ICC profile
        body = b"\x00" * min(padding, 65000)
        segments += b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
        padding -= len(body)
    frame = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    sof = b"\xff\xc2" if progressive else b"\xff\xc0"
    return b"\xff\xd8" + segments + sof + struct.pack(">H", len(frame) + 2) + frame + b"\xff\xd9"


def webp_lossy(width: int, height: int) -> bytes:
    vp8 = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", width, height) + b"\x00" * 10
    body = b"WEBP" + b"VP8 " + struct.pack("<I", len(vp8)) + vp8
    return b"RIFF" + struct.pack("<I", len(body)) + body


def webp_lossless(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    vp8l = b"\x2f" + struct.pack("<I", bits) + b"\x00" * 4
    body = b"WEBP" + b"VP8L" + struct.pack("<I", len(vp8l)) + vp8l
    return b"RIFF" + struct.pack("<I", len(body)) + body


def webp_extended(width: int, height: int) -> bytes:
    vp8x = (
        b"\x10\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    )
    body = b"WEBP" + b"VP8X" + struct.pack("<I", len(vp8x)) + vp8x
    return b"RIFF" + struct.pack("<I", len(body)) + body


SHAPES = [(1200, 630), (800, 800), (600, 900)]  # wide, square, portrait


@pytest.mark.parametrize("size", SHAPES)
@pytest.mark.parametrize(
    "make", [png, gif, jpeg, webp_lossy, webp_lossless, webp_extended], ids=lambda f: f.__name__
)
def test_each_format_gives_its_size(make, size) -> None:  # type: ignore[no-untyped-def]
    assert image_size(make(*size)) == size


def test_progressive_jpeg() -> None:
    assert image_size(jpeg(640, 480, progressive=True)) == (640, 480)


@pytest.mark.parametrize(
    ("svg", "size"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">', (1200, 630)),
        ("<?xml version='1.0'?>\n<!-- c -->\n<svg width='300px' height='450px'>", (300, 450)),
        ('<svg viewBox="0 0 800 800" xmlns="http://www.w3.org/2000/svg">', (800, 800)),
        ('<svg width="100%" height="100%" viewBox="0,0,600,900">', (600, 900)),
        ('<svg width="400" viewBox="0 0 800 1200">', (400, 600)),
        ('<svg width="10cm" height="5cm">', None),  # no pixels, no viewBox
        ("<html><body>not an image</body></html>", None),
    ],
)
def test_svg_size_from_width_height_or_viewbox(svg: str, size: tuple[int, int] | None) -> None:
    assert image_size((svg + "</svg>").encode()) == size


@pytest.mark.parametrize(
    "data",
    [b"", b"\x89PNG\r\n\x1a\n", b"GIF89a\x00\x00\x00\x00", b"\xff\xd8\xff", b"RIFF\0\0\0\0WEBP"],
)
def test_cut_short_or_empty_headers_have_no_size(data: bytes) -> None:
    assert image_size(data) is None


def test_read_image_size_reads_a_jpeg_past_large_metadata(tmp_path: Path) -> None:
    big = tmp_path / "big.jpg"
    big.write_bytes(jpeg(1024, 768, padding=3 * HEAD_BYTES))
    assert read_image_size(big) == (1024, 768)
    assert read_image_size(tmp_path / "missing.png") is None


@pytest.mark.parametrize(
    ("value", "ratio"),
    [(1.91, (1.91, 1.0)), (2, (2.0, 1.0)), ("16:9", (16.0, 9.0)), ("4 / 3", (4.0, 3.0))],
)
def test_parse_ratio(value: object, ratio: tuple[float, float]) -> None:
    assert parse_ratio(value) == ratio


@pytest.mark.parametrize("value", ["wide", "16:0", "1:2:3", -1, True, [16, 9], "nan"])
def test_parse_ratio_refuses_what_is_no_ratio(value: object) -> None:
    with pytest.raises(ValueError, match="option 'image_ratio'"):
        parse_ratio(value)
