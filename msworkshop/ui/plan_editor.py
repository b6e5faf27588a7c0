"""The form that edits one plan action: title, description, owner, due date, measure, ...

It emits ``edited`` with the changed :class:`PlanAction` when a field is left (or a choice
made); the plan page turns that into an undoable edit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from msworkshop.domain.plans import ActionStatus, PlanAction, Priority


class _TextEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.editing_finished.emit()


def priority_labels(widget: QWidget) -> dict[Priority, str]:
    return {Priority.HIGH: widget.tr("High"), Priority.MEDIUM: widget.tr("Medium"),
            Priority.LOW: widget.tr("Low")}


def status_labels(widget: QWidget) -> dict[ActionStatus, str]:
    return {ActionStatus.OPEN: widget.tr("Open"), ActionStatus.IN_PROGRESS: widget.tr(
        "In progress"), ActionStatus.DONE: widget.tr("Done")}


class ActionEditor(QWidget):
    edited = Signal(object)  # PlanAction with the new values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action: PlanAction | None = None
        self._loading = False
        self.title = QLineEdit()
        self.description = _TextEdit()
        self.description.setMaximumHeight(70)
        self.description.setTabChangesFocus(True)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("A name or a role"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.measure = QLineEdit()
        self.priority = QComboBox()
        for value, label in priority_labels(self).items():
            self.priority.addItem(label, str(value))
        self.status = QComboBox()
        for value, label in status_labels(self).items():
            self.status.addItem(label, str(value))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("O&wner"), self.owner)
        form.addRow(self.tr("D&ue"), self.due)
        form.addRow(self.tr("&Success measure"), self.measure)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow(self.tr("St&atus"), self.status)
        for line in (self.title, self.owner, self.measure):
            line.editingFinished.connect(self._commit)
        self.description.editing_finished.connect(self._commit)
        self.due.editingFinished.connect(self._commit)
        self.priority.currentIndexChanged.connect(self._commit)
        self.status.currentIndexChanged.connect(self._commit)
        self.set_action(None)

    def set_action(self, action: PlanAction | None) -> None:
        self._loading = True
        try:
            self._action = action
            self.setEnabled(action is not None)
            action = action or PlanAction(team_id=0, title="")
            self.title.setText(action.title)
            self.description.setPlainText(action.description)
            self.owner.setText(action.owner)
            due = action.due or dt.date.today()
            self.due.setDate(QDate(due.year, due.month, due.day))
            self.measure.setText(action.measure)
            self.priority.setCurrentIndex(self.priority.findData(str(action.priority)))
            self.status.setCurrentIndex(self.status.findData(str(action.status)))
        finally:
            self._loading = False

    def current(self) -> PlanAction | None:
        """The action with the values now in the fields."""
        if self._action is None:
            return None
        date = self.due.date()
        return self._action.with_changes(
            title=self.title.text().strip() or self._action.title,
            description=self.description.toPlainText().strip(),
            owner=self.owner.text().strip(),
            due=dt.date(date.year(), date.month(), date.day()),
            measure=self.measure.text().strip(),
            priority=Priority(self.priority.currentData()),
            status=ActionStatus(self.status.currentData()),
        )

    def _commit(self) -> None:
        if self._loading or self._action is None:
            return
        changed = self.current()
        if changed is not None and changed != self._action:
            self._action = changed
            self.edited.emit(changed)
