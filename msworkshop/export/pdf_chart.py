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
from reportlab.pdfbase.pdfmetrics import stringWidth

from msworkshop.domain.charts import StageProfileChartData, TeamStageChart
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


LegendEntry = tuple[str, str, str]  # name, colour '#RRGGBB', pattern


def stage_chart(data: TeamStageChart, width: float, height: float = 150) -> Drawing:
    """The grouped bar chart of the visible functions with a legend on the right."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    visible = data.visible
    scale = data.scale
    chart = _grouped_bars(
        data.categories,
        [list(g.counts or ()) for g in visible],
        [(g.title, g.colour, g.pattern) for g in visible],
        (scale.low, scale.high, scale.step),
        width,
        height,
    )
    chart.barLabelFormat = "%d"
    drawing.add(chart)
    drawing.add(
        _legend(
            [(g.title, g.colour, g.pattern) for g in visible], width - LEGEND_WIDTH, height - 22
        )
    )
    return drawing


def profile_chart(data: StageProfileChartData, width: float, height: float = 150) -> Drawing:
    """The stage profile: per stage a bar per visible function (percent of its statements
    agreed with), a dashed line where a stage counts as met, and a legend on the right."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    visible = data.visible
    entries = [(s.style.name, s.style.colour, s.style.pattern) for s in visible]
    values = [[100 * (v or 0.0) for v in (s.shares or ())] for s in visible]
    scale = data.scale
    chart = _grouped_bars(
        data.categories,
        values,
        entries,
        (100 * scale.low, 100 * scale.high, 100 * scale.step),
        width,
        height,
    )
    chart.barLabelFormat = "%.0f%%"
    chart.valueAxis.labelTextFormat = "%d%%"
    drawing.add(chart)
    y = chart.y + chart.height * data.threshold
    drawing.add(
        Line(
            chart.x,
            y,
            chart.x + chart.width,
            y,
            strokeColor=colors.black,
            strokeWidth=0.8,
            strokeDashArray=(3, 2),
        )
    )
    legend_x = width - LEGEND_WIDTH
    legend_top = height - 22
    drawing.add(_legend(entries, legend_x, legend_top))
    line_y = legend_top - len(entries) * 19 - 4
    drawing.add(
        Line(
            legend_x, line_y + 4, legend_x + 11, line_y + 4, strokeWidth=0.8, strokeDashArray=(3, 2)
        )
    )
    for row, text in enumerate(_wrap(data.threshold_text, LEGEND_WIDTH - 16, 7.5)):
        drawing.add(String(legend_x + 16, line_y + 1 - row * 9, text, fontName=FONT, fontSize=7.5))
    return drawing


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", FONT, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines[:3]


def _grouped_bars(
    categories: Sequence[str],
    values: list[list[float]],
    entries: Sequence[LegendEntry],
    scale: tuple[float, float, float],
    width: float,
    height: float,
) -> _PatternedBarChart:
    chart = _PatternedBarChart()
    chart.patterns = tuple(pattern for _, _, pattern in entries)
    chart.x, chart.y = 28, 30
    chart.width = width - chart.x - LEGEND_WIDTH - 10
    chart.height = height - chart.y - 12
    chart.data = values or [[0, 0, 0, 0]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = scale
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeWidth = 0.5
    chart.groupSpacing = 10
    chart.barSpacing = 2
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    for row, (_, colour, _) in enumerate(entries):
        chart.bars[row].fillColor = colors.HexColor(colour)
        chart.bars[row].strokeColor = colors.black
        chart.bars[row].strokeWidth = 0.6
    return chart


def _legend(entries: Sequence[LegendEntry], x: float, top: float) -> Group:
    group = Group()
    size = 11
    for row, (title, colour, pattern) in enumerate(entries):
        y = top - row * (size + 8)
        group.add(
            Rect(
                x,
                y,
                size,
                size,
                fillColor=colors.HexColor(colour),
                strokeColor=colors.black,
                strokeWidth=0.6,
            )
        )
        for direction in HATCHES.get(pattern, ()):
            for x0, y0, x1, y1 in hatch_lines(x, y, size, size, direction):
                group.add(Line(x0, y0, x1, y1, strokeColor=HATCH_COLOUR, strokeWidth=0.6))
        label = fit_text(title, FONT, 8.5, LEGEND_WIDTH - size - 8)
        group.add(String(x + size + 5, y + 2, label, fontName=FONT, fontSize=8.5))
    return group
