"""Typing in paper ballots, keyboard only, into the open round (marked as paper).

Two ways, as the session's mode allows:

* **Whole forms**: team and function, then the stage (1-4) and the 20 answers (1-5, empty
  to skip) as single keys: each field jumps to the next when filled, Enter adds the ballot
  and starts the next form at the stage field.
* **Counts per stage** (quick vote): how many forms chose each stage; one click or Enter
  adds that many ballots.

The ballots are validated like every other ballot and join the same analysis.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.ballot import Ballot, Source, make_ballot
from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.common.labels import function_label
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.vote.paper_commands import AddPaperBallots, add_paper_ballots


class _DigitField(QLineEdit):
    """One digit; moves on to the next field as soon as it is typed."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(1)
        self.setValidator(QIntValidator(low, high, self))
        self.setFixedWidth(34)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        if text and self.hasAcceptableInput():
            self.focusNextChild()

    def value(self) -> int | None:
        return int(self.text()) if self.hasAcceptableInput() else None


class TallyPage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.added = 0
        self.heading = heading = QLabel()
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.team_box = QComboBox()
        self.function_box = QComboBox()
        who = QHBoxLayout()
        self.team_label, self.function_label = QLabel(), QLabel()
        who.addWidget(self.team_label)
        self.team_label.setBuddy(self.team_box)
        who.addWidget(self.team_box, 1)
        who.addWidget(self.function_label)
        self.function_label.setBuddy(self.function_box)
        who.addWidget(self.function_box, 1)
        self.tabs = QTabWidget()
        self.forms_tab = self._build_forms_tab()
        self.counts_tab = self._build_counts_tab()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.take_back_button = QPushButton()
        self.take_back_button.clicked.connect(self.take_back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.take_back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(who)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        controller.undo_stack.indexChanged.connect(self._update_take_back)
        controller.undo_stack.cleanChanged.connect(self._update_take_back)
        self._update_take_back()
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.round_changed.connect(self.refresh)
        self.refresh()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Texts only: the chosen team and function and the typed digits stay."""
        self.heading.setText(self.tr("Paper ballots"))
        self.team_label.setText(self.tr("&Team:"))
        self.function_label.setText(self.tr("&Function:"))
        self.add_form_button.setText(self.tr("&Add ballot (Enter)"))
        self.stage_row_label.setText(self.tr("&Stage (1-4):"))
        self.answers_label.setText(self.tr("Answers 1-5 (leave empty to skip):"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.add_counts_button.setText(self.tr("Add these &ballots"))
        self.take_back_button.setText(self.tr("Take &back the last entry"))
        self.take_back_button.setToolTip(
            self.tr("Removes the paper ballots you added last (also Edit → Undo).")
        )
        for tab, text in (
            (self.forms_tab, self.tr("Whole forms")),
            (self.counts_tab, self.tr("Counts per stage")),
        ):
            index = self.tabs.indexOf(tab)
            if index >= 0:
                self.tabs.setTabText(index, text)
        c = self._controller
        if not c.is_open:
            self.status.setText(self.tr("No session open."))
        elif not self.isEnabled():
            self.status.setText(
                self.tr("Open a voting round first: paper ballots join the open round.")
            )

    def _build_forms_tab(self) -> QWidget:
        tab = QWidget()
        self.stage_field = _DigitField(1, 4)
        self.answer_fields = [_DigitField(1, 5) for _ in range(STATEMENT_COUNT)]
        self.comment_field = QLineEdit()
        self.add_form_button = QPushButton()
        self.add_form_button.clicked.connect(self.add_form)
        form = QFormLayout(tab)
        self.stage_row_label = QLabel()
        self.stage_row_label.setBuddy(self.stage_field)
        form.addRow(self.stage_row_label, self.stage_field)
        grid = QGridLayout()
        for index, field in enumerate(self.answer_fields):
            row, column = divmod(index, 10)
            grid.addWidget(QLabel(str(index + 1)), row * 2, column, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(field, row * 2 + 1, column)
        self.answers_label = QLabel()
        form.addRow(self.answers_label, grid)
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment_field)
        form.addRow(self.comment_label, self.comment_field)
        form.addRow("", self.add_form_button)
        fields: tuple[QLineEdit, ...] = (self.stage_field, *self.answer_fields, self.comment_field)
        for line in fields:
            line.returnPressed.connect(self.add_form)
        return tab

    def _build_counts_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.count_boxes: list[QSpinBox] = []
        for _stage in range(4):
            box = QSpinBox()
            box.setRange(0, 200)
            self.count_boxes.append(box)
            form.addRow(QLabel(), box)
        self.add_counts_button = QPushButton()
        self.add_counts_button.clicked.connect(self.add_counts)
        form.addRow("", self.add_counts_button)
        self._counts_form = form
        return tab

    def refresh(self, *_: object) -> None:
        controller = self._controller
        self.team_box.clear()
        self.function_box.clear()
        self.tabs.clear()
        if not controller.is_open:
            self.status.setText(self.tr("No session open."))
            self.setEnabled(False)
            return
        workshop, content = controller.workshop, controller.content
        for team in workshop.teams:
            self.team_box.addItem(team.name, team.id)
        for key in workshop.function_keys:
            self.function_box.addItem(function_label(workshop, content, key), key)
        mode = workshop.mode
        self.stage_field.setVisible(mode.asks_stage)
        self.stage_row_label.setVisible(mode.asks_stage)
        for field in self.answer_fields:
            field.setEnabled(mode.asks_statements)
        if mode.asks_statements:
            self.tabs.addTab(self.forms_tab, self.tr("Whole forms"))
        if mode.asks_stage:
            self.tabs.addTab(self.counts_tab, self.tr("Counts per stage"))
            for stage, box in enumerate(self.count_boxes, start=1):
                label = self._counts_form.labelForField(box)
                if isinstance(label, QLabel):
                    label.setText(f"{stage}. {content.stage_label(stage)}")
        round_ = controller.current_round()
        is_open = round_ is not None and round_.is_open
        self.setEnabled(is_open)
        self.status.setText(
            ""
            if is_open
            else self.tr("Open a voting round first: paper ballots join the open round.")
        )

    # -- adding ------------------------------------------------------------------------------
    def _who(self) -> tuple[int, str]:
        return int(self.team_box.currentData()), str(self.function_box.currentData())

    def _ballot(self, stage: int | None, answers: object, comment: str = "") -> Ballot:
        controller = self._controller
        round_ = controller.current_round()
        if round_ is None:
            raise UserError("no_open_round")
        team_id, function = self._who()
        return make_ballot(
            controller.workshop,
            round_,
            team_id=team_id,
            function=function,
            stage=stage,
            answers=answers,
            comment=comment,
            source=Source.PAPER,
        )

    def _store(self, ballots: list[Ballot]) -> bool:
        text = (
            self.tr("Add paper ballots for %2 · %3 (%1)")
            .replace("%1", str(len(ballots)))
            .replace("%2", self.team_box.currentText())
            .replace("%3", self.function_box.currentText())
        )
        try:
            add_paper_ballots(self._controller, ballots, text)  # undoable (Ctrl+Z)
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            return False
        self.added += len(ballots)
        self.status.setText(
            self.tr("Paper ballots added for %2 · %3: %1 (%4 in total).")
            .replace("%1", str(len(ballots)))
            .replace("%2", self.team_box.currentText())
            .replace("%3", self.function_box.currentText())
            .replace("%4", str(self.added))
        )
        return True

    def take_back(self) -> None:
        """Undo the last paper-ballot entry (only when it is the last undoable edit)."""
        entry = self._last_paper_entry()
        if entry is not None:
            self._controller.undo_stack.undo()
            self.added = max(0, self.added - entry.count)
            self.status.setText(self.tr("The last entry was taken back."))

    def _last_paper_entry(self) -> AddPaperBallots | None:
        stack = self._controller.undo_stack
        command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        return command if isinstance(command, AddPaperBallots) else None

    def _update_take_back(self, *_: object) -> None:
        self.take_back_button.setEnabled(self._last_paper_entry() is not None)

    def add_form(self) -> None:
        mode = self._controller.workshop.mode
        stage = self.stage_field.value() if mode.asks_stage else None
        answers = [f.value() for f in self.answer_fields] if mode.asks_statements else None
        if answers is not None and not any(a is not None for a in answers):
            answers = None if mode.asks_stage else answers
        try:
            ballot = self._ballot(stage, answers, self.comment_field.text())
        except UserError as error:
            self.status.setText(error.message(current_ui_language()))
            (self.stage_field if mode.asks_stage else self.answer_fields[0]).setFocus()
            return
        if self._store([ballot]):
            for field in (self.stage_field, *self.answer_fields, self.comment_field):
                field.clear()
            (self.stage_field if mode.asks_stage else self.answer_fields[0]).setFocus()

    def add_counts(self) -> None:
        try:
            ballots = [
                self._ballot(stage, None)
                for stage, box in enumerate(self.count_boxes, start=1)
                for _ in range(box.value())
            ]
        except UserError as error:
            self.status.setText(error.message(current_ui_language()))
            return
        if ballots and self._store(ballots):
            for box in self.count_boxes:
                box.setValue(0)
            self.count_boxes[0].setFocus()


def open_tally_dialog(controller: SessionController, parent: QWidget | None = None) -> QDialog:
    """The tally page in its own (non-modal) window, e.g. from a Vote-step button."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("TallyPage", "Paper ballots"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(TallyPage(controller, dialog))
    dialog.resize(720, 520)
    dialog.show()
    return dialog
