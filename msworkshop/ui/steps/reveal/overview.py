"""Every team in one table: each function's stage and the perception gap; sortable.

Clicking a team opens it (``team_activated``). Hidden groups show the anonymity notice and
sort last; the team's ballot total is left out when any of its groups is hidden. The rows come
from :class:`~msworkshop.ui.models.overview.OverviewModel`, which updates them in place: the
sort order and the selected team stay when new ballots arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from msworkshop.domain.analysis import SessionResult
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.models.overview import OverviewModel
from msworkshop.ui.models.rows import KEY_ROLE, SortProxy, shown_rows


class OverviewTable(QTableView):
    """The overview's table view (sorted through a :class:`SortProxy`)."""

    def __init__(self, model: OverviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = model
        self.setModel(SortProxy(model, self))

    def clear(self) -> None:
        """No rows (the results page's reset, with :meth:`setRowCount`)."""
        self._source.clear()

    def setRowCount(self, rows: int) -> None:  # noqa: N802
        """Kept for the results page's reset; only 0 (no rows) is meaningful here."""
        if rows == 0:
            self._source.clear()


class OverviewView(QWidget):
    team_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OverviewModel(self)
        self.table = OverviewTable(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # session order until a header is clicked
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setStyleSheet("font-size: 12pt;")
        self.table.model().layoutChanged.connect(self.table.resizeRowsToContents)  # a re-sort
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        on_language_change(self, self.model.retranslate)

    def _clicked(self, index: QModelIndex) -> None:
        team_id = index.data(KEY_ROLE)
        if team_id is not None:
            self.team_activated.emit(int(team_id))

    def show_result(self, workshop: Workshop, content: Content, result: SessionResult) -> None:
        self.model.show_result(workshop, content, result)
        self.table.resizeRowsToContents()  # as high as their (wrapped, two-line) cells

    def clear(self) -> None:
        self.model.clear()

    def selected_team(self) -> int:
        """The team of the selected row; 0 when none is selected."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(KEY_ROLE)) if rows else 0

    def row_texts(self) -> list[list[str]]:
        """The table as shown (after sorting), for tests and copying."""
        return shown_rows(self.table)
