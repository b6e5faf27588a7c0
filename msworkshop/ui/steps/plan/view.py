"""Projector view of the action plan: the team being worked on, its step and its actions.

The room reads it, so its texts are content strings in the session's language, in the
theme's type; a long plan is shown a slide at a time, the one with the action the
facilitator is on. While the team's dot vote is open, a line tells the room how to vote
(never a live count); once the facilitator reveals it, the actions are shown by dots, split
by function only when every function that voted reaches the anonymity threshold."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from msworkshop.domain.action_vote import DOTS_PER_PERSON, MAX_DOTS_PER_ACTION, DotRanking
from msworkshop.ui.common import theme
from msworkshop.ui.common.labels import format_due, stage_text
from msworkshop.ui.common.paged_rows import PagedRows
from msworkshop.ui.services.session import SessionController

NOTICE_GAP = 12  # px between the notice and the rows under it
PLAN_STRETCH = (6, 3, 2)
RANKING_STRETCH = (1, 8, 2)  # rank, action, dots
SPLIT_STRETCH = (1, 7, 2, 5)  # and the dots per function, as one line of words that wraps


class PlanView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self._controller = controller
        self._state = controller.plans
        self._title_column = 0
        self.heading = theme.label("", "h1")
        self.step = theme.label("", "body")
        self.notice = theme.label("", "body")
        self.notice.setContentsMargins(0, 0, 0, NOTICE_GAP)
        self.notice.hide()
        self.rows = PagedRows(PLAN_STRETCH, lambda: controller.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.step)
        layout.addWidget(self.notice)
        layout.addWidget(self.rows, 1)
        controller.session_opened.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        self._state.changed.connect(self.refresh)
        self._state.focus_changed.connect(self.refresh)
        controller.focus.action_changed.connect(self.refresh)
        controller.action_votes.changed.connect(self._votes_changed)
        self.refresh()

    def team_id(self) -> int:
        return self._state.focused_team if self._controller.is_open else 0

    @property
    def shows_ranking(self) -> bool:
        return self._title_column == 1

    def _votes_changed(self, team_id: int) -> None:
        if team_id in (0, self.team_id()):
            self.refresh()

    def refresh(self, *_: object) -> None:
        team_id = self.team_id()
        c = self._controller
        if not team_id:
            self.heading.setText(c.content.text("projector.plan_title") if c.is_open else "")
            self.step.clear()
            self._set_notice("")
            self._title_column = 0
            self.rows.set_stretch(PLAN_STRETCH)
            self.rows.set_rows((), ())
            return
        vote = c.action_votes.vote(team_id)
        if vote is not None and vote.revealed:
            self._show_ranking(team_id, c.action_votes.ranking(team_id))
            return
        self._show_plan(team_id)
        opened = vote is not None and vote.is_open
        self._set_notice(
            c.content.text("projector.dots_open", count=DOTS_PER_PERSON, max=MAX_DOTS_PER_ACTION)
            if opened
            else ""
        )

    def _show_plan(self, team_id: int) -> None:
        c = self._controller
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
        self._title_column = 0
        self.rows.set_stretch(PLAN_STRETCH)
        self.rows.set_rows(headers, rows, anchor=c.focus.action)

    def _show_ranking(self, team_id: int, ranking: DotRanking) -> None:
        c = self._controller
        text = c.content.text
        self.heading.setText(text("projector.dots_title_team", team=c.workshop.team(team_id).name))
        self.step.clear()
        names = {f.key: c.content.function_name(f.key, f.name) for f in c.workshop.functions}
        keys = (
            ("rank", "action", "dots", "split")
            if ranking.split_shown
            else ("rank", "action", "dots")
        )
        headers = [text(f"projector.dots_col_{key}") for key in keys]
        rows = [
            (str(row.rank), row.action.title, str(row.dots))
            + (
                (", ".join(f"{names.get(key, key)} {n}" for key, n in row.by_function),)
                if ranking.split_shown
                else ()
            )
            for row in ranking.rows
        ]
        if not ranking.voters:
            self._set_notice(text("projector.dots_none_yet"))
        elif not ranking.split_shown:
            self._set_notice(text("projector.dots_split_hidden", threshold=c.workshop.threshold))
        else:
            self._set_notice("")
        # The slide holds the action the facilitator is on, wherever the dots put it.
        plan = self._state.actions(team_id)
        focused = plan[c.focus.action].id if 0 <= c.focus.action < len(plan) else 0
        anchor = next((i for i, row in enumerate(ranking.rows) if row.action.id == focused), 0)
        self._title_column = 1
        self.rows.set_stretch(SPLIT_STRETCH if ranking.split_shown else RANKING_STRETCH)
        self.rows.set_rows(headers, rows, anchor=anchor)

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def titles(self) -> list[str]:
        """The actions on the slide now."""
        return [row[self._title_column] for row in self.rows.shown_rows()]

    def figures(self) -> list[tuple[str, ...]]:
        """The rows on the slide now, as the room reads them."""
        return list(self.rows.shown_rows())
