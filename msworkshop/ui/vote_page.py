"""The vote step on the facilitator's laptop: the round, live counts, the kiosk button.

The counts per team and function are for the facilitator's eyes only (never projected).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.ui import dialogs
from msworkshop.ui.charts import function_label
from msworkshop.ui.controller import SessionController


class VotePage(QWidget):
    kiosk_requested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.heading = QLabel(self.tr("Vote"))
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-size: 14pt;")
        self.open_button = QPushButton(self.tr("Open round"))
        self.close_button = QPushButton(self.tr("Close round"))
        self.kiosk_button = QPushButton(self.tr("Start kiosk"))
        self.kiosk_button.setToolTip(
            self.tr("A full-screen ballot to pass round. Leave it with Ctrl+Shift+Q.")
        )
        self.open_button.clicked.connect(self._open_round)
        self.close_button.clicked.connect(self._close_round)
        self.kiosk_button.clicked.connect(self.kiosk_requested)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setStyleSheet("font-size: 13pt;")
        self.private_note = QLabel(
            self.tr("Live counts per team and function: for your eyes only, not for the room.")
        )
        self.private_note.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.close_button, self.kiosk_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.private_note)
        layout.addWidget(self.table, 1)

        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.round_changed.connect(self.refresh)
        controller.ballots_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        controller = self._controller
        if not controller.is_open:
            self.status_label.setText(self.tr("No session open."))
            for button in (self.open_button, self.close_button, self.kiosk_button):
                button.setEnabled(False)
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        round_ = controller.current_round()
        if round_ is None:
            self.status_label.setText(self.tr("No voting round yet."))
        elif round_.is_open:
            self.status_label.setText(
                self.tr("Round %1 is open — ballots: %2")
                .replace("%1", str(round_.number))
                .replace("%2", str(controller.ballot_count()))
            )
        else:
            self.status_label.setText(
                self.tr("Round %1 is closed — ballots: %2")
                .replace("%1", str(round_.number))
                .replace("%2", str(controller.ballot_count()))
            )
        is_open = round_ is not None and round_.is_open
        self.open_button.setEnabled(not is_open)
        self.open_button.setText(
            self.tr("Open round") if round_ is None else self.tr("Open a new round")
        )
        self.close_button.setEnabled(is_open)
        self.kiosk_button.setEnabled(True)
        self._fill_table()

    def _fill_table(self) -> None:
        workshop, content = self._controller.workshop, self._controller.content
        counts = self._controller.ballot_counts()
        keys = workshop.function_keys
        self.table.setRowCount(len(workshop.teams))
        self.table.setColumnCount(len(keys) + 1)
        self.table.setHorizontalHeaderLabels(
            [function_label(workshop, content, k) for k in keys] + [self.tr("Total")]
        )
        self.table.setVerticalHeaderLabels([t.name for t in workshop.teams])
        for row, team in enumerate(workshop.teams):
            values = [counts.get((team.id, k), 0) for k in keys]
            for column, value in enumerate([*values, sum(values)]):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)

    def count(self, team_id: int, function: str) -> int:
        """The count shown for one team and function (for tests)."""
        workshop = self._controller.workshop
        row = [t.id for t in workshop.teams].index(team_id)
        item = self.table.item(row, workshop.function_keys.index(function))
        return int(item.text()) if item else 0

    def _open_round(self) -> None:
        current = self._controller.current_round()
        if current is not None and not dialogs.ask_confirm(
            self,
            self.tr("Open round %1? The results then show the new round.").replace(
                "%1", str(current.number + 1)
            ),
        ):
            return
        self._run(self._controller.open_round)

    def _close_round(self) -> None:
        self._run(self._controller.close_round)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as error:
            dialogs.show_error(self, error.message(self._controller.language))
