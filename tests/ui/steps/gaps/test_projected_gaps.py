"""The projected gaps slide is readable from the back of the room, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from msworkshop.ui.app import create_main_window
from msworkshop.ui.common import i18n
from msworkshop.ui.steps.gaps.view import GapsProjectorView
from msworkshop.ui.steps.reveal.view import PROJECTOR_GAPS


@pytest.mark.parametrize("language", ["en", "nl"])
def test_statements_are_whole_large_and_the_slide_fits_at_720p(qtbot, language: str) -> None:
    i18n.set_ui_language(language)  # the demo session is made in the UI language
    window = create_main_window(demo=True, full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.controller.reveal.reveal_all()
    window.show_step("gaps")
    window.actions_.present.trigger()
    projector = window.projector
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.isVisible())
    view = projector.views["gaps"]
    assert isinstance(view, GapsProjectorView)
    qtbot.wait(50)  # layout settles after the resize
    chart = view.gap_chart
    data = chart.data()
    assert data is not None and len(data.rows) == PROJECTOR_GAPS
    assert chart.font().pixelSize() >= 24  # the theme's "small" type at 720p
    for number, (row, lines) in enumerate(zip(data.rows, chart.statement_lines(), strict=True)):
        assert not any(line.endswith("…") for line in lines), lines
        assert " ".join(lines) == f"{number + 1}. {row.label} ({row.reference})"
    prompt_bottom = view.prompt.mapTo(projector, QPoint(0, view.prompt.height())).y()
    assert view.prompt.text() and prompt_bottom <= projector.height()
    assert chart.height() >= chart.preferred_height()  # nothing squeezed
