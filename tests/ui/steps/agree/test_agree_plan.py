"""Agree stages, build a plan with undo/redo, and export it, driving the real widgets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.plans import Priority, stay_or_move_for
from msworkshop.export.actions_csv import dialect_for
from msworkshop.store import SessionStore
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.agree.page import AgreePage
from msworkshop.ui.steps.agree.view import AgreeView
from msworkshop.ui.steps.close import dialogs as close_dialogs
from msworkshop.ui.steps.close.page import ClosePage
from msworkshop.ui.steps.plan.page import PlanPage
from msworkshop.ui.steps.plan.view import PlanView
from tests.ui.conftest import click, make_workshop


@pytest.fixture
def session(controller: SessionController, session_path: Path) -> SessionController:
    """North: marketing 3x stage 2, sales 3x stage 1; South: sales only 2 votes (hidden)."""
    with SessionStore.create(session_path, make_workshop()) as store:
        round_ = store.open_round()
        ballots = [Ballot(1, "marketing", round_.number, stage=2)] * 3
        ballots += [Ballot(1, "sales", round_.number, stage=1)] * 3
        ballots += [Ballot(2, "sales", round_.number, stage=3)] * 2
        store.add_ballots(ballots)
    controller.open(session_path)
    return controller


def test_agree_shows_votes_and_is_undoable(
    qtbot, session: SessionController, session_path: Path
) -> None:
    page = AgreePage(session)
    view = AgreeView(session)
    qtbot.addWidget(page)
    qtbot.addWidget(view)
    page.show()
    assert "most chosen: 2. Dating" in page.table.model().index(0, 1).data()  # marketing, North
    assert "most chosen: 1. Single" in page.table.model().index(0, 2).data()
    hidden = page.table.model().index(1, 2)  # South sales: too few, so only why
    assert hidden.data() == "hidden: fewer than 3 votes"
    assert "nobody" in hidden.data(Qt.ItemDataRole.ToolTipRole)
    assert "not agreed yet" in view.texts()
    page.agree(1, 2)
    assert page.checklist.title() == "Stay or move? — 2. Dating (Defined)"
    ticks = [box.accessibleName() for box in page.checklist.findChildren(QCheckBox)]
    checklist = stay_or_move_for(session.content, 2)
    assert checklist is not None and ticks == [*checklist.stay_when, *checklist.move_when]
    page.agree(2, 4, stay=True)
    with SessionStore.open(session_path) as store:
        assert store.agreements() == {1: (2, 3), 2: (4, 4)}
    assert view.texts()[:3] == ["North", "2. Dating (Defined)", "→ 3. Living together (Aligned)"]
    assert "stay and strengthen" in view.texts()
    session.undo_stack.undo()  # South back to not agreed
    assert session.plans.agreements().keys() == {1}
    assert page.current_boxes[2].currentIndex() == 0
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()  # North not agreed
    assert session.plans.agreements() == {}
    session.undo_stack.redo()
    assert session.plans.agreement(1).stages == (2, 3)  # type: ignore[union-attr]


def test_build_a_plan_with_undo_redo_and_export(
    qtbot,
    session: SessionController,
    session_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    state = session.plans
    state.set_agreement(1, 2, 3)
    page = PlanPage(session)
    view = PlanView(session)
    qtbot.addWidget(page)
    qtbot.addWidget(view)
    page.show()
    page.select_team(1)
    suggestions = [page.suggestions.item(i) for i in range(page.suggestions.count())]
    expected = [t.title for t in session.content.actions_for(2, 3)]
    assert [item.text() for item in suggestions] == expected
    suggestions[0].setCheckState(Qt.CheckState.Checked)
    suggestions[2].setCheckState(Qt.CheckState.Checked)
    click(page.add_selected_button)
    assert [a.title for a in state.actions(1)] == [expected[0], expected[2]]
    assert page.suggestions.item(0).text().endswith("(in the plan)")
    assert view.titles() == [expected[0], expected[2]]  # the projector follows

    click(page.add_button)  # a custom action, then edit it through the form
    editor = page.editor
    assert page.current_row() == 2 and editor.isEnabled()
    assert editor.title.text() == "New action"
    editor.title.setText("Weekly pipeline call")
    editor.title.editingFinished.emit()
    editor.owner.setText("Sam de Vries")
    editor.owner.editingFinished.emit()
    editor.priority.setCurrentIndex(editor.priority.findData("high"))
    page.table.selectRow(2)
    click(page.up_button)
    titles = [a.title for a in state.actions(1)]
    assert titles == [expected[0], "Weekly pipeline call", expected[2]]
    custom = state.actions(1)[1]
    assert custom.owner == "Sam de Vries" and custom.priority is Priority.HIGH
    page.table.selectRow(0)
    click(page.remove_button)
    assert [a.title for a in state.actions(1)] == ["Weekly pipeline call", expected[2]]

    click(page.undo_button)  # the removal
    assert [a.title for a in state.actions(1)] == titles
    click(page.undo_button)  # the move
    assert [a.title for a in state.actions(1)][2] == "Weekly pipeline call"
    click(page.redo_button)
    assert [a.title for a in state.actions(1)] == titles
    with SessionStore.open(session_path) as store:  # saved in the file at once
        assert [a.title for a in store.plan_actions(1)] == titles

    close = ClosePage(session)
    qtbot.addWidget(close)
    close.show()
    assert close.document.pageCount() >= 3  # the preview (QtPdf) is loaded
    assert [close.paper_box.itemData(i) for i in range(close.paper_box.count())] == ["a4", "letter"]
    targets = iter([tmp_path / "plan.pdf", tmp_path / "actions.csv"])
    monkeypatch.setattr(close_dialogs, "ask_export_path", lambda *_: next(targets))
    close.paper_box.setCurrentIndex(1)
    click(close.buttons["save"])
    reader = PdfReader(tmp_path / "plan.pdf")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Weekly pipeline call" in " ".join(p.extract_text() for p in reader.pages)
    click(close.buttons["csv"])
    with (tmp_path / "actions.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, dialect_for("en")))
    assert [r[4] for r in rows[1:]] == titles
    assert "actions.csv" in close.status.text()


def test_print_and_viewer_go_through_the_ask_functions(
    qtbot, session: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close = ClosePage(session)
    qtbot.addWidget(close)
    close.show()
    printed = tmp_path / "printed.pdf"

    def ask_print(parent, printer) -> bool:
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)
        return True

    opened: list[Path] = []
    monkeypatch.setattr(close_dialogs, "ask_print", ask_print)
    monkeypatch.setattr(close_dialogs, "open_in_viewer", lambda path: opened.append(path) or True)
    click(close.buttons["print"])
    assert printed.is_file() and len(PdfReader(printed).pages) == close.document.pageCount()
    assert "Sent" in close.status.text()
    click(close.buttons["viewer"])
    assert opened and opened[0].read_bytes().startswith(b"%PDF")
    close.handout_box.setChecked(True)
    assert close.document.pageCount() == 2  # one page per team
    QTest.qWait(1)


def test_checklist_ticks_are_saved_per_team_and_reach_the_plan(
    qtbot, session: SessionController
) -> None:
    from msworkshop.export.plan_exports import plan_document

    page = AgreePage(session)
    qtbot.addWidget(page)
    boxes = page.checklist.findChildren(QCheckBox)
    assert boxes
    boxes[0].setChecked(True)
    boxes[-1].setChecked(True)
    checklist = stay_or_move_for(session.content, 2)
    assert checklist is not None
    keys = checklist.item_keys()
    assert session.result is not None
    document = plan_document(session.store(), session.workshop, session.content, session.result)
    team = page.selected_team()
    assert document.checklist_ticks == {team: frozenset({keys[0], keys[-1]})}
    again = AgreePage(session)  # a new page (a restart) shows the same ticks
    qtbot.addWidget(again)
    shown = [box.isChecked() for box in again.checklist.findChildren(QCheckBox)]
    assert shown[0] and shown[-1] and not any(shown[1:-1])


def test_the_close_step_shows_and_picks_the_round_the_documents_use(
    qtbot, session: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 1 was agreed on; a stray round 2 changes nothing until the facilitator picks it."""
    session.plans.set_agreement(1, 2, 3)
    session.close_round()
    session.open_round()
    session.intake.cast(team_id=1, function="sales", stage=4)  # one test ballot in round 2
    close = ClosePage(session)
    qtbot.addWidget(close)
    close.show()
    box = close.round_box
    texts = [box.itemText(i) for i in range(box.count())]
    assert texts == ["Round 1 (the default)", "Round 1 · ballots: 8", "Round 2 · ballots: 1"]
    assert session.plans.document().result.round_number == 1

    def saved_text() -> str:
        target = tmp_path / f"plan-{box.currentIndex()}.pdf"
        monkeypatch.setattr(close_dialogs, "ask_export_path", lambda *_: target)
        click(close.buttons["save"])
        return " ".join(page.extract_text() for page in PdfReader(target).pages)

    before = saved_text()
    box.setCurrentIndex(2)
    box.activated.emit(2)  # the facilitator picks round 2
    assert session.plans.chosen_round() == 2 and session.plans.plan_round() == 2
    assert session.plans.document().result.round_number == 2
    assert saved_text() != before
    box.activated.emit(0)  # back to the rule
    assert session.plans.chosen_round() is None and box.currentIndex() == 0
    assert box.itemText(0) == "Round 1 (the default)"


def test_the_close_step_shares_the_plan_with_phones_and_can_take_it_back(
    qtbot, session: SessionController, session_path: Path
) -> None:
    from msworkshop.domain.plans import PLAN_SHARED_SETTING

    assert session.setting(PLAN_SHARED_SETTING) is None  # nothing shared before Close
    close = ClosePage(session)
    qtbot.addWidget(close)
    close.show()
    assert close.share_box.isChecked() and session.setting(PLAN_SHARED_SETTING) == "1"
    close.share_box.click()
    assert session.setting(PLAN_SHARED_SETTING) == "0"
    close.hide()
    close.show()  # a later visit keeps the facilitator's choice
    assert not close.share_box.isChecked()
    with SessionStore.open(session_path) as store:
        assert store.get_setting(PLAN_SHARED_SETTING) == "0"
