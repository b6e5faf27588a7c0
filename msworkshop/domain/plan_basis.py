"""Which step the suggested actions of a team are for (agreed, or derived from the votes), and
which round the plan is based on."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from msworkshop.domain.analysis import TeamResult
from msworkshop.domain.stages import Stage, next_stage
from msworkshop.domain.workshop import Round

STAGE_NUMBERS: tuple[int, ...] = tuple(int(s) for s in Stage)


@dataclass(frozen=True)
class Transition:
    """The step the suggested actions are for; ``agreed`` False when derived from the votes."""

    from_stage: int
    to_stage: int
    agreed: bool

    @property
    def is_stay(self) -> bool:
        return self.from_stage == self.to_stage


def most_chosen_stage(team: TeamResult) -> int | None:
    """The stage chosen most often across the visible groups (votes pooled).

    A tie is settled by the mean of the tied stages, rounded half down (the cautious side,
    like the analysis' tie rule). Without stage votes, the visible diagnostic bands are
    averaged the same way. None when nothing is visible.
    """
    visible = [g for g in team.groups if not g.suppressed]
    pooled = {s: sum((g.stage_votes or {}).get(s, 0) for g in visible) for s in STAGE_NUMBERS}
    top = max(pooled.values())
    if top > 0:
        candidates = [s for s, count in pooled.items() if count == top]
    else:
        candidates = [g.band for g in visible if g.band is not None]
    if not candidates:
        return None
    return math.ceil(sum(candidates) / len(candidates) - 0.5)


def suggested_transition(team: TeamResult, agreement: tuple[int, int] | None) -> Transition | None:
    """The agreed step, or else the most chosen stage to the next one (4 stays at 4)."""
    if agreement is not None:
        return Transition(agreement[0], agreement[1], agreed=True)
    stage = most_chosen_stage(team)
    if stage is None:
        return None
    return Transition(stage, int(next_stage(stage) or stage), agreed=False)


def basis_round(
    rounds: Sequence[Round], agreed_rounds: Sequence[int], chosen: int | None = None
) -> int | None:
    """The round the plan, the handout and every export are based on.

    The facilitator's choice when that round exists; else the latest round in which the room
    agreed; else the latest closed round; else the latest round; None without rounds. A new
    round (a stray test round too) therefore never changes an agreed plan's basis.
    """
    numbers = {r.number for r in rounds}
    if chosen is not None and chosen in numbers:
        return chosen
    agreed = [n for n in agreed_rounds if n in numbers]
    if agreed:
        return max(agreed)
    closed = [r.number for r in rounds if not r.is_open]
    if closed:
        return max(closed)
    return max(numbers, default=None)
