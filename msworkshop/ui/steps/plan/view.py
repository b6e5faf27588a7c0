"""Projector view of the action plan: the team being worked on, its step and its actions.

The room reads it, so its texts are content strings in the session's language, in the
theme's type; a long plan is shown a slide at a time, the one with the action the
facilitator is on."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.labels import format_due, stage_text
from msworkshop.ui.common.paged_rows import PagedRows
from msworkshop.ui.services.session import SessionController


class PlanView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self._controller = controller
        self._state = controller.plans
        self.heading = theme.label("", "h1")
        self.step = theme.label("", "body")
        self.rows = PagedRows((6, 3, 2), lambda: controller.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.step)
        layout.addWidget(self.rows, 1)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        self._state.changed.connect(self.refresh)
        self._state.focus_changed.connect(self.refresh)
        controller.focus.action_changed.connect(self.refresh)
        self.refresh()

    def team_id(self) -> int:
        return self._state.focused_team if self._controller.is_open else 0

    def refresh(self, *_: object) -> None:
        team_id = self.team_id()
        c = self._controller
        if not team_id:
            self.heading.setText(c.content.text("projector.plan_title") if c.is_open else "")
            self.step.clear()
            self.rows.set_rows((), ())
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
        headers = [text(f"projector.plan_col_{key}") for key in ("action", "owner", "due")]
        rows = [(a.title, a.owner, format_due(c.content, a)) for a in actions]
        self.rows.set_rows(headers, rows, anchor=c.focus.action)

    def titles(self) -> list[str]:
        """The actions on the slide now."""
        return [row[0] for row in self.rows.shown_rows()]
