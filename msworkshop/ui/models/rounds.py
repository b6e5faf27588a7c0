"""Two voting rounds side by side: per team each function's stage and score, then the gap.

One row per (team, function) and one per team for its perception gap; a group hidden in either
round shows the anonymity notice and no change. Figures come from ``domain.comparison`` over
the session's round results (``SessionController.round_result``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from msworkshop.domain.chart_builders import function_name
from msworkshop.domain.comparison import Movement, RoundComparison, compare_rounds
from msworkshop.ui.common.i18n import format_number, format_signed
from msworkshop.ui.models.rows import Cell, Row, RowsModel
from msworkshop.ui.services.session import SessionController

GAP = ""  # the function key of a team's perception-gap row


class RoundsModel(RowsModel):
    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.comparison: RoundComparison | None = None

    def compare(self, before: int, after: int) -> RoundComparison:
        """Compare round ``before`` with round ``after`` (two different rounds)."""
        c = self._controller
        self.comparison = compare_rounds(c.round_result(before), c.round_result(after))
        self.retranslate()
        return self.comparison

    def clear(self) -> None:
        self.comparison = None
        super().clear()

    def retranslate(self) -> None:
        """Rebuild the texts (after a language change) from the comparison shown."""
        comparison = self.comparison
        if comparison is None or not self._controller.is_open:
            super().clear()
            return
        headers = [
            self.tr("Team"),
            self.tr("Function"),
            self.tr("Stage %1 → %2"),
            self.tr("Change"),
            self.tr("Score %1 → %2"),
            self.tr("Change"),
        ]
        headers = [
            h.replace("%1", str(comparison.before_round)).replace("%2", str(comparison.after_round))
            for h in headers
        ]
        self.set_table(headers, self._rows_of(comparison))

    def _rows_of(self, comparison: RoundComparison) -> list[Row]:
        c = self._controller
        rows: list[Row] = []
        for team in comparison.teams:
            for group in team.groups:
                name = Cell(function_name(c.workshop, c.content, group.function))
                key = (team.team_id, group.function)
                if group.hidden:
                    hidden = Cell(
                        self.tr("hidden (anonymity)"),
                        tooltip=self.tr(
                            "Fewer than %1 votes in one of the rounds: not shown, so nobody "
                            "can be recognised."
                        ).replace("%1", str(c.workshop.threshold)),
                        muted=True,
                    )
                    blank = Cell("", centred=True)
                    rows.append(
                        Row(key, (Cell(team.team_name), name, hidden, blank, Cell(""), blank))
                    )
                    continue
                rows.append(
                    Row(
                        key,
                        (
                            Cell(team.team_name),
                            name,
                            *_movement(group.stage, 1),
                            *_movement(group.score, 0),
                        ),
                    )
                )
            rows.append(
                Row(
                    (team.team_id, GAP),
                    (
                        Cell(team.team_name),
                        Cell(self.tr("Perception gap")),
                        *_movement(team.stage_gap, 1),
                        *_movement(team.score_gap, 0),
                    ),
                )
            )
        return rows


def _movement(movement: Movement, decimals: int) -> tuple[Cell, Cell]:
    """``2.0 → 2.5`` and the change (``+0.5``, centred; empty when either is hidden)."""

    def show(value: float | None) -> str:
        return "—" if value is None else format_number(value, decimals)

    change = movement.change
    return (
        Cell(f"{show(movement.before)} → {show(movement.after)}"),
        Cell("" if change is None else format_signed(change, decimals), centred=True),
    )
