"""A follow-up session's predecessor, and the statuses decided with the room (no widgets here).

One :class:`FollowupState` belongs to the :class:`SessionController` (``controller.followup``;
``controller.previous`` is its :class:`~msworkshop.domain.followup.Predecessor`, None in an
ordinary session). The Last time step, the Agree step and the reveal read it. Every status
or note is written to the session file at once and pushed onto ``controller.undo_stack``.
Making a follow-up of the open session goes through the Qt-free
:func:`msworkshop.store.followup.create_followup`.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from msworkshop.domain.followup import (
    Predecessor,
    PreviousAction,
    PreviousTeam,
    ReviewStatus,
    check_review,
)
from msworkshop.domain.messages import UserError
from msworkshop.ui.common.undo_texts import describe

if TYPE_CHECKING:
    from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)


class FollowupState(QObject):
    changed = Signal(int)  # team id whose earlier actions changed; 0: everything

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self._previous: Predecessor | None = None
        # What the cached predecessor was read for: the file and its set-up (a team removed
        # in the set-up takes its facts along). Views that follow session_opened may ask
        # before this object hears of it, so the key, not the signal, decides.
        self._read_for: tuple[object, ...] | None = None
        controller.session_opened.connect(self._reload)
        controller.workshop_changed.connect(self._reload)
        controller.session_closed.connect(self._reload)

    def _reload(self, *_: object) -> None:
        self._read_for = None
        self.changed.emit(0)

    def _key(self) -> tuple[object, ...]:
        controller = self.controller
        return (controller.path, controller.workshop) if controller.is_open else ()

    # -- reading ---------------------------------------------------------------------------
    @property
    def previous(self) -> Predecessor | None:
        """The earlier session's facts (teams in this session's order); None when no session
        is open or it is not a follow-up."""
        key = self._key()
        if key != self._read_for:
            controller = self.controller
            self._previous = controller.store().predecessor() if controller.is_open else None
            self._read_for = key
        return self._previous

    @property
    def is_followup(self) -> bool:
        return self.previous is not None

    def team(self, team_id: int) -> PreviousTeam | None:
        previous = self.previous
        return previous.team(team_id) if previous is not None else None

    # -- undoable edits --------------------------------------------------------------------
    def set_review(self, action_id: int, status: ReviewStatus | None, note: str) -> None:
        """Record an earlier action's status decided today (None: undecided) and its note.
        Raises UserError (nothing is pushed then)."""
        previous = self.previous
        action = previous.action(action_id) if previous is not None else None
        if action is None:
            raise UserError("action_not_found")
        status, note = check_review(status, note)
        if (action.status, action.note) == (status, note):
            return
        self._write(action, status, note)
        self.controller.undo_stack.push(_ReviewCommand(self, action, status, note))

    def set_status(self, action_id: int, status: ReviewStatus | None) -> None:
        """Change the status, keeping the note."""
        action = self.previous.action(action_id) if self.previous is not None else None
        self.set_review(action_id, status, action.note if action is not None else "")

    def set_note(self, action_id: int, note: str) -> None:
        """Change the note, keeping the status."""
        action = self.previous.action(action_id) if self.previous is not None else None
        self.set_review(action_id, action.status if action is not None else None, note)

    def _write(self, action: PreviousAction, status: ReviewStatus | None, note: str) -> None:
        self.controller.store().set_action_review(action.id, status, note)
        self._read_for = None
        self.changed.emit(action.team_id)

    # -- making a follow-up ----------------------------------------------------------------
    def create_from_open_session(
        self, target: Path, *, date: dt.date | None = None, title: str | None = None
    ) -> Path:
        """Make ``target`` a follow-up of the open session (its file is only read) and open
        it. Raises UserError; then nothing was made and the open session stays open."""
        from msworkshop.store.followup import create_followup

        source = self.controller.path
        if source is None:
            raise RuntimeError("no session is open")
        made = create_followup(source, target, date=date, title=title)
        self.controller.open(made)
        return made


class _ReviewCommand(QUndoCommand):
    def __init__(
        self,
        state: FollowupState,
        before: PreviousAction,
        status: ReviewStatus | None,
        note: str,
    ) -> None:
        super().__init__()
        describe(self, lambda: QCoreApplication.translate("FollowupState", "Status of an action"))
        self._state, self._before = state, before
        self._after = (status, note)
        self._done = True  # already written when pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(*self._after)

    def undo(self) -> None:
        self._apply(self._before.status, self._before.note)

    def _apply(self, status: ReviewStatus | None, note: str) -> None:
        try:
            self._state._write(self._before, status, note)
        except UserError as error:
            log.warning("could not undo/redo an action's status: %s", error)
