"""Projector view of the action plan: the team being worked on, its step and its actions.

The room reads it, so its texts are content strings in the session's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from msworkshop.ui.common.labels import format_due, stage_text
from msworkshop.ui.services.session import SessionController


class PlanView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = controller.plans
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # holds the team's name
        self.heading.setStyleSheet("font-size: 30pt; font-weight: bold;")
        self.step = QLabel()
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.step.setStyleSheet("font-size: 18pt;")
        self.step.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setStyleSheet("font-size: 18pt;")
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.step)
        layout.addWidget(self.table, 1)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        self._state.changed.connect(self.refresh)
        self._state.focus_changed.connect(self.refresh)
        self.refresh()

    def team_id(self) -> int:
        if not self._controller.is_open:
            return 0
        teams = [t.id for t in self._controller.workshop.teams]
        focus = self._state.focused_team
        return focus if focus in teams else (teams[0] if teams else 0)

    def refresh(self, *_: object) -> None:
        team_id = self.team_id()
        c = self._controller
        if not team_id:
            self.heading.setText(c.content.text("projector.plan_title") if c.is_open else "")
            self.step.clear()
            self.table.setRowCount(0)
            return
        text = c.content.text
        team = c.workshop.team(team_id)
        self.heading.setText(text("projector.plan_title_team", team=team.name))
        agreement = self._state.agreement(team_id)
        if agreement is None:
            self.step.setText(text("projector.plan_not_agreed"))
        elif agreement.is_stay:
            self.step.setText(
                text("projector.plan_stay", stage=stage_text(c.content, agreement.current_stage))
            )
        else:
            self.step.setText(
                text(
                    "projector.plan_move",
                    from_stage=stage_text(c.content, agreement.current_stage),
                    to_stage=stage_text(c.content, agreement.target_stage),
                )
            )
        actions = self._state.actions(team_id)
        self.table.setHorizontalHeaderLabels(
            [
                text("projector.plan_col_action"),
                text("projector.plan_col_owner"),
                text("projector.plan_col_due"),
            ]
        )
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            for column, cell in enumerate(
                (action.title, action.owner, format_due(self._controller.content, action))
            ):
                self.table.setItem(row, column, QTableWidgetItem(cell))

    def titles(self) -> list[str]:
        items = (self.table.item(r, 0) for r in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]
