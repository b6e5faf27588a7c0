"""Paper ballots typed in on the tally page join the analysis, marked as paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

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


# -- typing a whole form as a typist does: every key goes to the field that has the focus ------
def form_page(qtbot, controller: SessionController, session_path: Path, mode: VotingMode):
    controller.create(session_path, make_workshop(mode=mode, threshold=1))
    controller.open_round()
    page = TallyPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.team_box.setCurrentIndex(page.team_box.findData(2))
    page.function_box.setCurrentIndex(page.function_box.findData("sales"))
    first = page.stage_field if mode.asks_stage else page.answer_fields[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    return page


def type_keys(keys: str) -> None:
    """Keys as typed: a tab is Tab, a newline Enter, \\b Backspace, "<" Shift+Tab, the rest text.
    Each goes to whichever widget has the focus at that moment."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        if key == "\t":
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        elif key == "<":
            QTest.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        elif key == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif key == "\b":
            QTest.keyClick(widget, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(widget, key)


def test_tab_after_a_digit_never_shifts_the_answers(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = form_page(qtbot, controller, session_path, VotingMode.BOTH)
    answers = "43521" * 4
    type_keys("3\t" + "".join(f"{a}\t" for a in answers))  # a Tab after every digit
    assert page.comment_field.hasFocus()
    type_keys("Leads\n")
    # Mixed habits on one form: some Tabs, some not, Space and - for a blank on purpose,
    # two Tabs to skip one, a refused key, Shift+Tab back to fix one.
    type_keys("2" + "1\t" + "2" + " \t" + "3-" + "\t\t" + "4\t" + "5" + "9" + "5")
    assert page.answer_fields[9].hasFocus()  # statement 10: the 9 was refused, not skipped
    type_keys("<<" + "1" + "\t")  # statement 8 corrected; its Tab does not move twice
    assert page.answer_fields[8].hasFocus() and page.answer_fields[8].text() == "5"
    type_keys("\t" + " " * 11 + "\n")  # statement 6 untouched: named first
    assert len(controller.round_ballots(1)) == 1 and "statements 6." in page.answers_message.text()
    type_keys("\n")
    ballots = controller.round_ballots(1)
    first = next(b for b in ballots if b.stage == 3)
    second = next(b for b in ballots if b.stage == 2)
    assert first.stage == 3 and first.answers == tuple(int(a) for a in answers)
    assert first.comment == "Leads" and first.source == Source.PAPER
    assert (second.team_id, second.function, second.stage) == (2, "sales", 2)
    assert second.answers == (1, 2, None, 3, None, None, 4, 1, 5, *(None,) * 11)


def test_an_out_of_range_key_is_refused_beside_its_field(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = form_page(qtbot, controller, session_path, VotingMode.BOTH)
    type_keys("5")
    assert page.stage_field.text() == "" and page.stage_field.hasFocus()
    assert page.stage_message.isVisible()
    assert page.stage_message.text() == "“5” is not a stage: type 1, 2, 3 or 4."
    type_keys("2")
    assert page.stage_message.text() == "" and page.answer_fields[0].hasFocus()
    for key in ("9", "0", "x", "+"):
        type_keys(key)
        assert page.answer_fields[0].text() == "" and page.answer_fields[0].hasFocus()
        assert page.answers_message.isVisible() and page.answers_message.text() == (
            f"“{key}” is not an answer for statement 1: type 1 to 5, or Space to leave it blank."
        )
    assert controller.round_ballots(1) == []
    assert "s1\N{NO-BREAK SPACE}—," in page.preview.text()  # nothing of the 9 got into the ballot
    type_keys("4")  # the right key clears the message and moves on
    assert page.answers_message.text() == "" and page.answer_fields[1].hasFocus()
    assert page.answer_fields[0].text() == "4"


def test_enter_adds_from_a_blank_field_in_the_paper_ballot_window(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    from msworkshop.ui.shell.main_window import MainWindow

    controller.create(session_path, make_workshop(mode=VotingMode.BOTH, threshold=1))
    controller.open_round()
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_tally()
    assert dialog is not None
    [page] = dialog.findChildren(TallyPage)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    page.stage_field.setFocus()
    type_keys("1" + "2" * 20 + "<" + "\t<")  # on to the comment, back to 20, Tab, back
    assert page.answer_fields[19].hasFocus() and page.answer_fields[19].text() == "2"
    type_keys("\b\n")  # statement 20 emptied again; Enter in that empty field
    assert page.answers_message.text().startswith("No answer typed for statements 20.")
    type_keys("\n")  # said twice: stored with statement 20 blank
    [ballot] = controller.round_ballots(1)
    assert ballot.stage == 1 and ballot.answers == (*(2,) * 19, None)
    assert dialog.isVisible() and page.stage_field.hasFocus()  # ready for the next form
    type_keys("4" + "5" * 20 + "\n")  # Enter in the comment field: one ballot, no button
    assert sorted(b.stage or 0 for b in controller.round_ballots(1)) == [1, 4]
    page.tabs.setCurrentWidget(page.counts_tab)
    page.count_boxes[2].setFocus()
    qtbot.waitUntil(page.count_boxes[2].hasFocus)
    page.count_boxes[2].selectAll()  # as when tabbing into it
    type_keys("3\n")
    assert sorted(b.stage or 0 for b in controller.round_ballots(1)) == [1, 3, 3, 3, 4]
    click(page.done_button)
    assert not dialog.isVisible() and controller.ballot_count() == 5


def test_the_preview_in_words_is_what_gets_stored(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    page = form_page(qtbot, controller, session_path, VotingMode.BOTH)
    type_keys("2" + "4 5" + "\t\t" + "1" * 15 + "3")  # the second Tab skips statement 4
    preview = page.preview.text()
    answers = ["4", "—", "5", "—", *"1" * 15, "3"]
    assert preview == "Team South · Sales · stage 2 Dating · " + ", ".join(
        f"s{n}\N{NO-BREAK SPACE}{a}" for n, a in enumerate(answers, start=1)
    )
    type_keys("\n")  # statement 4 was skipped with Tab, untouched: named first
    assert controller.round_ballots(1) == []
    assert page.answers_message.text() == (
        "No answer typed for statements 4. Type them in, or press Enter again to add the "
        "ballot with them blank."
    )
    assert page.answer_fields[3].hasFocus()
    type_keys("\n")
    [stored] = controller.round_ballots(1)
    assert page.describe_ballot(stored) == preview
    assert stored.stage == 2 and stored.answers == (4, None, 5, None, *(1,) * 15, 3)
    assert f"Added: {preview} (1 in total)." == page.status.text()


def test_the_preview_speaks_the_facilitators_language(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    from msworkshop.ui.common import i18n

    page = form_page(qtbot, controller, session_path, VotingMode.BOTH)  # an English session
    assert i18n.set_ui_language("nl")
    try:
        QApplication.processEvents()
        type_keys("2" + "5" * 19 + "x")
        assert page.answers_message.text() == (
            "“x” is geen antwoord bij stelling 20: typ 1 tot en met 5, of een spatie om hem "
            "leeg te laten."
        )
        type_keys("-")
        preview = page.preview.text()
        assert preview.startswith("Team South · Sales · fase 2 Verkering · s1\N{NO-BREAK SPACE}5,")
        assert preview.endswith("s19\N{NO-BREAK SPACE}5, s20\N{NO-BREAK SPACE}—")
        type_keys("\n")
        [stored] = controller.round_ballots(1)
        assert page.describe_ballot(stored) == preview
        assert page.status.text() == f"Toegevoegd: {preview} (1 in totaal)."
        assert page.done_button.text() == "&Klaar"
    finally:
        i18n.set_ui_language("en")


def test_a_set_up_edit_keeps_the_chosen_team_and_the_preview_follows(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    from dataclasses import replace

    page = form_page(qtbot, controller, session_path, VotingMode.BOTH)
    type_keys("3" + "4")
    workshop = controller.workshop
    renamed = (workshop.teams[0], replace(workshop.teams[1], name="South & Islands"))
    controller.update_workshop(replace(workshop, teams=renamed))
    assert page.team_box.currentData() == 2 and page.function_box.currentData() == "sales"
    assert page.preview.text().startswith("Team South & Islands · Sales · stage 3 Living")
    page.answer_fields[0].setFocus()
    QTest.keyClick(page.answer_fields[0], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.answer_fields[0], Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert page.answer_fields[0].text() == ""  # cut, not typed: the preview still follows
    assert "s1\N{NO-BREAK SPACE}—," in page.preview.text()
