"""Typed-in paper ballots as one undoable step each: a mistyped form can be taken back.

The command keeps the ballots and, while they are stored, their random ids, in memory only
(nothing links them to a person). Undo deletes exactly those ballots; redo stores them again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.messages import UserError
from msworkshop.ui.common.undo_texts import Text, describe
from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)


class AddPaperBallots(QUndoCommand):
    """Paper ballots that were stored (with ``ids``) just before this command was pushed."""

    def __init__(
        self,
        controller: SessionController,
        ballots: Sequence[Ballot],
        ids: Sequence[str],
        text: Text,
    ) -> None:
        super().__init__()
        describe(self, text)
        self._controller = controller
        self._ballots = tuple(ballots)
        self._ids = list(ids)
        self._stored_before_push = True

    @property
    def count(self) -> int:
        return len(self._ballots)

    def redo(self) -> None:
        if self._stored_before_push:  # QUndoStack.push calls redo: they are on disk already
            self._stored_before_push = False
            return
        try:
            self._ids = self._controller.intake.add(self._ballots)
        except UserError as error:  # e.g. the team was removed in between
            log.warning("paper ballots not stored again: %s", error.key)
            self.setObsolete(True)

    def undo(self) -> None:
        self._controller.intake.take_back(self._ids)
        self._ids = []


def add_paper_ballots(controller: SessionController, ballots: Sequence[Ballot], text: Text) -> int:
    """Store ``ballots`` (one transaction) as one undoable step; how many were stored.

    Raises UserError when they cannot be stored: then nothing is stored or put on the stack.
    """
    ids = controller.intake.add(ballots)
    controller.undo_stack.push(AddPaperBallots(controller, ballots, ids, text))
    return len(ids)
