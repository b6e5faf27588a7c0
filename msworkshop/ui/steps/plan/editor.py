"""The form that edits one plan action: title, description, owner, due date, measure, ...

It emits ``edited`` with the changed :class:`PlanAction` when a field is left (or a choice
made); the plan page turns that into an undoable edit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from msworkshop.domain.plans import ActionStatus, PlanAction, Priority
from msworkshop.ui.common.i18n import date_format, on_language_change


class _TextEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.editing_finished.emit()


def priority_labels() -> dict[Priority, str]:
    return {
        Priority.HIGH: QCoreApplication.translate("ActionEditor", "High"),
        Priority.MEDIUM: QCoreApplication.translate("ActionEditor", "Medium"),
        Priority.LOW: QCoreApplication.translate("ActionEditor", "Low"),
    }


def status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("ActionEditor", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("ActionEditor", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("ActionEditor", "Done"),
    }


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
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format())
        self.measure = QLineEdit()
        self.priority = QComboBox()
        for value, label in priority_labels().items():
            self.priority.addItem(label, str(value))
        self.status = QComboBox()
        for status, label in status_labels().items():
            self.status.addItem(label, str(status))
        self.form = form = QFormLayout(self)
        for field in (
            self.title,
            self.description,
            self.owner,
            self.due,
            self.measure,
            self.priority,
            self.status,
        ):
            form.addRow(QLabel(), field)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        for line in (self.title, self.owner, self.measure):
            line.editingFinished.connect(self._commit)
        self.description.editing_finished.connect(self._commit)
        self.due.editingFinished.connect(self._commit)
        self.priority.currentIndexChanged.connect(self._commit)
        self.status.currentIndexChanged.connect(self._commit)
        self.set_action(None)

    def retranslate_ui(self) -> None:
        """Labels and choices only: what is being typed stays."""
        self.owner.setPlaceholderText(self.tr("A name or a role"))
        for field, text in (
            (self.title, self.tr("&Title")),
            (self.description, self.tr("&Description")),
            (self.owner, self.tr("O&wner")),
            (self.due, self.tr("D&ue")),
            (self.measure, self.tr("&Success measure")),
            (self.priority, self.tr("&Priority")),
            (self.status, self.tr("St&atus")),
        ):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
                label.setBuddy(field)
        for box, labels in ((self.priority, priority_labels()), (self.status, status_labels())):
            for index, text in enumerate(labels.values()):
                box.setItemText(index, text)

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
