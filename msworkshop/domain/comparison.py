"""Two voting rounds of one session compared: how each function of each team moved.

Built from two analyses, so the anonymity rule carries over: a group hidden in either round
has no change (a change would give away the hidden figure from the visible one).
"""

from __future__ import annotations

from dataclasses import dataclass

from msworkshop.domain.analysis import GroupResult, SessionResult, TeamResult


@dataclass(frozen=True)
class Movement:
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class GroupMovement:
    function: str
    hidden_before: bool
    hidden_after: bool
    stage: Movement  # mean stage vote (1-4)
    score: Movement  # diagnostic score (20-100)
    modal_before: int | None
    modal_after: int | None
    # What the statements point to (``stage_profile``): the diagnostic's stage and profile.
    reading: Movement = Movement(None, None)
    profile_before: dict[int, float] | None = None
    profile_after: dict[int, float] | None = None

    @property
    def hidden(self) -> bool:
        return self.hidden_before or self.hidden_after


@dataclass(frozen=True)
class TeamMovement:
    team_id: int
    team_name: str
    groups: tuple[GroupMovement, ...]
    stage_gap: Movement  # size of the perception gap in stages (>= 0)
    score_gap: Movement  # size of the perception gap in score points (>= 0)

    def group(self, function: str) -> GroupMovement:
        return next(g for g in self.groups if g.function == function)


@dataclass(frozen=True)
class RoundComparison:
    before_round: int | None
    after_round: int | None
    teams: tuple[TeamMovement, ...]

    def team(self, team_id: int) -> TeamMovement:
        return next(t for t in self.teams if t.team_id == team_id)


def compare_rounds(before: SessionResult, after: SessionResult) -> RoundComparison:
    """Movement from ``before`` to ``after`` for every team present in both."""
    earlier = {t.team_id: t for t in before.teams}
    teams = tuple(
        _team_movement(earlier[team.team_id], team)
        for team in after.teams
        if team.team_id in earlier
    )
    return RoundComparison(before.round_number, after.round_number, teams)


def _team_movement(before: TeamResult, after: TeamResult) -> TeamMovement:
    old = {g.function: g for g in before.groups}
    groups = tuple(_group_movement(old[g.function], g) for g in after.groups if g.function in old)
    return TeamMovement(
        after.team_id,
        after.team_name,
        groups,
        Movement(_size(before.stage_gap), _size(after.stage_gap)),
        Movement(_size(before.score_gap), _size(after.score_gap)),
    )


def _group_movement(before: GroupResult, after: GroupResult) -> GroupMovement:
    return GroupMovement(
        function=after.function,
        hidden_before=before.suppressed,
        hidden_after=after.suppressed,
        stage=Movement(before.mean_stage, after.mean_stage),
        score=Movement(before.diagnostic_mean, after.diagnostic_mean),
        modal_before=before.modal_stage,
        modal_after=after.modal_stage,
        reading=Movement(_as_float(before.diagnostic_stage), _as_float(after.diagnostic_stage)),
        profile_before=before.stage_profile,
        profile_after=after.stage_profile,
    )


def _as_float(stage: int | None) -> float | None:
    return None if stage is None else float(stage)


def _size(gap: float | None) -> float | None:
    return None if gap is None else abs(gap)
