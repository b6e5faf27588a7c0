"""The vote step on the facilitator's laptop: the round, live counts, the kiosk button.

The counts per team and function are for the facilitator's eyes only (never projected).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.common.labels import function_label
from msworkshop.ui.models.live_counts import LiveCountsModel
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.services.timers import TimerBank
from msworkshop.ui.steps.vote.close_offer import EVERYONE, TIME_UP, CloseOffer
from msworkshop.ui.steps.vote.join_panel import JoinPanel
from msworkshop.ui.steps.vote.view import EXPECTED_SETTING, expected_voters
from msworkshop.voting.turnout import RoundTurnout, round_turnout


class VotePage(QWidget):
    kiosk_requested = Signal()
    tally_requested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-size: 14pt;")
        self.open_button = QPushButton()
        self.close_button = QPushButton()
        self.kiosk_button = QPushButton()
        self.open_button.clicked.connect(self._open_round)
        self.close_button.clicked.connect(self._close_round)
        self.kiosk_button.clicked.connect(self.kiosk_requested)
        self.tally_button = QPushButton()
        self.tally_button.clicked.connect(self.tally_requested)
        self.turnout_button = QPushButton()
        self.turnout_button.clicked.connect(self.show_turnout)
        self.counts = LiveCountsModel(controller, self)  # follows the ballots by itself
        self.table = QTableView()
        self.table.setModel(self.counts)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # The counts as wide as their titles, the team names take the rest and wrap.
        # Each count as wide as its column title (the team names are the row titles); the
        # total takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setStyleSheet("font-size: 11pt;")  # a 40-letter team name fits at 1280
        self.private_note = QLabel()
        self.private_note.setWordWrap(True)
        self.turnout_label = QLabel()  # the round against the people expected
        self.turnout_label.setWordWrap(True)
        self.close_offer = CloseOffer()
        self.close_offer.close_requested.connect(self.request_close_round)
        self._timers: TimerBank | None = None
        # As of the last turnout shown (refresh follows rounds and ballots): what a timer's
        # tick needs, without asking the session file every quarter second.
        self._voting_round: int | None = None
        self._everyone_voted = False
        self.expected_spin = QSpinBox()
        self.expected_spin.setRange(0, 500)
        self.expected_spin.valueChanged.connect(self._expected_changed)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.close_button, self.kiosk_button, self.tally_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        expected = QHBoxLayout()  # a row of its own: longer (Dutch) button texts need room
        self.expected_label = QLabel()
        expected.addWidget(self.expected_label)
        expected.addWidget(self.expected_spin)
        expected.addWidget(self.turnout_button)
        expected.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addLayout(expected)
        layout.addWidget(self.close_offer)
        layout.addWidget(self.turnout_label)
        layout.addWidget(self.private_note)
        layout.addWidget(self.table, 1)
        self.join_panel = JoinPanel(controller)
        layout.addWidget(self.join_panel)

        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.round_changed.connect(self.refresh)
        controller.ballots_changed.connect(self.refresh)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("Close round"))
        self.kiosk_button.setText(self.tr("Start kiosk"))
        self.kiosk_button.setToolTip(
            self.tr("A full-screen ballot to pass round. Leave it with Ctrl+Shift+Q.")
        )
        self.tally_button.setText(self.tr("Paper ballots…"))
        self.turnout_button.setText(self.tr("Turnout and bursts…"))
        self.turnout_button.setToolTip(
            self.tr("Expected people per team and function; bursts of ballots from one phone")
        )
        self.private_note.setText(
            self.tr("Live counts per team and function: for your eyes only, not for the room.")
        )
        self.expected_spin.setSpecialValueText(self.tr("not set"))
        self.expected_spin.setToolTip(
            self.tr("How many people should vote: the projector then shows “N of M voted”.")
        )
        self.expected_label.setText(self.tr("Expected voters:"))
        self.counts.refresh()
        self.refresh()

    def refresh(self, *_: object) -> None:
        controller = self._controller
        if not controller.is_open:
            self.status_label.setText(self.tr("No session open."))
            self.open_button.setText(self.tr("Open round"))
            for button in (
                self.open_button,
                self.close_button,
                self.kiosk_button,
                self.tally_button,
            ):
                button.setEnabled(False)
            self.expected_spin.setEnabled(False)
            self._show_turnout(None)
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
        self.expected_spin.blockSignals(True)
        self.expected_spin.setValue(expected_voters(controller))
        self.expected_spin.blockSignals(False)
        self.expected_spin.setEnabled(True)
        self.open_button.setEnabled(not is_open)
        self.open_button.setText(
            self.tr("Open round") if round_ is None else self.tr("Open a new round")
        )
        self.close_button.setEnabled(is_open)
        self.kiosk_button.setEnabled(True)
        self.tally_button.setEnabled(is_open)
        self._show_turnout(round_.number if round_ is not None and is_open else None)

    def turnout(self) -> RoundTurnout:
        """This round against the people expected (per team and function, else in all)."""
        c = self._controller
        return round_turnout(c.ballot_counts(), c.expected_people(), expected_voters(c))

    def watch_timers(self, timers: TimerBank) -> None:
        """Offer to close when the vote step's timebox is over (the window's timers)."""
        self._timers = timers
        timers.tick.connect(self._check_time)

    def _check_time(self) -> None:
        """On every tick of a running timer: only the time is new (the turnout is redrawn
        when ballots or expectations change)."""
        if self._voting_round is not None:
            self._offer_close(self._voting_round)

    def _show_turnout(self, open_round: int | None) -> None:
        """The turnout line, and the close offer when everyone has voted or time is up."""
        self._voting_round = open_round
        if open_round is None:
            self.turnout_label.setText("")
            self.close_offer.offer(None)
            return
        turnout = self.turnout()
        if turnout.expected:
            text = (
                self.tr("Turnout: %1 of %2 expected (%3%)")
                .replace("%1", str(turnout.voted))
                .replace("%2", str(turnout.expected))
                .replace("%3", str(round(100 * turnout.share)))
            )
            if turnout.short:
                missing = ", ".join(
                    f"{self._group_name(g.team_id, g.function)} {g.expected - g.ballots}"
                    for g in turnout.short
                )
                text += " — " + self.tr("still to vote: %1").replace("%1", missing)
            self.turnout_label.setText(text)
        else:
            self.turnout_label.setText(
                self.tr("Set the expected voters to see the turnout and when everyone has voted.")
            )
        self._everyone_voted = turnout.complete
        self._offer_close(open_round)

    def _offer_close(self, open_round: int) -> None:
        time_up = self._timers is not None and self._timers["vote"].overrun
        self.close_offer.offer(
            open_round, EVERYONE if self._everyone_voted else "", TIME_UP if time_up else ""
        )

    def _group_name(self, team_id: int, function: str) -> str:
        c = self._controller
        team = next((t.name for t in c.workshop.teams if t.id == team_id), str(team_id))
        return f"{team} · {function_label(c.workshop, c.content, function)}"

    def count(self, team_id: int, function: str) -> int:
        """The count shown for one team and function (for tests)."""
        return self.counts.count(team_id, function)

    def _expected_changed(self, value: int) -> None:
        self._controller.set_setting(EXPECTED_SETTING, str(value))
        self._controller.ballots_changed.emit()  # the projector's progress bar follows

    def request_open_round(self) -> None:
        """Open a round (a second one only after a yes); also the Ctrl+Shift+O shortcut."""
        if self._controller.is_open:
            self._open_round()

    def show_turnout(self) -> None:
        """Expected people per group, and this round's bursts of phone ballots."""
        if not self._controller.is_open:
            return
        from msworkshop.ui.steps.vote.turnout_dialog import TurnoutDialog  # on first use

        dialog = TurnoutDialog(self._controller, self)
        dialog.open()
        self.turnout_dialog = dialog

    def request_close_round(self) -> None:
        round_ = self._controller.current_round() if self._controller.is_open else None
        if round_ is not None and round_.is_open:
            self._close_round()

    def _open_round(self) -> None:
        current = self._controller.current_round()
        if current is None:
            self._run(self._controller.open_round)
            return
        question = self.tr("Open round %1? The results then show the new round.").replace(
            "%1", str(current.number + 1)
        )
        basis = self._controller.plans.round_after_a_new_round()
        if basis is not None:  # opening a round never silently moves the plan
            question += " " + self.tr(
                "The action plan and every document stay based on round %1 (pick another on "
                "the Close step)."
            ).replace("%1", str(basis))
        if not dialogs.ask_confirm(self, question):
            return
        self._run(self._controller.open_round)

    def _close_round(self) -> None:
        self._run(self._controller.close_round)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
