"""Chart widgets painted with QPainter from the immutable models of ``domain.charts``.

No Qt Charts. Each widget paints exactly the model it was given, so the laptop, the projector
and the PDF (which draws the same models with reportlab) agree, and tests read the models.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QResizeEvent

from msworkshop.domain.analysis import GroupResult
from msworkshop.domain.chart_builders import ChartTexts
from msworkshop.domain.chart_builders import stage_chart_data as _stage_chart_data
from msworkshop.domain.charts import (
    DimensionChartData,
    GapChartData,
    Measure,
    ScoreChartData,
    StageChartData,
    label_width,
    lerp,
    wrap_label,
)
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.charts.base import ChartColours, ChartWidget
from msworkshop.ui.charts.paint import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    bold,
    draw_axis,
    draw_marker,
    draw_suppressed,
    draw_text,
    fill_bar,
    legend,
    metrics,
)
from msworkshop.ui.common import theme

__all__ = ["DimensionChart", "GapChart", "ScoreChart", "StageBarChart", "StageChartData"]


def chart_texts() -> ChartTexts:
    """The charts' notices in the UI language (the projector uses the session's, see
    ``chart_builders.room_chart_texts``)."""
    return ChartTexts(
        suppressed=QCoreApplication.translate("charts", "Too few votes to show — anonymity"),
        no_score=QCoreApplication.translate("charts", "Too few answers to show a score"),
        no_gaps=QCoreApplication.translate("charts", "No statements to compare yet"),
        spread=QCoreApplication.translate(
            "charts", "line: spread within the function (± 1 standard deviation)"
        ),
        reading=QCoreApplication.translate("charts", "%1 · statements: %2")
        .replace("%1", "{score}")
        .replace("%2", "{stage}"),
    )


def function_colour(workshop: Workshop, function: str) -> str:
    return theme.function_colour(workshop.function_keys.index(function))


def stage_chart_data(workshop: Workshop, content: Content, group: GroupResult) -> StageChartData:
    return _stage_chart_data(workshop, content, group, chart_texts())


GAP_ROW = 2.6  # lines per statement in the gap chart (one of them the statement)
SCORE_LANE = 1.45  # a function's lane in the score chart, in lines of text
GAP_LABEL_LINES = 2  # a statement too long for one line wraps to a second, then is cut


def _row_height(widget: ChartWidget, factor: float = 1.7) -> float:
    return max(22.0, QFontMetricsF(widget.font()).height() * factor)


def _same_shape(previous: Any, data: Any, attr: str) -> bool:
    return type(previous) is type(data) and len(getattr(previous, attr)) == len(getattr(data, attr))


class StageBarChart(ChartWidget):
    """One group's stage votes: a bar per stage, length = share, count and percent as text."""

    export_name = "stage-votes"

    def data(self) -> StageChartData | None:
        return self._data

    def preferred_height(self) -> int:
        return round(4 * _row_height(self) + 8)

    def describe(self) -> str:
        data = self._data
        if data is None:
            return ""
        if data.counts is None:
            return data.suppressed_text
        return ", ".join(
            f"{label}: {n}" for label, n in zip(data.stage_labels, data.counts, strict=True)
        )

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        data: StageChartData = self._data
        area = rect.adjusted(2, 4, -2, -4)
        if data.counts is None:
            draw_suppressed(painter, area, data.suppressed_text, colours)
            return
        fm = metrics(painter)
        strong = QFontMetricsF(bold(self.font()))  # the most chosen stage is printed bold
        values = [f"{n} ({data.percent(i)}%)" for i, n in enumerate(data.counts)]
        value_w = max(fm.horizontalAdvance(v) for v in values) + 10
        # The stage names get what they need (the bold most-chosen one above all), as long
        # as the bars keep a twelfth of the width.
        room = (area.width() * 11 / 12 - value_w) / max(1.0, area.width())
        label_w = (
            label_width(data.stage_labels, strong.horizontalAdvance, area.width(), max(0.3, room))
            + 4
        )
        left, width = area.left() + label_w, max(1.0, area.width() - label_w - value_w)
        row = area.height() / 4
        top = max(data.counts)
        painter.setPen(QPen(QColor(colours.grid), 1))
        painter.drawLine(QLineF(left, area.top(), left, area.bottom()))
        old = previous if isinstance(previous, StageChartData) and previous.counts else None
        for index, count in enumerate(data.counts):
            y = area.top() + index * row
            painter.setFont(bold(self.font()) if count and count == top else self.font())
            draw_text(
                painter,
                QRectF(area.left(), y, label_w - 8, row),
                data.stage_labels[index],
                colours.text,
                ALIGN_RIGHT,
            )
            share = lerp(old.share(index), data.share(index), t) if old else data.share(index)
            length = width * share
            fill_bar(
                painter, QRectF(left, y + row * 0.15, length, row * 0.7), data.colour, data.pattern
            )
            draw_text(
                painter,
                QRectF(left + length + 6, y, value_w, row),
                values[index],
                colours.text,
                elide=False,
            )
        painter.setFont(self.font())


class ScoreChart(ChartWidget):
    """The diagnostic score (20-100) of each function on one axis over the four bands."""

    export_name = "diagnostic-scores"

    def data(self) -> ScoreChartData | None:
        return self._data

    def preferred_height(self) -> int:
        lanes = len(self._data.markers) if self._data else 2
        return round((lanes + 1.8) * _row_height(self, SCORE_LANE) + 6)  # lanes, bands, axis

    def describe(self) -> str:
        data = self._data
        if data is None:
            return ""
        return ", ".join(
            f"{m.style.name}: {self._num(m.score, 0) if m.score is not None else m.note}"
            for m in data.markers
        )

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        data: ScoreChartData = self._data
        fm = metrics(painter)
        lane = _row_height(self, SCORE_LANE)
        names = [m.style.name for m in data.markers]
        label_w = label_width(names, fm.horizontalAdvance, rect.width(), 0.3) + 6
        left = rect.left() + label_w
        width = max(1.0, rect.width() - label_w - fm.horizontalAdvance("100") / 2 - 4)
        track_top = rect.top() + lane * len(data.markers) + 4
        track = QRectF(left, track_top, width, lane)
        for index, band in enumerate(data.bands):
            x0 = data.scale.position(band.low, left, width)
            x1 = data.scale.position(band.high, left, width)
            segment = QRectF(x0, track.top(), x1 - x0, track.height())
            shade = QColor(colours.surface).darker(100 + 8 * index)
            painter.fillRect(segment, shade)
            draw_text(painter, segment, band.label, colours.text, ALIGN_CENTER)
        draw_axis(painter, data.scale, left, width, rect.top(), track.bottom(), colours)
        old = (
            {m.style.key: m.score for m in previous.markers}
            if isinstance(previous, ScoreChartData)
            else {}
        )
        for index, marker in enumerate(data.markers):
            y = rect.top() + index * lane
            draw_text(
                painter,
                QRectF(rect.left(), y, label_w - 8, lane),
                marker.style.name,
                colours.text,
                ALIGN_RIGHT,
            )
            if marker.score is None:
                painter.setFont(self.font())
                draw_text(painter, QRectF(left + 6, y, width - 6, lane), marker.note, colours.muted)
                continue
            score = marker.score
            if old.get(marker.style.key) is not None:
                score = lerp(old[marker.style.key] or score, score, t)
            x = data.scale.position(score, left, width)
            centre = QPointF(x, y + lane / 2)
            painter.setPen(QPen(QColor(marker.style.colour), 3))
            painter.drawLine(QLineF(left, centre.y(), x, centre.y()))
            draw_marker(painter, centre, lane * 0.3, marker.style.colour, index)
            painter.setFont(bold(self.font()))
            text = data.reading.format(
                score=self._num(marker.score, 0), stage=marker.stage_label or marker.band_label
            )
            text_w = fm.horizontalAdvance(text) * 1.1 + 8
            on_left = x + lane * 0.4 + text_w > left + width
            box = (
                QRectF(x - lane * 0.4 - text_w, y, text_w, lane)
                if on_left
                else QRectF(x + lane * 0.4, y, text_w, lane)
            )
            draw_text(
                painter,
                box,
                text,
                colours.text,
                ALIGN_RIGHT if on_left else ALIGN_LEFT,
                elide=False,
            )
            painter.setFont(self.font())


class DimensionChart(ChartWidget):
    """Mean answer (1-5) per dimension; one bar per function in the function's colour."""

    export_name = "dimensions"

    def data(self) -> DimensionChartData | None:
        return self._data

    def preferred_height(self) -> int:
        series = len(self._data.series) if self._data else 2
        row = _row_height(self, 0.9)
        return round(5 * (series * row + row * 0.5) + 2.6 * _row_height(self))

    def describe(self) -> str:
        data = self._data
        if data is None:
            return ""
        parts = []
        for s in data.series:
            if s.values is None:
                parts.append(f"{s.style.name}: {s.note}")
                continue
            values = ", ".join(
                f"{c} {self._num(v) if v is not None else '—'}"
                for c, v in zip(data.categories, s.values, strict=True)
            )
            parts.append(f"{s.style.name}: {values}")
        return "; ".join(parts)

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        data: DimensionChartData = self._data
        fm = metrics(painter)
        lane = _row_height(self)
        legend(
            painter,
            QRectF(rect.left(), rect.top(), rect.width(), lane),
            [
                (
                    s.style.name + (f" — {s.note}" if s.note else ""),
                    s.style.colour,
                    s.style.pattern,
                    i,
                )
                for i, s in enumerate(data.series)
            ],
            colours,
        )
        bar = _row_height(self, 0.9)
        label_w = label_width(data.categories, fm.horizontalAdvance, rect.width(), 0.32) + 6
        value_w = fm.horizontalAdvance("5.0") + 10
        left = rect.left() + label_w
        width = max(1.0, rect.width() - label_w - value_w)
        top = rect.top() + lane * 1.2
        group_h = len(data.series) * bar + bar * 0.5
        bottom = top + group_h * len(data.categories)
        draw_axis(painter, data.scale, left, width, top, bottom, colours)
        same = _same_shape(previous, data, "series")
        for c, category in enumerate(data.categories):
            y = top + c * group_h
            draw_text(
                painter,
                QRectF(rect.left(), y, label_w - 8, group_h - bar * 0.5),
                category,
                colours.text,
                ALIGN_RIGHT,
            )
            for s, series in enumerate(data.series):
                value = series.values[c] if series.values else None
                row_rect = QRectF(left, y + s * bar, width, bar * 0.85)
                if value is None:
                    continue
                if same and previous.series[s].values and previous.series[s].values[c]:
                    value_shown = lerp(previous.series[s].values[c], value, t)
                else:
                    value_shown = value
                length = data.scale.position(value_shown, 0, width)
                fill_bar(
                    painter,
                    QRectF(left, row_rect.top(), length, row_rect.height()),
                    series.style.colour,
                    series.style.pattern,
                )
                draw_text(
                    painter,
                    QRectF(left + length + 4, row_rect.top(), value_w, row_rect.height()),
                    self._num(value),
                    colours.text,
                    elide=False,
                )


class GapChart(ChartWidget):
    """Per statement, each function's mean (marker) and spread (a line of +- one SD)."""

    export_name = "statement-gaps"

    def data(self) -> GapChartData | None:
        return self._data

    def preferred_height(self) -> int:
        return self._height_for(float(self.width()))

    def export_size(self) -> QSize:
        width = max(self.width(), 640)
        return QSize(width, self._height_for(width - 16.0) + 16)  # _render's 8 px margins

    def _height_for(self, width: float) -> int:
        rows = len(self._data.rows) if self._data else 3
        step = self._row_step(self._label_lines(width))
        note = 0.0 if self._note_beside_legend(width) else 1.1
        return round((max(rows, 1) * step + 2.6 + note) * _row_height(self, 1.0))

    def _legend_width(self, fm: QFontMetricsF) -> float:
        styles = self._data.styles if self._data is not None else ()
        return sum(fm.horizontalAdvance(s.name) + fm.height() * 3.5 for s in styles)

    def _note_beside_legend(self, width: float) -> bool:
        """The spread note goes beside the legend when it fits there, else under the axis."""
        data = self._data
        if data is None or not data.rows:
            return True
        fm = QFontMetricsF(self.font())
        return self._legend_width(fm) + fm.horizontalAdvance(data.spread_text) + 8 <= width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._refresh_geometry()  # statements may need a second line at this width

    def statement_lines(self, width: float | None = None) -> list[tuple[str, ...]]:
        """Each statement as painted at ``width`` (the widget's own by default): numbered,
        wrapped, and cut only when even two lines are too short."""
        available = float(self.width()) if width is None else width
        return self._wrapped(available, self._label_lines(available))

    def _numbered_labels(self) -> list[str]:
        rows = self._data.rows if self._data is not None else ()
        # One scheme on every surface: the rank, the statement's own number as a quiet aside.
        return [
            f"{row.rank or r + 1}. {row.label}" + (f" ({row.reference})" if row.reference else "")
            for r, row in enumerate(rows)
        ]

    def _label_measure(self) -> Measure:
        return QFontMetricsF(bold(self.font())).horizontalAdvance  # labels are painted bold

    def _label_lines(self, width: float) -> int:
        """1 when every statement fits on one line at ``width``, else GAP_LABEL_LINES."""
        labels = self._numbered_labels()
        if not labels or width <= 0:
            return 1
        measure = self._label_measure()
        longest = max(measure(label) for label in labels)
        return 1 if longest <= width else GAP_LABEL_LINES

    def _wrapped(self, width: float, label_lines: int) -> list[tuple[str, ...]]:
        measure = self._label_measure()
        return [wrap_label(label, width, measure, label_lines) for label in self._numbered_labels()]

    @staticmethod
    def _row_step(label_lines: int) -> float:
        return GAP_ROW + label_lines - 1

    def describe(self) -> str:
        data = self._data
        if data is None:
            return ""
        if not data.rows:
            return data.empty_text
        return "; ".join(
            row.label
            + ": "
            + ", ".join(
                f"{st.name} {self._num(m) if m is not None else '—'}"
                for st, m in zip(data.styles, row.means, strict=True)
            )
            for row in data.rows
        )

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        data: GapChartData = self._data
        fm = metrics(painter)
        line = _row_height(self, 1.0)
        entries = [(s.name, s.colour, s.pattern, i) for i, s in enumerate(data.styles)]
        legend(painter, QRectF(rect.left(), rect.top(), rect.width(), line * 1.2), entries, colours)
        used = self._legend_width(fm)
        note_beside = self._note_beside_legend(rect.width())
        if data.rows and note_beside:
            draw_text(
                painter,
                QRectF(rect.left() + used, rect.top(), rect.width() - used, line * 1.2),
                data.spread_text,
                colours.muted,
            )
        if not data.rows:
            draw_text(
                painter,
                QRectF(rect.left(), rect.top() + line * 1.4, rect.width(), line),
                data.empty_text,
                colours.muted,
            )
            return
        diff_w = fm.horizontalAdvance("Δ 4.0") + 12
        inset = max(12.0, fm.horizontalAdvance("5") / 2 + 4)  # the axis' first label stays in
        left, width = rect.left() + inset, max(1.0, rect.width() - diff_w - 2 * inset)
        top = rect.top() + line * 1.4
        label_lines = self._label_lines(rect.width())
        step = line * self._row_step(label_lines)
        bottom = top + len(data.rows) * step
        draw_axis(painter, data.scale, left, width, top, bottom, colours)
        if not note_beside:
            draw_text(
                painter,
                QRectF(rect.left(), bottom + fm.height() + 6, rect.width(), line),
                data.spread_text,
                colours.muted,
            )
        for r, (row, lines) in enumerate(
            zip(data.rows, self._wrapped(rect.width(), label_lines), strict=True)
        ):
            y = top + r * step
            painter.setFont(bold(self.font()))
            for n, text in enumerate(lines):
                draw_text(
                    painter,
                    QRectF(rect.left(), y + n * line, rect.width(), line),
                    text,
                    colours.text,
                )
            painter.setFont(self.font())
            cy = y + line * (label_lines + 0.7)
            known = [(i, m) for i, m in enumerate(row.means) if m is not None]
            xs = [data.scale.position(m, left, width) for _i, m in known]
            if len(xs) >= 2:
                painter.setPen(QPen(QColor(colours.muted), 1.5, Qt.PenStyle.DotLine))
                painter.drawLine(QLineF(min(xs), cy, max(xs), cy))
            for (i, mean), x in zip(known, xs, strict=True):
                style = data.styles[i]
                spread = row.spreads[i]
                if spread:
                    x0 = data.scale.position(mean - spread, left, width)
                    x1 = data.scale.position(mean + spread, left, width)
                    sy = cy + (i - (len(known) - 1) / 2) * line * 0.3
                    cap = line * 0.12
                    painter.setPen(QPen(QColor(style.colour), 2))
                    painter.drawLine(QLineF(x0, sy, x1, sy))
                    painter.drawLine(QLineF(x0, sy - cap, x0, sy + cap))
                    painter.drawLine(QLineF(x1, sy - cap, x1, sy + cap))
                draw_marker(painter, QPointF(x, cy), line * 0.32, style.colour, i)
            draw_text(
                painter,
                QRectF(rect.right() - diff_w, cy - line / 2, diff_w, line),
                f"Δ {self._num(abs(row.difference))}",
                colours.text,
                ALIGN_RIGHT,
                elide=False,
            )
