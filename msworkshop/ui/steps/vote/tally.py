"""Typing in paper ballots, keyboard only, into the open round (marked as paper).

Two ways, as the session's mode allows:

* **Whole forms**: team and function, then the stage (1-4) and the 20 answers (1-5) as
  single keys, each checked in its own field (``tally_keys``): answers can never shift
  along. The ballot about to be stored is shown in words, in the facilitator's language, as
  it is typed; Enter (anywhere in the form) adds it. Statements left untouched are named
  first, and a second Enter adds the ballot with them blank.
* **Counts per stage** (quick vote): how many forms chose each stage; one click or Enter
  adds that many ballots.

The ballots are validated like every other ballot, go in through the session's intake and
join the same analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
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
from msworkshop.domain.content import Content
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.common.labels import function_label
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.vote.paper_commands import AddPaperBallots, add_paper_ballots
from msworkshop.ui.steps.vote.tally_keys import (
    BLANK,
    CommentField,
    CountBox,
    DigitField,
    OneTabPerStep,
    number_ranges,
)

_MESSAGE_STYLE = "color: #B00020; font-weight: bold;"


class TallyPage(QWidget):
    """The paper-ballot page (in its own window): forms or counts in, through the intake."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.added = 0
        self._warned_for: str | None = None  # the preview the unanswered warning was about
        self._tabs_eaten = OneTabPerStep(self)
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
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.done)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.take_back_button)
        bottom.addWidget(self.done_button)
        for button in (self.take_back_button, self.done_button):
            button.setAutoDefault(False)  # in a dialog, Enter must never press these
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(who)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.team_box.currentIndexChanged.connect(self._update_preview)
        self.function_box.currentIndexChanged.connect(self._update_preview)
        controller.undo_stack.indexChanged.connect(self._update_take_back)
        controller.undo_stack.cleanChanged.connect(self._update_take_back)
        self._update_take_back()
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.round_changed.connect(self.refresh)
        controller.workshop_changed.connect(self.refresh)  # a team renamed, another mode
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
        self.answers_label.setText(self.tr("Answers 1-5 (Space leaves one blank):"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.preview_title.setText(self.tr("Check against the paper:"))
        self.add_counts_button.setText(self.tr("Add these &ballots"))
        self.take_back_button.setText(self.tr("Take &back the last entry"))
        self.take_back_button.setToolTip(
            self.tr("Removes the paper ballots you added last (also Edit → Undo).")
        )
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Closes this window. The ballots you added are kept."))
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
        if c.is_open:
            self._name_choices()
        self.stage_message.clear()  # a refusal in the other language would linger
        self.answers_message.clear()
        self._update_preview()

    def _build_forms_tab(self) -> QWidget:
        tab = QWidget()
        self.stage_field = DigitField(1, 4, allow_blank=False)
        self.answer_fields = [DigitField(1, 5, allow_blank=True) for _ in range(STATEMENT_COUNT)]
        self.comment_field = CommentField()
        self.add_form_button = QPushButton()
        self.add_form_button.setAutoDefault(False)
        self.add_form_button.clicked.connect(self.add_form)
        self.stage_message, self.answers_message = QLabel(), QLabel()
        for message in (self.stage_message, self.answers_message):
            message.setStyleSheet(_MESSAGE_STYLE)
            message.setWordWrap(True)
        form = QFormLayout(tab)
        self.stage_row_label = QLabel()
        self.stage_row_label.setBuddy(self.stage_field)
        self.stage_row = QWidget()
        stage_line = QHBoxLayout(self.stage_row)
        stage_line.setContentsMargins(0, 0, 0, 0)
        stage_line.addWidget(self.stage_field)
        stage_line.addWidget(self.stage_message, 1)
        form.addRow(self.stage_row_label, self.stage_row)
        grid = QGridLayout()
        for index, field in enumerate(self.answer_fields):
            row, column = divmod(index, 10)
            grid.addWidget(QLabel(str(index + 1)), row * 2, column, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(field, row * 2 + 1, column)
        grid.setColumnStretch(10, 1)
        grid.addWidget(self.answers_message, 4, 0, 1, 11)
        self.answers_label = QLabel()
        form.addRow(self.answers_label, grid)
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment_field)
        form.addRow(self.comment_label, self.comment_field)
        self.preview_title = QLabel()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet(
            "font-size: 12pt; background: #FFFFFF; border: 1px solid #9A9A9A; padding: 6px;"
        )
        form.addRow(self.preview_title, self.preview)
        form.addRow("", self.add_form_button)
        self._form = form
        for field in (self.stage_field, *self.answer_fields):
            field.typed.connect(self._typed)
            field.advance.connect(lambda by_key, f=field: self._move(f, 1, by_key))
            field.back.connect(lambda f=field: self._move(f, -1, False))
            field.refused.connect(lambda text, f=field: self._refuse(f, text))
            field.submitted.connect(self.add_form)
        every: list[QLineEdit] = [self.stage_field, *self.answer_fields, self.comment_field]
        for line in every:
            self._tabs_eaten.watch(line)
        for before, after in pairwise(every):
            QWidget.setTabOrder(before, after)
        self.comment_field.textChanged.connect(self._typed)
        self.comment_field.submitted.connect(self.add_form)
        return tab

    def _build_counts_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.count_boxes: list[QSpinBox] = []
        for _stage in range(4):
            box = CountBox()
            box.setRange(0, 200)
            box.submitted.connect(self.add_counts)
            self.count_boxes.append(box)
            form.addRow(QLabel(), box)
        self.add_counts_button = QPushButton()
        self.add_counts_button.setAutoDefault(False)
        self.add_counts_button.clicked.connect(self.add_counts)
        form.addRow("", self.add_counts_button)
        self._counts_form = form
        return tab

    def _ui_content(self) -> Content:
        """Stage and function names as the facilitator reads them (the UI's language)."""
        content = self._controller.content
        language = current_ui_language()
        return content if content.language == language else load_content(language)

    def _name_choices(self) -> None:
        workshop, content = self._controller.workshop, self._ui_content()
        for index in range(self.function_box.count()):
            key = str(self.function_box.itemData(index))
            self.function_box.setItemText(index, function_label(workshop, content, key))
        for stage, box in enumerate(self.count_boxes, start=1):
            label = self._counts_form.labelForField(box)
            if isinstance(label, QLabel):
                label.setText(f"{stage}. {content.stage_label(stage)}")

    def refresh(self, *_: object) -> None:
        controller = self._controller
        chosen = (self.team_box.currentData(), self.function_box.currentData())
        self.team_box.clear()
        self.function_box.clear()
        self.tabs.clear()
        if not controller.is_open:
            self.status.setText(self.tr("No session open."))
            self.setEnabled(False)
            return
        workshop = controller.workshop
        for team in workshop.teams:
            self.team_box.addItem(team.name, team.id)
        for key in workshop.function_keys:
            self.function_box.addItem(key, key)
        for box, data in zip((self.team_box, self.function_box), chosen, strict=True):
            box.setCurrentIndex(max(0, box.findData(data)))
        self._name_choices()
        mode = workshop.mode
        self._form.setRowVisible(self.stage_row, mode.asks_stage)
        for field in self.answer_fields:
            field.setEnabled(mode.asks_statements)
        if mode.asks_statements:
            self.tabs.addTab(self.forms_tab, self.tr("Whole forms"))
        if mode.asks_stage:
            self.tabs.addTab(self.counts_tab, self.tr("Counts per stage"))
        round_ = controller.current_round()
        is_open = round_ is not None and round_.is_open
        self.setEnabled(is_open)
        self.status.setText(
            ""
            if is_open
            else self.tr("Open a voting round first: paper ballots join the open round.")
        )
        self._update_preview()

    # -- typing ------------------------------------------------------------------------------
    def _chain(self) -> list[QLineEdit]:
        """The form's fields in typing order (the stage only when the session asks it)."""
        is_open = self._controller.is_open
        stage = (
            [self.stage_field] if not is_open or self._controller.workshop.mode.asks_stage else []
        )
        return [*stage, *self.answer_fields, self.comment_field]

    def _first_field(self) -> QLineEdit:
        return self._chain()[0]

    def _move(self, field: QLineEdit, step: int, by_key: bool) -> None:
        chain = self._chain()
        index = chain.index(field) + step if field in chain else 0
        if 0 <= index < len(chain):
            target = chain[index]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            target.selectAll()
            self._tabs_eaten.armed = target if by_key else None

    def _refuse(self, field: DigitField, text: str) -> None:
        field.mark_refused(True)
        shown = text.strip() or "\N{OPEN BOX}"  # a space, shown as the visible-space sign
        if field is self.stage_field:
            self.stage_message.setText(
                self.tr("“%1” is not a stage: type 1, 2, 3 or 4.").replace("%1", shown)
            )
        else:
            number = self.answer_fields.index(field) + 1
            self.answers_message.setText(
                self.tr(
                    "“%1” is not an answer for statement %2: type 1 to 5, "
                    "or Space to leave it blank."
                )
                .replace("%1", shown)
                .replace("%2", str(number))
            )

    def _typed(self, *_: object) -> None:
        sender = self.sender()
        if sender is self.stage_field:
            self.stage_message.clear()
        elif sender in self.answer_fields:
            self.answers_message.clear()
        self._update_preview()

    def _answers(self) -> list[int | None]:
        return [field.value() for field in self.answer_fields]

    def describe(
        self,
        team_id: int,
        function: str,
        stage: int | None,
        answers: Sequence[int | None] | None,
        comment: str = "",
    ) -> str:
        """A ballot in words, in the facilitator's language, as the typist checks it against
        the paper: 'Team North · Sales · stage 2 Dating · s1 4, s2 —, …'."""
        workshop, content = self._controller.workshop, self._ui_content()
        parts = [
            self.tr("Team %1").replace("%1", workshop.team(team_id).name),
            function_label(workshop, content, function),
        ]
        if workshop.mode.asks_stage:
            parts.append(
                self.tr("stage %1 %2")
                .replace("%1", str(stage))
                .replace("%2", content.stage(stage).name)
                if stage is not None
                else self.tr("stage %1").replace("%1", BLANK)
            )
        if workshop.mode.asks_statements:
            given = list(answers) if answers else [None] * STATEMENT_COUNT
            parts.append(
                ", ".join(
                    self.tr("s%1 %2")
                    .replace(" ", "\N{NO-BREAK SPACE}")  # a line never splits an answer
                    .replace("%1", str(number))
                    .replace("%2", BLANK if answer is None else str(answer))
                    for number, answer in enumerate(given, start=1)
                )
            )
        if comment.strip():
            parts.append(self.tr("comment “%1”").replace("%1", comment.strip()))
        return " · ".join(parts)

    def describe_ballot(self, ballot: Ballot) -> str:
        """A stored ballot in the same words as the preview it was typed from."""
        return self.describe(
            ballot.team_id, ballot.function, ballot.stage, ballot.answers, ballot.comment
        )

    def _form_preview(self) -> str:
        if (
            not self._controller.is_open
            or min(self.team_box.currentIndex(), self.function_box.currentIndex()) < 0
        ):
            return ""  # between sessions, or while the choices are refilled
        team_id, function = self._who()
        mode = self._controller.workshop.mode
        return self.describe(
            team_id,
            function,
            self.stage_field.value() if mode.asks_stage else None,
            self._answers() if mode.asks_statements else None,
            self.comment_field.text(),
        )

    def _update_preview(self, *_: object) -> None:
        text = self._form_preview()
        self.preview.setText(text)
        if text != self._warned_for:
            self._warned_for = None

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

    def _store(self, ballots: list[Ballot], added: str | None = None) -> bool:
        count, team = len(ballots), self.team_box.currentText()
        function = self.function_box.currentText()

        def text() -> str:  # asked again after a change of language
            return (
                self.tr("Add paper ballots for %2 · %3 (%1)")
                .replace("%1", str(count))
                .replace("%2", team)
                .replace("%3", function)
            )

        try:
            add_paper_ballots(self._controller, ballots, text)  # undoable (Ctrl+Z)
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            return False
        self.added += len(ballots)
        if added is not None:
            self.status.setText(
                self.tr("Added: %1 (%2 in total).")
                .replace("%1", added)
                .replace("%2", str(self.added))
            )
            return True
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

    def done(self) -> None:
        """Close the window this page is in (the ballots are stored already)."""
        self.window().close()

    def unanswered(self) -> list[int]:
        """Statements with nothing typed and not left blank on purpose (Space or -)."""
        return [
            number
            for number, field in enumerate(self.answer_fields, start=1)
            if field.value() is None and not field.skipped
        ]

    def add_form(self) -> None:
        if not self.isEnabled():
            return
        mode = self._controller.workshop.mode
        stage = self.stage_field.value() if mode.asks_stage else None
        answers = self._answers() if mode.asks_statements else None
        try:
            ballot = self._ballot(stage, answers, self.comment_field.text())
        except UserError as error:
            text = error.message(current_ui_language())
            if error.key.startswith("stage"):
                self.stage_message.setText(text)
                self.stage_field.setFocus()
            elif error.key.startswith("answer"):
                self.answers_message.setText(text)
                self._first_field().setFocus()
            else:  # the round closed meanwhile, a comment too long, ...
                self.status.setText(text)
            return
        preview = self.describe_ballot(ballot)
        missing = self.unanswered() if mode.asks_statements else []
        if missing and self._warned_for != preview:
            self._warned_for = preview
            self.answers_message.setText(
                self.tr(
                    "No answer typed for statements %1. Type them in, or press Enter again "
                    "to add the ballot with them blank."
                ).replace("%1", number_ranges(missing))
            )
            field = self.answer_fields[missing[0] - 1]
            field.setFocus()
            return
        if self._store([ballot], added=preview):
            self._warned_for = None
            for field in (self.stage_field, *self.answer_fields):
                field.reset()
            self.comment_field.clear()
            self.stage_message.clear()
            self.answers_message.clear()
            self._first_field().setFocus()
            self._tabs_eaten.armed = None

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
