"""Dot voting on a team's actions: each person places three dots, at most two on one action.

The facilitator opens a vote for one team (or every team); the phones of that team's people
place their dots on the team's plan actions and may change them until the vote closes. The
ranking is the actions by their dots. A split by function is shown only when every function
that took part has at least the anonymity threshold of voters: a smaller group's dots would
tell who voted how. Pure Python.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import PlanAction, renumbered

DOTS_PER_PERSON = 3
MAX_DOTS_PER_ACTION = 2


class VoteStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class ActionVote:
    """A team's dot vote: open or closed, and whether the room has seen its ranking."""

    team_id: int
    status: VoteStatus = VoteStatus.OPEN
    revealed: bool = False

    @property
    def is_open(self) -> bool:
        return self.status is VoteStatus.OPEN


def check_dots(dots: object, action_ids: Collection[int]) -> dict[int, int]:
    """Action id -> dots from a list of action ids, one entry per dot; raises UserError.

    At least one dot, at most :data:`DOTS_PER_PERSON`, at most :data:`MAX_DOTS_PER_ACTION`
    on one action, and only on the team's own actions.
    """
    if not isinstance(dots, list | tuple):
        raise UserError("dots_invalid")
    if any(isinstance(item, bool) or not isinstance(item, int) for item in dots):
        raise UserError("dots_invalid")
    if not dots:
        raise UserError("dots_none")
    if len(dots) > DOTS_PER_PERSON:
        raise UserError("dots_too_many", limit=DOTS_PER_PERSON)
    counts = Counter(dots)
    if any(action_id not in action_ids for action_id in counts):
        raise UserError("dots_action_unknown")
    if max(counts.values()) > MAX_DOTS_PER_ACTION:
        raise UserError("dots_too_many_on_one", limit=MAX_DOTS_PER_ACTION)
    return dict(counts)


@dataclass(frozen=True)
class DotCounts:
    """What the session file holds for one team's vote, already summed (never per voter)."""

    dots: Mapping[tuple[int, str], int]  # (action id, function key) -> dots
    voters: Mapping[str, int]  # function key -> people who placed dots

    @property
    def voter_count(self) -> int:
        return sum(self.voters.values())

    def total(self, action_id: int) -> int:
        return sum(n for (found, _function), n in self.dots.items() if found == action_id)


NO_DOTS = DotCounts({}, {})


@dataclass(frozen=True)
class RankedAction:
    action: PlanAction
    dots: int
    rank: int  # 1 for the most dots; equal dots share a rank
    by_function: tuple[tuple[str, int], ...] = ()  # empty when the split is not shown


@dataclass(frozen=True)
class DotRanking:
    team_id: int
    rows: tuple[RankedAction, ...]
    voters: int
    split_shown: bool  # every function that took part reached the threshold
    functions: tuple[str, ...] = ()  # the function keys of the split, in the session's order

    @property
    def total_dots(self) -> int:
        return sum(row.dots for row in self.rows)

    def dots_for(self, action_id: int) -> int:
        return next((row.dots for row in self.rows if row.action.id == action_id), 0)


def split_allowed(voters: Mapping[str, int], threshold: int) -> bool:
    """Whether dots may be shown per function: someone voted, and every function with a
    voter has at least ``threshold`` of them."""
    present = [n for n in voters.values() if n > 0]
    return bool(present) and all(n >= threshold for n in present)


def rank_actions(
    team_id: int,
    actions: Sequence[PlanAction],
    counts: DotCounts,
    functions: Sequence[str],
    threshold: int,
) -> DotRanking:
    """The team's actions by dots (most first; equal dots keep the plan's order). Dots on
    actions no longer in the plan are left out."""
    split = split_allowed(counts.voters, threshold)
    ordered = ordered_by_dots(actions, {a.id: counts.total(a.id) for a in actions})
    rows: list[RankedAction] = []
    previous: int | None = None
    rank = 0
    for index, action in enumerate(ordered):
        total = counts.total(action.id)
        if total != previous:
            rank, previous = index + 1, total
        by_function = (
            tuple((key, counts.dots.get((action.id, key), 0)) for key in functions) if split else ()
        )
        rows.append(RankedAction(action, total, rank, by_function))
    return DotRanking(
        team_id, tuple(rows), counts.voter_count, split, tuple(functions) if split else ()
    )


def ordered_by_dots(actions: Sequence[PlanAction], totals: Mapping[int, int]) -> list[PlanAction]:
    """The actions sorted by dots, most first; a stable sort, so ties keep the plan's order.
    Positions are renumbered 0..n-1."""
    return renumbered(sorted(actions, key=lambda a: -totals.get(a.id, 0)))
