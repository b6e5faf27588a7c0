"""The overview table: sorted, and the selected team stays selected when ballots arrive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy

from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.reveal.overview import OverviewView
from tests.ui.results_helpers import create_session, standard_votes


def test_sort_and_selection_survive_a_new_ballot(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes(), close=False))
    view = OverviewView()
    qtbot.addWidget(view)

    def show() -> None:  # what the results page does on results_changed
        assert controller.result is not None
        view.show_result(controller.workshop, controller.content, controller.result)

    controller.results_changed.connect(lambda *_: show())
    show()
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # sales: North's hidden one last
    assert [r[0] for r in view.row_texts()] == ["South", "North"]
    view.table.selectRow(1)
    assert view.selected_team() == 1
    resets = QSignalSpy(view.table.model().modelReset)
    controller.intake.cast(team_id=1, function="sales", stage=1, answers=[1] * 20)
    rows = {r[0]: r for r in view.row_texts()}
    assert rows["North"][2] != "Too few votes to show — anonymity"  # 5 votes: shown now
    assert rows["North"][5] == "15"
    assert [r[0] for r in view.row_texts()] == ["South", "North"]  # mean 3.2 against 2.2
    assert view.selected_team() == 1
    for _ in range(5):
        controller.intake.cast(team_id=1, function="sales", stage=1, answers=[1] * 20)
    assert [r[0] for r in view.row_texts()] == ["North", "South"]  # re-sorted: 2.1 first
    assert view.selected_team() == 1  # the same team, on its new row
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.AscendingOrder,
    )
    assert resets.count() == 0


def test_the_results_page_reset_empties_the_table(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes()))
    view = OverviewView()
    qtbot.addWidget(view)
    assert controller.result is not None
    view.show_result(controller.workshop, controller.content, controller.result)
    assert len(view.row_texts()) == 2
    view.table.clear()
    view.table.setRowCount(0)
    assert view.row_texts() == [] and view.table.model().columnCount() == 0
