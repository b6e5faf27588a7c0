"""Every team in one table: each function's stage and the perception gap, sortable.

One row per team (keyed by its id). Hidden groups show the anonymity notice, greyed out, and
sort last; the team's ballot total is left out when any of its groups is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from msworkshop.domain.analysis import GroupResult, SessionResult, TeamResult
from msworkshop.domain.chart_builders import function_name
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.common.i18n import format_number
from msworkshop.ui.models.rows import Cell, Row, RowsModel


class OverviewModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[Workshop, Content, SessionResult] | None = None

    def show_result(self, workshop: Workshop, content: Content, result: SessionResult) -> None:
        self._shown = (workshop, content, result)
        self.retranslate()

    def clear(self) -> None:
        self._shown = None
        super().clear()

    def retranslate(self) -> None:
        """Rebuild the texts (after a language change) from the result shown."""
        if self._shown is None:
            super().clear()
            return
        workshop, content, result = self._shown
        names = [function_name(workshop, content, key) for key in workshop.function_keys]
        headers = [
            self.tr("Team"),
            *names,
            self.tr("Gap (stages)"),
            self.tr("Gap (points)"),
            self.tr("Ballots"),
        ]
        self.set_table(headers, [self._row(content, team) for team in result.teams])

    def _row(self, content: Content, team: TeamResult) -> Row:
        cells = [Cell(team.team_name)]
        cells.extend(self._group(content, g) for g in team.groups)
        for gap, decimals in ((team.stage_gap, 1), (team.score_gap, 0)):
            cells.append(
                Cell("—") if gap is None else Cell(format_number(abs(gap), decimals), abs(gap))
            )
        total = team.ballots
        cells.append(Cell("—" if total is None else str(total), total))
        return Row(team.team_id, tuple(cells))

    def _group(self, content: Content, group: GroupResult) -> Cell:
        if group.suppressed:
            return Cell(self.tr("Too few votes to show — anonymity"), muted=True)
        if group.modal_stage is not None and group.mean_stage is not None:
            text = (
                self.tr("%1 (mean %2)")
                .replace("%1", content.stage(group.modal_stage).name)
                .replace("%2", format_number(group.mean_stage))
            )
            if group.diagnostic_mean is not None:
                text += "\n" + self.tr("score %1").replace(
                    "%1", format_number(group.diagnostic_mean, 0)
                )
            return Cell(text, group.mean_stage)
        if group.diagnostic_mean is not None and group.band is not None:
            text = (
                self.tr("Band %1\nscore %2")
                .replace("%1", content.stage(group.band).name)
                .replace("%2", format_number(group.diagnostic_mean, 0))
            )
            return Cell(text, group.diagnostic_mean)
        return Cell(self.tr("No votes yet"))
