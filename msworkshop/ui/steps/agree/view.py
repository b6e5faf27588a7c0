"""Agree, projected: per team where the relationship stands today and where it goes next.

The room reads every text (content strings, the session's language) in the theme's type; a
long list of teams is shown a slide at a time, the one with the team in focus."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from msworkshop.domain.content import Content
from msworkshop.domain.followup import PreviousTeam
from msworkshop.ui.common import theme
from msworkshop.ui.common.labels import stage_short, stage_text
from msworkshop.ui.common.paged_rows import PagedRows
from msworkshop.ui.services.session import SessionController


class AgreeView(QWidget):
    """Projector: every team with its agreed stage today and its next step."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self._controller = controller
        self._state = controller.plans
        self.heading = theme.label("", "h1")
        self.rows = PagedRows((4, 3, 3), lambda: controller.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.rows, 1)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.focus.team_changed.connect(self.refresh)
        self._state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        if not self._controller.is_open:
            self.heading.clear()
            self.rows.set_rows((), ())
            return
        content = self._controller.content  # the room reads it: the session's language
        self.heading.setText(content.text("projector.agree_title"))
        agreements = self._state.agreements()
        previous = self._controller.previous
        rows = []
        for team in self._controller.workshop.teams:
            agreement = agreements.get(team.id)
            name = team.name
            last = _last_time(content, previous.team(team.id)) if previous is not None else ""
            if last:  # a follow-up: what the team aimed for last time, when it agreed one
                name += "\n" + last
            if agreement is None:
                rows.append((name, content.text("projector.agree_not_yet"), ""))
                continue
            target = (
                content.text("projector.agree_stay")
                if agreement.is_stay
                else "→ " + stage_text(content, agreement.target_stage)
            )
            rows.append((name, stage_text(content, agreement.current_stage), target))
        teams = [t.id for t in self._controller.workshop.teams]
        focus = self._controller.focus.team
        anchor = teams.index(focus) if focus in teams else 0
        headers = [content.text(f"projector.agree_col_{key}") for key in ("team", "today", "next")]
        self.rows.set_rows(headers, rows, anchor=anchor, strong=anchor)

    def texts(self) -> list[str]:
        """Every shown text, row by row (for tests)."""
        return [text for row in self.rows.shown_rows() for text in row]


def _last_time(content: Content, team: PreviousTeam | None) -> str:
    """Last time's target of a team, short, in the room's words ("" when none was agreed: the
    room reads fewer rows per slide for a line that says nothing)."""
    if team is None or team.agreed_stage is None or team.target_stage is None:
        return ""
    stage = stage_short(content, team.target_stage)
    key = "stay" if team.target_stage == team.agreed_stage else "move"
    return content.text(f"projector.agree_last_{key}", stage=stage)
