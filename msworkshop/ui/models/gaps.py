"""The ranked statements of one team on the Discuss-the-gaps page: rank, statement (with its
dimension), each function's mean ± spread, and the gap. Keyed by statement, so the selected
statement stays selected while ballots arrive and the ranking moves."""

from __future__ import annotations

from PySide6.QtCore import QObject

from msworkshop.domain.charts import GapChartData
from msworkshop.domain.content import Content
from msworkshop.ui.common.i18n import format_number
from msworkshop.ui.models.rows import Cell, Row, RowsModel


class GapsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def show(self, content: Content, data: GapChartData) -> None:
        headers = [
            self.tr("#"),
            self.tr("Statement"),
            *(s.name for s in data.styles),
            self.tr("Gap"),
        ]
        rows = []
        for rank, row in enumerate(data.rows, start=1):
            statement = content.statement(row.key)
            text = f"{row.label}\n({content.dimension_name(statement.dimension)})"
            figures = tuple(
                Cell(
                    "—"
                    if mean is None
                    else f"{format_number(mean)} ± {format_number(spread or 0.0)}"
                )
                for mean, spread in zip(row.means, row.spreads, strict=True)
            )
            rows.append(
                Row(
                    row.key,
                    (
                        Cell(str(rank), sort=rank),
                        Cell(text, tooltip=text),
                        *figures,
                        Cell(format_number(abs(row.difference)), sort=abs(row.difference)),
                    ),
                )
            )
        self.set_table(headers, rows)
