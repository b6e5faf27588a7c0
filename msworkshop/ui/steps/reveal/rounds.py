"""Two voting rounds side by side: how each function of each team moved, and the gap.

The facilitator picks the two rounds (by default the last two). Figures come from
``domain.comparison``; a group hidden in either round shows no change. "Show on the
projector" puts the focus team's movement between the two rounds on the room's screen (the
reveal view's movement slide) until it is pressed again or the next reveal step (R).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.comparison import RoundComparison
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.models.rounds import RoundsModel
from msworkshop.ui.models.rows import shown_rows
from msworkshop.ui.services.reveal import reveal_for
from msworkshop.ui.services.session import SessionController


class RoundsView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = RoundsModel(controller, self)
        self.before_combo = QComboBox()
        self.after_combo = QComboBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setStyleSheet("font-size: 11pt;")
        self.table.setWordWrap(True)
        # The figures as wide as they are; the team names take what is left and wrap.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionCountChanged.connect(self._fit_columns)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pick = QHBoxLayout()
        self.compare_label, self.with_label = QLabel(), QLabel()
        pick.addWidget(self.compare_label)
        pick.addWidget(self.before_combo)
        pick.addWidget(self.with_label)
        pick.addWidget(self.after_combo)
        self.project_button = QPushButton()
        self.project_button.setCheckable(True)
        self.project_button.clicked.connect(self._toggle_projector)
        pick.addWidget(self.project_button)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        # The facilitator's choice (not the refill in refresh(), which compares once itself).
        self.before_combo.activated.connect(self._compare)
        self.after_combo.activated.connect(self._compare)
        self._reveal = reveal_for(controller)
        self._reveal.changed.connect(self._sync_button)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """The fixed labels; the results page refreshes the rest (rounds, table)."""
        self.compare_label.setText(self.tr("Compare round"))
        self.with_label.setText(self.tr("with round"))
        self.project_button.setText(self.tr("Show on the projector"))
        self.project_button.setToolTip(
            self.tr(
                "The room sees how the team in focus moved between the two rounds. "
                "Press again, or R for the next reveal step, to go back."
            )
        )
        self.model.retranslate()

    def _pair(self) -> tuple[int, int] | None:
        before, after = self.before_combo.currentData(), self.after_combo.currentData()
        if before is None or after is None or before == after:
            return None
        return int(before), int(after)

    def _toggle_projector(self) -> None:
        pair = self._pair()
        if self._reveal.movement is not None or pair is None:
            self._reveal.hide_movement()
        else:
            self._reveal.show_movement(*pair)
        self._sync_button()

    def _sync_button(self) -> None:
        self.project_button.setEnabled(self._pair() is not None)
        self.project_button.setChecked(self._reveal.movement is not None)

    def _fit_columns(self, *_counts: int) -> None:
        header = self.table.horizontalHeader()
        if self.model.columnCount() > 0:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @property
    def comparison(self) -> RoundComparison | None:
        return self.model.comparison

    def refresh(self) -> None:
        """Re-read the rounds of the session (after a round was opened or closed)."""
        if not self._controller.is_open:
            self.model.clear()
            return
        numbers = [r.number for r in self._controller.rounds()]
        # The rounds the room sees, else the facilitator's last pick.
        chosen = self._reveal.movement or (
            self.before_combo.currentData(),
            self.after_combo.currentData(),
        )
        keep = chosen[0] != chosen[1] and all(n in numbers for n in chosen)
        defaults = (numbers[-2] if len(numbers) > 1 else None, numbers[-1] if numbers else None)
        for combo, wanted in zip(
            (self.before_combo, self.after_combo), chosen if keep else defaults, strict=True
        ):
            self._fill_combo(combo, numbers)
            combo.setCurrentIndex(combo.findData(wanted))
        self._compare()

    def _fill_combo(self, combo: QComboBox, numbers: list[int]) -> None:
        """The rounds as items, changed in place (the choice is re-set by the caller)."""
        while combo.count() > len(numbers):
            combo.removeItem(combo.count() - 1)
        for index, number in enumerate(numbers):
            text = self.tr("Round %1").replace("%1", str(number))
            if index < combo.count():
                combo.setItemText(index, text)
                combo.setItemData(index, number)
            else:
                combo.addItem(text, number)

    def select(self, before: int, after: int) -> None:
        self.before_combo.setCurrentIndex(self.before_combo.findData(before))
        self.after_combo.setCurrentIndex(self.after_combo.findData(after))
        self._compare()

    def _compare(self) -> None:
        pair = self._pair()
        if pair is not None and self._reveal.movement not in (None, pair):
            self._reveal.show_movement(*pair)  # the room follows the rounds picked here
        self._sync_button()
        if pair is None:
            self.model.clear()
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
        self.model.compare(*pair)

    def row_texts(self) -> list[list[str]]:
        return shown_rows(self.table)
