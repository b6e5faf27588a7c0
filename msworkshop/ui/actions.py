"""The main window's actions and shortcuts, in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


class MainActions(QObject):
    """Actions of the facilitator window. The window connects ``triggered`` to its slots."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.new = self._action(self.tr("&New session…"), QKeySequence.StandardKey.New)
        self.open = self._action(self.tr("&Open session…"), QKeySequence.StandardKey.Open)
        self.close = self._action(self.tr("&Close session"), QKeySequence.StandardKey.Close)
        self.quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.next_step = self._action(self.tr("Next step"), QKeySequence("Ctrl+PgDown"))
        self.previous_step = self._action(self.tr("Previous step"), QKeySequence("Ctrl+PgUp"))
        self.recent_menu = QMenu(self.tr("Open &recent"), parent)
        self.clear_recent = QAction(self.tr("Clear list"), self)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        return action

    def set_session_open(self, is_open: bool) -> None:
        self.close.setEnabled(is_open)
