"""Closing a voting round as an undoable step: undo opens the same round again."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from msworkshop.domain.messages import UserError
from msworkshop.ui.common.undo_texts import describe

if TYPE_CHECKING:
    from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)


class CloseRound(QUndoCommand):
    def __init__(self, session: SessionController, number: int) -> None:
        super().__init__()
        describe(
            self,
            lambda: QCoreApplication.translate("CloseRound", "Close round %1").replace(
                "%1", str(number)
            ),
        )
        self._session = session
        self._number = number

    def redo(self) -> None:
        try:
            self._session._close_round_now()
        except UserError as error:
            log.warning("round %d not closed: %s", self._number, error.key)
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self._session._reopen_round(self._number)
        except UserError as error:
            log.warning("round %d not reopened: %s", self._number, error.key)
