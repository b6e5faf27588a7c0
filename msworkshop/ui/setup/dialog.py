"""The set-up dialog ("Prepare"): a new session, or the set-up of the open one, edited later.

Title, date, organisation, facilitator, language, teams, functions (marketing and sales, an
optional third with its own name), voting mode and anonymity threshold; templates fill in a
typical set-up. The domain validates; errors show inline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import (
    BUILTIN_FUNCTIONS,
    DEFAULT_THRESHOLD,
    Function,
    VotingMode,
    Workshop,
    slugify_function,
    validate_workshop,
)
from msworkshop.ui.common import dialogs, theme
from msworkshop.ui.common.i18n import date_format, on_language_change
from msworkshop.ui.setup.teams import TeamsEditor

TEMPLATES: tuple[str, ...] = ("one_team", "regions", "service")


class SetupDialog(QDialog):
    """New session (``workshop`` None) or edit the set-up of ``workshop``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        workshop: Workshop | None = None,
        team_counts: Mapping[int, int] | None = None,
        function_counts: Mapping[str, int] | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._original = workshop
        self._function_counts = dict(function_counts or {})
        self._language = language  # of the user interface, for the inline errors
        self._workshop: Workshop | None = None
        self.delete_ballots = False
        self._editing = editing = workshop is not None
        self.setMinimumWidth(560)

        self.template_combo = QComboBox()
        for key in ("", *TEMPLATES):
            self.template_combo.addItem("", key)
        self.template_combo.activated.connect(lambda _: self.apply_template(self.template()))
        self.title_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.facilitator_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.language_combo = QComboBox()
        self.language_combo.addItem("", "en")
        self.language_combo.addItem("", "nl")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.teams = TeamsEditor(team_counts)
        self.third_check = QCheckBox()
        self.third_edit = QLineEdit()
        self.third_edit.setEnabled(False)
        self.third_check.toggled.connect(self.third_edit.setEnabled)
        self.mode_combo = QComboBox()
        for mode in (VotingMode.QUICK, VotingMode.DIAGNOSTIC, VotingMode.BOTH):
            self.mode_combo.addItem("", mode)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(VotingMode.BOTH))
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(1, 20)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.WARNING_COLOUR}; font-weight: bold;")
        self.error_label.hide()

        functions = QVBoxLayout()
        self.fixed_label = QLabel()
        self.fixed_label.setWordWrap(True)
        functions.addWidget(self.fixed_label)
        third_row = QHBoxLayout()
        third_row.addWidget(self.third_check)
        third_row.addWidget(self.third_edit, 1)
        functions.addLayout(third_row)

        form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QVBoxLayout]] = [
            ("template", self.template_combo),
            ("title", self.title_edit),
            ("date", self.date_edit),
            ("organisation", self.organisation_edit),
            ("facilitator", self.facilitator_edit),
            ("language", self.language_combo),
            ("teams", self.teams),
            ("functions", functions),
            ("voting", self.mode_combo),
            ("threshold", self.threshold_spin),
        ]
        for key, field in rows:
            if key == "template" and editing:
                continue
            label = self.form_labels[key] = QLabel()
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)

        # Cancel is Qt's own (translated by qtbase); OK is ours, so a language change does not
        # reset its text to "OK".
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if workshop is not None:
            self._load(workshop)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """Labels and choices in the UI language; what is filled in stays."""
        editing = self._editing
        self.setWindowTitle(self.tr("Session set-up") if editing else self.tr("New session"))
        for index, text in enumerate(
            (
                self.tr("Choose a template…"),
                self.tr("One team"),
                self.tr("Several regions"),
                self.tr("One team, with customer service"),
            )
        ):
            self.template_combo.setItemText(index, text)
        self.language_combo.setItemText(0, self.tr("English"))
        self.language_combo.setItemText(1, self.tr("Dutch (Nederlands)"))
        self.third_check.setText(self.tr("A third function:"))
        self.third_edit.setPlaceholderText(self.tr("its name, e.g. Customer service"))
        for index, text in enumerate(
            (
                self.tr("Quick stage vote"),
                self.tr("Full diagnostic (20 statements)"),
                self.tr("Both"),
            )
        ):
            self.mode_combo.setItemText(index, text)
        self.threshold_spin.setToolTip(
            self.tr("Groups with fewer votes than this are not shown, to keep votes anonymous.")
        )
        self.fixed_label.setText(self.tr("Marketing (blue) and Sales (orange) always take part."))
        texts = {
            "template": self.tr("Te&mplate:"),
            "title": self.tr("&Title:"),
            "date": self.tr("&Date:"),
            "organisation": self.tr("&Organisation:"),
            "facilitator": self.tr("&Facilitator:"),
            "language": self.tr("&Language:"),
            "teams": self.tr("T&eams:"),
            "functions": self.tr("Functions:"),
            "voting": self.tr("&Voting:"),
            "threshold": self.tr("Anonymity &threshold:"),
        }
        for key, label in self.form_labels.items():
            label.setText(texts[key])
        self.ok_button.setText(self.tr("Save") if editing else self.tr("Create…"))
        self.date_edit.setDisplayFormat(date_format())

    # -- filling in ---------------------------------------------------------------------------
    def _load(self, workshop: Workshop) -> None:
        self.title_edit.setText(workshop.title)
        self.organisation_edit.setText(workshop.organisation)
        self.facilitator_edit.setText(workshop.facilitator)
        if workshop.date is not None:
            self.date_edit.setDate(
                QDate(workshop.date.year, workshop.date.month, workshop.date.day)
            )
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(workshop.language)))
        self.teams.set_teams(workshop.teams)
        if len(workshop.functions) > 2:
            self.third_check.setChecked(True)
            self.third_edit.setText(workshop.functions[2].name)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(workshop.mode))
        self.threshold_spin.setValue(workshop.threshold)

    def template(self) -> str:
        return str(self.template_combo.currentData() or "")

    def apply_template(self, key: str) -> None:
        """Fill in teams and functions of a template, named in the session's language."""
        if key not in TEMPLATES:
            return
        self.template_combo.setCurrentIndex(self.template_combo.findData(key))
        content = load_content(self.language())
        if key == "regions":
            names = [n.strip() for n in content.text("setup.regions").split(",")]
        else:
            names = [content.text("setup.one_team")]
        self.teams.set_names(names)
        self.third_check.setChecked(key == "service")
        self.third_edit.setText(content.text("setup.service") if key == "service" else "")

    def language(self) -> str:
        return str(self.language_combo.currentData())

    # -- the result ---------------------------------------------------------------------------
    def _functions(self) -> tuple[Function, ...]:
        functions = [Function(key) for key in BUILTIN_FUNCTIONS]
        name = self.third_edit.text().strip()
        if self.third_check.isChecked() and name:
            key = slugify_function(name)
            original = self._original.functions if self._original else ()
            if len(original) > 2 and key not in BUILTIN_FUNCTIONS:
                key = original[2].key  # a renamed third function keeps its votes
            functions.append(Function(key, name))
        elif self.third_check.isChecked():
            functions.append(Function("", ""))  # the domain says a name is needed
        return tuple(functions)

    def build_workshop(self) -> Workshop:
        """The workshop as entered (not validated)."""
        qdate = self.date_edit.date()
        return Workshop(
            title=self.title_edit.text().strip(),
            teams=self.teams.teams(),
            functions=self._functions(),
            language=self.language(),
            mode=VotingMode(self.mode_combo.currentData()),
            threshold=self.threshold_spin.value(),
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            organisation=self.organisation_edit.text().strip(),
            facilitator=self.facilitator_edit.text().strip(),
        )

    def _third_removal_confirmed(self, workshop: Workshop) -> bool:
        original = self._original.functions if self._original else ()
        if len(original) < 3 or original[2].key in workshop.function_keys:
            return True
        count = self._function_counts.get(original[2].key, 0)
        if not count:
            return True
        self.delete_ballots = True
        text = self.tr(
            "%n vote(s) have been cast by “%1”. Remove this function and delete its votes? "
            "(Undo brings them back.)",
            "",
            count,
        ).replace("%1", original[2].name)
        return dialogs.ask_confirm(self, text)

    def accept(self) -> None:
        workshop = self.build_workshop()
        try:
            validate_workshop(workshop)
        except UserError as error:
            self.error_label.setText(error.message(self._language))
            self.error_label.show()
            return
        self.error_label.hide()
        if not self._third_removal_confirmed(workshop):
            self.delete_ballots = False
            return
        self.delete_ballots = self.delete_ballots or bool(self.teams.confirmed_removals)
        self._workshop = workshop
        super().accept()

    def workshop(self) -> Workshop | None:
        """The validated workshop once accepted, else None."""
        return self._workshop
