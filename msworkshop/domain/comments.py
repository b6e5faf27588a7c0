"""Participants' comments, as the room may see them.

Only after the round is closed (while it is open, a comment appearing right after someone
voted would point at them), only from groups at or above the anonymity threshold, and in
random order per team, never the order they came in.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from msworkshop.domain.analysis import SessionResult
from msworkshop.domain.ballot import Ballot


@dataclass(frozen=True)
class Comment:
    team_id: int
    function: str
    text: str


@dataclass(frozen=True)
class TeamComments:
    team_id: int
    team_name: str
    comments: tuple[Comment, ...]  # shuffled


def visible_comments(
    result: SessionResult, ballots: Iterable[Ballot], round_closed: bool, seed: int
) -> tuple[TeamComments, ...]:
    """Per team, the comments of its visible groups in a random order (fixed by ``seed``).

    Empty when the round is still open. ``ballots`` must be the round ``result`` analysed.
    """
    if not round_closed:
        return ()
    shown = {
        (team.team_id, group.function)
        for team in result.teams
        for group in team.groups
        if not group.suppressed
    }
    by_team: dict[int, list[Comment]] = {}
    for ballot in ballots:
        text = ballot.comment.strip()
        if text and (ballot.team_id, ballot.function) in shown:
            by_team.setdefault(ballot.team_id, []).append(
                Comment(ballot.team_id, ballot.function, text)
            )
    rng = random.Random(seed)
    teams = []
    for team in result.teams:
        comments = sorted(by_team.get(team.team_id, []), key=lambda c: (c.function, c.text))
        rng.shuffle(comments)  # sorted first, so the stored order cannot shine through
        teams.append(TeamComments(team.team_id, team.team_name, tuple(comments)))
    return tuple(teams)
