"""Small QPainter helpers shared by the chart widgets: patterned bars, markers, axes, text.

Every text goes through :func:`~msworkshop.ui.charts.placed_text.place_text`, so the layout
audit can read where it went.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from msworkshop.domain.charts import Scale, fit_label
from msworkshop.domain.number_format import format_number
from msworkshop.ui.charts.base import ChartColours
from msworkshop.ui.charts.placed_text import place_text

HATCH_SPACING = 7.0
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


def metrics(painter: QPainter) -> QFontMetricsF:
    return QFontMetricsF(painter.font())


def bold(font: QFont) -> QFont:
    copy = QFont(font)
    copy.setBold(True)
    return copy


def fitted(painter: QPainter, text: str, width: float) -> str:
    return fit_label(text, width, metrics(painter).horizontalAdvance)


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    colour: str,
    align: Qt.AlignmentFlag = ALIGN_LEFT,
    elide: bool = True,
) -> None:
    painter.setPen(QColor(colour))
    place_text(painter, rect, align, text, fitted(painter, text, rect.width()) if elide else text)


def draw_lines(
    painter: QPainter,
    boxes: Sequence[QRectF],
    text: str,
    lines: Sequence[str],
    colour: str,
    align: Qt.AlignmentFlag = ALIGN_LEFT,
) -> None:
    """``text`` wrapped into ``lines`` (see ``charts.wrap_label``), one per box. When the lines
    do not hold all of ``text`` the last one counts as cut, so the layout audit sees it."""
    painter.setPen(QColor(colour))
    whole = " ".join(lines) == " ".join(text.split())
    for number, (box, shown) in enumerate(zip(boxes, lines, strict=True)):
        last = number == len(lines) - 1
        place_text(painter, box, align, shown if whole or not last else text, shown)


def fill_bar(painter: QPainter, rect: QRectF, colour: str, pattern: str) -> None:
    """A bar in the function's colour; hatching (drawn as lines, so SVG keeps it) for the
    second and third function, so the bars read in black and white too."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRect(rect)
    if pattern in ("hatch", "cross"):
        painter.setClipRect(rect)
        painter.setPen(QPen(QColor(255, 255, 255, 190), 1.4))
        directions = (1, -1) if pattern == "cross" else (1,)
        for direction in directions:
            offset = -rect.height()
            while offset < rect.width():
                x0 = rect.left() + offset
                if direction > 0:
                    painter.drawLine(QLineF(x0, rect.bottom(), x0 + rect.height(), rect.top()))
                else:
                    painter.drawLine(QLineF(x0, rect.top(), x0 + rect.height(), rect.bottom()))
                offset += HATCH_SPACING
    painter.restore()


def draw_marker(painter: QPainter, centre: QPointF, radius: float, colour: str, index: int) -> None:
    """Circle, triangle or square per function: a second cue besides colour."""
    painter.save()
    painter.setPen(QPen(QColor("#FFFFFF"), max(1.0, radius / 5)))
    painter.setBrush(QColor(colour))
    shape = index % 3
    if shape == 0:
        painter.drawEllipse(centre, radius, radius)
    elif shape == 1:
        path = QPainterPath()
        path.moveTo(centre.x(), centre.y() - radius * 1.1)
        path.lineTo(centre.x() + radius * 1.05, centre.y() + radius * 0.8)
        path.lineTo(centre.x() - radius * 1.05, centre.y() + radius * 0.8)
        path.closeSubpath()
        painter.drawPath(path)
    else:
        r = radius * 0.9
        painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
    painter.restore()


def draw_suppressed(painter: QPainter, rect: QRectF, text: str, colours: ChartColours) -> None:
    painter.save()
    painter.setPen(QPen(QColor(colours.grid), 1, Qt.PenStyle.DashLine))
    painter.setBrush(QColor(colours.surface))
    painter.drawRoundedRect(rect, 6, 6)
    painter.setPen(QColor(colours.muted))
    place_text(
        painter,
        rect.adjusted(8, 0, -8, 0),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.restore()


def draw_axis(
    painter: QPainter,
    scale: Scale,
    left: float,
    width: float,
    top: float,
    bottom: float,
    colours: ChartColours,
    decimals: int = 0,
) -> None:
    """Vertical grid lines at every tick from ``top`` to ``bottom``, labels under ``bottom``."""
    fm = metrics(painter)
    painter.save()
    for tick in scale.ticks:
        x = scale.position(tick, left, width)
        painter.setPen(QPen(QColor(colours.grid), 1))
        painter.drawLine(QLineF(x, top, x, bottom))
        text = format_number(tick, decimals)
        w = fm.horizontalAdvance(text) + 4
        painter.setPen(QColor(colours.muted))
        place_text(painter, QRectF(x - w / 2, bottom + 2, w, fm.height()), ALIGN_CENTER, text)
    painter.restore()


def legend(
    painter: QPainter,
    rect: QRectF,
    entries: list[tuple[str, str, str, int]],
    colours: ChartColours,
) -> None:
    """One line: a marker and the name per function (name, colour, pattern, index)."""
    fm = metrics(painter)
    x = rect.left()
    size = fm.height() * 0.7
    for name, colour, pattern, index in entries:
        swatch = QRectF(x, rect.center().y() - size / 2, size * 1.6, size)
        fill_bar(painter, swatch, colour, pattern)
        draw_marker(
            painter,
            QPointF(swatch.right() + size * 0.8, rect.center().y()),
            size * 0.45,
            colour,
            index,
        )
        x = swatch.right() + size * 1.6
        width = fm.horizontalAdvance(name) + 4
        draw_text(painter, QRectF(x, rect.top(), width, rect.height()), name, colours.text)
        x += width + size * 1.5
