"""The facilitator's reveal controls: which team is on the projector, what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.common.labels import level_name
from msworkshop.ui.services.reveal import reveal_for
from msworkshop.ui.services.session import SessionController


class RevealPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reveal = reveal_for(controller)
        self.team_combo = QComboBox()
        self.all_at_once = QCheckBox()
        self.next_button = QPushButton()
        self.all_button = QPushButton()
        self.hide_button = QPushButton()
        self.on_projector = QLabel()
        self.status_label = QLabel()
        self.next_label = QLabel()
        for label in (self.status_label, self.next_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # they name teams
        self.next_button.setStyleSheet("font-weight: bold; padding: 4px 12px;")
        row = QHBoxLayout()
        row.addWidget(self.on_projector)
        row.addWidget(self.team_combo)
        row.addWidget(self.all_at_once)
        row.addStretch(1)
        buttons = QHBoxLayout()  # a row of its own, so longer (Dutch) texts fit
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.next_label)
        self.next_button.clicked.connect(self._reveal.reveal_next)
        self.all_button.clicked.connect(self._reveal.reveal_all)
        self.hide_button.clicked.connect(self._reveal.hide_all)
        self.all_at_once.toggled.connect(self._reveal.set_all_at_once)
        self.team_combo.activated.connect(self._focus_chosen)
        self._reveal.changed.connect(self.refresh)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.all_at_once.setText(self.tr("All teams at once"))
        self.next_button.setText(self.tr("Reveal next"))
        self.next_button.setToolTip(self.tr("Show the next part on the projector (R)"))
        self.all_button.setText(self.tr("Reveal all"))
        self.hide_button.setText(self.tr("Hide all"))
        self.on_projector.setText(self.tr("On the projector:"))
        self.refresh()

    def _focus_chosen(self, index: int) -> None:
        team_id = self.team_combo.itemData(index)
        if team_id is not None:
            self._reveal.set_focus(int(team_id))

    def refresh(self) -> None:
        c = self._controller
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        if not c.is_open:
            self.team_combo.blockSignals(False)
            self.status_label.setText("")
            self.next_label.setText("")
            return
        for team in c.workshop.teams:
            shown = level_name(self._reveal.level(team.id))
            self.team_combo.addItem(f"{team.name} — {shown}", team.id)
        focus = self._reveal.focus
        if focus is not None:
            self.team_combo.setCurrentIndex(self.team_combo.findData(focus))
        self.team_combo.blockSignals(False)
        self.all_at_once.blockSignals(True)
        self.all_at_once.setChecked(self._reveal.all_at_once)
        self.all_at_once.blockSignals(False)
        names = {t.id: t.name for t in c.workshop.teams}
        revealed = [
            f"{names[t]}: {level_name(RevealLevel(lv))}"
            for t, lv in self._reveal.state.levels
            if t in names
        ]
        self.status_label.setText(
            self.tr("Revealed — %1").replace("%1", "; ".join(revealed))
            if revealed
            else self.tr("Nothing is revealed yet: the projector shows no results.")
        )
        step = self._reveal.next_step()
        self.next_button.setEnabled(step is not None)
        if step is None:
            self.next_label.setText(self.tr("Everything is revealed."))
        else:
            teams = ", ".join(names[t] for t in step.team_ids)
            self.next_label.setText(
                self.tr("Next reveal: %1 — %2")
                .replace("%1", teams)
                .replace("%2", level_name(step.level))
            )
