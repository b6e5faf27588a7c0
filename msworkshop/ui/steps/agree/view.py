"""Agree, projected: per team where the relationship stands today and where it goes next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common.labels import stage_text
from msworkshop.ui.services.session import SessionController


class AgreeView(QWidget):
    """Projector: every team with its agreed stage and target, large."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.plans
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 30pt; font-weight: bold;")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(40)
        self.grid.setVerticalSpacing(18)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.labels: list[QLabel] = []
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        self._state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        for label in self.labels:
            self.grid.removeWidget(label)
            label.deleteLater()
        self.labels = []
        if not self._controller.is_open:
            self.heading.clear()
            return
        content = self._controller.content  # the room reads it: the session's language
        self.heading.setText(content.text("projector.agree_title"))
        agreements = self._state.agreements()
        for row, team in enumerate(self._controller.workshop.teams):
            agreement = agreements.get(team.id)
            if agreement is None:
                texts = [team.name, content.text("projector.agree_not_yet"), ""]
            else:
                target = (
                    content.text("projector.agree_stay")
                    if agreement.is_stay
                    else "→ " + stage_text(self._controller.content, agreement.target_stage)
                )
                texts = [
                    team.name,
                    stage_text(self._controller.content, agreement.current_stage),
                    target,
                ]
            for column, text in enumerate(texts):
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)  # team names are typed text
                label.setStyleSheet(f"font-size: 22pt;{' font-weight: bold;' * (column == 0)}")
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(label, row, column)
                self.labels.append(label)

    def texts(self) -> list[str]:
        """Every shown text, row by row (for tests)."""
        return [label.text() for label in self.labels]
