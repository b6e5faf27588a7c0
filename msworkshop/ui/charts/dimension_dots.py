"""Dimensions as a dot plot for the room: one line per dimension, each function's mean (1-5)
as its marker on a shared axis, joined by a line that shows the gap between them.

Denser than grouped bars (one row per dimension instead of one per function), so the whole
diagnostic fits one projected slide at a size the back row can read; the values stand in
a column on the right, in the functions' order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from msworkshop.domain.charts import DimensionChartData, label_width
from msworkshop.ui.charts.base import ChartColours
from msworkshop.ui.charts.paint import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    draw_axis,
    draw_marker,
    draw_text,
    legend,
    metrics,
)
from msworkshop.ui.charts.widgets import DimensionChart

ROW_FACTOR = 1.3  # row height in lines of text


class DimensionDotChart(DimensionChart):
    """The bars' data (and their plain-text description), drawn as dots for the room."""

    def _row(self) -> float:
        return max(20.0, self.fontMetrics().height() * ROW_FACTOR)

    def preferred_height(self) -> int:
        rows = len(self._data.categories) if self._data else 5
        return round((rows + 2.0) * self._row() + 4)  # legend, rows, axis labels

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        data: DimensionChartData = self._data
        fm = metrics(painter)
        row = self._row()
        legend(
            painter,
            QRectF(rect.left(), rect.top(), rect.width(), row),
            [
                (s.style.name, s.style.colour, "solid", i)
                for i, s in enumerate(data.series)
                if s.values is not None  # a hidden group says so on the score chart above
            ],
            colours,
        )
        shown = [s for s in data.series if s.values is not None]
        label_w = label_width(data.categories, fm.horizontalAdvance, rect.width(), 0.42) + 6
        sample = " · ".join("5.0" for _ in shown) or "5.0"
        value_w = fm.horizontalAdvance(sample) + 16
        left = rect.left() + label_w + row * 0.4
        width = max(1.0, rect.width() - label_w - value_w - row * 0.8)
        top = rect.top() + row * 1.1
        bottom = top + row * len(data.categories)
        draw_axis(painter, data.scale, left, width, top, bottom, colours)
        for c, category in enumerate(data.categories):
            y = top + c * row
            centre_y = y + row / 2
            draw_text(
                painter,
                QRectF(rect.left(), y, label_w - 6, row),
                category,
                colours.text,
                ALIGN_RIGHT,
            )
            points = [
                (data.series.index(s), s, s.values[c])
                for s in shown
                if s.values is not None and s.values[c] is not None
            ]
            xs = [data.scale.position(v, left, width) for _, _, v in points if v is not None]
            if len(xs) > 1:
                painter.setPen(QPen(QColor(colours.muted), max(2.0, row * 0.08)))
                painter.drawLine(QLineF(min(xs), centre_y, max(xs), centre_y))
            for (index, series, _value), x in zip(points, xs, strict=True):
                draw_marker(painter, QPointF(x, centre_y), row * 0.28, series.style.colour, index)
            values = " · ".join(self._num(v) if v is not None else "—" for _, _, v in points)
            draw_text(
                painter,
                QRectF(left + width + row * 0.4, y, value_w, row),
                values,
                colours.text,
                ALIGN_LEFT,
                elide=False,
            )
