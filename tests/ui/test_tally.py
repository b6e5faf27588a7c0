"""Paper ballots typed in on the tally page join the analysis, marked as paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from msworkshop.domain.ballot import Source
from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionStore
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.registry import tool_pages
from msworkshop.ui.steps.vote.tally import TallyPage
from tests.ui.conftest import click, make_workshop


def test_whole_forms_typed_with_the_keyboard(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop(mode=VotingMode.BOTH, threshold=2))
    page = tool_pages()["tally"](controller)
    assert isinstance(page, TallyPage)
    qtbot.addWidget(page)
    page.show()
    assert not page.isEnabled()  # no open round yet
    controller.open_round()
    assert page.isEnabled()
    page.function_box.setCurrentIndex(page.function_box.findData("sales"))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for stage, answers in (("3", "4" * 20), ("2", "35" * 10)):
        page.stage_field.setFocus()
        QTest.keyClicks(page.stage_field, stage)  # jumps on to answer 1 by itself
        assert page.answer_fields[0].hasFocus()
        for index, key in enumerate(answers):
            QTest.keyClicks(page.answer_fields[index], key)
        QTest.keyClick(page.comment_field, Qt.Key.Key_Return)
    assert page.stage_field.text() == "" and "2 in total" in page.status.text()
    result = controller.result
    assert result is not None
    sales = result.team(1).group("sales")
    assert not sales.suppressed and sales.ballots == 2
    assert sales.stage_votes == {1: 0, 2: 1, 3: 1, 4: 0}
    assert sales.diagnostic_mean == (80 + 80) / 2
    QTest.keyClicks(page.stage_field, "7")  # refused by the field; no ballot
    QTest.keyClick(page.stage_field, Qt.Key.Key_Return)
    assert controller.ballot_count() == 2
    with SessionStore.open(session_path) as store:
        assert {b.source for b in store.ballots()} == {Source.PAPER}


def test_counts_per_stage_for_a_quick_vote(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop(mode=VotingMode.QUICK))
    controller.open_round()
    page = TallyPage(controller)
    qtbot.addWidget(page)
    page.show()
    assert page.tabs.count() == 1  # quick vote: counts only
    page.team_box.setCurrentIndex(page.team_box.findData(2))
    page.count_boxes[0].setValue(1)
    page.count_boxes[1].setValue(4)
    click(page.add_counts_button)
    assert [box.value() for box in page.count_boxes] == [0, 0, 0, 0]
    marketing = controller.result.team(2).group("marketing")  # type: ignore[union-attr]
    assert marketing.ballots == 5 and marketing.stage_votes == {1: 1, 2: 4, 3: 0, 4: 0}
    assert marketing.modal_stage == 2


def test_a_mistyped_entry_is_taken_back_and_can_be_redone(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop(mode=VotingMode.QUICK))
    controller.open_round()
    page = TallyPage(controller)
    qtbot.addWidget(page)
    page.show()
    assert not page.take_back_button.isEnabled()  # nothing typed yet
    page.count_boxes[1].setValue(3)
    click(page.add_counts_button)
    page.count_boxes[3].setValue(2)  # oops: meant stage 3
    click(page.add_counts_button)
    assert controller.ballot_count() == 5 and page.take_back_button.isEnabled()
    assert controller.undo_stack.undoText() == "Add paper ballots for North · Marketing (2)"
    click(page.take_back_button)
    assert controller.ballot_count() == 3
    assert controller.result.team(1).group("marketing").stage_votes == {  # type: ignore
        1: 0,
        2: 3,
        3: 0,
        4: 0,
    }
    with SessionStore.open(session_path) as other:  # gone from the file, not just the view
        assert other.ballot_count() == 3
    controller.undo_stack.redo()  # Edit → Redo puts them back
    assert controller.ballot_count() == 5
    controller.undo_stack.undo()
    page.count_boxes[2].setValue(2)
    click(page.add_counts_button)
    assert controller.result.team(1).group("marketing").stage_votes == {  # type: ignore
        1: 0,
        2: 3,
        3: 2,
        4: 0,
    }
    controller.set_setting("other", "x")  # not undoable: the button follows the stack only
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.ballot_count() == 0 and not page.take_back_button.isEnabled()


def test_an_entry_that_cannot_be_stored_leaves_nothing_behind(
    qtbot, controller: SessionController, session_path: Path, monkeypatch
) -> None:
    from msworkshop.domain.messages import UserError
    from msworkshop.ui.common import dialogs

    controller.create(session_path, make_workshop(mode=VotingMode.QUICK))
    controller.open_round()
    page = TallyPage(controller)
    qtbot.addWidget(page)
    page.show()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: shown.append(text))

    def refuse(ballots: object) -> list[str]:  # e.g. the team was removed in another window
        raise UserError("unknown_team", team=1)

    monkeypatch.setattr(controller.store(), "insert_ballots", refuse)
    page.count_boxes[0].setValue(2)
    click(page.add_counts_button)
    assert shown and controller.ballot_count() == 0
    assert controller.undo_stack.count() == 0 and not page.take_back_button.isEnabled()
    assert page.count_boxes[0].value() == 2  # the typed count stays for another try
