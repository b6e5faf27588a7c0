"""The dot vote on the actions in the open session: open, close, reveal, the live tally.

One :class:`ActionVotes` belongs to the :class:`SessionController` (``controller.action_votes``);
the plan page, its projector view and the plan model share it. Phones place dots through the
participant server (``api/dots``); the server announces them (``dots_arrived``) once they are on
disk, and a burst of them is announced to the windows as one ``changed``. Opening, closing
(which orders the plan by dots), revealing and "sort by dots" are undoable commands on
``controller.undo_stack``. No widgets in here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from msworkshop.domain.action_vote import (
    NO_DOTS,
    ActionVote,
    DotRanking,
    VoteStatus,
    ordered_by_dots,
    rank_actions,
)
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import PlanAction
from msworkshop.ui.common.undo_texts import Text, describe

if TYPE_CHECKING:
    from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)

ANNOUNCE_MS = 150  # dots within this window share one redraw of the tally

VoteStates = Mapping[int, ActionVote | None]
Plans = Mapping[int, list[PlanAction]]


class ActionVotes(QObject):
    changed = Signal(int)  # team id whose vote or dots changed; 0: every team

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self._pending: set[int] = set()
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(ANNOUNCE_MS)
        self._announce.timeout.connect(self._flush)
        controller.session_opened.connect(lambda *_: self.changed.emit(0))
        controller.session_closed.connect(self._closed)
        controller.plans.changed.connect(self.changed)  # actions added or removed

    # -- reading ---------------------------------------------------------------------------
    def votes(self) -> dict[int, ActionVote]:
        return self.controller.store().action_votes() if self.controller.is_open else {}

    def vote(self, team_id: int) -> ActionVote | None:
        return self.votes().get(team_id)

    def ranking(self, team_id: int) -> DotRanking:
        """The team's actions by dots; the split by function only where the threshold allows."""
        c = self.controller
        if not c.is_open or not team_id:
            return rank_actions(team_id, [], NO_DOTS, (), 1)
        counts = c.store().dot_counts(team_id)
        workshop = c.workshop
        return rank_actions(
            team_id,
            c.plans.actions(team_id),
            counts,
            workshop.function_keys,
            workshop.threshold,
        )

    def totals(self, team_id: int) -> dict[int, int]:
        """Action id -> dots, for the plan editor's Dots column."""
        return {row.action.id: row.dots for row in self.ranking(team_id).rows}

    # -- phones ----------------------------------------------------------------------------
    def dots_arrived(self, team_id: int) -> None:
        """A phone's dots for ``team_id`` are on disk: redraw soon (one redraw per burst)."""
        self._pending.add(team_id)
        if not self._announce.isActive():
            self._announce.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        for team_id in sorted(pending):
            self.changed.emit(team_id)

    def _closed(self) -> None:
        self._announce.stop()
        self._pending.clear()
        self.changed.emit(0)

    # -- undoable changes (each raises UserError before anything is pushed) ---------------
    def open_vote(self, team_ids: Iterable[int], text: Text) -> None:
        """Open (or reopen) the vote of these teams; the room's ranking is hidden again."""
        after = {t: ActionVote(t, VoteStatus.OPEN, False) for t in team_ids}
        self._change(after, {}, text)

    def close_vote(self, team_ids: Iterable[int], text: Text, *, sort: bool = True) -> None:
        """Close these teams' votes; with ``sort``, each plan is ordered by dots in the same
        step (undo reopens the vote and puts the plan's order back)."""
        votes = self.votes()
        after: dict[int, ActionVote | None] = {}
        plans: dict[int, list[PlanAction]] = {}
        for team_id in team_ids:
            vote = votes.get(team_id)
            if vote is None or not vote.is_open:
                continue
            after[team_id] = ActionVote(team_id, VoteStatus.CLOSED, vote.revealed)
            if sort:
                plans[team_id] = self._sorted_plan(team_id)
        if after:
            self._change(after, plans, text)

    def set_revealed(self, team_id: int, shown: bool, text: Text) -> None:
        """Show (or hide) the team's ranking on the projector."""
        vote = self.vote(team_id)
        if vote is None or vote.revealed == shown:
            return
        self._change({team_id: ActionVote(team_id, vote.status, shown)}, {}, text)

    def sort_by_dots(self, team_id: int, text: Text) -> None:
        """Order the team's plan by dots, most first (ties keep their order); undoable."""
        current = self.controller.plans.actions(team_id)
        ordered = self._sorted_plan(team_id)
        if [a.id for a in ordered] != [a.id for a in current]:
            self.controller.plans.set_plan(team_id, ordered, text)

    def _sorted_plan(self, team_id: int) -> list[PlanAction]:
        return ordered_by_dots(self.controller.plans.actions(team_id), self.totals(team_id))

    def _change(self, votes: VoteStates, plans: Plans, text: Text) -> None:
        all_votes = self.votes()
        store = self.controller.store()
        before_votes = {t: all_votes.get(t) for t in votes}
        before_plans = {t: store.plan_actions(t) for t in plans}
        command = _VoteCommand(self, (before_votes, before_plans), (votes, plans), text)
        command.apply_after()
        self.controller.undo_stack.push(command)

    # -- used by the command -----------------------------------------------------------------
    def _write(self, votes: VoteStates, plans: Plans) -> dict[int, list[PlanAction]]:
        store = self.controller.store()
        for team_id, vote in votes.items():
            store.set_action_vote(team_id, vote)
        stored = {team_id: store.set_plan(team_id, actions) for team_id, actions in plans.items()}
        for team_id in plans:
            self.controller.plans.changed.emit(team_id)
        for team_id in votes:
            self.changed.emit(team_id)
        return stored


class _VoteCommand(QUndoCommand):
    """A change of vote states (and, on close, of plan orders), written at once when made."""

    def __init__(
        self,
        service: ActionVotes,
        before: tuple[VoteStates, Plans],
        after: tuple[VoteStates, Plans],
        text: Text,
    ) -> None:
        super().__init__()
        describe(self, text)
        self._service = service
        self._before, self._after = before, after
        self._done = False

    def apply_after(self) -> None:
        """The first change, before the push (a UserError then pushes nothing)."""
        self._after = (self._after[0], self._service._write(*self._after))
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False  # QUndoStack.push calls redo: already done by apply_after()
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, state: tuple[VoteStates, Plans]) -> None:
        try:
            self._service._write(*state)
        except UserError as error:
            log.warning("could not undo/redo an action vote: %s", error)
