"""An image's width and height in pixels, read from its file's header (pure).

PNG, GIF, JPEG, WebP (lossy, lossless and extended) and SVG; anything else, or a file
that is cut short or not what its header says, has no size (``None``). Declaring the real
size on ``<img>`` lets the browser reserve the image's box before it loads, so the page
does not jump, whatever the image's shape.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from pathlib import Path

from .models import Catalog

# Enough for the header of every format here but JPEG, whose size comes after its
# metadata (EXIF, ICC profiles): for a JPEG not sized in this much, the whole file is read.
HEAD_BYTES = 64 * 1024

_SVG_TAG = re.compile(rb"<svg\b[^>]*>", re.IGNORECASE | re.DOTALL)
_SVG_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px)?\s*")
_JPEG_SOF = frozenset(
    (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF)
)


def image_size(data: bytes) -> tuple[int, int] | None:
    """``(width, height)`` of the image whose file starts with ``data``, else ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(data)
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return _positive(*struct.unpack("<HH", data[6:10])) if len(data) >= 10 else None
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    return _svg(data)


def read_image_size(path: str | Path) -> tuple[int, int] | None:
    """``image_size`` of the file at ``path``; ``None`` when it cannot be read."""
    try:
        with open(path, "rb") as file:
            data = file.read(HEAD_BYTES)
            size = image_size(data)
            if size is None and data.startswith(b"\xff\xd8") and len(data) == HEAD_BYTES:
                size = image_size(data + file.read())
    except OSError:
        return None
    return size


def _positive(width: int, height: int) -> tuple[int, int] | None:
    return (width, height) if width > 0 and height > 0 else None


def _png(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return _positive(*struct.unpack(">II", data[16:24]))


def _jpeg(data: bytes) -> tuple[int, int] | None:
    """The size in the first start-of-frame segment, walking the segments from the top."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # segments without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _JPEG_SOF:
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return _positive(width, height)
        if marker == 0xDA or length < 2:  # image data begins, or a broken segment
            return None
        at += 2 + length
    return None


def _webp(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return _positive(width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        (bits,) = struct.unpack("<I", data[21:25])
        return _positive((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return _positive(width, height)
    return None


def _svg(data: bytes) -> tuple[int, int] | None:
    """``width``/``height`` in pixels (or without a unit) of the root ``<svg>``, else its
    ``viewBox``; a size in ``%``, ``em`` or ``cm`` says nothing about pixels."""
    tag = _SVG_TAG.search(data)
    if tag is None:
        return None
    text = tag.group(0).decode("utf-8", "replace")
    attributes = {
        name.lower(): value
        for name, value in re.findall(r"""([A-Za-z:-]+)\s*=\s*["']([^"']*)["']""", text)
    }
    width = _svg_length(attributes.get("width"))
    height = _svg_length(attributes.get("height"))
    if width and height:
        return _positive(round(width), round(height))
    box = re.split(r"[\s,]+", attributes.get("viewbox", "").strip())
    try:
        box_width, box_height = float(box[2]), float(box[3])
    except (IndexError, ValueError):
        return None
    if box_width <= 0 or box_height <= 0:
        return None
    if width:  # one length given: the other follows the viewBox's shape
        return _positive(round(width), round(width * box_height / box_width))
    if height:
        return _positive(round(height * box_width / box_height), round(height))
    return _positive(round(box_width), round(box_height))


def _svg_length(value: str | None) -> float | None:
    match = _SVG_LENGTH.fullmatch(value or "")
    return float(match.group(1)) if match else None


def parse_ratio(value: object) -> tuple[float, float]:
    """The ``image_ratio`` option as ``(width, height)``: ``1.91`` -> ``(1.91, 1.0)``,
    ``"16:9"`` or ``"16/9"`` -> ``(16.0, 9.0)``; ``ValueError`` naming the option else."""
    problem = ValueError(
        f"option 'image_ratio': expected a width-to-height ratio such as 1.91 or \"16:9\", "
        f"found {value!r}"
    )
    if isinstance(value, bool):
        raise problem
    if isinstance(value, (int, float)):
        parts: list[float] = [float(value), 1.0]
    elif isinstance(value, str):
        try:
            parts = [float(part) for part in re.split(r"\s*[:/]\s*", value.strip())]
        except ValueError:
            raise problem from None
        if len(parts) == 1:
            parts.append(1.0)
    else:
        raise problem
    if len(parts) != 2 or not all(0 < part < 1e6 for part in parts):
        raise problem
    return parts[0], parts[1]


def catalog_image_sizes(
    catalog: Catalog, path_of: Callable[[str], str | Path | None]
) -> dict[str, tuple[int, int]]:
    """``src_uri`` -> ``(width, height)`` of every featured and series image of ``catalog``
    whose file (``path_of(src_uri)``; ``None``: no file on disk) says its size in its
    header. Each file is read once, however many posts share it."""
    images = [*catalog.images.values()]
    images += [series.image for series in catalog.series.values() if series.image is not None]
    sizes: dict[str, tuple[int, int]] = {}
    for image in images:
        if image.src_uri is None or image.src_uri in sizes:
            continue
        path = path_of(image.src_uri)
        size = read_image_size(path) if path is not None else None
        if size is not None:
            sizes[image.src_uri] = size
    return sizes
