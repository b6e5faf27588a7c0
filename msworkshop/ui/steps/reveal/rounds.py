"""Two voting rounds side by side: how each function of each team moved, and the gap.

The facilitator picks the two rounds (by default the last two). Figures come from
``domain.comparison``; a group hidden in either round shows no change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.analysis import SessionResult
from msworkshop.domain.chart_builders import function_name
from msworkshop.domain.comparison import Movement, RoundComparison, compare_rounds
from msworkshop.ui.common.i18n import format_number, format_signed, on_language_change
from msworkshop.ui.services.session import SessionController


class RoundsView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.comparison: RoundComparison | None = None
        self.before_combo = QComboBox()
        self.after_combo = QComboBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setStyleSheet("font-size: 12pt;")
        pick = QHBoxLayout()
        self.compare_label, self.with_label = QLabel(), QLabel()
        pick.addWidget(self.compare_label)
        pick.addWidget(self.before_combo)
        pick.addWidget(self.with_label)
        pick.addWidget(self.after_combo)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.before_combo.currentIndexChanged.connect(self._compare)
        self.after_combo.currentIndexChanged.connect(self._compare)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """The fixed labels; the results page refreshes the rest (rounds, table)."""
        self.compare_label.setText(self.tr("Compare round"))
        self.with_label.setText(self.tr("with round"))

    def result_for(self, number: int) -> SessionResult:
        return self._controller.round_result(number)

    def refresh(self) -> None:
        """Re-read the rounds of the session (after a round was opened or closed)."""
        if not self._controller.is_open:
            self.table.clear()
            return
        numbers = [r.number for r in self._controller.rounds()]
        chosen = (self.before_combo.currentData(), self.after_combo.currentData())
        keep = chosen[0] != chosen[1] and all(n in numbers for n in chosen)
        defaults = (numbers[-2] if len(numbers) > 1 else None, numbers[-1] if numbers else None)
        for combo, wanted in zip(
            (self.before_combo, self.after_combo), chosen if keep else defaults, strict=True
        ):
            combo.blockSignals(True)
            combo.clear()
            for number in numbers:
                combo.addItem(self.tr("Round %1").replace("%1", str(number)), number)
            combo.setCurrentIndex(combo.findData(wanted))
            combo.blockSignals(False)
        self._compare()

    def select(self, before: int, after: int) -> None:
        self.before_combo.setCurrentIndex(self.before_combo.findData(before))
        self.after_combo.setCurrentIndex(self.after_combo.findData(after))
        self._compare()

    def _compare(self) -> None:
        before, after = self.before_combo.currentData(), self.after_combo.currentData()
        self.table.clear()
        self.table.setRowCount(0)
        self.comparison = None
        if before is None or after is None or before == after:
            self.message.setText(
                self.tr(
                    "Open a second voting round (e.g. after the discussion) to compare two rounds."
                )
                if self.before_combo.count() < 2
                else self.tr("Choose two different rounds.")
            )
            return
        self.message.setText(
            self.tr(
                "Stage: mean stage vote (1 to 4). Score: diagnostic score (20 to 100). "
                "A group hidden in either round shows no change."
            )
        )
        self.comparison = compare_rounds(self.result_for(before), self.result_for(after))
        self._fill(self.comparison)

    def _fill(self, comparison: RoundComparison) -> None:
        c = self._controller
        headers = [
            self.tr("Team"),
            self.tr("Function"),
            self.tr("Stage (round %1 → %2)"),
            self.tr("Change"),
            self.tr("Score (round %1 → %2)"),
            self.tr("Change"),
        ]
        headers = [
            h.replace("%1", str(comparison.before_round)).replace("%2", str(comparison.after_round))
            for h in headers
        ]
        rows: list[list[str]] = []
        for team in comparison.teams:
            for group in team.groups:
                name = function_name(c.workshop, c.content, group.function)
                if group.hidden:
                    rows.append(
                        [
                            team.team_name,
                            name,
                            self.tr("Too few votes to show — anonymity"),
                            "",
                            "",
                            "",
                        ]
                    )
                    continue
                rows.append(
                    [
                        team.team_name,
                        name,
                        *self._movement(group.stage, 1),
                        *self._movement(group.score, 0),
                    ]
                )
            rows.append(
                [
                    team.team_name,
                    self.tr("Perception gap"),
                    *self._movement(team.stage_gap, 1),
                    *self._movement(team.score_gap, 0),
                ]
            )
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                item = QTableWidgetItem(text)
                if col in (3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, col, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _movement(self, movement: Movement, decimals: int) -> list[str]:
        def show(value: float | None) -> str:
            return "—" if value is None else format_number(value, decimals)

        change = movement.change
        return [
            f"{show(movement.before)} → {show(movement.after)}",
            "" if change is None else format_signed(change, decimals),
        ]

    def row_texts(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
