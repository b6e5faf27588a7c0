"""The facilitator notes of the current step (purpose, what to say, watch for, objections).

Laptop only: the projector never shows these.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from msworkshop.domain.content import StepNotes
from msworkshop.ui.common.i18n import on_language_change


class NotesPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setOpenLinks(False)
        self.setMinimumWidth(180)
        self.setStyleSheet("QTextBrowser#notesPanel { font-size: 12pt; padding: 6px; }")
        self.notes: StepNotes | None = None
        self.show_notes(None)
        on_language_change(self, lambda: self.show_notes(self.notes))

    def show_notes(self, notes: StepNotes | None) -> None:
        self.notes = notes
        if notes is None:
            none = self.tr("No notes for this step.")
            self.setHtml(f"<p><i>{escape(none)}</i></p>")
            return
        timebox = self.tr("Timebox: %1 min").replace("%1", str(notes.timebox_minutes))
        purpose = self.tr("Purpose")
        parts = [
            f"<h2>{escape(notes.title)}</h2>",
            f"<p><b>{escape(purpose)}</b><br>{escape(notes.purpose)}</p>",
            f"<p>{escape(timebox)}</p>",
            self._section(self.tr("What to say"), notes.say),
            self._section(self.tr("Watch for"), notes.watch),
            self._section(self.tr("Objections"), notes.objections),
        ]
        self.setHtml("".join(parts))

    @staticmethod
    def _section(title: str, items: tuple[str, ...]) -> str:
        rows = "".join(f"<li>{escape(item)}</li>" for item in items)
        return f"<h3>{escape(title)}</h3><ul>{rows}</ul>"
