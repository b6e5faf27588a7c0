"""The projector's reveal state for the open session (``controller.reveal``).

Decides (with the pure rules in ``msworkshop.domain.reveal``) what the room may see; the
projector views only read :meth:`level` and :attr:`focus`. Saved in the session file, so a
restarted laptop does not suddenly show what was not revealed, nor hide what was. The team
in focus is the room's (``services.focus.RoomFocus``): the reveal rules move it (R goes on to
the next team), and a team chosen on any step is the one the reveal continues with.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from msworkshop.domain import reveal
from msworkshop.domain.reveal import RevealLevel, RevealState, RevealStep
from msworkshop.ui.services.focus import TEAM_SETTING as ROOM_TEAM_SETTING

if TYPE_CHECKING:
    from msworkshop.ui.services.focus import RoomFocus
    from msworkshop.ui.services.session import SessionController

SETTING_KEY = "reveal"


class RevealController(QObject):
    changed = Signal()

    def __init__(self, controller: SessionController, focus: RoomFocus) -> None:
        super().__init__(controller)
        self._controller = controller
        self._room = focus
        self._state = RevealState()
        focus.team_changed.connect(self._follow_focus)
        controller.session_opened.connect(self._load)
        controller.round_changed.connect(self._follow_round)
        controller.session_closed.connect(self._reset)
        if controller.is_open:
            self._load()

    # -- reading -----------------------------------------------------------------------------
    @property
    def state(self) -> RevealState:
        return self._state

    @property
    def focus(self) -> int | None:
        return self._room.team or None

    @property
    def all_at_once(self) -> bool:
        return self._state.all_at_once

    def level(self, team_id: int) -> RevealLevel:
        return self._state.level(team_id)

    def steps(self) -> tuple[RevealLevel, ...]:
        if not self._controller.is_open:
            return ()
        return reveal.levels_for(self._controller.workshop.mode)

    def next_step(self) -> RevealStep | None:
        """What :meth:`reveal_next` would reveal (for the laptop's preview)."""
        return reveal.next_step(self._state, self._team_ids(), self.steps())

    def preview_state(self) -> RevealState:
        """The state after :meth:`reveal_next` (which also ends a shown movement)."""
        state = reveal.hide_movement(self._state)
        step = self.next_step()
        return state if step is None else reveal.apply(state, step)

    # -- deciding ----------------------------------------------------------------------------
    def __call__(self) -> None:
        """Calling the object is :meth:`reveal_next` (the R shortcut calls it either way)."""
        self.reveal_next()

    def reveal_next(self) -> None:
        self._set(reveal.reveal_next(self._state, self._team_ids(), self.steps()))

    def reveal_all(self) -> None:
        self._set(reveal.reveal_all(self._state, self._team_ids(), self.steps()))

    def hide_all(self) -> None:
        self._set(reveal.hide_all(self._state))

    def set_level(self, team_id: int, level: RevealLevel) -> None:
        self._set(self._state.with_level(team_id, level))

    def set_focus(self, team_id: int) -> None:
        self._room.set_team(team_id)

    def set_all_at_once(self, on: bool) -> None:
        if on != self._state.all_at_once:
            self._set(replace(self._state, all_at_once=on))

    @property
    def movement(self) -> tuple[int, int] | None:
        """The two rounds whose movement the room sees, or None (the reveal)."""
        return self._state.movement

    def show_movement(self, before: int, after: int) -> None:
        self._set(reveal.show_movement(self._state, before, after))

    def hide_movement(self) -> None:
        self._set(reveal.hide_movement(self._state))

    # -- plumbing ------------------------------------------------------------------------------
    def _team_ids(self) -> tuple[int, ...]:
        if not self._controller.is_open:
            return ()
        return tuple(t.id for t in self._controller.workshop.teams)

    def _round_number(self) -> int | None:
        round_ = self._controller.current_round()
        return round_.number if round_ is not None else None

    def _set(self, state: RevealState) -> None:
        if state == self._state:
            return
        self._state = state
        if self._controller.is_open:
            self._controller.set_setting(SETTING_KEY, reveal.to_json(state))
        if state.focus is not None and state.focus != self._room.team:
            self._room.set_team(state.focus)  # emits team_changed -> _follow_focus
        self.changed.emit()

    def _follow_focus(self, team_id: int) -> None:
        """The room's focus moved (on any step): the reveal continues from that team. Only in
        memory: the focus is saved by the room's focus itself (and this also runs while a
        session is being opened, before the saved reveal is read)."""
        if team_id and team_id != self._state.focus:
            self._state = replace(self._state, focus=team_id)
            self.changed.emit()

    def _load(self) -> None:
        saved = reveal.from_json(self._controller.setting(SETTING_KEY))
        self._state = reveal.for_round(saved, self._round_number())
        if self._controller.setting(ROOM_TEAM_SETTING) is None and self._state.focus:
            self._room.set_team(self._state.focus)  # a file saved before the room's focus
        elif self._room.team and self._state.focus != self._room.team:
            self._state = replace(self._state, focus=self._room.team)
        self.changed.emit()

    def _follow_round(self) -> None:
        if self._controller.is_open:
            self._set(reveal.for_round(self._state, self._round_number()))

    def _reset(self) -> None:
        self._state = RevealState()
        self.changed.emit()


def reveal_for(controller: SessionController) -> RevealController:
    """The controller's reveal state (``SessionController.reveal`` makes it on first use)."""
    return controller.reveal
