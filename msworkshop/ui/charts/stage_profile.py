"""The stage profile for the room: per function, how far each stage's hallmarks are met.

One row per function and one column per stage: in each cell a bar for the share of that
stage's statements the function agreed with, and the line where a stage counts as met; at the
end of the row the stage its statements point to. A hidden function says so in its row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from msworkshop.domain.charts import StageProfileChartData, label_width
from msworkshop.ui.charts.base import ChartColours, ChartWidget
from msworkshop.ui.charts.paint import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    bold,
    draw_text,
    fill_bar,
    metrics,
)

ROW_FACTOR = 1.45  # a row, in lines of text


class StageProfileChart(ChartWidget):
    export_name = "stage-profile"

    def data(self) -> StageProfileChartData | None:
        return self._data

    def _row(self) -> float:
        return max(20.0, self.fontMetrics().height() * ROW_FACTOR)

    def preferred_height(self) -> int:
        rows = len(self._data.series) if self._data else 2
        return round((rows + 2) * self._row())  # stage names, functions, the line's note

    def describe(self) -> str:
        data = self._data
        if data is None:
            return ""
        parts = []
        for series in data.series:
            if series.shares is None:
                parts.append(f"{series.style.name}: {series.note}")
                continue
            shares = ", ".join(
                f"{c} {series.percent(i)}%" if series.percent(i) is not None else f"{c} —"
                for i, c in enumerate(data.categories)
            )
            parts.append(f"{series.style.name}: {shares} → {series.stage_label}")
        return "; ".join(parts)

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        data: StageProfileChartData = self._data
        fm = metrics(painter)
        strong = metrics_bold = bold(self.font())
        painter.setFont(strong)
        bold_fm = metrics(painter)
        painter.setFont(self.font())
        row = self._row()
        names = [s.style.name for s in data.series]
        name_w = label_width(names, fm.horizontalAdvance, rect.width(), 0.28) + 8
        readings = [s.stage_label for s in data.series if s.shares is not None] or [""]
        reading_w = max(bold_fm.horizontalAdvance("→ " + r) for r in readings) + 12
        cells_left = rect.left() + name_w
        cell_w = max(1.0, (rect.width() - name_w - reading_w) / len(data.categories))
        for index, category in enumerate(data.categories):
            box = QRectF(cells_left + index * cell_w, rect.top(), cell_w, row)
            draw_text(painter, box, category, colours.text, ALIGN_CENTER)
        for r, series in enumerate(data.series):
            y = rect.top() + (r + 1) * row
            draw_text(
                painter,
                QRectF(rect.left(), y, name_w - 8, row),
                series.style.name,
                colours.text,
                ALIGN_RIGHT,
            )
            if series.shares is None:
                draw_text(
                    painter,
                    QRectF(cells_left + 6, y, rect.right() - cells_left - 6, row),
                    series.note,
                    colours.muted,
                )
                continue
            for index, share in enumerate(series.shares):
                cell = QRectF(
                    cells_left + index * cell_w + 4, y + row * 0.18, cell_w - 8, row * 0.64
                )
                painter.fillRect(cell, QColor(colours.surface))
                if share is not None:
                    filled = QRectF(cell.left(), cell.top(), cell.width() * share, cell.height())
                    fill_bar(painter, filled, series.style.colour, series.style.pattern)
                    percent = series.percent(index)
                    draw_text(
                        painter,
                        cell.adjusted(4, 0, -4, 0),
                        f"{percent}%",
                        colours.text,
                        ALIGN_RIGHT,
                        elide=False,
                    )
                x = cell.left() + cell.width() * data.threshold
                painter.setPen(QPen(QColor(colours.text), max(2.0, row * 0.06)))
                painter.drawLine(QLineF(x, cell.top() - row * 0.1, x, cell.bottom() + row * 0.1))
            painter.setFont(metrics_bold)
            draw_text(
                painter,
                QRectF(rect.right() - reading_w + 8, y, reading_w - 8, row),
                "→ " + series.stage_label,
                colours.text,
                ALIGN_LEFT,
                elide=False,
            )
            painter.setFont(self.font())
        note_y = rect.top() + (len(data.series) + 1) * row
        draw_text(
            painter,
            QRectF(cells_left, note_y, rect.right() - cells_left, row),
            data.threshold_text,
            colours.muted,
        )
