"""The live counts on the vote page: each ballot updates its team's row, nothing is refilled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtTest import QSignalSpy

from msworkshop.ui.models.rows import shown_rows
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.vote.page import VotePage
from tests.ui.results_helpers import create_session, standard_votes


def test_a_ballot_changes_only_its_teams_row_and_the_selection_stays(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes(), close=False))
    page = VotePage(controller)
    qtbot.addWidget(page)
    model = page.table.model()
    assert model.headerData(0, Qt.Orientation.Vertical) == "North"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Marketing",
        "Sales",
        "Total",
    ]
    assert shown_rows(page.table) == [["10", "4", "14"], ["6", "6", "12"]]
    south = QPersistentModelIndex(model.index(1, 1))
    page.table.selectionModel().select(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    resets, removed = QSignalSpy(model.modelReset), QSignalSpy(model.rowsRemoved)
    changed = QSignalSpy(model.dataChanged)
    controller.intake.cast(team_id=2, function="sales", stage=2, answers=[3] * 20)
    assert page.count(2, "sales") == 7 and south.data() == "7"
    assert shown_rows(page.table)[1] == ["6", "7", "13"]
    assert resets.count() == removed.count() == 0
    assert changed.count() == 1 and changed.at(0)[0].row() == changed.at(0)[1].row() == 1
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [1]


def test_a_new_round_counts_from_zero_and_closing_empties_the_table(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes()))
    page = VotePage(controller)
    qtbot.addWidget(page)
    controller.open_round()
    assert shown_rows(page.table) == [["0", "0", "0"], ["0", "0", "0"]]
    assert page.count(1, "marketing") == 0
    controller.close()
    assert shown_rows(page.table) == [] and page.table.model().columnCount() == 0
