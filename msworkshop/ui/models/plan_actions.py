"""One team's action plan, in order: action, owner, due date, success measure, priority, status,
and the dots the team's phones placed on it (empty when the team has had no dot vote).

One row per stored action (keyed by its id), so a view keeps the selected action when the
plan changes around it: an edit updates its row, a move moves it, undo puts a removed action
back in its place. Texts in the UI's language (dates in its locale); the priority and status
names come from the plan step's editor, which passes them in (models do not import steps).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from msworkshop.domain.action_vote import RankedAction
from msworkshop.domain.plans import ActionStatus, PlanAction, Priority
from msworkshop.ui.common.i18n import format_date
from msworkshop.ui.models.rows import Cell, Row, RowsModel
from msworkshop.ui.services.session import SessionController

Labels = Callable[[], Mapping[Priority, str]]
StatusLabels = Callable[[], Mapping[ActionStatus, str]]


DOTS_COLUMN = 6


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
        self._dots: dict[int, RankedAction] = {}
        self._names: dict[str, str] = {}
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
        has_vote = bool(self._actions) and c.action_votes.vote(self._team) is not None
        ranking = c.action_votes.ranking(self._team) if has_vote else None
        self._dots = {row.action.id: row for row in ranking.rows} if ranking else {}
        self._names = (
            {f.key: c.content.function_name(f.key, f.name) for f in c.workshop.functions}
            if has_vote
            else {}
        )
        headers = [
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Success measure"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Dots"),
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
        cells = [Cell(text, tooltip=text) for text in texts]
        ranked = self._dots.get(action.id)
        if ranked is None:
            cells.append(Cell(""))
        else:
            split = ", ".join(f"{self._names.get(k, k)} {n}" for k, n in ranked.by_function)
            cells.append(Cell(str(ranked.dots), tooltip=split or None, centred=True))
        return Row(action.id, tuple(cells))

    @property
    def has_dots(self) -> bool:
        """Whether the team has had a dot vote (the Dots column has figures)."""
        return bool(self._dots)
