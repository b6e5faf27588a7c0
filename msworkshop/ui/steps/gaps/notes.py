"""The facilitator's discussion notes per team: saved to the session file, undoable.

Typing is saved after a short pause (and when the team changes); each save is one
QUndoCommand on the controller's undo stack, consecutive saves of one team merged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.common.undo_texts import Text, describe
from msworkshop.ui.services.session import SessionController

SAVE_DELAY_MS = 700
_COMMAND_ID = 0x6E6F  # "no"


class SetTeamNote(QUndoCommand):
    def __init__(
        self, apply: Callable[[int, str], None], team_id: int, old: str, new: str, text: Text
    ) -> None:
        super().__init__()
        describe(self, text)
        self._apply, self.team_id, self.old, self.new = apply, team_id, old, new

    def id(self) -> int:
        return _COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetTeamNote) or other.team_id != self.team_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._apply(self.team_id, self.new)

    def undo(self) -> None:
        self._apply(self.team_id, self.old)


class TeamNotesEditor(QWidget):
    saved = Signal(int)  # team id

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.team_id: int | None = None
        self._loading = False
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setStyleSheet("font-size: 12pt;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.edit.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit, 1)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Caption and placeholder only: what is typed stays as it is."""
        self.caption.setText(
            self.tr("Notes for this team (saved in the session, printed in the action plan)")
        )
        self.edit.setPlaceholderText(self.tr("What did the team say? What surprised them?"))

    def stored(self, team_id: int) -> str:
        if not self._controller.is_open:
            return ""
        return self._controller.team_note(team_id)

    def show_team(self, team_id: int | None) -> None:
        if team_id != self.team_id:
            self.save()
        self.team_id = team_id
        self._load()

    def _load(self) -> None:
        self._loading = True
        try:
            text = self.stored(self.team_id) if self.team_id is not None else ""
            if self.edit.toPlainText() != text:
                self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.edit.setEnabled(self.team_id is not None)

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def save(self) -> None:
        """Save what is typed now (pushes an undoable command when it changed)."""
        self._timer.stop()
        if self.team_id is None or not self._controller.is_open:
            return
        old, new = self.stored(self.team_id), self.edit.toPlainText()
        if old == new or (not old and not new.strip()):
            return
        self._controller.undo_stack.push(
            SetTeamNote(self._apply, self.team_id, old, new, lambda: self.tr("Edit team notes"))
        )

    def _apply(self, team_id: int, text: str) -> None:
        self._controller.set_team_note(team_id, text)
        if team_id == self.team_id and self.edit.toPlainText() != text:
            self._loading = True
            try:
                self.edit.setPlainText(text)
            finally:
                self._loading = False
        self.saved.emit(team_id)
