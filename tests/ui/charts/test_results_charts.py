"""Chart widgets: export to PNG and SVG, animation on value change, palette, any DPI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QMenu

from msworkshop.domain import palette
from msworkshop.domain.analysis import analyse
from msworkshop.domain.chart_builders import (
    dimension_chart_data,
    gap_chart_data,
    score_chart_data,
    stage_chart_data,
)
from msworkshop.domain.content_loader import load_content
from msworkshop.ui.charts import base as chart_base
from msworkshop.ui.charts.base import ChartWidget, set_animations_enabled
from msworkshop.ui.charts.widgets import DimensionChart, GapChart, ScoreChart, StageBarChart
from msworkshop.ui.common import theme
from tests.domain.factories import ballot, workshop

CONTENT = load_content("en")


@pytest.fixture
def charts(qtbot) -> list[ChartWidget]:
    ws = workshop(threshold=2)
    votes = [ballot(1, "marketing", s, answers=4) for s in (2, 3, 3)] + [
        ballot(1, "sales", s, answers=2) for s in (1, 2)
    ]
    team = analyse(ws, votes, CONTENT.statements).team(1)
    widgets = [
        StageBarChart(stage_chart_data(ws, CONTENT, team.group("marketing"))),
        ScoreChart(score_chart_data(ws, CONTENT, team)),
        DimensionChart(dimension_chart_data(ws, CONTENT, team)),
        GapChart(gap_chart_data(ws, CONTENT, team)),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.resize(640, widget.preferred_height())
    return widgets


def test_the_palette_is_the_themes(charts: list[ChartWidget]) -> None:
    assert palette.FUNCTION_COLOURS == theme.FUNCTION_COLOURS
    assert charts[0].data().colour == theme.MARKETING_COLOUR


def test_png_and_svg_exports_are_valid(charts: list[ChartWidget], tmp_path: Path) -> None:
    for chart in charts:
        png = chart.export_png(tmp_path / f"{chart.export_name}.png", scale=2.0)
        image = QImage(str(png))
        assert not image.isNull()
        assert image.width() == 2 * chart.export_size().width()
        assert image.pixelColor(1, 1) == QColor("#FFFFFF")
        svg = chart.export_svg(tmp_path / f"{chart.export_name}.svg")
        root = ET.parse(svg).getroot()
        assert root.tag.endswith("svg")
        assert len(list(root.iter())) > 10  # drawn content, not an empty document
        assert ET.fromstring(bytes(chart.svg_bytes())).tag.endswith("svg")


def test_the_context_menu_exports(
    charts: list[ChartWidget], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = charts[1]
    asked = []

    def ask(parent: object, suggested: str, kind: str) -> Path:
        asked.append((suggested, kind))
        return tmp_path / f"out.{kind}"

    monkeypatch.setattr(chart_base, "ask_export_path", ask)
    menu = chart.export_menu()
    assert [a.text() for a in menu.actions()] == ["Export as PNG…", "Export as SVG…"]
    menu.actions()[1].trigger()
    menu.actions()[0].trigger()
    assert asked == [("diagnostic-scores.svg", "svg"), ("diagnostic-scores.png", "png")]
    assert (tmp_path / "out.svg").stat().st_size > 0
    assert not QImage(str(tmp_path / "out.png")).isNull()
    monkeypatch.setattr(chart_base, "ask_export_path", lambda *a: None)
    assert chart.export_as("png") is None
    chart.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    )
    assert isinstance(chart.context_menu, QMenu) and len(chart.context_menu.actions()) == 2
    chart.context_menu.close()


def test_crisp_at_any_device_pixel_ratio(charts: list[ChartWidget]) -> None:
    for ratio in (1.0, 2.0, 3.0):
        for chart in charts:
            image = QImage(chart.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(QColor("#FFFFFF"))
            chart.render(image)
            assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
            rows = (image.height() // 3, image.height() // 2, 2 * image.height() // 3)
            assert any(
                len({image.pixel(x, y) for x in range(0, image.width(), 7)}) > 1 for y in rows
            )  # something was drawn


def test_a_short_animation_on_value_change_that_tests_can_switch_off(
    qtbot, charts: list[ChartWidget]
) -> None:
    chart = charts[0]
    chart.show()
    data = chart.data()
    changed = type(data)(data.title, data.colour, data.stage_labels, (5, 0, 0, 0))
    set_animations_enabled(True)
    try:
        chart.set_data(changed)
        assert chart.data() == changed and chart.animating  # the model is new at once
        qtbot.waitUntil(lambda: not chart.animating, timeout=2000)
        set_animations_enabled(False)
        chart.set_data(data)
        assert not chart.animating and chart.data() == data
    finally:
        set_animations_enabled(False)
