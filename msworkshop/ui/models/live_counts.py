"""Ballots of the current round per team and function: the facilitator's live counts.

One row per team (its name in the vertical header), one column per function and a total.
The model follows the session itself: each ballot that comes in changes only its team's row
(``dataChanged``), so a view keeps its scroll position and selection while phones vote.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from msworkshop.ui.common.labels import function_label
from msworkshop.ui.models.rows import Cell, Row, RowsModel
from msworkshop.ui.services.session import SessionController


class LiveCountsModel(RowsModel):
    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.round_changed.connect(self.refresh)
        controller.ballots_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Re-read the counts (also the texts, after a language change)."""
        c = self._controller
        if not c.is_open:
            self.clear()
            return
        workshop, counts = c.workshop, c.ballot_counts()
        expected = c.expected_people()
        keys = workshop.function_keys
        headers = [function_label(workshop, c.content, k) for k in keys] + [self.tr("Total")]
        rows = []
        for team in workshop.teams:
            values = [counts.get((team.id, k), 0) for k in keys]
            groups = [
                self._cell(v, expected.get((team.id, k), 0))
                for k, v in zip(keys, values, strict=True)
            ]
            cells = (*groups, Cell(str(sum(values)), sum(values), centred=True))
            rows.append(Row(team.id, cells, label=team.name))
        self.set_table(headers, rows)

    def _cell(self, ballots: int, expected: int) -> Cell:
        """The count, against the expected people when the facilitator gave them; a group
        with more ballots than people is marked (someone may have voted more than once)."""
        if not expected:
            return Cell(str(ballots), ballots, centred=True)
        if ballots > expected:
            return Cell(
                f"⚠ {ballots} / {expected}",
                ballots,
                tooltip=self.tr("More ballots than people: someone may have voted twice"),
                centred=True,
            )
        return Cell(f"{ballots} / {expected}", ballots, centred=True)

    def count(self, team_id: int, function: str) -> int:
        """The count shown for one team and function (0 when not shown)."""
        row = self.row_of(team_id)
        keys = self._controller.workshop.function_keys if self._controller.is_open else ()
        cell = self.cell(row, keys.index(function)) if function in keys else None
        return int(cell.sort or 0) if cell is not None else 0
