"""Vote → Import answers…: the dialog driven with real widgets over real form-tool exports and
real session files; the stored ballots read back through the controller."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import translate
from msworkshop.importing.columns import Reason
from msworkshop.ui.common import i18n
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.ui.steps.close import dialogs as close_dialogs
from msworkshop.ui.steps.close.page import ClosePage
from msworkshop.ui.steps.vote import import_dialog
from msworkshop.ui.steps.vote.import_columns import ACCEPT, MEANING, SAMPLES
from msworkshop.ui.steps.vote.import_dialog import ImportDialog
from tests.ui import layout_audit
from tests.ui.conftest import click
from tests.voting.forms_exports import (
    GOOGLE_EN,
    GOOGLE_EN_BALLOTS,
    GOOGLE_NL,
    expected_ms,
    make_session,
    ms_forms_private,
    write_ms_forms_xlsx,
)

S1_OLD = "We know what the other function is working on at the moment."
S1_NEW = "We know what the other function is working on right now."


def reworded(tmp_path: Path) -> Path:
    """The English Google export after someone reworded the first statement a little."""
    text = GOOGLE_EN.read_text(encoding="utf-8")
    assert S1_OLD in text
    path = tmp_path / "responses.csv"
    path.write_text(text.replace(S1_OLD, S1_NEW), encoding="utf-8")
    return path


def rows_of(ballots: list[Ballot], controller: SessionController) -> list[tuple]:
    names = {team.id: team.name for team in controller.workshop.teams}
    return sorted(
        (
            names[b.team_id],
            b.function,
            b.stage,
            "".join("-" if a is None else str(a) for a in b.answers),
            b.comment,
        )
        for b in ballots
    )


@pytest.fixture
def parent(qtbot) -> QWidget:
    """The window the dialogs belong to (kept alive for the test)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog(
    parent: QWidget, controller: SessionController, export: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportDialog:
    monkeypatch.setattr(import_dialog, "ask_import_file", lambda parent: export)
    dialog = import_dialog.start_import(parent, controller)
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(dialog: ImportDialog, row: int, key: str) -> None:
    combo = dialog.table.editor(row, MEANING)
    assert isinstance(combo, QComboBox) and combo.isEnabled()
    combo.setCurrentIndex(combo.findData(key))  # as picking it in the list does


def test_the_window_opens_the_dialog_from_the_vote_menu(
    qtbot, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    action = window.actions_.import_answers
    assert action in window.menus["vote"].actions() and not action.isEnabled()
    controller.open(make_session(tmp_path / "en.msworkshop", "en"))
    assert action.isEnabled()
    monkeypatch.setattr(import_dialog, "ask_import_file", lambda parent: None)
    action.trigger()
    assert window.findChild(ImportDialog) is None  # no file chosen: no dialog
    monkeypatch.setattr(import_dialog, "ask_import_file", lambda parent: GOOGLE_EN)
    action.trigger()
    dialog = window.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    click(dialog.import_button)
    assert len(controller.round_ballots(1)) == 4 and controller.ballot_count() == 4


def test_google_forms_change_a_column_accept_a_close_match_import_and_undo(
    parent, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open(make_session(tmp_path / "en.msworkshop", "en"))
    heard: list[str] = []
    controller.ballots_changed.connect(lambda: heard.append("ballots"))
    controller.round_changed.connect(lambda: heard.append("round"))
    dialog = open_dialog(parent, controller, reworded(tmp_path), monkeypatch)
    table, model = dialog.table, dialog.model
    assert dialog.round_box.currentText() == "Round 1 (opened by the import)"
    # The identifying columns: disabled, samples never shown.
    for row in (0, 1):
        editor = table.editor(row, MEANING)
        assert isinstance(editor, QComboBox) and not editor.isEnabled()
        assert model.index(row, SAMPLES).data() == "(not shown)"
    texts = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(6)]
    assert not any("example.com" in text or "4:12:33" in text for text in texts)
    assert model.index(2, SAMPLES).data() == "“North”, “South”"
    # The close match blocks until it is accepted.
    assert table.editor(4, ACCEPT) is None
    box = table.editor(5, ACCEPT)
    assert isinstance(box, QCheckBox) and box.text() == "Use as s1" and not box.isChecked()
    assert dialog.blockers.isVisible() and "close to a statement" in dialog.blockers.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.counts_heading.text() == "Ballots to add: 4"
    # Statement 20 left out, then the close match accepted.
    choose(dialog, 24, "ignore")
    assert dialog.draft.plan().columns[24].reason is Reason.IGNORED
    click(box)
    assert dialog.draft.plan().columns[5].reason is Reason.CLOSE_ACCEPTED
    assert table.editor(5, MEANING).currentData() == "s1"  # type: ignore[union-attr]
    assert not dialog.blockers.isVisible() and dialog.import_button.isEnabled()
    assert "North" in dialog.counts.text() and controller.rounds() == []  # nothing stored yet

    click(dialog.import_button)
    assert not dialog.isVisible() and len(dialog.imported) == 4
    assert heard == ["round", "ballots"]  # round 1 opened for it, announced once
    expected = sorted((t, f, s, a[:19] + "-", c) for t, f, s, a, c in GOOGLE_EN_BALLOTS)
    ballots = controller.round_ballots(1)
    assert rows_of(ballots, controller) == expected
    assert {b.source for b in ballots} == {Source.IMPORT}
    assert controller.ballot_count() == 4

    stack = controller.undo_stack
    assert stack.undoText() == "Import answers from responses.csv"
    stack.undo()
    assert controller.round_ballots(1) == [] and controller.ballot_count() == 0
    stack.redo()
    assert rows_of(controller.round_ballots(1), controller) == expected


def test_a_second_import_shows_the_notice_and_waits_for_import_again_anyway(
    parent, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open(make_session(tmp_path / "en.msworkshop", "en"))
    export = reworded(tmp_path)
    first = open_dialog(parent, controller, export, monkeypatch)
    assert not first.notice.isVisible()
    click(first.table.editor(5, ACCEPT))  # type: ignore[arg-type]
    click(first.import_button)
    assert len(controller.round_ballots(1)) == 4

    again = open_dialog(parent, controller, export, monkeypatch)
    # The choice is remembered for the same header row: no close match to accept again.
    assert again.draft.plan().columns[5].reason is Reason.REMEMBERED
    assert again.draft.plan().ready and again.table.editor(5, ACCEPT) is None
    assert again.notice.isVisible() and "already imported into round 1" in again.notice.text()
    assert again.again_box.isVisible() and not again.import_button.isEnabled()
    click(again.again_box)
    assert again.import_button.isEnabled()
    click(again.again_box)
    assert not again.import_button.isEnabled()
    click(again.again_box)
    click(again.import_button)
    assert len(controller.round_ballots(1)) == 8


def test_a_file_imported_meanwhile_is_refused_and_the_notice_appears(
    parent,
    controller: SessionController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    from msworkshop.cli import main

    session = make_session(tmp_path / "en.msworkshop", "en")
    controller.open(session)
    i18n.set_ui_language("nl")
    first = open_dialog(parent, controller, GOOGLE_EN, monkeypatch)
    second = open_dialog(parent, controller, GOOGLE_EN, monkeypatch)
    click(first.import_button)
    assert second.notice.isVisible() and not second.import_button.isEnabled()  # heard of it
    controller.undo_stack.undo()
    assert not second.notice.isVisible() and second.import_button.isEnabled()
    # Imported from the command line meanwhile: the dialog learns it when it tries.
    assert main(["import", str(session), str(GOOGLE_EN)]) == 0
    click(second.import_button)
    ((kind, text),) = no_real_dialogs
    assert kind == "error" and text.startswith("Dit bestand is al geïmporteerd in ronde 1")
    assert "--" not in text  # no command-line flag in the app
    assert second.isVisible() and second.notice.isVisible() and second.again_box.isVisible()
    assert not second.import_button.isEnabled()
    assert len(controller.round_ballots(1)) == 4


def test_another_file_can_be_chosen_in_the_dialog(
    parent, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open(make_session(tmp_path / "en.msworkshop", "en"))
    dialog = open_dialog(parent, controller, reworded(tmp_path), monkeypatch)
    assert not dialog.import_button.isEnabled()  # the close match waits
    monkeypatch.setattr(import_dialog, "ask_import_file", lambda parent: GOOGLE_EN)
    click(dialog.choose_button)
    assert dialog.file_label.text() == f"File: {GOOGLE_EN.name}"
    assert dialog.table.editor(5, ACCEPT) is None and dialog.import_button.isEnabled()
    heard: list[str] = []
    controller.ballots_changed.connect(lambda: heard.append("ballots"))
    controller.round_changed.connect(lambda: heard.append("round"))
    click(dialog.import_button)
    assert rows_of(controller.round_ballots(1), controller) == sorted(GOOGLE_EN_BALLOTS)
    assert heard == ["round", "ballots"]


def test_microsoft_forms_workbook_into_a_chosen_round(
    parent, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open(make_session(tmp_path / "nl.msworkshop", "nl"))
    controller.open_round()
    controller.close_round()
    controller.open_round()
    export = write_ms_forms_xlsx(tmp_path / "Form1.xlsx", "nl")
    dialog = open_dialog(parent, controller, export, monkeypatch)
    assert [dialog.round_box.itemText(i) for i in range(dialog.round_box.count())] == [
        "Round 1 (closed)",
        "Round 2 (open)",
    ]
    assert dialog.round_box.currentData() == 2
    model = dialog.model
    for row in range(5):  # ID, start, completion, e-mail, name
        assert not model.flags(model.index(row, MEANING)) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(model.index(row, MEANING), "comment")
        assert not dialog.table.editor(row, MEANING).isEnabled()  # type: ignore[union-attr]
    shown = " ".join(
        str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(6)
    )
    dialog.table.selectRow(3)
    shown += dialog.detail.text()
    assert not [p for p in ms_forms_private("nl") if p in shown]
    dialog.round_box.setCurrentIndex(0)
    assert dialog.draft.round_number == 1
    comment_row = model.rowCount() - 1
    assert model.index(comment_row, MEANING).data() == "Comment"
    choose(dialog, comment_row, "ignore")
    heard: list[str] = []
    controller.ballots_changed.connect(lambda: heard.append("ballots"))
    controller.round_changed.connect(lambda: heard.append("round"))
    click(dialog.import_button)
    assert heard == ["ballots"]  # every view hears of them once
    expected = sorted((t, f, s, a, "") for t, f, s, a, _c in expected_ms("nl"))
    assert rows_of(controller.round_ballots(1), controller) == expected
    assert controller.round_ballots(2) == []


def test_lines_with_errors_are_listed_and_skipped_only_when_asked(
    parent, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open(make_session(tmp_path / "en.msworkshop", "en"))
    text = GOOGLE_EN.read_text(encoding="utf-8")
    assert text.count('"South","Sales"') == 1
    export = tmp_path / "typo.csv"
    export.write_text(text.replace('"South","Sales"', '"Westside","Sales"'), encoding="utf-8")
    dialog = open_dialog(parent, controller, export, monkeypatch)
    assert dialog.problems_heading.text() == "Lines that will be skipped, and why: 1"
    assert '"Westside" is not one of this session\'s teams' in dialog.problems.toPlainText()
    assert dialog.skip_box.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.counts_heading.text() == "Ballots to add: 3"
    click(dialog.skip_box)
    click(dialog.import_button)
    assert len(controller.round_ballots(1)) == 3


def test_a_file_that_cannot_be_read_is_named_in_the_ui_language(
    parent,
    controller: SessionController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    controller.open(make_session(tmp_path / "en.msworkshop", "en"))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    monkeypatch.setattr(import_dialog, "ask_import_file", lambda parent: broken)
    i18n.set_ui_language("nl")
    assert import_dialog.start_import(parent, controller) is None
    ((kind, text),) = no_real_dialogs
    assert kind == "error" and text == translate("import_xlsx_broken", "nl", name="broken.xlsx")


def fixed_texts(dialog: ImportDialog) -> dict[str, str]:
    """Every fixed text the dialog shows (not the file's headers, samples or names)."""
    found = {
        "title": dialog.windowTitle(),
        "round": dialog.round_box.currentText(),
        "detail": dialog.detail.text(),
    }
    for name in ("intro", "round_label", "counts_heading", "problems_heading"):
        found[name] = getattr(dialog, name).text()
    for name in ("choose_button", "skip_box", "again_box", "import_button", "cancel_button"):
        found[name] = getattr(dialog, name).text()
    for row in range(dialog.model.rowCount()):
        box = dialog.table.editor(row, ACCEPT)
        if isinstance(box, QCheckBox):
            found[f"accept {row}"] = box.text()
    model = dialog.model
    for section in range(model.columnCount()):
        found[f"header {section}"] = str(model.headerData(section, Qt.Orientation.Horizontal))
    for row in range(model.rowCount()):
        if model.column_plan(row).reason in (Reason.PERSONAL, Reason.TIME):
            found[f"samples {row}"] = str(model.index(row, SAMPLES).data())
        found[f"reason {row}"] = str(model.index(row, 5).data())
    return found


def test_in_dutch_the_dialog_shows_no_english_fixed_text(
    parent, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open(make_session(tmp_path / "en.msworkshop", "en"))
    export = reworded(tmp_path)
    english = fixed_texts(open_dialog(parent, controller, export, monkeypatch))
    i18n.set_ui_language("nl")
    dialog = open_dialog(parent, controller, export, monkeypatch)
    dutch = fixed_texts(dialog)
    same = {key for key in english if key in dutch and english[key] == dutch[key]}
    assert same == set(), {key: dutch[key] for key in same}
    assert dialog.table.editor(5, ACCEPT).text() == "Gebruik als s1"  # type: ignore[union-attr]
    assert dialog.model.index(2, MEANING).data() == "Team"  # the same word in Dutch
    assert dialog.model.index(0, MEANING).data() == "Weglaten"
    statement = load_content("nl").statements[1].text
    assert dialog.model.index(6, MEANING).data() == f"s2: {statement}"
    # The English dialog follows a switch of language while it is open.
    i18n.set_ui_language("en")
    layout_audit.settle()  # LanguageChange is posted to every window
    assert fixed_texts(dialog) == english


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_nothing_is_cut_off_at_1280_by_800(
    parent, controller: SessionController, tmp_path: Path, monkeypatch, lang: str
) -> None:
    i18n.set_ui_language(lang)
    controller.open(make_session(tmp_path / "nl.msworkshop", "nl"))
    text = GOOGLE_NL.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    export = tmp_path / "antwoorden.csv"
    export.write_text(lines[0] + lines[1] + lines[2].replace("Benelux", "Benelax"), "utf-8")
    dialog = open_dialog(parent, controller, export, monkeypatch)
    dialog.resize(1280, 800)
    dialog.table.selectRow(4)
    layout_audit.settle()
    assert dialog.problems.isVisible() and dialog.skip_box.isVisible()
    picture = Path(os.environ.get("MSWORKSHOP_SHOTS", tmp_path)) / f"import-dialog-{lang}.png"
    assert dialog.grab().save(str(picture))
    viewport = dialog.table.viewport()
    # The table's own combos are checked below: those scrolled out of sight lie outside it.
    in_table = {
        f"combo {editor.currentText()[:40]!r}"
        for row in range(dialog.model.rowCount())
        if isinstance(editor := dialog.table.editor(row, MEANING), QComboBox)
    }
    faults = [
        fault
        for fault in layout_audit.problems(dialog)
        if not any(fault.endswith(combo) for combo in in_table)
    ]
    assert faults == []
    # The combos and check boxes in the rows one can see fit their cells.
    seen = QRect(0, 0, viewport.width(), viewport.height())
    for row in range(dialog.model.rowCount()):
        for column in (MEANING, ACCEPT):
            editor = dialog.table.editor(row, column)
            if editor is None or not seen.contains(editor.geometry()):
                continue
            text_width = QFontMetrics(editor.font()).horizontalAdvance(
                editor.currentText() if isinstance(editor, QComboBox) else editor.text()  # type: ignore[attr-defined]
            )
            assert text_width + 24 <= editor.width(), (row, column)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.geometry().bottom() <= dialog.height()


def test_the_close_step_saves_the_questionnaire_in_the_session_language(
    qtbot, controller: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msworkshop.importing.questionnaire import questionnaire_markdown

    controller.open(make_session(tmp_path / "nl.msworkshop", "nl"))
    i18n.set_ui_language("en")
    page = ClosePage(controller)
    qtbot.addWidget(page)
    asked: list[Path] = []

    def ask(parent, caption: str, suggested: Path, name_filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / "vragenlijst"

    monkeypatch.setattr(close_dialogs, "ask_export_path", ask)
    monkeypatch.setattr(ClosePage, "refresh_preview", lambda self: None)
    page.show()
    button = page.buttons["questionnaire"]
    assert button.text() == "&Questionnaire for a form tool…"
    click(button)
    assert asked == [tmp_path / "voorjaarssessie-questionnaire.md"]
    written = (tmp_path / "vragenlijst").read_text(encoding="utf-8")
    assert written == questionnaire_markdown(controller.workshop, load_content("nl"))
    assert "Voorjaarssessie" in written and "## 1. Team" in written
    assert page.status.text() == f"Saved {tmp_path / 'vragenlijst'}"
