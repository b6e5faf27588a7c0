"""The projection theme: type that scales with the window, high contrast, fixed function colours.

Projector views lay out labels made by :func:`label` with a *role* (``hero``, ``h1``, ``h2``,
``body``, ``small``); the projector window sets :func:`projection_stylesheet` for its size, so
every view's type grows and shrinks with the window. Painted widgets (charts) use
:func:`type_px` and the palette below.

Function colours are the Okabe-Ito colours, safe for the common forms of colour blindness:
marketing is always blue, sales always orange, a third function always bluish green. Colour
is never the only cue: each function also has a fill pattern and a marker shape, and charts
always print the function's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from msworkshop.domain import palette as shared_palette
from msworkshop.domain.palette import FUNCTION_COLOURS

# One palette for screen and paper: defined with the chart models in the domain.
MARKETING_COLOUR, SALES_COLOUR, THIRD_COLOUR = FUNCTION_COLOURS  # blue, orange, bluish green
# A second cue besides colour: fill pattern (for bars) and marker shape (for legends, dots).
FUNCTION_PATTERNS: tuple[Qt.BrushStyle, ...] = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
)
FUNCTION_MARKERS: tuple[str, ...] = ("●", "▲", "■")
WARNING_COLOUR = "#C0001A"  # overrun timers, errors: always with text ("+02:13"), never alone

# Sizes at a 1280x720 projector; a 1920x1080 one gets 1.5 times these. A body of 32 px on a
# 720-pixel-high image is about 4.4 % of the screen height: readable from the back of a room
# of 10 m with a 2.5 m wide screen.
BASE_HEIGHT = 720
ROLE_PX: dict[str, int] = {"hero": 96, "h1": 64, "h2": 44, "body": 32, "small": 28}
ROLES: tuple[str, ...] = tuple(ROLE_PX)


function_colour = shared_palette.function_colour  # the function at ``index`` (0 marketing)


def function_pattern(index: int) -> Qt.BrushStyle:
    return FUNCTION_PATTERNS[index % len(FUNCTION_PATTERNS)]


def function_marker(index: int) -> str:
    return FUNCTION_MARKERS[index % len(FUNCTION_MARKERS)]


@dataclass(frozen=True)
class ProjectionPalette:
    """Colours of one projection variant; contrast of text on background at least 12:1."""

    name: str
    background: str
    text: str
    muted: str  # secondary text, still at least 7:1
    surface: str  # panels, the empty part of a progress bar
    accent: str  # progress, highlights
    rule: str  # lines and frames


LIGHT = ProjectionPalette(
    name="light",
    background="#FFFFFF",
    text="#000000",
    muted="#2B2B2B",
    surface="#E6E6E6",
    accent=MARKETING_COLOUR,
    rule="#000000",
)
DARK = ProjectionPalette(
    name="dark",
    background="#000000",
    text="#FFFFFF",
    muted="#E0E0E0",
    surface="#3A3A3A",
    accent="#56B4E9",  # Okabe-Ito sky blue: brighter on black than #0072B2
    rule="#FFFFFF",
)
PALETTES: dict[str, ProjectionPalette] = {"light": LIGHT, "dark": DARK}


def palette(name: str) -> ProjectionPalette:
    return PALETTES.get(name, LIGHT)


def scale_for(width: int, height: int) -> float:
    """How much larger than at 1280x720 the type may be in a window of this size.

    A window narrower than 16:9 scales by its width, so lines do not overflow.
    """
    usable = min(height, width * 9 / 16)
    return max(0.5, usable / BASE_HEIGHT)


def type_px(role: str, scale: float) -> int:
    return round(ROLE_PX[role] * scale)


def projection_stylesheet(colours: ProjectionPalette, scale: float) -> str:
    """The projector window's style sheet for the current window size."""
    p = "QWidget#projector"
    roles = "\n".join(
        f"{p} QLabel#{role} {{ font-size: {type_px(role, scale)}px; }}" for role in ROLES
    )
    bar_height = type_px("h2", scale)
    border = max(2, round(3 * scale))
    return f"""
{p}, {p} QWidget#projectorPage {{ background: {colours.background}; }}
{p} QLabel {{ color: {colours.text}; background: transparent;
    font-size: {type_px("body", scale)}px; }}
{roles}
{p} QLabel#hero, {p} QLabel#h1, {p} QLabel#h2 {{ font-weight: bold; }}
{p} QLabel#small {{ color: {colours.muted}; }}
{p} QLabel#kicker {{ color: {colours.muted}; font-size: {type_px("h2", scale)}px; }}
{p} QFrame#promiseBox {{ border: {border}px solid {colours.rule};
    padding: {round(12 * scale)}px; }}
{p} QFrame#qrFrame {{ background: #FFFFFF; border: {border}px solid {colours.rule}; }}
{p} QFrame#qrFrame QLabel {{ color: #000000; }}
{p} QProgressBar {{ background: {colours.surface}; border: {border}px solid {colours.rule};
    min-height: {bar_height}px; max-height: {bar_height}px; }}
{p} QProgressBar::chunk {{ background: {colours.accent}; }}
{p} QLabel#timer {{ font-size: {type_px("h2", scale)}px; font-weight: bold;
    padding: 0 {round(12 * scale)}px; border: {border}px solid {colours.rule}; }}
{p} QLabel#timer[overrun="true"] {{ background: {WARNING_COLOUR}; color: #FFFFFF; }}
"""


def set_point_size(widget: QWidget, points: int, *, bold: bool = False) -> None:
    """A larger (or bold) font for one widget: cheaper than a style sheet, which makes Qt
    re-polish the widget with a style-sheet style (start-up pays for every one)."""
    font = widget.font()
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


def label(text: str = "", role: str = "body", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped projector label whose size follows the theme's ``role``."""
    if role not in ROLE_PX and role != "kicker":
        raise ValueError(f"unknown text role {role!r}")
    widget = QLabel(text, parent)
    widget.setObjectName(role)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after the widget's role (its object name) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
