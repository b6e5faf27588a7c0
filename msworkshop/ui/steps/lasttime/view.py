"""Last time, projected: one team at a time (the room's focus team), what it agreed last time
and where each of its actions stands now.

The room reads every text (content strings, the session's language) in the theme's type; a
long list of actions is shown a slide at a time, the one with the action the facilitator is
on."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.paged_rows import PagedRows
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.lasttime.texts import agreement_lines, since_text, status_text


class LastTimeView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self._controller = controller
        self._state = controller.followup
        self.heading = theme.label("", "h1")
        self.since = theme.label("", "small")
        self.agreed = theme.label("", "body")
        self.target = theme.label("", "body")
        self.empty = theme.label("", "body")
        self.rows = PagedRows((6, 3, 3), lambda: controller.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.since)
        layout.addWidget(self.agreed)
        layout.addWidget(self.target)
        layout.addWidget(self.empty)
        layout.addWidget(self.rows, 1)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        controller.focus.team_changed.connect(self.refresh)
        controller.focus.action_changed.connect(self.refresh)
        self._state.changed.connect(self.refresh)
        self.refresh()

    def team_id(self) -> int:
        return self._controller.focus.team if self._controller.is_open else 0

    def refresh(self, *_: object) -> None:
        c = self._controller
        previous = self._state.previous if c.is_open else None
        team_id = self.team_id()
        if previous is None or not team_id:
            for label in (self.heading, self.since, self.agreed, self.target, self.empty):
                label.clear()
            self.rows.set_rows((), ())
            return
        content = c.content  # the room reads it: the session's language
        team = previous.team(team_id)
        self.heading.setText(
            content.text("projector.lasttime_title", team=c.workshop.team(team_id).name)
        )
        self.since.setText(since_text(content, previous))
        agreed, target = agreement_lines(content, team)
        self.agreed.setText(agreed)
        self.target.setText(target)
        self.target.setVisible(bool(target))
        actions = team.actions if team is not None else ()
        self.empty.setText("" if actions else content.text("projector.lasttime_no_actions"))
        self.empty.setVisible(not actions)
        if not actions:
            self.rows.set_rows((), ())
            return
        headers = [
            content.text(f"projector.lasttime_col_{key}") for key in ("action", "owner", "status")
        ]
        rows = [(a.title, a.owner, status_text(content, a.status)) for a in actions]
        self.rows.set_rows(headers, rows, anchor=c.focus.action, strong=c.focus.action)

    def texts(self) -> list[str]:
        """Every text on the slide now, row by row (for tests)."""
        labels = (self.heading, self.since, self.agreed, self.target, self.empty)
        shown = [label.text() for label in labels]
        return [t for t in shown if t] + [t for row in self.rows.shown_rows() for t in row]
