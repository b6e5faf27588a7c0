"""The grouped bar chart of stage votes for the action plan (reportlab.graphics, vector).

x: the four stages; one series per visible function. Series differ by fill *and* pattern
(dark solid, white with diagonal hatching, light grey with cross-hatching) and each bar
carries its count, so the chart reads in black-and-white print.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from msworkshop.export.pdf_layout import FONT, fit_text

HATCH_SPACING = 3.5
LEGEND_WIDTH = 120


@dataclass(frozen=True)
class BarPattern:
    fill: colors.Color
    hatch: tuple[int, ...]  # line directions: +1 for "/", -1 for "\"


PATTERNS: tuple[BarPattern, ...] = (
    BarPattern(colors.Color(0.25, 0.25, 0.25), ()),
    BarPattern(colors.white, (1,)),
    BarPattern(colors.Color(0.8, 0.8, 0.8), (1, -1)),
)


@dataclass(frozen=True)
class StageChartData:
    """Counts per stage (1..4) for each function shown; all series have four values."""

    categories: tuple[str, ...]  # stage names, in stage order
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (function name, counts)


def hatch_lines(
    x: float, y: float, width: float, height: float, direction: int,
    spacing: float = HATCH_SPACING,
) -> list[tuple[float, float, float, float]]:
    """45-degree line segments filling the rectangle, clipped to it.

    A "/" line is ``y' - y = (x' - x) - k``; a "\\" line is its mirror image.
    """
    if width <= 0 or height <= 0:
        return []
    segments = []
    k = -height + spacing / 2
    while k < width:
        # "/" line through local points (u, u - k); clip u to [0, width] and u - k to [0, height]
        u0, u1 = max(0.0, k), min(width, height + k)
        if u1 > u0:
            if direction > 0:
                segments.append((x + u0, y + u0 - k, x + u1, y + u1 - k))
            else:
                segments.append((x + width - u0, y + u0 - k, x + width - u1, y + u1 - k))
        k += spacing
    return segments


class _PatternedBarChart(VerticalBarChart):
    """A VerticalBarChart that draws each series' hatch pattern over its bars."""

    def makeBars(self) -> Group:  # noqa: N802 - reportlab's name
        group = super().makeBars()
        for row, positions in enumerate(self._barPositions):
            pattern = PATTERNS[row % len(PATTERNS)]
            for x, y, width, height in positions:
                if height < 0:
                    y, height = y + height, -height
                for direction in pattern.hatch:
                    for x0, y0, x1, y1 in hatch_lines(x, y, width, height, direction):
                        group.add(Line(x0, y0, x1, y1, strokeColor=colors.black,
                                       strokeWidth=0.4))
        return group


def value_axis_step(maximum: int) -> int:
    """A whole-number tick step giving at most about six ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100):
        if maximum / step <= 6:
            return step
    return max(1, maximum // 5)


def stage_chart(data: StageChartData, width: float, height: float = 150) -> Drawing:
    """The grouped bar chart with a legend on the right; value axis starts at 0."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    chart = _PatternedBarChart()
    chart.x, chart.y = 28, 30
    chart.width = width - chart.x - LEGEND_WIDTH - 10
    chart.height = height - chart.y - 12
    chart.data = [list(counts) for _name, counts in data.series] or [[0, 0, 0, 0]]
    maximum = max((max(counts) for _name, counts in data.series), default=0)
    step = value_axis_step(max(maximum, 1))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, math.ceil(maximum * 1.15 / step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = list(data.categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeWidth = 0.5
    chart.groupSpacing = 10
    chart.barSpacing = 2
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    for row in range(len(chart.data)):
        pattern = PATTERNS[row % len(PATTERNS)]
        chart.bars[row].fillColor = pattern.fill
        chart.bars[row].strokeColor = colors.black
        chart.bars[row].strokeWidth = 0.6
    drawing.add(chart)
    drawing.add(_legend(data.series, width - LEGEND_WIDTH, height - 22))
    return drawing


def _legend(series: Sequence[tuple[str, tuple[int, ...]]], x: float, top: float) -> Group:
    group = Group()
    size = 11
    for row, (name, _counts) in enumerate(series):
        pattern = PATTERNS[row % len(PATTERNS)]
        y = top - row * (size + 8)
        group.add(Rect(x, y, size, size, fillColor=pattern.fill, strokeColor=colors.black,
                       strokeWidth=0.6))
        for direction in pattern.hatch:
            for x0, y0, x1, y1 in hatch_lines(x, y, size, size, direction):
                group.add(Line(x0, y0, x1, y1, strokeColor=colors.black, strokeWidth=0.4))
        label = fit_text(name, FONT, 8.5, LEGEND_WIDTH - size - 8)
        group.add(String(x + size + 5, y + 2, label, fontName=FONT, fontSize=8.5))
    return group
