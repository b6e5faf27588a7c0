"""Then and now for the room: per function an arrow on the stage axis from where it stood in
the earlier round (open dot) to where it stands in the later one (filled dot).

One column per stage, a stage's position in the middle of its column; at the end of each row
the two positions in figures. A hidden function says so in its row instead of an arrow.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from msworkshop.domain.charts import MovementChartData, MovementRow, label_width, wrap_label
from msworkshop.ui.charts.base import ChartColours, ChartWidget
from msworkshop.ui.charts.paint import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    draw_lines,
    draw_text,
    metrics,
)

ROW_FACTOR = 1.6  # a row, in lines of text
LEGEND_LINES = 3  # which dot is which round, and (two lines) what the measures are
HEADER_LINES = 2  # a stage name may take two lines ("Living / together") in a narrow column


def row_label(row: MovementRow) -> str:
    return f"{row.style.name} · {row.measure}" if row.measure else row.style.name


class MovementChart(ChartWidget):
    export_name = "movement"

    def data(self) -> MovementChartData | None:
        return self._data

    def _row(self) -> float:
        return max(20.0, self.fontMetrics().height() * ROW_FACTOR)

    def _line(self) -> float:
        return self.fontMetrics().height() * 1.2

    def preferred_height(self) -> int:
        rows = len(self._data.rows) if self._data else 2
        return round(rows * self._row() + (HEADER_LINES + LEGEND_LINES) * self._line())

    def describe(self) -> str:
        data = self._data
        if data is None:
            return ""
        parts = []
        for row in data.rows:
            if not row.shown:
                parts.append(f"{row_label(row)}: {row.note}")
            else:
                parts.append(
                    f"{row_label(row)}: {data.before_label} {row.before_text}, "
                    f"{data.after_label} {row.after_text}"
                )
        return "; ".join(parts)

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        data: MovementChartData = self._data
        fm = metrics(painter)
        row, line = self._row(), self._line()
        # The function's name once, beside its first row; the measure on every row.
        names = [r.style.name for r in data.rows]
        name_w = label_width(names, fm.horizontalAdvance, rect.width(), 0.25) + 8
        measures = [r.measure for r in data.rows if r.measure]
        measure_w = (
            label_width(measures, fm.horizontalAdvance, rect.width(), 0.15) if measures else 0
        )
        figures = [r.figures for r in data.rows if r.shown] or [""]
        figures_w = max(fm.horizontalAdvance(f) for f in figures) + 16
        cells_left = rect.left() + name_w + measure_w
        cell_w = max(1.0, (rect.width() - name_w - measure_w - figures_w) / len(data.categories))

        def x_of(stage: float) -> float:
            return cells_left + (stage - 0.5) * cell_w

        header = HEADER_LINES * line
        widths = [fm.horizontalAdvance(c) + 4 for c in data.categories]
        gap = fm.height()  # at least a wide word space between two names
        for index, category in enumerate(data.categories):
            # A name too wide for its column may reach into its neighbours' ("Samenwonend"
            # between two shorter names) while the names stay a gap apart; else it wraps.
            if widths[index] > cell_w - 6 and widths[index] <= _room(widths, index, cell_w, gap):
                box = QRectF(
                    x_of(index + 1) - widths[index] / 2,
                    rect.top() + header - line,
                    widths[index],
                    line,
                )
                draw_text(painter, box, category, colours.text, ALIGN_CENTER, elide=False)
                continue
            lines = wrap_label(category, cell_w - 6, fm.horizontalAdvance, HEADER_LINES)
            top = rect.top() + header - len(lines) * line  # on the axis: the last line lowest
            boxes = [
                QRectF(cells_left + index * cell_w, top + number * line, cell_w, line)
                for number in range(len(lines))
            ]
            draw_lines(painter, boxes, category, lines, colours.text, ALIGN_CENTER)
        grid_top = rect.top() + header
        radius = max(5.0, row * 0.2)
        for r, item in enumerate(data.rows):
            y = grid_top + r * row
            if r == 0 or data.rows[r - 1].style.key != item.style.key:
                draw_text(
                    painter,
                    QRectF(rect.left(), y, name_w - 8, row),
                    item.style.name,
                    colours.text,
                    ALIGN_RIGHT,
                )
            if item.measure:
                draw_text(
                    painter,
                    QRectF(rect.left() + name_w, y, measure_w, row),
                    item.measure,
                    colours.muted,
                )
            if not item.shown:
                draw_text(
                    painter,
                    QRectF(cells_left + 6, y, rect.right() - cells_left - 6, row),
                    item.note,
                    colours.muted,
                )
                continue
            painter.setPen(QPen(QColor(colours.grid), 1))
            for index in range(len(data.categories)):
                x = x_of(index + 1)
                painter.drawLine(QLineF(x, y, x, y + row))
            assert item.before is not None and item.after is not None
            centre_y = y + row / 2
            before = QPointF(x_of(item.before), centre_y)
            after = QPointF(x_of(item.after), centre_y)
            _arrow(painter, before, after, item.style.colour, radius)
            painter.setPen(QPen(QColor(item.style.colour), max(2.0, radius * 0.45)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(before, radius, radius)
            painter.setPen(QPen(QColor(item.style.colour), 1))
            painter.setBrush(QColor(item.style.colour))
            painter.drawEllipse(after, radius, radius)
            draw_text(
                painter,
                QRectF(rect.right() - figures_w + 16, y, figures_w - 16, row),
                item.figures,
                colours.text,
                ALIGN_LEFT,
                elide=False,
            )
        legend_y = grid_top + len(data.rows) * row
        draw_text(
            painter,
            QRectF(cells_left, legend_y, rect.right() - cells_left, line),
            data.legend,
            colours.muted,
        )
        if data.explain:
            width = rect.right() - rect.left()
            lines = wrap_label(data.explain, width, fm.horizontalAdvance, LEGEND_LINES - 1)
            boxes = [
                QRectF(rect.left(), legend_y + (index + 1) * line, width, line)
                for index in range(len(lines))
            ]
            draw_lines(painter, boxes, data.explain, lines, colours.muted)


def _room(widths: list[float], index: int, cell_w: float, gap: float) -> float:
    """How wide name ``index`` may be, centred on its column, while it stays ``gap`` away
    from its neighbours' names (an outer column has only one neighbour)."""
    free = [
        max(0.0, (cell_w - widths[n]) / 2 - gap / 2) if 0 <= n < len(widths) else cell_w / 2
        for n in (index - 1, index + 1)
    ]
    return cell_w + 2 * min(free)


def _arrow(painter: QPainter, start: QPointF, end: QPointF, colour: str, radius: float) -> None:
    """A line from ``start`` to the edge of the dot at ``end``, with a head; nothing when the
    position did not change (the two dots sit on each other)."""
    length = math.hypot(end.x() - start.x(), end.y() - start.y())
    if length < 3.5 * radius:
        return
    ux, uy = (end.x() - start.x()) / length, (end.y() - start.y()) / length
    tip = QPointF(end.x() - ux * radius * 1.1, end.y() - uy * radius * 1.1)
    head = radius * 1.3
    painter.save()
    painter.setPen(QPen(QColor(colour), max(2.0, radius * 0.4)))
    tail = QPointF(start.x() + ux * radius, start.y() + uy * radius)  # outside the open dot
    painter.drawLine(QLineF(tail, QPointF(tip.x() - ux * head * 0.6, tip.y() - uy * head * 0.6)))
    path = QPainterPath()
    path.moveTo(tip)
    path.lineTo(tip.x() - ux * head - uy * head * 0.6, tip.y() - uy * head + ux * head * 0.6)
    path.lineTo(tip.x() - ux * head + uy * head * 0.6, tip.y() - uy * head - ux * head * 0.6)
    path.closeSubpath()
    painter.setPen(QPen(QColor(colour), 1))
    painter.setBrush(QColor(colour))
    painter.drawPath(path)
    painter.restore()
