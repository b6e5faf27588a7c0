"""One team's earlier actions with the status and note decided today (editable).

One row per action (keyed by its id): the action, its owner, its due date, the status (a
:class:`~msworkshop.ui.models.choice_delegate.ChoiceDelegate` drop-down) and a short note
(edited in place). A choice goes to ``controller.followup`` (saved at once, undoable); the
model follows ``followup.changed``, updating only the rows that changed.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal

from msworkshop.domain.followup import REVIEW_STATUSES, PreviousAction, ReviewStatus
from msworkshop.domain.messages import UserError
from msworkshop.ui.common.i18n import format_date
from msworkshop.ui.models.rows import Cell, Row, RowsModel
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.lasttime.texts import status_text

ACTION, OWNER, DUE, STATUS, NOTE = range(5)
UNDECIDED = ""  # the drop-down's value for "to decide"


class ReviewModel(RowsModel):
    failed = Signal(object)  # UserError: the choice could not be saved
    refreshed = Signal()

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.followup
        self._team = 0
        self._state.changed.connect(self.refresh)

    @property
    def team(self) -> int:
        return self._team

    def set_team(self, team_id: int) -> None:
        if team_id != self._team:
            self._team = team_id
            self.refresh()

    def refresh(self, *_: object) -> None:
        team = self._state.team(self._team) if self._controller.is_open else None
        if team is None:
            self.clear()
        else:
            headers = [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status today"),
                self.tr("Note"),
            ]
            self.set_table(headers, [self._row(a) for a in team.actions])
        self.refreshed.emit()

    def choices(self) -> tuple[tuple[str, object], ...]:
        content = self._controller.facilitator_content
        return (
            (status_text(content, None), UNDECIDED),
            *((status_text(content, s), str(s)) for s in REVIEW_STATUSES),
        )

    def _row(self, action: PreviousAction) -> Row:
        choices = self.choices()
        value = str(action.status) if action.status is not None else UNDECIDED
        shown = next(text for text, v in choices if v == value)
        tooltip = action.title + (f"\n{action.measure}" if action.measure else "")
        return Row(
            action.id,
            (
                Cell(action.title, tooltip=tooltip),
                Cell(action.owner),
                Cell(format_date(action.due) if action.due else ""),
                Cell(shown, value=value, editable=True, choices=choices),
                Cell(action.note, value=action.note, editable=True, tooltip=action.note or None),
            ),
        )

    def set_value(self, key: Hashable, column: int, value: object) -> bool:
        if not isinstance(key, int):
            return False
        try:
            if column == STATUS:
                self._state.set_status(key, ReviewStatus(str(value)) if value else None)
                return True
            if column == NOTE:
                self._state.set_note(key, str(value or ""))
                return True
        except ValueError:
            self.failed.emit(UserError("review_status_invalid"))
        except UserError as error:
            self.failed.emit(error)
        return False
