"""Session → New follow-up session…: the new session's title and (optionally) its date.

The file name is asked next, with the usual save dialog; the follow-up itself is made by
``controller.followup`` (which leaves the open session's file as it is).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common.i18n import date_format

MAX_TITLE_LENGTH = 200  # as domain.workshop.validate_workshop allows


class FollowupDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New follow-up session"))
        intro = QLabel(
            self.tr(
                "A new session with the same teams, functions and settings as this one. It "
                "starts with a look back at what was agreed and planned here; this session's "
                "file is not changed."
            )
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(title)
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        self.with_date = QCheckBox(self.tr("Set the date"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setEnabled(False)
        self.with_date.toggled.connect(self.date_edit.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.with_date, self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def answer(self) -> tuple[str, dt.date | None]:
        date = self.date_edit.date().toPython() if self.with_date.isChecked() else None
        assert date is None or isinstance(date, dt.date)
        return self.title_edit.text().strip(), date
