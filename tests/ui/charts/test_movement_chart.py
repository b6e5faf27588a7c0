"""The projector's movement chart: a stage name that cannot be shown whole counts as cut, so
the slide's fitting and the layout audit see it (wrapped names are cut by wrap_label first)."""

from __future__ import annotations

from PySide6.QtGui import QFont

from msworkshop.domain.charts import MovementChartData, MovementRow, SeriesStyle
from msworkshop.ui.charts.movement import MovementChart

STYLE = SeriesStyle("marketing", "Marketing", "#0072B2", "solid")
STAGES = ("Vrijgezel", "Verkering", "Samenwonend", "Getrouwd")


def _chart(qtbot, width: int) -> MovementChart:
    row = MovementRow(STYLE, "", 1.6, 2.6, "1,6", "2,6")
    chart = MovementChart(MovementChartData("Ronde 1", "Ronde 2", STAGES, (row,), "○ ● legend"))
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPixelSize(24)
    chart.setFont(font)
    chart.resize(width, chart.preferred_height())
    return chart


def test_a_long_stage_name_reaches_into_shorter_neighbours_and_fits(qtbot) -> None:
    assert _chart(qtbot, 1150).texts_fit()


def test_a_stage_name_that_cannot_be_shown_whole_counts_as_cut(qtbot) -> None:
    assert not _chart(qtbot, 560).texts_fit()
