"""The new-session dialog: the set-up of a workshop, validated by the domain."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import (
    BUILTIN_FUNCTIONS,
    DEFAULT_THRESHOLD,
    Function,
    Team,
    VotingMode,
    Workshop,
    slugify_function,
    validate_workshop,
)


class NewSessionDialog(QDialog):
    """Asks for title, organisation, date, language, teams, third function, mode, threshold."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.setMinimumWidth(460)
        self._workshop: Workshop | None = None
        self._language = language  # of the user interface, for the inline errors

        self.title_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Dutch (Nederlands)"), "nl")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.teams_edit = QPlainTextEdit()
        self.teams_edit.setPlaceholderText(self.tr("One team per line, e.g.\nBenelux\nDACH"))
        self.teams_edit.setTabChangesFocus(True)
        self.third_edit = QLineEdit()
        self.third_edit.setPlaceholderText(self.tr("Optional, e.g. Customer service"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Quick stage vote"), VotingMode.QUICK)
        self.mode_combo.addItem(self.tr("Full diagnostic (20 statements)"), VotingMode.DIAGNOSTIC)
        self.mode_combo.addItem(self.tr("Both"), VotingMode.BOTH)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(VotingMode.BOTH))
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(1, 20)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        self.threshold_spin.setToolTip(
            self.tr("Groups with fewer votes than this are not shown, to keep votes anonymous.")
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("T&eams:"), self.teams_edit)
        form.addRow(self.tr("T&hird function:"), self.third_edit)
        form.addRow(self.tr("&Voting:"), self.mode_combo)
        form.addRow(self.tr("Anonymity &threshold:"), self.threshold_spin)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def build_workshop(self) -> Workshop:
        """The workshop as entered (not validated)."""
        teams = [line.strip() for line in self.teams_edit.toPlainText().splitlines()]
        functions = [Function(key) for key in BUILTIN_FUNCTIONS]
        third = self.third_edit.text().strip()
        if third:
            functions.append(Function(slugify_function(third), third))
        qdate = self.date_edit.date()
        return Workshop(
            title=self.title_edit.text().strip(),
            teams=tuple(Team(i, name) for i, name in enumerate((t for t in teams if t), 1)),
            functions=tuple(functions),
            language=str(self.language_combo.currentData()),
            mode=VotingMode(self.mode_combo.currentData()),
            threshold=self.threshold_spin.value(),
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            organisation=self.organisation_edit.text().strip(),
        )

    def accept(self) -> None:
        workshop = self.build_workshop()
        try:
            validate_workshop(workshop)
        except UserError as error:
            self.error_label.setText(error.message(self._language))
            self.error_label.show()
            return
        self.error_label.hide()
        self._workshop = workshop
        super().accept()

    def workshop(self) -> Workshop | None:
        """The validated workshop once accepted, else None."""
        return self._workshop
