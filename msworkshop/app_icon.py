"""The application icon's files (Qt-free): the UI gives the SVG to ``QIcon``; the desktop
entry, the Windows executable and the macOS app use the rendered PNG, ICO and ICNS files
(made from the SVG by ``scripts/make_icons.py``)."""

from __future__ import annotations

from pathlib import Path

from msworkshop.resource_files import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_path() -> Path:
    """The scalable icon: ``QIcon(str(app_icon_path()))`` is sharp at every size."""
    return resource_path("icons", "msworkshop.svg")


def app_icon_png(size: int) -> Path:
    """The icon rendered at ``size`` pixels (one of ICON_SIZES)."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes are {ICON_SIZES}")
    return resource_path("icons", f"msworkshop-{size}.png")
