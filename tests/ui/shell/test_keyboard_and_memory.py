"""Keys like presentation software, and what the app remembers (file and QSettings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableWidget, QWidget

from msworkshop.ui.common import dialogs, settings
from msworkshop.ui.services.focus import SLIDE_SETTING
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell import window_dialogs
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.ui.shell.steps_view import STEP_SETTING
from tests.ui.conftest import make_workshop


@pytest.fixture
def window(qtbot, controller: SessionController, session_path: Path) -> MainWindow:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.create(session_path, make_workshop())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def key(
    widget: QWidget, code: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, code, modifiers)


def test_page_keys_and_arrows_move_between_steps(window: MainWindow) -> None:
    window.sidebar.setFocus()
    key(window.sidebar, Qt.Key.Key_PageDown)
    assert window.current_step() == "stages"
    key(window.sidebar, Qt.Key.Key_Right)  # stages: the arrows walk the slides first
    assert window.current_step() == "stages" and window.steps.pages["stages"].focus.slide == 1
    window.show_step("vote")
    key(window.sidebar, Qt.Key.Key_Right)
    assert window.current_step() == "reveal"
    key(window.sidebar, Qt.Key.Key_Left)
    key(window.sidebar, Qt.Key.Key_PageUp)
    assert window.current_step() == "stages"


def test_arrows_stay_with_text_fields_and_tables(window: MainWindow) -> None:
    page = window.steps.pages["close"]
    edit, table = QLineEdit("abc", page), QTableWidget(2, 3, page)
    window.show_step("close")
    edit.show()
    edit.setFocus()
    edit.setCursorPosition(0)
    key(edit, Qt.Key.Key_Right)
    assert edit.cursorPosition() == 1 and window.current_step() == "close"
    key(edit, Qt.Key.Key_B)  # letters type, they do not blank the projector
    assert edit.text() == "abc".replace("a", "ab", 1) and not window.projector.blank
    table.show()
    table.setFocus()
    table.setCurrentCell(0, 0)
    window.actions_.previous_arrow.trigger()  # what the Left key fires
    assert window.current_step() == "close"
    window.actions_.next_arrow.trigger()
    assert table.currentColumn() == 1 and window.current_step() == "close"


def test_presenting_keys(window: MainWindow) -> None:
    key(window.sidebar, Qt.Key.Key_F5)
    assert window.projector.isVisible()
    key(window.sidebar, Qt.Key.Key_B)
    assert window.projector.blank and window.actions_.blank.isChecked()
    key(window.sidebar, Qt.Key.Key_B)
    assert not window.projector.blank
    key(window.sidebar, Qt.Key.Key_Escape)
    assert not window.projector.isVisible()


def test_round_shortcuts_and_reveal(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = window.controller
    key(
        window.sidebar,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert controller.current_round() is not None and controller.current_round().is_open
    window.actions_.close_round.trigger()
    assert not controller.current_round().is_open
    monkeypatch.setattr(dialogs, "ask_confirm", lambda parent, text: False)
    window.actions_.open_round.trigger()  # a second round needs a yes
    assert controller.current_round().number == 1
    revealed: list[bool] = []
    monkeypatch.setattr(controller.reveal, "reveal_next", lambda: revealed.append(True))
    key(window.sidebar, Qt.Key.Key_R)
    assert revealed == [True] and window.current_step() == "reveal"


def test_shortcut_overview_lists_the_keys(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(window_dialogs, "show_shortcuts", lambda parent, rows: shown.append(rows))
    key(window.sidebar, Qt.Key.Key_F1)
    key(window.sidebar, Qt.Key.Key_Question)
    assert len(shown) == 2
    rows = dict(shown[0])
    assert rows["Next step"] == "PgDown / →" and rows["Start presenting"] == "F5"
    assert rows["Blank the projector"] == "B" and rows["Open a voting round"] == "Ctrl+Shift+O"
    from msworkshop.ui.shell.shortcuts import ShortcutOverview

    overview = ShortcutOverview(shown[0])
    assert overview.rows() == shown[0]
    overview.deleteLater()


def test_the_step_and_slide_are_remembered_per_session(
    qtbot, window: MainWindow, session_path: Path, tmp_path: Path
) -> None:
    window.show_step("stages")
    window.actions_.next_step.trigger()
    window.show_step("gaps")
    assert window.controller.setting(STEP_SETTING) == "gaps"
    other = tmp_path / "other.msworkshop"
    window.controller.create(other, make_workshop())
    assert window.current_step() == "welcome"  # a new session starts at the beginning
    window.close()

    again = MainWindow(SessionController(), full_screen_kiosk=False)
    qtbot.addWidget(again)
    again.open_path(session_path)
    assert again.current_step() == "gaps"
    assert again.controller.setting(SLIDE_SETTING) == "1"
    assert again.steps.pages["stages"].focus.slide == 1


def test_undo_and_redo_menu_items_follow_the_stack(window: MainWindow) -> None:
    from msworkshop.ui.services.commands import edit_workshop

    controller = window.controller
    assert not window.actions_.undo.isEnabled()
    edit_workshop(controller, controller.workshop.with_changes(title="Renamed"), False)
    assert (
        window.actions_.undo.isEnabled() and window.actions_.undo.shortcut().toString() == "Ctrl+Z"
    )
    window.actions_.undo.trigger()
    assert controller.workshop.title == "Spring offsite" and window.actions_.redo.isEnabled()


def test_settings_stay_in_the_test_profile(window: MainWindow, isolated_profile: Path) -> None:
    window.actions_.dark_theme.setChecked(True)
    next(a for a in window.actions_.languages.actions() if a.data() == "nl").trigger()
    window.close()
    assert settings.ui_language() == "nl" and settings.projector_theme() == "dark"
    assert Path(QSettings().fileName()).is_relative_to(isolated_profile)
    assert settings.recent_files()  # the session just created
    with pytest.raises(ValueError):
        settings.set_ui_language("fr")
