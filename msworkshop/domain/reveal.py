"""What the room may see: per team, how far its results have been revealed on the projector.

Nothing is shown until the facilitator reveals it. A team's reveal is staged: first the stage
votes, then the diagnostic scores, then the statement gaps; the facilitator goes team by team
(the *focus* team) or moves every team one stage at once. Pure values and functions; the
state is saved in the session file as JSON (``to_json``/``from_json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import IntEnum

from msworkshop.domain.workshop import VotingMode


class RevealLevel(IntEnum):
    NONE = 0
    STAGES = 1  # stage-vote distributions and the gap in stages
    SCORES = 2  # diagnostic scores, bands, dimensions and the gap in points
    GAPS = 3  # the statements with the largest difference


def levels_for(mode: VotingMode) -> tuple[RevealLevel, ...]:
    """The reveal steps that have something to show in this voting mode."""
    if mode is VotingMode.QUICK:
        return (RevealLevel.STAGES,)
    if mode is VotingMode.DIAGNOSTIC:
        return (RevealLevel.SCORES, RevealLevel.GAPS)
    return (RevealLevel.STAGES, RevealLevel.SCORES, RevealLevel.GAPS)


@dataclass(frozen=True)
class RevealStep:
    """One press of "reveal next": these teams go to ``level``."""

    team_ids: tuple[int, ...]
    level: RevealLevel


@dataclass(frozen=True)
class RevealState:
    round_number: int | None = None
    levels: tuple[tuple[int, int], ...] = ()  # (team id, level) for teams above NONE, sorted
    focus: int | None = None  # the team on the projector
    all_at_once: bool = False
    # Two rounds (earlier, later) whose movement the room sees instead of the reveal; None:
    # the reveal. Shown only when the facilitator asks; the next reveal step ends it.
    movement: tuple[int, int] | None = None

    def level(self, team_id: int) -> RevealLevel:
        return RevealLevel(dict(self.levels).get(team_id, 0))

    def shows(self, team_id: int, level: RevealLevel) -> bool:
        return self.level(team_id) >= level

    def with_level(self, team_id: int, level: RevealLevel) -> RevealState:
        levels = dict(self.levels)
        if level > RevealLevel.NONE:
            levels[team_id] = int(level)
        else:
            levels.pop(team_id, None)
        return replace(self, levels=tuple(sorted(levels.items())))


def _next_level(current: RevealLevel, steps: tuple[RevealLevel, ...]) -> RevealLevel | None:
    return next((level for level in steps if level > current), None)


def next_step(
    state: RevealState, team_ids: tuple[int, ...], steps: tuple[RevealLevel, ...]
) -> RevealStep | None:
    """What "reveal next" would show, or None when everything is out.

    All at once: every team that is behind goes to the next level above the lowest one.
    Team by team: the focus team (else the first team) goes one level further; once it is
    fully revealed, the next team in order that is not starts at its first level.
    """
    if not team_ids or not steps:
        return None
    if state.all_at_once:
        lowest = min(state.level(t) for t in team_ids)
        level = _next_level(lowest, steps)
        if level is None:
            return None
        return RevealStep(tuple(t for t in team_ids if state.level(t) < level), level)
    focus = state.focus if state.focus in team_ids else team_ids[0]
    start = team_ids.index(focus)
    for team_id in team_ids[start:] + team_ids[:start]:
        level = _next_level(state.level(team_id), steps)
        if level is not None:
            return RevealStep((team_id,), level)
    return None


def apply(state: RevealState, step: RevealStep) -> RevealState:
    for team_id in step.team_ids:
        state = state.with_level(team_id, step.level)
    if len(step.team_ids) == 1 or (state.focus is None and step.team_ids):
        state = replace(state, focus=step.team_ids[0])
    return state


def reveal_next(
    state: RevealState, team_ids: tuple[int, ...], steps: tuple[RevealLevel, ...]
) -> RevealState:
    state = hide_movement(state)  # R always brings the room back to the reveal
    step = next_step(state, team_ids, steps)
    return state if step is None else apply(state, step)


def reveal_all(
    state: RevealState, team_ids: tuple[int, ...], steps: tuple[RevealLevel, ...]
) -> RevealState:
    """Everything of every team at once."""
    if not steps:
        return state
    for team_id in team_ids:
        state = state.with_level(team_id, steps[-1])
    return state if state.focus is not None or not team_ids else replace(state, focus=team_ids[0])


def hide_all(state: RevealState) -> RevealState:
    return replace(state, levels=(), movement=None)


def show_movement(state: RevealState, before: int, after: int) -> RevealState:
    """The room sees how the teams moved from round ``before`` to round ``after``."""
    if before == after:
        raise ValueError("a movement needs two different rounds")
    return replace(state, movement=(before, after))


def hide_movement(state: RevealState) -> RevealState:
    return replace(state, movement=None)


def for_round(state: RevealState, round_number: int | None) -> RevealState:
    """A new voting round starts hidden again (the movement too); the mode and focus carry
    over."""
    if state.round_number == round_number:
        return state
    return RevealState(round_number, (), state.focus, state.all_at_once)


def to_json(state: RevealState) -> str:
    return json.dumps(
        {
            "round": state.round_number,
            "levels": [[t, lv] for t, lv in state.levels],
            "focus": state.focus,
            "all": state.all_at_once,
            "movement": list(state.movement) if state.movement else None,
        }
    )


def from_json(text: str | None) -> RevealState:
    """The saved state; anything unreadable counts as nothing revealed."""
    if not text:
        return RevealState()
    try:
        data = json.loads(text)
        levels = tuple(
            sorted(
                (int(t), int(RevealLevel(int(lv))))
                for t, lv in data.get("levels", [])
                if int(lv) > 0
            )
        )
        round_number = data.get("round")
        focus = data.get("focus")
        movement = data.get("movement")
        pair = (int(movement[0]), int(movement[1])) if movement else None
        return RevealState(
            None if round_number is None else int(round_number),
            levels,
            None if focus is None else int(focus),
            bool(data.get("all", False)),
            pair if pair is None or pair[0] != pair[1] else None,
        )
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return RevealState()
