"""The set-up dialog: inline errors from the domain, templates, the team list, new sessions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from msworkshop.domain.messages import translate
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui.common import dialogs, settings
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.setup.dialog import SetupDialog
from msworkshop.ui.shell import window_dialogs
from msworkshop.ui.shell.main_window import MainWindow
from tests.ui.conftest import click, make_workshop


def fill(
    dialog: SetupDialog,
    title: str = "Spring offsite",
    teams: tuple[str, ...] = ("North", "South"),
    third: str = "",
) -> None:
    dialog.title_edit.clear()
    QTest.keyClicks(dialog.title_edit, title)
    QTest.keyClicks(dialog.organisation_edit, "Acme")
    QTest.keyClicks(dialog.facilitator_edit, "Kim")
    dialog.date_edit.setDate(QDate(2026, 5, 12))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    for name in teams:
        QTest.keyClicks(dialog.teams.name_edit, name)
        click(dialog.teams.add_button)
    if third:
        dialog.third_check.setChecked(True)
        QTest.keyClicks(dialog.third_edit, third)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(VotingMode.QUICK))
    dialog.threshold_spin.setValue(4)


def open_dialog(qtbot, *args: object, **kwargs: object) -> SetupDialog:
    dialog = SetupDialog(None, *args, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("title", "teams", "key"),
    [
        ("", ("North",), "title_required"),
        ("Offsite", (), "teams_required"),
        ("Offsite", ("North", "north"), "duplicate_team"),
    ],
)
def test_invalid_input_shows_an_inline_error(
    qtbot, title: str, teams: tuple[str, ...], key: str
) -> None:
    dialog = open_dialog(qtbot)
    fill(dialog, title=title, teams=teams)
    click(dialog.ok_button)
    assert dialog.isVisible() and dialog.workshop() is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == translate(key, "en")


def test_third_function_needs_its_own_name(qtbot) -> None:
    dialog = open_dialog(qtbot)
    fill(dialog, third="Sales")
    click(dialog.ok_button)
    assert dialog.error_label.text() == translate("third_function_name_required", "en")
    dialog.third_edit.clear()
    click(dialog.ok_button)
    assert dialog.error_label.text() == translate("third_function_name_required", "en")


def test_valid_input_gives_the_workshop(qtbot) -> None:
    dialog = open_dialog(qtbot)
    fill(dialog, teams=(" North ", "South"), third="Customer service")
    click(dialog.ok_button)
    workshop = dialog.workshop()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert workshop is not None and not dialog.error_label.isVisible()
    assert workshop.title == "Spring offsite" and workshop.organisation == "Acme"
    assert workshop.facilitator == "Kim"
    assert [t.name for t in workshop.teams] == ["North", "South"]
    assert workshop.function_keys == ("marketing", "sales", "customer_service")
    assert workshop.functions[2].name == "Customer service"
    assert (workshop.language, workshop.mode, workshop.threshold) == ("nl", VotingMode.QUICK, 4)
    assert workshop.date == dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("template", "language", "teams", "third"),
    [
        ("one_team", "en", ["Our team"], ""),
        ("regions", "nl", ["Noord", "Zuid", "Oost", "West"], ""),
        ("service", "en", ["Our team"], "Customer service"),
    ],
)
def test_templates_fill_teams_and_functions_in_the_session_language(
    qtbot, template: str, language: str, teams: list[str], third: str
) -> None:
    dialog = open_dialog(qtbot)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(template))
    dialog.template_combo.activated.emit(dialog.template_combo.currentIndex())
    assert [t.name for t in dialog.teams.teams()] == teams
    assert dialog.third_check.isChecked() == bool(third)
    assert dialog.third_edit.text() == third


def test_team_list_adds_renames_reorders_and_removes(qtbot) -> None:
    dialog = open_dialog(qtbot, make_workshop(teams=("North", "South")))
    editor = dialog.teams
    assert not dialog.template_combo.isVisible()  # templates are for new sessions
    QTest.keyClicks(editor.name_edit, "East")
    QTest.keyClick(editor.name_edit, "\r")  # Enter adds, too
    assert [t.name for t in editor.teams()] == ["North", "South", "East"]
    assert [t.id for t in editor.teams()] == [1, 2, 0]
    editor.list.setCurrentRow(2)
    click(editor.up_button)
    assert [t.name for t in editor.teams()] == ["North", "East", "South"]
    editor.list.setCurrentRow(0)
    editor.list.item(0).setText("Noord")  # what an in-place rename leaves behind
    click(editor.down_button)
    assert [t.name for t in editor.teams()] == ["East", "Noord", "South"]
    assert editor.teams()[1] == Team(1, "Noord")  # renamed and moved, same team
    editor.list.setCurrentRow(2)
    click(editor.remove_button)  # no votes: no question
    assert [t.name for t in editor.teams()] == ["East", "Noord"]
    assert editor.confirmed_removals == set()


def test_removing_a_team_with_votes_asks_first(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, make_workshop(), team_counts={2: 5})
    asked: list[str] = []
    answer = [False]

    def ask_confirm(parent: QWidget | None, text: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(dialogs, "ask_confirm", ask_confirm)
    dialog.teams.list.setCurrentRow(1)
    click(dialog.teams.remove_button)
    assert "5 vote(s)" in asked[0] and "South" in asked[0]
    assert [t.name for t in dialog.teams.teams()] == ["North", "South"]  # kept on "no"
    answer[0] = True
    click(dialog.teams.remove_button)
    assert [t.name for t in dialog.teams.teams()] == ["North"]
    click(dialog.ok_button)
    assert dialog.delete_ballots and dialog.workshop() is not None


def test_editing_keeps_the_third_functions_key_when_renamed(qtbot) -> None:
    workshop = make_workshop(third="Service").with_changes(
        functions=(Function("marketing"), Function("sales"), Function("service", "Service"))
    )
    dialog = open_dialog(qtbot, workshop)
    assert dialog.third_check.isChecked() and dialog.third_edit.text() == "Service"
    dialog.third_edit.setText("Customer care")
    click(dialog.ok_button)
    edited = dialog.workshop()
    assert edited is not None and edited.functions[2] == Function("service", "Customer care")
    assert edited.teams == workshop.teams and edited.date == workshop.date


def test_new_session_creates_the_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask_new_workshop(parent: QWidget | None) -> Workshop | None:
        dialog = open_dialog(qtbot)
        fill(dialog)
        click(dialog.ok_button)
        return dialog.workshop()

    suggested: list[Path] = []
    target = tmp_path / "chosen.msworkshop"

    def ask_save_path(parent: QWidget | None, suggestion: Path) -> Path:
        suggested.append(suggestion)
        return target

    monkeypatch.setattr(window_dialogs, "ask_new_workshop", ask_new_workshop)
    monkeypatch.setattr(dialogs, "ask_save_path", ask_save_path)
    window = MainWindow(SessionController())
    qtbot.addWidget(window)
    window.actions_.new.trigger()

    assert suggested[0].name == "Spring offsite.msworkshop"
    assert window.controller.path == target and window.current_step() == "welcome"
    with SessionStore.open(target) as store:
        stored = store.workshop()
    assert stored.title == "Spring offsite" and stored.language == "nl"
    assert stored.facilitator == "Kim"
    assert [t.name for t in stored.teams] == ["North", "South"]
    assert settings.recent_files(QSettings()) == [target.resolve()]


def test_cancelled_dialog_creates_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window_dialogs, "ask_new_workshop", lambda parent: None)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, s: pytest.fail("asked"))
    window = MainWindow(SessionController())
    qtbot.addWidget(window)
    window.actions_.new.trigger()
    assert not window.controller.is_open
