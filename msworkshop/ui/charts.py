"""Chart widgets painted with QPainter from immutable data objects (no Qt Charts).

A chart never reads the session: it paints exactly the data object it was given, so the
same object can be tested without pixels and drawn on the laptop and the projector alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from msworkshop.domain.analysis import GroupResult
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Workshop

# Okabe-Ito colours, safe for the common forms of colour blindness. Marketing is always
# blue, sales always orange, a third function always bluish green; text labels say the same.
FUNCTION_COLOURS: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73")
SUPPRESSED_FILL = "#EEEEEE"
TEXT_COLOUR = "#202020"
GRID_COLOUR = "#C8C8C8"


def function_colour(workshop: Workshop, function: str) -> str:
    return FUNCTION_COLOURS[workshop.function_keys.index(function) % len(FUNCTION_COLOURS)]


def function_label(workshop: Workshop, content: Content, function: str) -> str:
    return content.function_name(function, workshop.function(function).name)


@dataclass(frozen=True)
class StageChartData:
    """The stage-vote distribution of one team/function group, ready to paint."""

    title: str  # the function's name
    colour: str  # '#RRGGBB'
    stage_labels: tuple[str, ...]  # stage 1..4, e.g. 'Dating'
    counts: tuple[int, ...] | None  # votes per stage 1..4; None when suppressed
    suppressed_text: str = ""

    @property
    def suppressed(self) -> bool:
        return self.counts is None

    @property
    def total(self) -> int:
        return sum(self.counts or ())

    def share(self, index: int) -> float:
        """Fraction of this group's stage votes that went to stage ``index + 1``."""
        total = self.total
        return (self.counts or ())[index] / total if total else 0.0


def stage_chart_data(workshop: Workshop, content: Content, group: GroupResult) -> StageChartData:
    labels = tuple(content.stage(n).name for n in range(1, 5))
    counts = None
    if not group.suppressed and group.stage_votes is not None:
        counts = tuple(group.stage_votes.get(n, 0) for n in range(1, 5))
    return StageChartData(
        title=function_label(workshop, content, group.function),
        colour=function_colour(workshop, group.function),
        stage_labels=labels,
        counts=counts,
        suppressed_text=QCoreApplication.translate("charts", "Too few votes to show — anonymity"),
    )


class StageBarChart(QWidget):
    """Horizontal bars: one per stage, length = share of the group's votes, count as text."""

    ROW_HEIGHT = 30
    MARGIN = 6

    def __init__(self, data: StageChartData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height())

    def data(self) -> StageChartData | None:
        return self._data

    def set_data(self, data: StageChartData | None) -> None:
        if data != self._data:
            self._data = data
            self.setAccessibleDescription(self._describe())
            self.update()

    def _height(self) -> int:
        return 4 * self.ROW_HEIGHT + 2 * self.MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, self._height())

    def _describe(self) -> str:
        data = self._data
        if data is None:
            return ""
        if data.counts is None:
            return data.suppressed_text
        return ", ".join(
            f"{label}: {n}" for label, n in zip(data.stage_labels, data.counts, strict=True)
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        data = self._data
        if data is None:
            return
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            area = QRectF(self.rect()).adjusted(
                self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN
            )
            if data.counts is None:
                self._paint_suppressed(painter, area, data)
            else:
                self._paint_bars(painter, area, data, data.counts)

    def _paint_suppressed(self, painter: QPainter, area: QRectF, data: StageChartData) -> None:
        painter.setPen(QPen(QColor(GRID_COLOUR), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(SUPPRESSED_FILL))
        painter.drawRoundedRect(area, 6, 6)
        painter.setPen(QColor("#505050"))
        painter.drawText(
            area.adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            data.suppressed_text,
        )

    def _paint_bars(
        self, painter: QPainter, area: QRectF, data: StageChartData, counts: tuple[int, ...]
    ) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics, bold_metrics = QFontMetrics(self.font()), QFontMetrics(bold)
        label_width = min(
            max(bold_metrics.horizontalAdvance(s) for s in data.stage_labels) + 12,
            area.width() * 0.4,
        )
        value_width = bold_metrics.horizontalAdvance("100 (100%)") + 8
        bar_left = area.left() + label_width
        bar_width = max(1.0, area.width() - label_width - value_width)
        row = area.height() / len(counts)
        top_count = max(counts)
        # the 0 % line, so an empty bar still has an anchor
        painter.setPen(QPen(QColor(GRID_COLOUR), 1))
        painter.drawLine(int(bar_left), int(area.top()), int(bar_left), int(area.bottom()))
        for index, count in enumerate(counts):
            y = area.top() + index * row
            label_rect = QRectF(area.left(), y, label_width - 8, row)
            emphasis = bool(count) and count == top_count
            painter.setFont(bold if emphasis else self.font())
            painter.setPen(QColor(TEXT_COLOUR))
            label = (bold_metrics if emphasis else metrics).elidedText(
                data.stage_labels[index], Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
            length = bar_width * data.share(index)
            if length > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(data.colour))
                painter.drawRect(QRectF(bar_left, y + row * 0.15, length, row * 0.7))
            painter.setPen(QColor(TEXT_COLOUR))
            percent = round(100 * data.share(index))
            painter.drawText(
                QRectF(bar_left + length + 6, y, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{count} ({percent}%)",
            )
