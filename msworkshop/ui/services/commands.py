"""Undoable set-up edits: each change of the workshop is one QUndoCommand on the controller.

Removing a team (or the third function) that has votes deletes them only after the
facilitator said yes in the set-up dialog; the command keeps what it removed (ballots,
agreements, discussion notes) and puts it back on undo, under the same team id. Every
transition is written to the session file at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language
from msworkshop.ui.common.undo_texts import describe
from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)


@dataclass
class Removed:
    """What a set-up change deleted along with teams or a function."""

    ballots: list[Ballot] = field(default_factory=list)
    agreements: dict[int, tuple[int, int]] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)


def ballot_counts(controller: SessionController) -> tuple[dict[int, int], dict[str, int]]:
    """Ballots over all rounds per team id and per function key (asked before removing)."""
    teams: dict[int, int] = {}
    functions: dict[str, int] = {}
    for ballot in _all_ballots(controller):
        teams[ballot.team_id] = teams.get(ballot.team_id, 0) + 1
        functions[ballot.function] = functions.get(ballot.function, 0) + 1
    return teams, functions


def _all_ballots(controller: SessionController) -> list[Ballot]:
    store = controller.store()
    found: list[Ballot] = []
    for round_ in store.rounds():
        found.extend(store.ballots(round_.number))
    return found


def _removed_by(controller: SessionController, target: Workshop) -> Removed:
    current = controller.workshop
    gone_teams = {t.id for t in current.teams} - {t.id for t in target.teams}
    gone_functions = set(current.function_keys) - set(target.function_keys)
    store = controller.store()
    return Removed(
        ballots=[
            b
            for b in _all_ballots(controller)
            if b.team_id in gone_teams or b.function in gone_functions
        ],
        agreements={k: v for k, v in store.agreements().items() if k in gone_teams},
        notes={k: v for k, v in store.team_notes().items() if k in gone_teams},
    )


def _put_back(controller: SessionController, removed: Removed) -> None:
    store = controller.store()
    if removed.ballots:
        store.add_ballots(removed.ballots)
    for team_id, (current, target) in removed.agreements.items():
        store.set_agreement(team_id, current, target)
    for team_id, text in removed.notes.items():
        store.set_team_note(team_id, text)


class EditWorkshopCommand(QUndoCommand):
    """Change the set-up from ``before`` to ``after``; undo changes it back, votes included."""

    def __init__(
        self, controller: SessionController, after: Workshop, delete_ballots: bool
    ) -> None:
        super().__init__()
        describe(self, lambda: QCoreApplication.translate("setup", "Edit set-up"))
        self._controller = controller
        self._before = controller.workshop
        self._after = after
        self._delete_ballots = delete_ballots
        self._kept = Removed()
        self._applied_once = False

    def apply(self) -> None:
        """The first change, before pushing; raises UserError (then nothing is pushed)."""
        self._after = self._go(self._after, self._delete_ballots)
        self._applied_once = True

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False  # QUndoStack.push calls redo: already done by apply()
            return
        self._after = self._safely(self._after)

    def undo(self) -> None:
        self._before = self._safely(self._before)

    def _safely(self, target: Workshop) -> Workshop:
        try:
            return self._go(target, True)
        except UserError as error:
            log.warning("set-up undo/redo failed: %s", error.key)
            dialogs.show_error(None, error.message(current_ui_language()))
            return target

    def _go(self, target: Workshop, delete_ballots: bool) -> Workshop:
        controller = self._controller
        removed = _removed_by(controller, target)
        if removed.ballots and not delete_ballots:
            # Let the store refuse with its own message (team_has_ballots).
            controller.update_workshop(target, delete_ballots=False)
        controller.update_workshop(target, delete_ballots=True)
        restored, self._kept = self._kept, removed
        if restored.ballots or restored.agreements or restored.notes:
            _put_back(controller, restored)
            controller.refresh()
        # Teams added with id 0 now have their real ids: later redos keep them (and their votes).
        return controller.workshop


def edit_workshop(controller: SessionController, after: Workshop, delete_ballots: bool) -> bool:
    """Apply an edited set-up as one undoable step; False (and a message) when refused."""
    if after == controller.workshop:
        return True
    command = EditWorkshopCommand(controller, after, delete_ballots)
    try:
        command.apply()
    except UserError as error:
        dialogs.show_error(None, error.message(current_ui_language()))
        return False
    controller.undo_stack.push(command)
    return True
