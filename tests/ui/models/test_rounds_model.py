"""The rounds comparison table: a model that updates in place, so the selection stays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtTest import QSignalSpy

from msworkshop.ui.models.rows import KEY_ROLE
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.reveal.rounds import RoundsView
from tests.ui.results_helpers import create_session, group, standard_votes

FIRST_ROUND = group(1, "marketing", (1, 1, 1, 2, 2, 2, 2, 2, 2, 2), 3) + group(
    2, "sales", (1, 1, 1, 1, 1, 1), 1
)


def selected_keys(view: RoundsView) -> list[object]:
    return [i.data(KEY_ROLE) for i in view.table.selectionModel().selectedRows()]


def test_a_new_ballot_updates_the_rows_and_keeps_the_selected_one(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(
        create_session(session_path, standard_votes(), rounds=[FIRST_ROUND], close=False)
    )
    view = RoundsView(controller)
    qtbot.addWidget(view)
    view.refresh()
    model = view.table.model()
    row = view.model.row_of((2, "sales"))
    view.table.selectRow(row)
    held = QPersistentModelIndex(model.index(row, 2))
    before = held.data()
    resets = QSignalSpy(model.modelReset)
    for _ in range(5):  # South's sales stage moves up
        controller.intake.cast(team_id=2, function="sales", stage=4, answers=[5] * 20)
    view.refresh()  # as the results page does when the tab is shown
    assert resets.count() == 0
    assert selected_keys(view) == [(2, "sales")]
    assert held.isValid() and held.data() != before
    assert held.data() == view.row_texts()[held.row()][2]


def test_choosing_rounds_keeps_the_rows_that_stay(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes(), rounds=[FIRST_ROUND]))
    view = RoundsView(controller)
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(view.model.row_of((1, "")))  # North's perception gap
    view.select(2, 1)
    assert view.comparison is not None and view.comparison.before_round == 2
    assert selected_keys(view) == [(1, "")]
    assert view.model.headers()[2] == "Stage 2 → 1"
    view.before_combo.setCurrentIndex(0)  # a programmatic change alone compares nothing
    assert view.comparison.before_round == 2
    view.before_combo.activated.emit(0)  # the facilitator's choice: round 1 with round 1
    assert view.comparison is None and view.row_texts() == []
    assert view.message.text() == "Choose two different rounds."
