"""Turnout against the expected number of people per team and function (no Qt in here).

The facilitator may say how many people of each function sit in each team (optional, in the
set-up). The vote page then shows ballots against that number and warns when a group has
more ballots than people: the visible sign of someone voting many times with the join URL.
Stored as one setting in the session file: ``{"<team id>:<function>": people}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from msworkshop.domain.messages import UserError
from msworkshop.voting.tokens import SettingsStore

EXPECTED_GROUPS_SETTING = "vote.expected_groups"
MAX_PEOPLE = 500

Group = tuple[int, str]  # (team id, function key)


@dataclass(frozen=True)
class GroupTurnout:
    team_id: int
    function: str
    ballots: int
    expected: int  # 0: not given

    @property
    def over(self) -> bool:
        """More ballots than people: someone voted more than once."""
        return self.expected > 0 and self.ballots > self.expected


def expected_people(store: SettingsStore) -> dict[Group, int]:
    """The expected people per group; groups without a number are left out."""
    try:
        raw = json.loads(store.get_setting(EXPECTED_GROUPS_SETTING) or "{}")
    except ValueError:
        return {}
    found: dict[Group, int] = {}
    if not isinstance(raw, dict):
        return found
    for key, value in raw.items():
        team, _, function = str(key).partition(":")
        if team.isdigit() and function and isinstance(value, int) and 0 < value <= MAX_PEOPLE:
            found[(int(team), function)] = value
    return found


def set_expected_people(store: SettingsStore, expected: Mapping[Group, int]) -> None:
    """Save the expected people per group (0 or a missing group: not given)."""
    kept: dict[str, int] = {}
    for (team_id, function), people in expected.items():
        if isinstance(people, bool) or not isinstance(people, int) or not 0 <= people <= MAX_PEOPLE:
            raise UserError("expected_people_invalid", limit=MAX_PEOPLE)
        if people:
            kept[f"{team_id}:{function}"] = people
    store.set_setting(EXPECTED_GROUPS_SETTING, json.dumps(kept, sort_keys=True) if kept else None)


def turnout(ballots: Mapping[Group, int], expected: Mapping[Group, int]) -> list[GroupTurnout]:
    """Every group with ballots or an expected number, in (team, function) order."""
    groups = sorted(set(ballots) | set(expected))
    return [
        GroupTurnout(
            team, function, ballots.get((team, function), 0), expected.get((team, function), 0)
        )
        for team, function in groups
    ]


@dataclass(frozen=True)
class RoundTurnout:
    """The whole round against what the facilitator expects: ``expected`` is the sum of the
    expected people per group when given, else the expected total (0: nothing expected)."""

    voted: int
    expected: int
    short: tuple[GroupTurnout, ...] = ()  # groups with fewer ballots than expected people

    @property
    def complete(self) -> bool:
        """Everyone expected has voted (only when something is expected)."""
        return self.expected > 0 and self.voted >= self.expected and not self.short

    @property
    def share(self) -> float:
        return min(1.0, self.voted / self.expected) if self.expected else 0.0


def round_turnout(
    ballots: Mapping[Group, int], expected: Mapping[Group, int], expected_total: int = 0
) -> RoundTurnout:
    """How far the round is: per-group numbers win over the total when both are given, so a
    full room of the wrong people (all marketing) is not "everyone"."""
    voted = sum(ballots.values())
    if expected:
        short = tuple(g for g in turnout(ballots, expected) if g.ballots < g.expected)
        return RoundTurnout(voted, sum(expected.values()), short)
    return RoundTurnout(voted, max(0, expected_total))
