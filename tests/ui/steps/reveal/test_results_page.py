"""The Reveal page: every figure equals the analysis; hidden groups leak nowhere; overview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from msworkshop.domain.analysis import analyse
from msworkshop.domain.chart_builders import (
    dimension_chart_data,
    perception_gap,
    score_chart_data,
    stage_chart_data,
)
from msworkshop.domain.number_format import format_number
from msworkshop.ui.charts.widgets import chart_texts
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.gaps.page import GapsPage
from msworkshop.ui.steps.gaps.view import GapsProjectorView
from msworkshop.ui.steps.reveal.page import ResultsPage
from msworkshop.ui.steps.reveal.view import RevealProjectorView
from tests.ui.results_helpers import (
    create_session,
    group,
    has_number,
    standard_votes,
    widget_texts,
)


def _page(qtbot, controller: SessionController, path: Path) -> ResultsPage:
    controller.open(create_session(path, standard_votes()))
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    return page


def test_every_number_shown_equals_the_analysis(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = _page(qtbot, controller, session_path)
    c = controller
    expected = analyse(c.workshop, c.store().ballots(1), c.content.statements, 1)
    assert c.result == expected
    texts = chart_texts()
    for team in expected.teams:
        panel = page.team_panels[team.team_id]
        for group_result in team.groups:
            shown = page.panel(team.team_id, group_result.function)
            assert shown.chart.data() == stage_chart_data(
                c.workshop, c.content, group_result, texts
            )
            if not group_result.suppressed:
                assert shown.ballots_label.text() == f"Ballots: {group_result.ballots}"
                assert format_number(group_result.diagnostic_mean, 0) in (
                    shown.diagnostic_label.text()
                )
                assert format_number(group_result.mean_stage) in shown.modal_label.text()
        assert panel.score_chart.data() == score_chart_data(c.workshop, c.content, team, texts)
        assert panel.dimension_chart.data() == dimension_chart_data(
            c.workshop, c.content, team, texts
        )
        gap = perception_gap(c.workshop, c.content, team)
        if gap.stages is not None:
            assert format_number(gap.stages.value) in panel.gap_label.text()
            assert format_number(gap.points.value, 0) in panel.gap_label.text()
    south = expected.team(2)
    page.tabs.setCurrentWidget(page.overview)
    rows = {row[0]: row for row in page.overview.row_texts()}
    assert rows["South"][3] == format_number(abs(south.stage_gap))
    assert rows["South"][4] == format_number(abs(south.score_gap), 0)
    assert rows["South"][5] == str(south.ballots) == "12"
    assert rows["North"][2] == "Too few votes to show — anonymity"
    assert rows["North"][5] == "—"  # a total would give the hidden group away
    assert page.heading.text() == "Results — round 1"


def test_results_follow_new_ballots(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    create_session(session_path, standard_votes(), close=False)
    page = _page_open(qtbot, controller, session_path)
    assert page.chart(1, "sales").data().suppressed
    controller.intake.cast(team_id=1, function="sales", stage=2, answers=[3] * 20)
    sales = page.chart(1, "sales").data()
    assert not sales.suppressed and sales.total == 5
    assert page.panel(1, "sales").ballots_label.text() == "Ballots: 5"


def _page_open(qtbot, controller: SessionController, path: Path) -> ResultsPage:
    controller.open(path)
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    return page


def _all_views(qtbot, controller: SessionController) -> list[QWidget]:
    """Every view that could show team 1, with every tab filled and everything revealed."""
    results = ResultsPage(controller)
    results.comments.seed = 7  # the same shuffle in both sessions
    gaps = GapsPage(controller)
    projector, gaps_projector = RevealProjectorView(controller), GapsProjectorView(controller)
    views = [results, gaps, projector, gaps_projector]
    for view in views:
        qtbot.addWidget(view)
    for index in range(results.tabs.count()):
        results.tabs.setCurrentIndex(index)
    gaps.show_team(1)
    controller.reveal.reveal_all()
    controller.reveal.set_focus(1)
    return views


def test_suppressed_groups_leak_nowhere(qtbot, tmp_path: Path) -> None:
    """Two sessions that differ only in the hidden group's votes look exactly the same."""
    seen = []
    for name, hidden in (
        ("a", group(1, "sales", (4, 4, 3, 4), 1, ("secret sales remark",))),
        ("b", group(1, "sales", (1, 2, 1), 5, ("another remark",))),
    ):
        votes = [v for v in standard_votes() if not (v[0] == 1 and v[1] == "sales")] + hidden
        controller = SessionController()
        controller.open(create_session(tmp_path / f"{name}.msworkshop", votes))
        views = _all_views(qtbot, controller)
        texts = [t for view in views for t in widget_texts(view, models=True)]
        plain = [t for view in views for t in widget_texts(view)]
        if name == "a":
            assert has_number(plain, 4) == [] and has_number(plain, 14) == []
            assert not any("secret" in t for t in texts)
            assert any("Too few votes to show — anonymity" in t for t in plain)
        seen.append(texts)
        controller.close()
    assert seen[0] == seen[1]


def test_overview_sorts_and_a_click_opens_the_team(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = _page(qtbot, controller, session_path)
    page.show()
    page.tabs.setCurrentWidget(page.overview)
    table = page.overview.table
    assert [r[0] for r in page.overview.row_texts()] == ["North", "South"]  # session order
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # sales stage: the hidden one last
    assert [r[0] for r in page.overview.row_texts()] == ["South", "North"]
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in page.overview.row_texts()] == ["South", "North"]
    with qtbot.waitSignal(page.overview.team_activated) as signal:
        table.clicked.emit(table.model().index(0, 1))
    assert signal.args == [2]
    assert page.tabs.currentWidget() is page.teams_scroll
