"""The analysis as JSON: the stable contract of ``msworkshop results --json``.

Shape (documented in the README)::

    {"round": N, "threshold": N, "ballots": N | null,
     "teams": [{"team": NAME, "ballots": N | null, "stage_gap": F | null,
                "score_gap": F | null,
                "functions": [{"function": KEY, "suppressed": false, "ballots": N,
                               "stage_votes": {"1": N, "2": N, "3": N, "4": N},
                               "most_chosen_stage": N | null, "median_stage": F | null,
                               "diagnostic_mean": F | null, "band": 1-4 | null,
                               "diagnostic_stage": 1-4 | null,
                               "stage_profile": {"1": F | null, ..., "4": F | null} | null,
                               "dimensions": {KEY: F}}
                              | {"function": KEY, "suppressed": true}],
                "gaps": [{"statement": "s1", "difference": F, "means": {KEY: F},
                          "spread": {KEY: F}}],
                "dimension_gaps": [{"dimension": KEY, "difference": F, "means": {KEY: F}}]}]}

A suppressed group carries no numbers; totals whose scope holds a suppressed group are null.
``band`` is the article's reading of ``diagnostic_mean``; ``diagnostic_stage`` the stage the
statements point to (``domain.stage_profile``), ``stage_profile`` per stage the share (0-1) of
its statements answered "agree" or better.
"""

from __future__ import annotations

from typing import Any

from msworkshop.domain.analysis import GroupResult, SessionResult, TeamResult
from msworkshop.domain.stage_profile import STAGES

DECIMALS = 2


def results_to_dict(result: SessionResult) -> dict[str, Any]:
    return {
        "round": result.round_number,
        "threshold": result.threshold,
        "ballots": result.ballots,
        "teams": [_team(team) for team in result.teams],
    }


def _team(team: TeamResult) -> dict[str, Any]:
    return {
        "team": team.team_name,
        "ballots": team.ballots,
        "stage_gap": _round(team.stage_gap),
        "score_gap": _round(team.score_gap),
        "functions": [_group(group) for group in team.groups],
        "gaps": [
            {
                "statement": gap.key,
                "difference": _round(gap.difference),
                "means": {k: _round(v) for k, v in gap.means.items()},
                "spread": {k: _round(v) for k, v in gap.spreads.items()},
            }
            for gap in team.statement_gaps
        ],
        "dimension_gaps": [
            {
                "dimension": gap.key,
                "difference": _round(gap.difference),
                "means": {k: _round(v) for k, v in gap.means.items()},
            }
            for gap in team.dimension_gaps
        ],
    }


def _group(group: GroupResult) -> dict[str, Any]:
    if group.suppressed:
        return {"function": group.function, "suppressed": True}
    return {
        "function": group.function,
        "suppressed": False,
        "ballots": group.ballots,
        "stage_votes": {str(stage): n for stage, n in (group.stage_votes or {}).items()},
        "most_chosen_stage": group.modal_stage,
        "median_stage": group.median_stage,
        "diagnostic_mean": _round(group.diagnostic_mean),
        "band": group.band,
        "diagnostic_stage": group.diagnostic_stage,
        "stage_profile": _profile(group.stage_profile),
        "dimensions": {k: _round(v) for k, v in (group.dimensions or {}).items()},
    }


def _profile(profile: dict[int, float] | None) -> dict[str, float | None] | None:
    """All four stages, in order; a stage answered by too few people is null."""
    if profile is None:
        return None
    return {str(stage): _round(profile.get(stage)) for stage in STAGES}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)
