"""Vote → Import answers…: a form tool's export (Google Forms, Microsoft Forms, our CSV) into
a round, as one undoable step.

The dialog is a view over an :class:`ImportDraft` (nothing is stored before Import): what
each column will be used for, a sample of its answers and why, the round, how many ballots
each team and function gets, the lines that would be skipped, what still blocks, and a
notice when the file (or another download of the same form) is already in that round. The
ballots go in through the session's one door (``controller.intake.apply_import``); Edit →
Undo takes exactly those ballots back. The column choices are remembered by the draft for
the next file with the same header row.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import UserError, translate
from msworkshop.domain.workshop import RoundStatus
from msworkshop.importing.draft import ImportDraft
from msworkshop.importing.report import problem_lines
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.common.labels import function_label
from msworkshop.ui.common.undo_texts import Text
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.vote.import_columns import (
    IDENTIFYING,
    ImportColumnsModel,
    ImportColumnsView,
)
from msworkshop.ui.steps.vote.paper_commands import AddPaperBallots

PROBLEMS_SHOWN = 200  # lines listed in the dialog; the count says how many there are


def ask_import_file(parent: QWidget | None) -> Path | None:
    """The file to import (monkeypatched in tests)."""
    from PySide6.QtWidgets import QFileDialog

    caption = QCoreApplication.translate("ImportDialog", "Import answers")
    name_filter = QCoreApplication.translate(
        "ImportDialog", "Form exports (*.csv *.xlsx);;All files (*)"
    )
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return Path(name) if name else None


class ImportedBallots(AddPaperBallots):
    """An import as one undoable step: undo takes exactly its ballots back (by their ids,
    kept in memory only), redo stores them again. The same step as typed-in paper."""


def start_import(parent: QWidget, controller: SessionController) -> ImportDialog | None:
    """Ask for the file, read it and open the dialog (window-modal, without blocking: tests
    drive it as it is); None when no file was chosen or it cannot be read (the reason is
    shown in the UI language)."""
    path = ask_import_file(parent)
    if path is None:
        return None
    try:
        draft = controller.intake.open_import(path)
    except UserError as error:
        dialogs.show_error(parent, error.message(current_ui_language()))
        return None
    dialog = ImportDialog(controller, draft, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ImportDialog(QDialog):
    def __init__(
        self,
        controller: SessionController,
        draft: ImportDraft,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._path = path
        self.imported: list[str] = []  # the ids of the ballots stored, once imported
        self._duplicate = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.round_label = QLabel()
        self.round_box = QComboBox()
        self.round_label.setBuddy(self.round_box)
        self.model = ImportColumnsModel(draft, self)
        self.table = ImportColumnsView(self.model)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_heading = QLabel()
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems_heading = QLabel()
        self.problems_heading.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.skip_box = QCheckBox()
        self.skip_box.toggled.connect(self._update_button)
        self.blockers = QLabel()
        self.blockers.setWordWrap(True)
        self.blockers.setTextFormat(Qt.TextFormat.PlainText)
        self.blockers.setStyleSheet("color: #b3261e;")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("color: #8a5300;")
        self.again_box = QCheckBox()
        self.again_box.toggled.connect(self._update_button)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_now)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self._layout()
        self.round_box.currentIndexChanged.connect(self._round_chosen)
        self.model.plan_changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        controller.session_closed.connect(self.reject)
        controller.round_changed.connect(self._fill_rounds)
        controller.ballots_changed.connect(self.refresh)  # an import or undo elsewhere
        self.resize(1180, 760)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addSpacing(16)
        top.addWidget(self.round_label)
        top.addWidget(self.round_box)
        summary = QGridLayout()
        summary.addWidget(self.counts_heading, 0, 0)
        summary.addWidget(self.counts, 1, 0, 2, 1)
        summary.addWidget(self.problems_heading, 0, 1)
        summary.addWidget(self.problems, 1, 1)
        left = Qt.AlignmentFlag.AlignLeft
        summary.addWidget(self.skip_box, 2, 1, left)
        summary.setColumnStretch(0, 1)
        summary.setColumnStretch(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(summary)
        layout.addWidget(self.blockers)
        layout.addWidget(self.notice)
        layout.addWidget(self.again_box, 0, left)
        layout.addLayout(buttons)

    @property
    def draft(self) -> ImportDraft:
        return self.model.draft

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import answers"))
        self.intro.setText(
            self.tr(
                "Check what each column of the file will be used for, and change what is "
                "wrong. Names, e-mail addresses, IDs and times are never stored."
            )
        )
        self.choose_button.setText(self.tr("Choose another &file…"))
        self.round_label.setText(self.tr("Into &round:"))
        self.skip_box.setText(self.tr("Import only the &valid lines"))
        self.again_box.setText(self.tr("Import &again anyway"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill_rounds()
        self.model.reload()  # meanings and reasons in the new language; calls refresh

    # -- the file and the round ----------------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_import_file(self)
        if path is None:
            return
        try:
            draft = self._controller.intake.open_import(path, self.draft.round_number)
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            return
        self._path = path
        self.skip_box.setChecked(False)
        self.again_box.setChecked(False)
        self.model.set_draft(draft)

    def _fill_rounds(self) -> None:
        rounds = self._controller.rounds()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        if not rounds:
            self.round_box.addItem(self.tr("Round 1 (opened by the import)"), 1)
        for round_ in rounds:
            text = (
                self.tr("Round %1 (open)")
                if round_.status is RoundStatus.OPEN
                else self.tr("Round %1 (closed)")
            )
            self.round_box.addItem(text.replace("%1", str(round_.number)), round_.number)
        self.round_box.setCurrentIndex(max(0, self.round_box.findData(self.draft.round_number)))
        self.round_box.blockSignals(False)

    def _round_chosen(self) -> None:
        number = self.round_box.currentData()
        if number is not None and number != self.draft.round_number:
            self.draft.set_round(int(number))
            self.again_box.setChecked(False)
            self.model.reload()

    # -- what the import would do ------------------------------------------------------------
    def refresh(self) -> None:
        lang = current_ui_language()
        plan = self.draft.plan()
        self.file_label.setText(self.tr("File: %1").replace("%1", self._path.name))
        self.file_label.setToolTip(str(self._path))
        if plan.ballots:
            heading = self.tr("Ballots to add: %1").replace("%1", str(len(plan.ballots)))
        else:
            heading = self.tr("No ballots to add yet.")
        self.counts_heading.setText(heading)
        self.counts.setText(self._counts_table() if plan.ballots else "")
        if plan.problems:
            self.problems_heading.setText(
                self.tr("Lines that will be skipped, and why: %1").replace(
                    "%1", str(len(plan.problems))
                )
            )
            content = load_content(lang)
            self.problems.setPlainText("\n".join(problem_lines(plan, content, PROBLEMS_SHOWN)))
        else:
            self.problems_heading.setText(self.tr("Every line can be imported."))
            self.problems.clear()
        can_skip = bool(plan.problems) and bool(plan.ballots)
        self.problems.setVisible(bool(plan.problems))
        self.skip_box.setVisible(can_skip)
        blockers = [error.message(lang) for error in plan.blockers]
        self.blockers.setText("\n".join(blockers))
        self.blockers.setVisible(bool(blockers))
        notices = []
        earlier, same_form = self._controller.intake.earlier_imports(self.draft)
        for key, record in (
            ("import_duplicate_notice", earlier),
            ("import_same_form_notice", same_form),
        ):
            if record is not None:
                notices.append(translate(key, lang, at=record.at, round=record.round_number))
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        self.again_box.setVisible(bool(notices))
        self._duplicate = bool(notices)
        self._show_detail()
        self._update_button()

    def _counts_table(self) -> str:
        """Teams down, functions across: how many ballots each group gets."""
        workshop = self._controller.workshop
        content = load_content(current_ui_language())
        counts = self.draft.plan().counts
        cells = "".join(
            f"<th align='right'>{escape(function_label(workshop, content, f.key))}</th>"
            for f in workshop.functions
        )
        rows = [f"<tr><th></th>{cells}</tr>"]
        for team in workshop.teams:
            numbers = "".join(
                f"<td align='right'>{counts.get((team.id, f.key), 0)}</td>"
                for f in workshop.functions
            )
            rows.append(f"<tr><td>{escape(team.name)}</td>{numbers}</tr>")
        return f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>"

    def _show_detail(self, *_: QItemSelection) -> None:
        """The selected column in full: its header, samples and reason (the table elides)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.setText(self.tr("Select a column to see its header and reason in full."))
            return
        column = self.model.column_plan(rows[0].row())
        parts = [
            self.tr("Column %1: %2")
            .replace("%1", str(column.index + 1))
            .replace("%2", " ".join(column.header.split()) or "—"),
            self.model.reason(column),
        ]
        if column.samples and column.reason not in IDENTIFYING:
            samples = ", ".join(f"“{' '.join(s.split())}”" for s in column.samples)
            parts.append(self.tr("Sample answers: %1").replace("%1", samples))
        self.detail.setText("\n".join(parts))

    @property
    def can_import(self) -> bool:
        plan = self.draft.plan()
        if not plan.ready:
            return False
        if plan.problems and not self.skip_box.isChecked():
            return False
        return not (self._duplicate and not self.again_box.isChecked())

    def _update_button(self, *_: object) -> None:
        self.import_button.setEnabled(self.can_import)

    # -- importing ---------------------------------------------------------------------------
    def import_now(self) -> None:
        if not self.can_import:
            return
        plan = self.draft.plan()
        name = self._path.name

        def text() -> str:  # asked again after a change of language
            return self.tr("Import answers from %1").replace("%1", name)

        try:
            self.imported = add_import(
                self._controller,
                self.draft,
                plan.ballots,
                text,
                skip_invalid=self.skip_box.isChecked(),
                allow_duplicate=self.again_box.isChecked(),
            )
        except UserError as error:
            self.refresh()  # e.g. imported meanwhile: the notice and its box appear
            dialogs.show_error(self, _gui_message(error))
            return
        self.accept()


def _gui_message(error: UserError) -> str:
    """The error in the UI language; a duplicate without the CLI's flag (the dialog has its
    own "import again anyway")."""
    lang = current_ui_language()
    if error.key in ("import_duplicate", "import_same_form"):
        return translate(f"{error.key}_notice", lang, **error.params)
    return error.message(lang)


def add_import(
    controller: SessionController,
    draft: ImportDraft,
    ballots: tuple[Ballot, ...],
    text: Text,
    **options: bool,
) -> list[str]:
    """Store the draft through the session's one door and push one undoable step; the ids.
    Raises UserError (nothing stored, nothing pushed)."""
    ids = controller.intake.apply_import(draft, **options)
    controller.undo_stack.push(ImportedBallots(controller, ballots, ids, text))
    return ids
