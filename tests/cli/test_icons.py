"""The application icon: every rendered size really has that size, the ICO and ICNS files
are well formed, and Qt loads the SVG the way the UI does (QIcon from the file)."""

from __future__ import annotations

import struct

import pytest

from msworkshop.app_icon import ICON_SIZES, app_icon_path, app_icon_png

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_has_its_size(size: int) -> None:
    assert png_size(app_icon_png(size).read_bytes()) == (size, size)


def test_unknown_size_is_refused() -> None:
    with pytest.raises(ValueError):
        app_icon_png(100)


def test_ico_holds_pngs_from_16_to_256() -> None:
    data = (app_icon_path().parent / "msworkshop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        real = png_size(data[offset : offset + length])
        assert real == ((width or 256), (height or 256))
        sizes.append(real[0])
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_entries_add_up_and_hold_pngs() -> None:
    data = (app_icon_path().parent / "msworkshop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        assert data[position + 8 : position + 16] == PNG_MAGIC
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert b"ic09" in kinds and b"ic07" in kinds  # 512 and 128 px


def test_qt_loads_the_svg_icon_at_every_size(qapp: object) -> None:
    from PySide6.QtGui import QIcon

    icon = QIcon(str(app_icon_path()))
    assert not icon.isNull()
    for size in (16, 48, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        centre_left = image.pixelColor(size * 3 // 10, size // 2)  # on the blue tile
        assert centre_left.alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
