"""Results per team and function: stage votes, diagnostic scores, gaps, anonymity.

The anonymity rule is applied here, once, for every view and export: no figure is computed
from fewer ballots than the session's threshold, and no total is given whose scope contains a
hidden group (otherwise total minus the visible groups would reveal it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.content import DIMENSION_KEYS, Statement
from msworkshop.domain.stage_profile import diagnostic_stage, group_profile
from msworkshop.domain.stages import Stage, band_for_total
from msworkshop.domain.workshop import Workshop

STAGES = tuple(Stage)


@dataclass(frozen=True)
class Spread:
    """Mean, population standard deviation and number of answers of one statement."""

    mean: float
    sd: float
    n: int


@dataclass(frozen=True)
class GroupResult:
    """One function within one team. When ``suppressed`` every figure is None."""

    team_id: int
    function: str
    suppressed: bool
    ballots: int | None = None
    stage_votes: dict[int, int] | None = None  # stage 1..4 -> count
    modal_stage: int | None = None  # most chosen; a tie goes to the lower stage
    median_stage: float | None = None
    mean_stage: float | None = None
    diagnostic_ballots: int | None = None
    diagnostic_mean: float | None = None  # 20-100
    band: int | None = None  # stage band of diagnostic_mean (the article's reading)
    # The stage the statements point to (see ``stage_profile``): per stage 1..4 the mean share
    # of its statements answered "agree" or better, and the highest stage met with all below.
    stage_profile: dict[int, float] | None = None
    diagnostic_stage: int | None = None
    dimensions: dict[str, float] | None = None  # dimension -> mean answer 1..5
    statements: dict[str, Spread] | None = None  # statement key -> spread

    @property
    def has_diagnostic(self) -> bool:
        return self.diagnostic_mean is not None

    @property
    def reading_differs(self) -> bool:
        """The function's most chosen stage and its diagnostic's stage are not the same: a
        talking point (it voted Dating, its statements read Living together)."""
        return (
            self.modal_stage is not None
            and self.diagnostic_stage is not None
            and self.modal_stage != self.diagnostic_stage
        )


@dataclass(frozen=True)
class Gap:
    """Disagreement between functions on one statement or dimension.

    ``difference`` is ``means[pair[0]] - means[pair[1]]`` for the pair of functions that differ
    most (with two functions: marketing minus sales).
    """

    key: str
    difference: float
    pair: tuple[str, str]
    means: dict[str, float]
    spreads: dict[str, float]


@dataclass(frozen=True)
class TeamResult:
    team_id: int
    team_name: str
    groups: tuple[GroupResult, ...]  # in the workshop's function order
    statement_gaps: tuple[Gap, ...]  # largest absolute difference first
    dimension_gaps: tuple[Gap, ...]
    stage_gap: float | None  # difference in mean stage vote, same pair rule as Gap
    score_gap: float | None  # difference in diagnostic mean (score points)
    ballots: int | None  # None when any group of this team is hidden

    def group(self, function: str) -> GroupResult:
        return next(g for g in self.groups if g.function == function)

    @property
    def reading_differences(self) -> tuple[GroupResult, ...]:
        """The visible functions whose stage vote and diagnostic's stage disagree."""
        return tuple(g for g in self.groups if g.reading_differs)


@dataclass(frozen=True)
class SessionResult:
    round_number: int | None
    threshold: int
    teams: tuple[TeamResult, ...]
    ballots: int | None  # None when any group anywhere is hidden

    def team(self, team_id: int) -> TeamResult:
        return next(t for t in self.teams if t.team_id == team_id)


def analyse(
    workshop: Workshop,
    ballots: Iterable[Ballot],
    statements: Sequence[Statement],
    round_number: int | None = None,
) -> SessionResult:
    """Analyse ``ballots`` (already filtered to one round) for every team of ``workshop``."""
    by_group: dict[tuple[int, str], list[Ballot]] = {}
    for ballot in ballots:
        by_group.setdefault((ballot.team_id, ballot.function), []).append(ballot)
    teams = tuple(
        _team_result(workshop, team.id, team.name, by_group, statements) for team in workshop.teams
    )
    totals = [t.ballots for t in teams]
    total = None if any(n is None for n in totals) else sum(n for n in totals if n is not None)
    return SessionResult(round_number, workshop.threshold, teams, total)


def _team_result(
    workshop: Workshop,
    team_id: int,
    team_name: str,
    by_group: dict[tuple[int, str], list[Ballot]],
    statements: Sequence[Statement],
) -> TeamResult:
    ballots = tuple(tuple(by_group.get((team_id, key), ())) for key in workshop.function_keys)
    return _team_result_of(
        workshop.function_keys, workshop.threshold, team_id, team_name, ballots, tuple(statements)
    )


@lru_cache(maxsize=256)
def _team_result_of(
    function_keys: tuple[str, ...],
    threshold: int,
    team_id: int,
    team_name: str,
    ballots: tuple[tuple[Ballot, ...], ...],
    statements: tuple[Statement, ...],
) -> TeamResult:
    """One team's result, memoised on its ballots: while votes come in, a new ballot changes
    one team, and only that team is worked out again (the rest come from the cache)."""
    groups = tuple(
        group_result(team_id, key, group_ballots, statements, threshold)
        for key, group_ballots in zip(function_keys, ballots, strict=True)
    )
    visible = [g for g in groups if not g.suppressed]
    statement_gaps = _gaps(
        {g.function: {k: s.mean for k, s in (g.statements or {}).items()} for g in visible},
        {g.function: {k: s.sd for k, s in (g.statements or {}).items()} for g in visible},
    )
    dimension_gaps = _gaps({g.function: dict(g.dimensions or {}) for g in visible}, {})
    stage_gap = _largest_difference({g.function: g.mean_stage for g in visible})
    score_gap = _largest_difference({g.function: g.diagnostic_mean for g in visible})
    team_total = None if len(visible) < len(groups) else sum(g.ballots or 0 for g in groups)
    return TeamResult(
        team_id,
        team_name,
        groups,
        statement_gaps,
        dimension_gaps,
        stage_gap,
        score_gap,
        team_total,
    )


def group_result(
    team_id: int,
    function: str,
    ballots: Sequence[Ballot],
    statements: Sequence[Statement],
    threshold: int,
) -> GroupResult:
    """Figures for one team/function group, hidden below ``threshold`` ballots."""
    if len(ballots) < threshold:
        return GroupResult(team_id, function, suppressed=True)
    stage_votes = {stage.value: 0 for stage in STAGES}
    votes = [b.stage for b in ballots if b.stage is not None]
    for vote in votes:
        stage_votes[vote] += 1
    diagnostic = [b for b in ballots if b.has_diagnostic]
    has_scores = len(diagnostic) >= threshold
    diagnostic_mean = _mean([b.scaled_total() or 0.0 for b in diagnostic]) if has_scores else None
    answers = (b.answers for b in diagnostic)
    profile = group_profile(answers, statements, threshold) if has_scores else None
    return GroupResult(
        team_id=team_id,
        function=function,
        suppressed=False,
        ballots=len(ballots),
        stage_votes=stage_votes,
        modal_stage=max(stage_votes, key=lambda s: (stage_votes[s], -s)) if votes else None,
        median_stage=_median(votes) if votes else None,
        mean_stage=_mean(votes) if votes else None,
        diagnostic_ballots=len(diagnostic),
        diagnostic_mean=diagnostic_mean,
        band=int(band_for_total(diagnostic_mean)) if diagnostic_mean is not None else None,
        stage_profile=profile,
        diagnostic_stage=diagnostic_stage(profile) if profile else None,
        dimensions=_dimension_means(diagnostic, statements, threshold) if has_scores else {},
        statements=_statement_spreads(diagnostic, threshold) if has_scores else {},
    )


def _statement_spreads(ballots: Sequence[Ballot], threshold: int) -> dict[str, Spread]:
    spreads: dict[str, Spread] = {}
    columns = zip(*(b.answers for b in ballots), strict=True) if ballots else iter(())
    for index, column in enumerate(columns):
        values = [float(a) for a in column if a is not None]
        if len(values) >= threshold:
            mean = _mean(values)
            spreads[f"s{index + 1}"] = Spread(mean, _pstdev(values, mean), len(values))
    return spreads


def _mean(values: Sequence[float]) -> float:
    """What ``statistics.fmean`` returns, without loading ``statistics`` (and with it
    ``fractions`` and ``decimal``) when the app starts."""
    return math.fsum(values) / len(values)


def _median(values: Sequence[int]) -> float:
    """What ``statistics.median`` returns, as a float."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def _pstdev(values: Sequence[float], mean: float) -> float:
    """Population standard deviation in plain floats (``statistics.pstdev`` works in exact
    fractions and took three quarters of the analysis time of a 600-ballot session)."""
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


def _dimension_means(
    ballots: Sequence[Ballot], statements: Sequence[Statement], threshold: int
) -> dict[str, float]:
    """Per dimension, the mean over people of each person's mean answer in that dimension."""
    means: dict[str, float] = {}
    for dimension in DIMENSION_KEYS:
        indexes = [s.number - 1 for s in statements if s.dimension == dimension]
        person_means = []
        for ballot in ballots:
            answers = ballot.answers
            given = [a for a in (answers[i] for i in indexes) if a is not None]
            if given:
                person_means.append(sum(given) / len(given))
        if len(person_means) >= threshold:
            means[dimension] = math.fsum(person_means) / len(person_means)
    return means


def _largest_difference(values: dict[str, float | None]) -> float | None:
    known = {k: v for k, v in values.items() if v is not None}
    if len(known) < 2:
        return None
    a, b = max(combinations(known, 2), key=lambda p: abs(known[p[0]] - known[p[1]]))
    return known[a] - known[b]


def _gaps(
    means_by_function: dict[str, dict[str, float]],
    spreads_by_function: dict[str, dict[str, float]],
) -> tuple[Gap, ...]:
    keys: list[str] = []
    for means in means_by_function.values():
        keys.extend(k for k in means if k not in keys)
    gaps = []
    for key in keys:
        means = {f: m[key] for f, m in means_by_function.items() if key in m}
        if len(means) < 2:
            continue
        pair = max(combinations(means, 2), key=lambda p: abs(means[p[0]] - means[p[1]]))
        spreads = {f: s[key] for f, s in spreads_by_function.items() if key in s}
        gaps.append(Gap(key, means[pair[0]] - means[pair[1]], pair, means, spreads))
    gaps.sort(key=lambda g: (-abs(g.difference), _natural_key(g.key)))
    return tuple(gaps)


def _natural_key(key: str) -> tuple[str, int]:
    """Sort s2 before s10 when differences tie."""
    digits = key.lstrip("s")
    return (key, 0) if not digits.isdigit() else ("s", int(digits))
