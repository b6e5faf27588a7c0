"""Every team in one table: each function's stage and the perception gap; sortable.

Clicking a team opens it (``team_activated``). Hidden groups show the anonymity notice and
sort last; the team's ballot total is left out when any of its groups is hidden.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.analysis import GroupResult, SessionResult
from msworkshop.domain.chart_builders import function_name
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.common.i18n import format_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TEAM_ROLE = Qt.ItemDataRole.UserRole + 2


class SortItem(QTableWidgetItem):
    """Sorts by the number in SORT_ROLE; cells without one (hidden, none) go last."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        mine = math.inf if mine is None else float(mine)
        theirs = math.inf if theirs is None else float(theirs)
        if mine == theirs:
            return self.text() < other.text()
        return mine < theirs


class OverviewView(QWidget):
    team_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setStyleSheet("font-size: 12pt;")
        self.table.cellClicked.connect(self._clicked)
        self.table.cellActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.team_activated.emit(int(item.data(TEAM_ROLE)))

    def show_result(self, workshop: Workshop, content: Content, result: SessionResult) -> None:
        names = [function_name(workshop, content, key) for key in workshop.function_keys]
        headers = [
            self.tr("Team"),
            *names,
            self.tr("Gap (stages)"),
            self.tr("Gap (points)"),
            self.tr("Ballots"),
        ]
        sort_column = self.table.horizontalHeader().sortIndicatorSection()
        order = self.table.horizontalHeader().sortIndicatorOrder()
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(result.teams))
        for row, team in enumerate(result.teams):
            cells = [self._item(team.team_name, None)]
            cells[0].setData(TEAM_ROLE, team.team_id)
            cells.extend(self._group_item(content, g) for g in team.groups)
            for gap, decimals in ((team.stage_gap, 1), (team.score_gap, 0)):
                cells.append(
                    self._item("—", None)
                    if gap is None
                    else self._item(format_number(abs(gap), decimals), abs(gap))
                )
            total = team.ballots
            cells.append(self._item("—" if total is None else str(total), total))
            for column, item in enumerate(cells):
                item.setData(TEAM_ROLE, team.team_id)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        self.table.setSortingEnabled(True)
        if 0 <= sort_column < len(headers):
            self.table.sortItems(sort_column, order)

    def _item(self, text: str, sort: float | None) -> SortItem:
        item = SortItem(text)
        item.setData(SORT_ROLE, sort)
        return item

    def _group_item(self, content: Content, group: GroupResult) -> SortItem:
        if group.suppressed:
            item = self._item(self.tr("Too few votes to show — anonymity"), None)
            item.setForeground(Qt.GlobalColor.darkGray)
            return item
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
            return self._item(text, group.mean_stage)
        if group.diagnostic_mean is not None and group.band is not None:
            text = (
                self.tr("Band %1\nscore %2")
                .replace("%1", content.stage(group.band).name)
                .replace("%2", format_number(group.diagnostic_mean, 0))
            )
            return self._item(text, group.diagnostic_mean)
        return self._item(self.tr("No votes yet"), None)

    def row_texts(self) -> list[list[str]]:
        """The table as shown (after sorting), for tests and copying."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
