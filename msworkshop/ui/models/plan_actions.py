"""One team's action plan, in order: action, owner, due date, success measure, priority, status.

One row per stored action (keyed by its id), so a view keeps the selected action when the
plan changes around it: an edit updates its row, a move moves it, undo puts a removed action
back in its place. Texts in the UI's language (dates in its locale); the priority and status
names come from the plan step's editor, which passes them in (models do not import steps).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from msworkshop.domain.plans import ActionStatus, PlanAction, Priority
from msworkshop.ui.common.i18n import format_date
from msworkshop.ui.models.rows import Cell, Row, RowsModel
from msworkshop.ui.services.session import SessionController

Labels = Callable[[], Mapping[Priority, str]]
StatusLabels = Callable[[], Mapping[ActionStatus, str]]


class PlanActionsModel(RowsModel):
    def __init__(
        self,
        controller: SessionController,
        priority_labels: Labels,
        status_labels: StatusLabels,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._priority_labels, self._status_labels = priority_labels, status_labels
        self._team = 0
        self._actions: list[PlanAction] = []
        self.refresh()

    @property
    def team(self) -> int:
        return self._team

    def show_team(self, team_id: int) -> None:
        """Show ``team_id``'s plan (0: none); also after the plan changed."""
        self._team = team_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the plan (also the texts, after a language change)."""
        c = self._controller
        self._actions = c.plans.actions(self._team) if c.is_open and self._team else []
        headers = [
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Success measure"),
            self.tr("Priority"),
            self.tr("Status"),
        ]
        self.set_table(headers, [self._row(a) for a in self._actions])

    def actions(self) -> list[PlanAction]:
        return list(self._actions)

    def action(self, row: int) -> PlanAction | None:
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def _row(self, action: PlanAction) -> Row:
        texts = (
            action.title,
            action.owner,
            format_date(action.due),
            action.measure,
            self._priority_labels()[action.priority],
            self._status_labels()[action.status],
        )
        return Row(action.id, tuple(Cell(text, tooltip=text) for text in texts))
