"""The new-session dialog: inline errors from the domain; a valid set-up becomes a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from msworkshop.domain.messages import translate
from msworkshop.domain.workshop import VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui import dialogs, settings
from msworkshop.ui.controller import SessionController
from msworkshop.ui.main_window import MainWindow
from msworkshop.ui.new_session_dialog import NewSessionDialog
from tests.ui.conftest import click


def fill(
    dialog: NewSessionDialog,
    title: str = "Spring offsite",
    teams: str = "North\nSouth",
    third: str = "",
) -> None:
    dialog.title_edit.clear()
    QTest.keyClicks(dialog.title_edit, title)
    QTest.keyClicks(dialog.organisation_edit, "Acme")
    dialog.date_edit.setDate(QDate(2026, 5, 12))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    dialog.teams_edit.setPlainText(teams)
    QTest.keyClicks(dialog.third_edit, third)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(VotingMode.QUICK))
    dialog.threshold_spin.setValue(4)


@pytest.mark.parametrize(
    ("title", "teams", "key"),
    [
        ("", "North", "title_required"),
        ("Offsite", "", "teams_required"),
        ("Offsite", "North\nnorth", "duplicate_team"),
    ],
)
def test_invalid_input_shows_an_inline_error(qtbot, title: str, teams: str, key: str) -> None:
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, title=title, teams=teams)
    click(dialog.ok_button)
    assert dialog.isVisible() and dialog.workshop() is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == translate(key, "en")


def test_third_function_needs_its_own_name(qtbot) -> None:
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, third="Sales")
    click(dialog.ok_button)
    assert dialog.error_label.text() == translate("third_function_name_required", "en")


def test_valid_input_gives_the_workshop(qtbot) -> None:
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, teams=" North \n\nSouth\n", third="Customer service")
    click(dialog.ok_button)
    workshop = dialog.workshop()
    assert dialog.result() == NewSessionDialog.DialogCode.Accepted
    assert workshop is not None and not dialog.error_label.isVisible()
    assert workshop.title == "Spring offsite" and workshop.organisation == "Acme"
    assert [t.name for t in workshop.teams] == ["North", "South"]
    assert workshop.function_keys == ("marketing", "sales", "customer_service")
    assert workshop.functions[2].name == "Customer service"
    assert (workshop.language, workshop.mode, workshop.threshold) == ("nl", VotingMode.QUICK, 4)
    assert workshop.date == dt.date(2026, 5, 12)


def test_new_session_creates_the_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask_new_workshop(parent: QWidget | None) -> Workshop | None:
        dialog = NewSessionDialog(parent)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog)
        click(dialog.ok_button)
        return dialog.workshop()

    suggested: list[Path] = []
    target = tmp_path / "chosen.msworkshop"

    def ask_save_path(parent: QWidget | None, suggestion: Path) -> Path:
        suggested.append(suggestion)
        return target

    monkeypatch.setattr(dialogs, "ask_new_workshop", ask_new_workshop)
    monkeypatch.setattr(dialogs, "ask_save_path", ask_save_path)
    window = MainWindow(SessionController())
    qtbot.addWidget(window)
    window.actions_.new.trigger()

    assert suggested[0].name == "Spring offsite.msworkshop"
    assert window.controller.path == target and window.current_step() == "vote"
    with SessionStore.open(target) as store:
        stored = store.workshop()
    assert stored.title == "Spring offsite" and stored.language == "nl"
    assert [t.name for t in stored.teams] == ["North", "South"]
    assert settings.recent_files(QSettings()) == [target.resolve()]


def test_cancelled_dialog_creates_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_new_workshop", lambda parent: None)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, s: pytest.fail("asked"))
    window = MainWindow(SessionController())
    qtbot.addWidget(window)
    window.actions_.new.trigger()
    assert not window.controller.is_open
