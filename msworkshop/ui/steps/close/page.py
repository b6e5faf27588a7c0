"""The Close step: preview the action plan (QtPdf), print it, save it, export the action list.

The preview is rebuilt when the page is shown after a change. Print goes through the system
print dialog; "Open in PDF viewer" hands a copy to the system's reader (vector printing).
Exports: the plan as PDF (full or handout), the actions as CSV, Markdown and calendar (.ics),
and paper ballots.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import PLAN_SHARED_SETTING
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change, uses_letter_paper
from msworkshop.ui.common.printing import print_pdf
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.close import dialogs as close_dialogs


def file_stem(title: str) -> str:
    return re.sub(r"[^\w-]+", "-", title.strip()).strip("-").lower() or "workshop"


class ClosePage(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.plans
        self._dirty = True
        self._pdf = b""
        self._buffer: QBuffer | None = None
        self._temp = tempfile.TemporaryDirectory(prefix="msworkshop-")
        self.round_box = QComboBox()  # which round the documents use
        self.round_label = QLabel()
        self.round_box.activated.connect(self._round_chosen)
        self.paper_box = QComboBox()
        self.handout_box = QCheckBox()
        self.refresh_button = QPushButton()
        self.paper_label = QLabel()
        self.paper_box.currentIndexChanged.connect(self._options_changed)
        self.handout_box.toggled.connect(self._options_changed)
        self.refresh_button.clicked.connect(self.refresh_preview)
        basis = QHBoxLayout()  # a row of its own: the paper options fill theirs in Dutch
        basis.addWidget(self.round_label)
        basis.addWidget(self.round_box)
        basis.addStretch(1)
        # Phones: the team's plan to take home (on by the first visit to this step).
        self.share_box = QCheckBox()
        self.share_box.toggled.connect(self._share_toggled)
        basis.addWidget(self.share_box)
        options = QHBoxLayout()
        options.addWidget(self.paper_label)
        options.addWidget(self.paper_box)
        options.addWidget(self.handout_box)
        options.addStretch(1)
        options.addWidget(self.refresh_button)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        entries: list[tuple[str, Callable[[], None]]] = [
            ("print", self.print_plan),
            ("save", self.save_pdf),
            ("viewer", self.open_viewer),
            ("csv", lambda: self._export("csv")),
            ("md", lambda: self._export("md")),
            ("ics", lambda: self._export("ics")),
            ("ballots", lambda: self._export("ballots")),
            ("blank", lambda: self._export("blank")),
            ("questionnaire", self.save_questionnaire),
        ]
        for index, (key, slot) in enumerate(entries):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, index // 4, index % 4)
        layout = QVBoxLayout(self)
        layout.addLayout(basis)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        controller.session_opened.connect(self._session_changed)
        controller.session_closed.connect(self._session_changed)
        controller.results_changed.connect(self._mark_dirty)
        self._state.changed.connect(self._mark_dirty)
        for signal in (controller.session_opened, controller.round_changed, self._state.changed):
            signal.connect(self._fill_rounds)
        self._session_changed()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    # -- the round the documents use --------------------------------------------------------
    def _fill_rounds(self, *_: object) -> None:
        """ "Round 1 (agreed on)" by default; any round can be picked, and the rule chosen back."""
        box, state = self.round_box, self._state
        box.clear()
        basis = state.plan_round() if self._controller.is_open else None
        box.setEnabled(basis is not None)
        if basis is None:
            return
        box.addItem(self.tr("Round %1 (the default)").replace("%1", str(basis)), None)
        for number, ballots in sorted(state.round_ballots().items()):
            text = self.tr("Round %1 · ballots: %2").replace("%1", str(number))
            box.addItem(text.replace("%2", str(ballots)), number)
        chosen = state.chosen_round()
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.setToolTip(
            self.tr(
                "The plan, the handout and every export use this round. By default: the round "
                "the room agreed in, else the latest closed round."
            )
        )

    def _round_chosen(self, index: int) -> None:
        """A pick announces ``plans.changed``, which refills the box and rebuilds the preview."""
        try:
            self._state.choose_round(self.round_box.itemData(index))
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            self._fill_rounds()  # back to what the file says

    def retranslate_ui(self) -> None:
        """The facilitator's texts; the plan itself is in the session's language."""
        self.handout_box.setText(self.tr("&Handout: one page per team"))
        self.refresh_button.setText(self.tr("Re&fresh preview"))
        self.paper_label.setText(self.tr("Paper:"))
        self.round_label.setText(self.tr("Based on:"))
        self.share_box.setText(self.tr("Phones show each team its plan"))
        self.share_box.setToolTip(
            self.tr(
                "On the phone page, each participant then sees their team's agreed stage, "
                "target and actions, with a calendar file and the handout page to download."
            )
        )
        self._fill_rounds()
        texts = {
            "print": self.tr("&Print…"),
            "save": self.tr("&Save as PDF…"),
            "viewer": self.tr("Open in PDF &viewer"),
            "csv": self.tr("Actions as &CSV…"),
            "md": self.tr("Actions as &Markdown…"),
            "ics": self.tr("Due dates to &calendar…"),
            "ballots": self.tr("Paper &ballots…"),
            "blank": self.tr("B&lank ballot…"),
            "questionnaire": self.tr("&Questionnaire for a form tool…"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.buttons["questionnaire"].setToolTip(
            self.tr(
                "The questions to build in Google Forms or Microsoft Forms before the day, in "
                "the session's language: their export then imports as it is (Vote → Import "
                "answers…)."
            )
        )

    # -- options and preview -------------------------------------------------------------------
    def _session_changed(self, *_: object) -> None:
        self.paper_box.blockSignals(True)
        self.paper_box.clear()
        self.paper_box.addItem("A4", "a4")
        # The plan is printed in the session's language: Letter is offered for English
        # sessions, and chosen first where Letter is the local paper (US English).
        language = self._controller.language if self._controller.is_open else ""
        if language == "en":
            self.paper_box.addItem("Letter", "letter")
            if uses_letter_paper(language):
                self.paper_box.setCurrentIndex(1)
        self.paper_box.blockSignals(False)
        for widget in (*self.buttons.values(), self.refresh_button, self.share_box):
            widget.setEnabled(self._controller.is_open)
        self._show_shared()
        self.status.clear()
        self._mark_dirty()

    # -- sharing the plan with phones --------------------------------------------------------
    def _show_shared(self) -> None:
        shared = self._controller.is_open and (self._controller.setting(PLAN_SHARED_SETTING) == "1")
        self.share_box.blockSignals(True)
        self.share_box.setChecked(shared)
        self.share_box.blockSignals(False)

    def _share_toggled(self, on: bool) -> None:
        if self._controller.is_open:
            self._controller.set_setting(PLAN_SHARED_SETTING, "1" if on else "0")

    @property
    def paper(self) -> str:
        return str(self.paper_box.currentData() or "a4")

    def _options_changed(self) -> None:
        self._mark_dirty()

    def _mark_dirty(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh_preview()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        c = self._controller
        if c.is_open and c.setting(PLAN_SHARED_SETTING) is None:
            c.set_setting(PLAN_SHARED_SETTING, "1")  # the first visit: the plan is done
        self._show_shared()
        self._fill_rounds()  # ballot counts may have moved on since
        if self._dirty:
            self.refresh_preview()

    def pdf_bytes(self) -> bytes:
        """The plan as now chosen (paper, handout), built fresh."""
        from msworkshop.export.pdf import plan_pdf_bytes  # reportlab: loaded when first needed

        return plan_pdf_bytes(
            self._state.document(), self.paper, handout=self.handout_box.isChecked()
        )

    def refresh_preview(self) -> None:
        if not self._controller.is_open or self._controller.result is None:
            self.document.close()
            self._pdf = b""
            return
        try:
            self._pdf = self.pdf_bytes()
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            return
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._dirty = False

    def _current_pdf(self) -> bytes:
        if self._dirty or not self._pdf:
            self.refresh_preview()
        return self._pdf

    # -- print, save, open -----------------------------------------------------------------------
    def print_plan(self) -> None:
        self._current_pdf()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(
            QPageSize(
                QPageSize.PageSizeId.Letter if self.paper == "letter" else QPageSize.PageSizeId.A4
            )
        )
        printer.setDocName(self._controller.workshop.title)
        if not close_dialogs.ask_print(self, printer):
            return
        pages = print_pdf(self.document, printer)
        self.status.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))

    def _suggested(self, kind: str, suffix: str) -> Path:
        folder = self._controller.path.parent if self._controller.path else Path.home()
        return folder / f"{file_stem(self._controller.workshop.title)}-{kind}{suffix}"

    def save_pdf(self) -> None:
        kind = "handout" if self.handout_box.isChecked() else "action-plan"
        path = close_dialogs.ask_export_path(
            self,
            self.tr("Save the action plan"),
            self._suggested(kind, ".pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self._write(path, lambda: path.write_bytes(self._current_pdf()))

    def open_viewer(self) -> None:
        path = Path(self._temp.name) / self._suggested("action-plan", ".pdf").name
        try:
            path.write_bytes(self._current_pdf())
        except OSError as error:
            dialogs.show_error(self, str(error))
            return
        if not close_dialogs.open_in_viewer(path):
            dialogs.show_error(
                self,
                self.tr(
                    "No PDF viewer could be started. Use Save as PDF and open the file yourself."
                ),
            )

    def _export(self, kind: str) -> None:
        controller = self._controller
        names = {
            "csv": ("actions", ".csv", self.tr("CSV files (*.csv)")),
            "md": ("actions", ".md", self.tr("Markdown files (*.md)")),
            "ics": ("due-dates", ".ics", self.tr("Calendar files (*.ics)")),
            "ballots": ("ballots", ".pdf", self.tr("PDF files (*.pdf)")),
            "blank": ("blank-ballot", ".pdf", self.tr("PDF files (*.pdf)")),
        }
        stem, suffix, name_filter = names[kind]
        path = close_dialogs.ask_export_path(
            self, self.tr("Export"), self._suggested(stem, suffix), name_filter
        )
        if path is None:
            return
        from msworkshop.export.actions_csv import export_actions_csv
        from msworkshop.export.actions_ics import export_actions_ics
        from msworkshop.export.actions_md import export_actions_md
        from msworkshop.export.ballots_pdf import ballots_pdf_bytes

        workshop, content = controller.workshop, controller.content
        if kind in ("ballots", "blank"):
            self._write(
                path,
                lambda: path.write_bytes(
                    ballots_pdf_bytes(workshop, content, self.paper, blank=kind == "blank")
                ),
            )
            return
        document = self._state.document()
        lists = (workshop, content, document.agreements, document.actions)
        writers = {"csv": export_actions_csv, "md": export_actions_md, "ics": export_actions_ics}
        self._write(path, lambda: writers[kind](path, *lists))

    def save_questionnaire(self) -> None:
        """The questionnaire (Markdown, in the session's language) to build in a form tool."""
        path = close_dialogs.ask_export_path(
            self,
            self.tr("Save the questionnaire"),
            self._suggested("questionnaire", ".md"),
            self.tr("Markdown files (*.md)"),
        )
        if path is None:
            return
        from msworkshop.importing.questionnaire import questionnaire_markdown

        text = questionnaire_markdown(self._controller.workshop, self._controller.content)
        self._write(path, lambda: path.write_text(text, encoding="utf-8"))

    def _write(self, path: Path, write: Callable[[], object]) -> None:
        try:
            write()
        except OSError as error:
            dialogs.show_error(
                self,
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or ""),
            )
            return
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
