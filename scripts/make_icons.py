#!/usr/bin/env python3
"""Render the application icon (resources/icons/msworkshop.svg) into the PNG, ICO and ICNS
files the desktop entry, Windows and macOS need; run it after editing the SVG:

    .venv/bin/python scripts/make_icons.py

The PNGs come from Qt's SVG renderer; the ICO and ICNS files hold those PNGs as they are
(both formats allow PNG entries), so no image library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(svg: Path, size: int) -> bytes:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size, kind in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage and fonts need one
    svg = ICONS / "msworkshop.svg"
    pngs = {size: render(svg, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        (ICONS / f"msworkshop-{size}.png").write_bytes(data)
    (ICONS / "msworkshop.png").write_bytes(pngs[256])
    (ICONS / "msworkshop.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "msworkshop.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs) + 3} files to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
