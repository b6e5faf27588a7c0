"""The dot vote on the plan page: open it for the team (or every team), follow the live tally,
close it (which orders the plan by dots), and show the ranking on the projector.

The tally itself is the plan table's Dots column; this panel says how many people placed how
many dots, and whether the split by function may be shown. Every button is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from msworkshop.domain.action_vote import DOTS_PER_PERSON, DotRanking
from msworkshop.domain.messages import UserError
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.services.session import SessionController


class DotVotePanel(QWidget):
    def __init__(
        self,
        controller: SessionController,
        team_id: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._votes = controller.action_votes
        self._team_id = team_id
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_all_button = QPushButton()
        self.close_button = QPushButton()
        self.reveal_button = QPushButton()
        self.sort_button = QPushButton()
        self.open_button.clicked.connect(self.open_for_team)
        self.open_all_button.clicked.connect(self.open_for_all)
        self.close_button.clicked.connect(self.close_vote)
        self.reveal_button.clicked.connect(self.toggle_ranking)
        self.sort_button.clicked.connect(self.sort_by_dots)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.open_button,
            self.open_all_button,
            self.close_button,
            self.reveal_button,
            self.sort_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._votes.changed.connect(self._vote_changed)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.open_all_button.setText(self.tr("Open for all teams"))
        self.close_button.setText(self.tr("Close and sort"))
        self.close_button.setToolTip(
            self.tr(
                "Close the vote: phones can no longer change their dots; the plan is "
                "ordered by dots (Undo puts it back)."
            )
        )
        self.open_all_button.setToolTip(self.tr("Open the vote on the actions for all teams"))
        self.sort_button.setText(self.tr("Sort by dots"))
        self.refresh()

    def _vote_changed(self, team_id: int) -> None:
        if team_id in (0, self._team_id()):
            self.refresh()

    # -- drawing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        team_id = self._team_id()
        is_open = self._controller.is_open and bool(team_id)
        vote = self._votes.vote(team_id) if is_open else None
        ranking = self._votes.ranking(team_id) if vote is not None else None
        self.open_button.setText(
            self.tr("Reopen the vote") if vote is not None else self.tr("Open the vote")
        )
        self.reveal_button.setText(
            self.tr("Hide the ranking")
            if vote is not None and vote.revealed
            else self.tr("Show the ranking")
        )
        has_actions = is_open and bool(self._controller.plans.actions(team_id))
        self.open_button.setEnabled(has_actions and (vote is None or not vote.is_open))
        self.open_all_button.setEnabled(is_open)
        self.close_button.setEnabled(vote is not None and vote.is_open)
        self.reveal_button.setEnabled(vote is not None)
        self.sort_button.setEnabled(ranking is not None and ranking.total_dots > 0)
        self.status.setText(self._status_text(vote is not None and vote.is_open, ranking))

    def _status_text(self, is_open: bool, ranking: DotRanking | None) -> str:
        if ranking is None:
            return self.tr(
                "Vote on the actions: each person places %1 dots with their phone, at most two "
                "on one action."
            ).replace("%1", str(DOTS_PER_PERSON))
        counts = (
            self.tr("People who placed dots: %1; dots placed: %2.")
            .replace("%1", str(ranking.voters))
            .replace("%2", str(ranking.total_dots))
        )
        state = self.tr("The vote is open.") if is_open else self.tr("The vote is closed.")
        text = f"{state} {counts}"
        if ranking.voters and not ranking.split_shown:
            text += " " + self.tr(
                "Dots per function stay hidden: a function has fewer than %1 people in this vote."
            ).replace("%1", str(self._controller.workshop.threshold))
        return text

    # -- actions -----------------------------------------------------------------------------
    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))
        self.refresh()

    def open_for_team(self) -> None:
        team_id = self._team_id()
        self._run(
            lambda: self._votes.open_vote(
                [team_id], lambda: self.tr("Open the vote on the actions")
            )
        )

    def open_for_all(self) -> None:
        teams = [t.id for t in self._controller.workshop.teams]
        self._run(
            lambda: self._votes.open_vote(
                teams, lambda: self.tr("Open the vote on the actions for all teams")
            )
        )

    def close_vote(self) -> None:
        team_id = self._team_id()
        self._run(
            lambda: self._votes.close_vote(
                [team_id], lambda: self.tr("Close the vote and sort by dots")
            )
        )

    def toggle_ranking(self) -> None:
        team_id = self._team_id()
        vote = self._votes.vote(team_id)
        if vote is None:
            return
        shown = not vote.revealed
        self._run(
            lambda: self._votes.set_revealed(
                team_id,
                shown,
                (lambda: self.tr("Show the ranking"))
                if shown
                else (lambda: self.tr("Hide the ranking")),
            )
        )

    def sort_by_dots(self) -> None:
        team_id = self._team_id()
        self._run(lambda: self._votes.sort_by_dots(team_id, lambda: self.tr("Sort by dots")))
