"""The plan table: the selected action stays selected while the plan changes around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QSignalSpy

from msworkshop.domain.plans import PlanAction
from msworkshop.store import SessionStore
from msworkshop.ui.models.rows import KEY_ROLE, shown_rows
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.plan.page import PlanPage
from tests.ui.conftest import click, make_workshop


@pytest.fixture
def page(qtbot, controller: SessionController, session_path: Path) -> PlanPage:
    SessionStore.create(session_path, make_workshop()).close()
    controller.open(session_path)
    state = controller.plans
    for title in ("Kick-off", "Shared funnel", "Joint visits"):
        state.add_action(PlanAction(team_id=1, title=title), "add")
    state.add_action(PlanAction(team_id=2, title="South's own"), "add")
    page = PlanPage(controller)
    qtbot.addWidget(page)
    page.show()
    page.select_team(1)
    return page


def titles(page: PlanPage) -> list[str]:
    return [row[0] for row in shown_rows(page.table)]


def selected_id(page: PlanPage) -> int:
    rows = page.table.selectionModel().selectedRows()
    return int(rows[0].data(KEY_ROLE)) if rows else 0


def test_edits_elsewhere_keep_the_selected_action(
    page: PlanPage, controller: SessionController
) -> None:
    state = controller.plans
    page.table.selectRow(1)
    funnel = state.actions(1)[1]
    assert selected_id(page) == funnel.id and page.editor.title.text() == "Shared funnel"
    resets = QSignalSpy(page.model.modelReset)
    changed = QSignalSpy(page.model.dataChanged)
    state.edit_action(state.actions(1)[0].with_changes(owner="Kim"), "edit")  # another row
    assert changed.count() == 1 and changed.at(0)[0].row() == 0
    state.move_action(1, 2, -2, "move")  # Joint visits to the top: the funnel moves down
    assert titles(page) == ["Joint visits", "Kick-off", "Shared funnel"]
    assert selected_id(page) == funnel.id and page.current_row() == 2
    state.add_action(PlanAction(team_id=1, title="Review"), "add")
    assert selected_id(page) == funnel.id and page.editor.title.text() == "Shared funnel"
    controller.undo_stack.undo()  # the added action
    controller.undo_stack.undo()  # the move
    assert titles(page) == ["Kick-off", "Shared funnel", "Joint visits"]
    assert selected_id(page) == funnel.id and page.current_row() == 1
    assert resets.count() == 0


def test_removing_the_selected_action_selects_the_row_where_it_was(
    page: PlanPage, controller: SessionController
) -> None:
    page.table.selectRow(1)
    click(page.remove_button)
    assert titles(page) == ["Kick-off", "Joint visits"]
    assert page.current_row() == 1 and page.editor.title.text() == "Joint visits"
    page.table.selectRow(1)
    click(page.remove_button)  # the last one: the one before it is selected
    assert page.current_row() == 0 and page.editor.title.text() == "Kick-off"


def test_the_team_follows_the_room_focus_and_language_keeps_the_selection(
    page: PlanPage, controller: SessionController
) -> None:
    controller.focus.set_team(2)
    assert page.team_id() == 2 and titles(page) == ["South's own"]
    page.select_team(1)
    assert controller.focus.team == 1
    page.table.selectionModel().select(
        page.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    page.retranslate_ui()  # as on a language change: texts only
    assert page.current_row() == 2 and page.editor.title.text() == "Joint visits"


def test_reopening_the_session_shows_the_rooms_team(
    page: PlanPage, controller: SessionController, session_path: Path
) -> None:
    controller.focus.set_team(2)  # saved in the session file
    controller.close()
    assert page.team_id() == 0 and shown_rows(page.table) == []
    controller.open(session_path)
    assert page.team_id() == 2 and titles(page) == ["South's own"]
