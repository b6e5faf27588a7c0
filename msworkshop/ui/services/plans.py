"""Agreements and action plans of the open session, with undoable edits (no widgets here).

One :class:`PlanState` belongs to the :class:`SessionController` (``controller.plans``); the
agree, plan and close pages and their projector views share it. The team being worked on is
the room's focus (``controller.focus``), so the projector follows the facilitator.
Every edit is written to the session file at once and pushed onto
``controller.undo_stack`` as a command that restores the previous state.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import (
    Agreement,
    PlanAction,
    check_agreement,
    moved,
    suggested_actions,
    third_function_name,
)
from msworkshop.ui.common.undo_texts import Text, describe

if TYPE_CHECKING:
    from msworkshop.export.pdf import PlanDocument
    from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)


class PlanState(QObject):
    changed = Signal(int)  # team id whose agreement or plan changed; 0: everything
    focus_changed = Signal(int)  # the team being worked on: the room's focus team

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self._focus = controller.focus
        self._focus.team_changed.connect(self.focus_changed)
        controller.session_opened.connect(lambda *_: self._reset())
        controller.session_closed.connect(self._reset)

    def _reset(self) -> None:
        self.changed.emit(0)

    # -- reading ---------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.controller.is_open

    def agreements(self) -> dict[int, Agreement]:
        if not self.is_open:
            return {}
        return {a.team_id: a for a in self.controller.store().agreement_list()}

    def agreement(self, team_id: int) -> Agreement | None:
        return self.agreements().get(team_id)

    def actions(self, team_id: int) -> list[PlanAction]:
        return self.controller.store().plan_actions(team_id) if self.is_open else []

    # -- the round the documents use ------------------------------------------------------
    def plan_round(self) -> int | None:
        """The round the plan and every document are based on (see ``store.plan_round``)."""
        if not self.is_open:
            return None
        from msworkshop.store.plan_round import plan_round

        return plan_round(self.controller.store())

    def chosen_round(self) -> int | None:
        """The round the facilitator picked, or None when the default rule applies."""
        return self.controller.store().chosen_plan_round() if self.is_open else None

    def choose_round(self, number: int | None) -> None:
        """Base the documents on round ``number`` (None: the default). Raises UserError."""
        self.controller.store().choose_plan_round(number)
        self.changed.emit(0)

    def round_after_a_new_round(self) -> int | None:
        """The plan's round once a new round is opened (the open one closed first): what the
        confirmation tells the facilitator."""
        if not self.is_open:
            return None
        from msworkshop.domain.plan_basis import basis_round
        from msworkshop.domain.workshop import Round, RoundStatus

        store = self.controller.store()
        rounds = [Round(r.number, RoundStatus.CLOSED) for r in store.rounds()]
        rounds.append(Round(max((r.number for r in rounds), default=0) + 1))
        return basis_round(rounds, store.agreed_rounds(), store.chosen_plan_round())

    def round_ballots(self) -> dict[int, int]:
        """Round number -> its ballots, every round, for the picker."""
        counts = self.controller.store().ballot_counts_by_source() if self.is_open else {}
        return {number: sum(sources.values()) for number, sources in counts.items()}

    def document(self) -> PlanDocument:
        """Everything the PDF needs, in the session's language, for the plan's round: the one
        the room agreed on (or the facilitator picked), not simply the latest."""
        controller = self.controller
        from msworkshop.export.plan_exports import plan_document  # reportlab: not at start-up
        from msworkshop.store.plan_round import plan_agreements, starting_round

        store = controller.store()
        number = self.plan_round()
        current = controller.current_round()
        if number is None or (current is not None and number == current.number):
            result = controller.result
        else:
            result = controller.round_result(number)
        assert result is not None
        agreements = plan_agreements(store, number)
        start = starting_round(store, number)
        earlier = None if start is None else controller.round_result(start)
        return plan_document(
            store, controller.workshop, controller.content, result, agreements, earlier
        )

    @property
    def focused_team(self) -> int:
        return self._focus.team

    def set_focus(self, team_id: int) -> None:
        self._focus.set_team(team_id)

    # -- undoable edits (each raises UserError before anything is pushed) -------------------
    def set_agreement(self, team_id: int, current: int, target: int) -> None:
        check_agreement(current, target)
        before = self.agreement(team_id)
        after = Agreement(team_id, current, target)
        if before == after:
            return
        self._write_agreement(after)
        self.controller.undo_stack.push(_AgreementCommand(self, before, after))
        self.changed.emit(team_id)

    def set_plan(self, team_id: int, actions: Sequence[PlanAction], text: Text) -> list[PlanAction]:
        """Replace the team's plan with ``actions`` (in order); undoable as ``text``."""
        store = self.controller.store()
        before = store.plan_actions(team_id)
        stored = store.set_plan(team_id, actions)
        self.controller.undo_stack.push(_PlanCommand(self, team_id, before, stored, text))
        self.changed.emit(team_id)
        return stored

    def add_suggestions(self, team_id: int, keys: Sequence[str] | None, text: Text) -> None:
        agreement = self.agreement(team_id)
        if agreement is None:
            return
        current = self.actions(team_id)
        taken = {a.template_key for a in current}
        new = [
            a
            for a in suggested_actions(
                self.controller.content,
                agreement,
                self.controller.workshop.date,
                keys=keys,
                third=third_function_name(self.controller.workshop, self.controller.content),
            )
            if a.template_key not in taken
        ]
        if new:
            self.set_plan(team_id, current + new, text)

    def add_action(self, action: PlanAction, text: Text) -> PlanAction:
        stored = self.set_plan(action.team_id, [*self.actions(action.team_id), action], text)
        return stored[-1]

    def edit_action(self, action: PlanAction, text: Text) -> None:
        current = self.actions(action.team_id)
        if any(a.id == action.id and a != action for a in current):
            self.set_plan(
                action.team_id, [action if a.id == action.id else a for a in current], text
            )

    def remove_action(self, team_id: int, index: int, text: Text) -> None:
        current = self.actions(team_id)
        if 0 <= index < len(current):
            self.set_plan(team_id, current[:index] + current[index + 1 :], text)

    def move_action(self, team_id: int, index: int, delta: int, text: Text) -> int:
        """Move an action up (-1) or down (+1); returns its new index."""
        current = self.actions(team_id)
        target = max(0, min(len(current) - 1, index + delta))
        if 0 <= index < len(current) and target != index:
            self.set_plan(team_id, moved(current, index, delta), text)
        return target

    # -- used by the commands ----------------------------------------------------------------
    def _write_agreement(self, agreement: Agreement | None, team_id: int = 0) -> None:
        store = self.controller.store()
        if agreement is None:
            store.clear_agreement(team_id)
        else:
            store.set_agreement(agreement.team_id, agreement.current_stage, agreement.target_stage)

    def _restore_plan(self, team_id: int, actions: Sequence[PlanAction]) -> list[PlanAction]:
        stored = self.controller.store().set_plan(team_id, actions)
        self.changed.emit(team_id)
        return stored


class _AgreementCommand(QUndoCommand):
    def __init__(self, state: PlanState, before: Agreement | None, after: Agreement) -> None:
        super().__init__()
        describe(self, lambda: QCoreApplication.translate("PlanState", "Agree stage"))
        self._state, self._before, self._after = state, before, after
        self._done = True  # already written when pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, agreement: Agreement | None) -> None:
        try:
            self._state._write_agreement(agreement, self._after.team_id)
        except UserError as error:
            log.warning("could not undo/redo an agreement: %s", error)
        self._state.changed.emit(self._after.team_id)


class _PlanCommand(QUndoCommand):
    def __init__(
        self,
        state: PlanState,
        team_id: int,
        before: list[PlanAction],
        after: list[PlanAction],
        text: Text,
    ) -> None:
        super().__init__()
        describe(self, text)
        self._state, self._team = state, team_id
        self._before, self._after = before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._after = self._apply(self._after)

    def undo(self) -> None:
        self._before = self._apply(self._before)

    def _apply(self, actions: list[PlanAction]) -> list[PlanAction]:
        try:
            return self._state._restore_plan(self._team, actions)
        except UserError as error:
            log.warning("could not undo/redo a plan edit: %s", error)
            return actions
