"""The grouped bar chart of stage votes for the action plan (reportlab.graphics, vector).

Draws the same model as the screen (``domain.charts.TeamStageChart``): x the four stages, one
series per visible function in the function's colour, with the function's pattern (solid,
hatched, cross-hatched) so it reads in black-and-white print too, and each bar carries its
count. The value axis comes from the model's scale and starts at 0.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue

from msworkshop.domain.charts import StageChartData, TeamStageChart
from msworkshop.export.pdf_layout import FONT, fit_text

HATCH_SPACING = 3.5
LEGEND_WIDTH = 120
HATCH_COLOUR = colors.Color(1, 1, 1, alpha=0.8)
HATCHES: dict[str, tuple[int, ...]] = {"solid": (), "hatch": (1,), "cross": (1, -1)}


def hatch_lines(
    x: float,
    y: float,
    width: float,
    height: float,
    direction: int,
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

    _attrMap = AttrMap(  # noqa: N815 - reportlab's name
        BASE=VerticalBarChart,
        patterns=AttrMapValue(None, desc="fill pattern per series"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.patterns: tuple[str, ...] = ()

    def makeBars(self) -> Group:  # noqa: N802 - reportlab's name
        group = super().makeBars()
        for row, positions in enumerate(self._barPositions):
            pattern = self.patterns[row] if row < len(self.patterns) else "solid"
            for x, y, width, height in positions:
                if height < 0:
                    y, height = y + height, -height
                for direction in HATCHES.get(pattern, ()):
                    for x0, y0, x1, y1 in hatch_lines(x, y, width, height, direction):
                        group.add(Line(x0, y0, x1, y1, strokeColor=HATCH_COLOUR, strokeWidth=0.6))
        return group


def stage_chart(data: TeamStageChart, width: float, height: float = 150) -> Drawing:
    """The grouped bar chart of the visible functions with a legend on the right."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    visible = data.visible
    scale = data.scale
    chart = _PatternedBarChart()
    chart.patterns = tuple(g.pattern for g in visible)
    chart.x, chart.y = 28, 30
    chart.width = width - chart.x - LEGEND_WIDTH - 10
    chart.height = height - chart.y - 12
    chart.data = [list(g.counts or ()) for g in visible] or [[0, 0, 0, 0]]
    chart.valueAxis.valueMin = scale.low
    chart.valueAxis.valueMax = scale.high
    chart.valueAxis.valueStep = scale.step
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
    for row, group in enumerate(visible):
        chart.bars[row].fillColor = colors.HexColor(group.colour)
        chart.bars[row].strokeColor = colors.black
        chart.bars[row].strokeWidth = 0.6
    drawing.add(chart)
    drawing.add(_legend(visible, width - LEGEND_WIDTH, height - 22))
    return drawing


def _legend(series: Sequence[StageChartData], x: float, top: float) -> Group:
    group = Group()
    size = 11
    for row, data in enumerate(series):
        y = top - row * (size + 8)
        group.add(
            Rect(
                x,
                y,
                size,
                size,
                fillColor=colors.HexColor(data.colour),
                strokeColor=colors.black,
                strokeWidth=0.6,
            )
        )
        for direction in HATCHES.get(data.pattern, ()):
            for x0, y0, x1, y1 in hatch_lines(x, y, size, size, direction):
                group.add(Line(x0, y0, x1, y1, strokeColor=HATCH_COLOUR, strokeWidth=0.6))
        label = fit_text(data.title, FONT, 8.5, LEGEND_WIDTH - size - 8)
        group.add(String(x + size + 5, y + 2, label, fontName=FONT, fontSize=8.5))
    return group
