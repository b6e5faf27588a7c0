"""Welcome: the session at a glance on the laptop; title and anonymity promise on the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import format_date, on_language_change
from msworkshop.ui.services.session import SessionController


class WelcomePage(QWidget):
    """The facilitator's overview of the set-up before opening the session."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        # Plain labels in a grid, not a rich-text table: the set-up holds names typed by the
        # facilitator (never markup), and a table in one word-wrapped label is slow to lay out.
        self.summary = QWidget()
        self.summary.setObjectName("welcomeSummary")
        self._grid = QGridLayout(self.summary)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setColumnStretch(1, 1)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        theme.set_point_size(hint, 12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addStretch(1)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.round_changed.connect(self.refresh)
        self.refresh()
        on_language_change(self, self.refresh)

    def refresh(self, *_: object) -> None:
        self.hint.setText(
            self.tr(
                "The projector shows the title and the anonymity promise. Press F5 to start "
                "presenting, B to blank the projector, PageDown for the next step."
            )
        )
        controller = self._controller
        if not controller.is_open:
            self._show_rows([])
            return
        workshop, content = controller.workshop, controller.content
        functions = ", ".join(content.function_name(f.key, f.name) for f in workshop.functions)
        modes = {
            "quick": self.tr("quick stage vote"),
            "diagnostic": self.tr("full diagnostic (20 statements)"),
            "both": self.tr("stage vote and 20 statements"),
        }
        languages = {"en": self.tr("English"), "nl": self.tr("Dutch")}
        rows = [
            (self.tr("Title"), workshop.title),
            (self.tr("Date"), format_date(workshop.date)),
            (self.tr("Session language"), languages.get(workshop.language, workshop.language)),
            (self.tr("Organisation"), workshop.organisation),
            (self.tr("Facilitator"), workshop.facilitator),
            (self.tr("Teams"), ", ".join(t.name for t in workshop.teams)),
            (self.tr("Functions"), functions),
            (self.tr("Voting"), modes.get(str(workshop.mode), str(workshop.mode))),
            (self.tr("Anonymity threshold"), str(workshop.threshold)),
        ]
        self._show_rows([(key, value) for key, value in rows if value])

    def _show_rows(self, rows: list[tuple[str, str]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone at once, not at the next turn of the loop
                widget.deleteLater()
        for row, (key, value) in enumerate(rows):
            name, text = QLabel(key), QLabel(value)
            theme.set_point_size(name, 13, bold=True)
            theme.set_point_size(text, 13)
            text.setWordWrap(True)
            for label in (name, text):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(text, row, 1)
