"""Reveal control: nothing on the projector before a reveal, staged order, preview, saving."""

from __future__ import annotations

import re
from pathlib import Path

from msworkshop.domain.chart_builders import (
    dimension_chart_data,
    gap_chart_data,
    stage_chart_data,
    stage_profile_chart_data,
)
from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.charts.widgets import chart_texts
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.gaps.view import GapsProjectorView
from msworkshop.ui.steps.registry import projector_views
from msworkshop.ui.steps.reveal.page import ResultsPage
from msworkshop.ui.steps.reveal.view import PROJECTOR_GAPS, RevealProjectorView
from tests.ui.conftest import click
from tests.ui.results_helpers import create_session, standard_votes, widget_texts


def _charts(view: RevealProjectorView) -> list[object]:
    return [
        c.data()
        for c in (
            *view.stage_charts.values(),
            view.profile_chart,
            view.dimension_chart,
            view.gap_chart,
        )
    ]


def test_the_projector_shows_nothing_before_a_reveal_then_one_stage_at_a_time(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes()))
    view = RevealProjectorView(controller)
    gaps_view = GapsProjectorView(controller)
    qtbot.addWidget(view)
    qtbot.addWidget(gaps_view)
    for key, view_class in (("reveal", RevealProjectorView), ("gaps", GapsProjectorView)):
        registered = projector_views()[key](controller)
        qtbot.addWidget(registered)
        assert type(registered) is view_class
    for shown in (view, gaps_view):
        assert all(data is None for data in _charts(shown))
        assert not any(re.search(r"\d", t) for t in widget_texts(shown))
        assert shown.shown_level == RevealLevel.NONE
    c, texts = controller, chart_texts()
    north = c.result.team(1)

    controller.reveal.reveal_next()  # 1: the stage votes of the first team
    assert (view.shown_team, view.shown_level) == (1, RevealLevel.STAGES)
    assert view.stage_charts["marketing"].data() == stage_chart_data(
        c.workshop, c.content, north.group("marketing"), texts
    )
    assert view.stage_charts["sales"].data().suppressed
    assert view.profile_chart.data() is None and view.gap_chart.data() is None
    assert gaps_view.shown_level == RevealLevel.NONE and gaps_view.gap_chart.data() is None

    controller.reveal.reveal_next()  # 2: scores
    assert view.shown_level == RevealLevel.SCORES
    assert view.profile_chart.data() == stage_profile_chart_data(
        c.workshop, c.content, north, texts
    )
    assert view.dimension_chart.data() == dimension_chart_data(c.workshop, c.content, north, texts)
    assert view.gap_chart.data() is None

    controller.reveal.reveal_next()  # 3: gaps, on both views
    expected = gap_chart_data(c.workshop, c.content, north, PROJECTOR_GAPS, texts)
    assert expected.rows == ()  # North's sales are hidden: nothing to compare
    # ... so no empty chart: the slide says why, and what the others answered (issue 13)
    assert view.gap_chart.data() is None and gaps_view.gap_chart.data() is None
    assert view.prompt.text() == gaps_view.prompt.text()
    assert view.prompt.text().startswith(c.content.function_name("sales", "") + ":")

    controller.reveal.reveal_next()  # the next team starts with its stage votes
    assert (view.shown_team, view.shown_level) == (2, RevealLevel.STAGES)
    assert gaps_view.shown_level == RevealLevel.NONE
    controller.reveal.hide_all()
    assert view.shown_level == RevealLevel.NONE and all(d is None for d in _charts(view))


def test_the_laptop_previews_the_next_reveal_and_buttons_drive_it(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes()))
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    page.show()
    panel = page.reveal_panel
    assert page.projector_now.shown_level == RevealLevel.NONE
    assert page.projector_next.shown_level == RevealLevel.STAGES
    assert "North — stage votes" in panel.next_label.text()
    click(panel.next_button)
    assert controller.reveal.level(1) == RevealLevel.STAGES
    assert page.projector_now.shown_level == RevealLevel.STAGES
    assert page.projector_next.shown_level == RevealLevel.SCORES
    click(panel.all_at_once)
    assert controller.reveal.all_at_once
    assert "South — stage votes" in panel.next_label.text()  # the teams that are behind
    click(panel.all_button)
    assert all(controller.reveal.level(t) == RevealLevel.GAPS for t in (1, 2))
    assert not panel.next_button.isEnabled()
    panel.team_combo.activated.emit(1)
    assert controller.reveal.focus == 2
    click(panel.hide_button)
    assert controller.reveal.level(2) == RevealLevel.NONE


def test_the_reveal_is_saved_and_a_new_round_starts_hidden(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes()))
    controller.reveal()  # the R shortcut calls the object
    controller.reveal.reveal_next()
    controller.close()
    assert controller.reveal.level(1) == RevealLevel.NONE
    controller.open(session_path)
    assert controller.reveal.level(1) == RevealLevel.SCORES
    controller.open_round()
    assert controller.reveal.level(1) == RevealLevel.NONE
    assert controller.reveal.state.round_number == 2
