"""The facilitator window's actions and their shortcuts, in one place.

Keys like presentation software: PageDown/PageUp and the arrows for next/previous step
(arrows stay with text fields and tables, see :mod:`msworkshop.ui.shortcuts`), F5 present,
Esc stop, B blank, R reveal, Ctrl+Shift+O/C open/close a voting round, F1 or ? the overview.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class MainActions(QObject):
    """Actions of the facilitator window. The window connects ``triggered`` to its slots."""

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        key = QKeySequence.StandardKey
        self.new = self._action(self.tr("&New session…"), key.New)
        self.open = self._action(self.tr("&Open session…"), key.Open)
        self.setup = self._action(self.tr("Session &set-up…"), "Ctrl+E")
        self.close = self._action(self.tr("&Close session"), key.Close)
        self.quit = self._action(self.tr("&Quit"), key.Quit)
        self.recent_menu = QMenu(self.tr("Open &recent"), parent)
        self.clear_recent = QAction(self.tr("Clear list"), self)

        self.undo = undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcut(key.Undo)
        self.redo = undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcut(key.Redo)

        self.next_step = self._action(self.tr("Next step"), "PgDown")
        self.previous_step = self._action(self.tr("Previous step"), "PgUp")
        # The arrows do the same unless the focused widget needs them (see shortcuts.py).
        self.next_arrow = self._action(self.tr("Next step"), "Right")
        self.previous_arrow = self._action(self.tr("Previous step"), "Left")
        self.present = self._action(self.tr("Start &presenting"), "F5")
        self.stop = self._action(self.tr("&Stop presenting"), "Esc")
        self.blank = self._action(self.tr("&Blank the projector"), "B")
        self.blank.setCheckable(True)
        self.reveal = self._action(self.tr("&Reveal the results"), "R")
        self.open_round = self._action(self.tr("&Open a voting round"), "Ctrl+Shift+O")
        self.close_round = self._action(self.tr("&Close the voting round"), "Ctrl+Shift+C")
        self.kiosk = self._action(self.tr("Start the &kiosk"), "Ctrl+Shift+K")
        self.tally = self._action(self.tr("Type in &paper ballots…"), "Ctrl+Shift+T")
        self.show_timer = self._action(self.tr("Show the &timer on the projector"))
        self.show_timer.setCheckable(True)
        self.dark_theme = self._action(self.tr("&Dark projector theme"))
        self.dark_theme.setCheckable(True)
        self.screen_menu = QMenu(self.tr("Projector &screen"), parent)
        self.language_menu = QMenu(self.tr("&Language"), parent)
        self.languages = QActionGroup(self)
        for code, name in (("en", "English"), ("nl", "Nederlands")):
            action = QAction(name, self.languages)
            action.setData(code)
            action.setCheckable(True)
            self.language_menu.addAction(action)
        self.shortcuts = self._action(self.tr("&Keyboard shortcuts"), "F1", "?", "Shift+?")

        # Available in the projector window as well (when it has the focus).
        self.presenting = [
            self.next_step,
            self.previous_step,
            self.next_arrow,
            self.previous_arrow,
            self.present,
            self.stop,
            self.blank,
            self.reveal,
            self.open_round,
            self.close_round,
            self.shortcuts,
        ]
        self.session_only = [
            self.setup,
            self.close,
            self.next_step,
            self.previous_step,
            self.next_arrow,
            self.previous_arrow,
            self.present,
            self.blank,
            self.reveal,
            self.open_round,
            self.close_round,
            self.kiosk,
            self.tally,
        ]

    def _action(self, text: str, *shortcuts: Shortcut) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        return action

    def set_session_open(self, is_open: bool) -> None:
        for action in self.session_only:
            action.setEnabled(is_open)

    def overview(self) -> list[tuple[str, str]]:
        """(what, keys) rows for the shortcut overview."""
        rows = []
        for action in (
            self.next_step,
            self.previous_step,
            self.present,
            self.stop,
            self.blank,
            self.reveal,
            self.open_round,
            self.close_round,
            self.kiosk,
            self.tally,
            self.setup,
            self.undo,
            self.redo,
            self.new,
            self.open,
            self.shortcuts,
        ):
            arrows = {self.next_step: "→", self.previous_step: "←"}.get(action)
            keys = [
                s.toString(QKeySequence.SequenceFormat.NativeText)
                for s in action.shortcuts()
                if s.toString() != "Shift+?"
            ] + ([arrows] if arrows else [])
            rows.append((action.text().replace("&", ""), " / ".join(keys)))
        rows.append(
            (
                self.tr("Leave the kiosk (with confirmation)"),
                QKeySequence("Ctrl+Shift+Q").toString(),
            )
        )
        return rows
