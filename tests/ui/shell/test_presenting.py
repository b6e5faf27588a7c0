"""Presenting like presentation software: Esc never takes the room's view away while a
field or cell wants it, one screen asks once how to present, the status bar says what
happened."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QTableWidgetItem

from msworkshop.ui.common import settings
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell import window_dialogs
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.ui.steps.welcome.view import long_date
from tests.ui.conftest import make_workshop


@pytest.fixture
def window(qtbot, controller: SessionController, session_path: Path) -> MainWindow:
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.create(session_path, make_workshop())
    window.show()
    window.actions_.present.trigger()
    assert window.projector.presenting
    window.activateWindow()  # the facilitator works in their own window while presenting
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press_escape(window: MainWindow) -> None:
    focus = QApplication.focusWidget() or window
    QTest.keyClick(focus, Qt.Key.Key_Escape)


def test_escape_in_a_text_field_leaves_the_field_and_a_second_escape_stops(
    qtbot, window: MainWindow
) -> None:
    field = QLineEdit(window.steps)
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    window.escape()  # what the Esc shortcut calls
    assert window.projector.presenting, "the first Esc belongs to the field"
    assert QApplication.focusWidget() is not field
    window.escape()
    assert not window.projector.presenting
    message = window.statusBar().currentMessage()
    assert "F5" in message and "stopped" in message


def test_escape_while_a_cell_is_being_edited_cancels_the_edit_and_keeps_presenting(
    qtbot, window: MainWindow
) -> None:
    table = QTableWidget(1, 1, window.steps)
    table.setItem(0, 0, QTableWidgetItem("kept"))
    table.show()
    table.setFocus()
    table.editItem(table.item(0, 0))
    qtbot.waitUntil(lambda: table.state() == QTableWidget.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("typed by mistake")
    window.escape()
    assert window.projector.presenting
    assert table.state() != QTableWidget.State.EditingState
    item = table.item(0, 0)
    assert item is not None and item.text() == "kept"
    window.escape()
    assert not window.projector.presenting


def test_escape_with_nothing_to_take_it_stops_presenting_and_f5_brings_it_back(
    window: MainWindow,
) -> None:
    window.sidebar.setFocus()
    window.escape()
    assert not window.projector.presenting
    window.actions_.present.trigger()
    assert window.projector.presenting and window.projector.step == window.current_step()


def test_one_screen_asks_once_how_to_present_and_remembers(
    qtbot, controller: SessionController, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().remove("projector/one_screen")  # a profile that has never presented
    asked: list[object] = []

    def ask(parent: object) -> str:
        asked.append(parent)
        return "full_screen"

    monkeypatch.setattr(window_dialogs, "ask_one_screen", ask)
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.create(session_path, make_workshop())
    window.show()
    window.actions_.present.trigger()
    assert asked == [window]
    assert window.projector.isFullScreen() and window.actions_.mirrored.isChecked()
    assert settings.one_screen_choice() == "full_screen" and settings.mirrored_full_screen()
    window.actions_.stop.trigger()
    window.actions_.present.trigger()
    assert asked == [window], "asked once, then remembered"


def test_cancelling_the_one_screen_question_presents_nothing(
    qtbot, controller: SessionController, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().remove("projector/one_screen")
    monkeypatch.setattr(window_dialogs, "ask_one_screen", lambda parent: None)
    window = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(window)
    controller.create(session_path, make_workshop())
    window.actions_.present.trigger()
    assert not window.projector.presenting and settings.one_screen_choice() is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Tuesday 1 December 2026"), ("nl", "dinsdag 1 december 2026")],
)
def test_the_welcome_slide_writes_the_date_day_first(language: str, expected: str) -> None:
    workshop = replace(make_workshop(language=language), date=dt.date(2026, 12, 1))
    assert long_date(workshop) == expected


def test_the_facilitator_sees_what_the_room_sees_and_what_comes_next(
    qtbot, window: MainWindow
) -> None:
    preview = window.room_preview
    qtbot.waitUntil(lambda: not preview.thumbnail.pixmap().isNull(), timeout=3000)
    assert preview.caption.text() == "The room sees now"
    image = preview.thumbnail.pixmap().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 2, "a real picture of the projector, not an empty box"
    assert preview.next_label.text() == "PageDown: The four stages"
    window.actions_.next_step.trigger()
    qtbot.waitUntil(lambda: "stage 2" in preview.next_label.text(), timeout=3000)
    window.show_step("reveal")
    qtbot.waitUntil(lambda: preview.next_label.text().startswith("R: North"), timeout=3000)
    assert "stage votes" in preview.next_label.text()
    assert preview.next_label.text().endswith("PageDown: Discuss the gaps")
    window.actions_.blank.trigger()
    qtbot.waitUntil(lambda: "black" in preview.caption.text(), timeout=3000)
    window.actions_.stop.trigger()
    qtbot.waitUntil(lambda: "projector off" in preview.caption.text(), timeout=3000)
    assert preview.thumbnail.pixmap().isNull() and "F5" in preview.thumbnail.text()


def test_closing_a_round_by_mistake_is_undone_with_edit_undo(window: MainWindow) -> None:
    controller = window.controller
    controller.open_round()
    window.actions_.close_round.trigger()  # Ctrl+Shift+C: asks nothing
    round_ = controller.current_round()
    assert round_ is not None and not round_.is_open
    assert window.actions_.undo.text() == "&Undo Close round 1"
    window.actions_.undo.trigger()
    round_ = controller.current_round()
    assert round_ is not None and round_.is_open and round_.number == 1
    window.actions_.redo.trigger()
    round_ = controller.current_round()
    assert round_ is not None and not round_.is_open
