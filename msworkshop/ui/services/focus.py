"""What the room is looking at: the team in focus and the stage slide — one owner for both
windows.

The reveal, gaps, agree and plan steps all show one team at a time on the projector. Which
team that is lives here and nowhere else: the facilitator's pages set it (choosing a team in a
list or a box), the projector views follow :attr:`RoomFocus.team_changed`, and the reveal
rules (R moves on to the next team) set it through :class:`~msworkshop.ui.services.reveal.
RevealController`. Saved in the session file, so a restarted laptop shows the same team.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from msworkshop.ui.services.session import SessionController

TEAM_SETTING = "room.team"
SLIDE_SETTING = "stages.slide"
STAGE_COUNT = 4


class RoomFocus(QObject):
    """The team in focus (a valid team id of the open session, or 0 with no teams) and the
    stage slide (0-3)."""

    team_changed = Signal(int)
    slide_changed = Signal(int)
    action_changed = Signal(int)  # the plan action selected on the laptop (its row)

    def __init__(self, session: SessionController) -> None:
        super().__init__(session)
        self._session = session
        self._team = 0
        self._slide = 0
        self._action = 0
        session.session_opened.connect(self._load)
        session.workshop_changed.connect(lambda *_: self._follow_teams())
        session.session_closed.connect(self._reset)
        if session.is_open:
            self._load()

    # -- the team ------------------------------------------------------------------------------
    @property
    def team(self) -> int:
        """The focus team; the first team when none was chosen (0 when there are no teams)."""
        teams = self._team_ids()
        if not teams:
            return 0
        return self._team if self._team in teams else teams[0]

    def set_team(self, team_id: int) -> None:
        """Put ``team_id`` in front of the room (ignored when it is not a team of the session)."""
        if team_id not in self._team_ids() or team_id == self.team:
            return
        self._team = team_id
        self._session.set_setting(TEAM_SETTING, str(team_id))
        self.team_changed.emit(team_id)

    # -- the plan action -------------------------------------------------------------------------
    @property
    def action(self) -> int:
        """The row of the focus team's plan action the facilitator is on (a long plan shows
        the room the slide that holds it)."""
        return self._action

    def set_action(self, row: int) -> None:
        if row != self._action:
            self._action = max(0, row)
            self.action_changed.emit(self._action)

    # -- the stage slide -------------------------------------------------------------------------
    @property
    def slide(self) -> int:
        return self._slide

    def set_slide(self, index: int) -> None:
        index = min(max(0, index), STAGE_COUNT - 1)
        if index != self._slide:
            self._slide = index
            self._session.set_setting(SLIDE_SETTING, str(index))
        self.slide_changed.emit(index)

    def step_slide(self, delta: int) -> bool:
        """Move one slide; False when already at the first or last one."""
        target = self._slide + delta
        if not 0 <= target < STAGE_COUNT:
            return False
        self.set_slide(target)
        return True

    # -- plumbing ------------------------------------------------------------------------------
    def _team_ids(self) -> list[int]:
        return [t.id for t in self._session.workshop.teams] if self._session.is_open else []

    def _load(self, *_: object) -> None:
        self._team = _int(self._session.setting(TEAM_SETTING))
        self._slide = min(max(0, _int(self._session.setting(SLIDE_SETTING))), STAGE_COUNT - 1)
        self.team_changed.emit(self.team)
        self.slide_changed.emit(self._slide)

    def _follow_teams(self) -> None:
        """After a set-up edit: a removed focus team falls back to the first team."""
        self.team_changed.emit(self.team)

    def _reset(self) -> None:
        self._team = self._slide = 0
        self.team_changed.emit(0)
        self.slide_changed.emit(0)


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0
