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

A follow-up session also carries ``"previous"`` (an ordinary session has no such key)::

    "previous": {"title": T, "date": "YYYY-MM-DD" | null,
                 "teams": [{"team": NAME, "agreed_stage": 1-4 | null, "target_stage": 1-4 | null,
                            "actions": [{"title": T, "owner": O, "due": "YYYY-MM-DD" | null,
                                         "status": "done" | "in_progress" | "not_started"
                                                   | "dropped" | null}]}]}

``status`` is the one decided with the room today; null while it is undecided.

A suppressed group carries no numbers; totals whose scope holds a suppressed group are null.
``band`` is the article's reading of ``diagnostic_mean``; ``diagnostic_stage`` the stage the
statements point to (``domain.stage_profile``), ``stage_profile`` per stage the share (0-1) of
its statements answered "agree" or better.
"""

from __future__ import annotations

from typing import Any

from msworkshop.domain.analysis import GroupResult, SessionResult, TeamResult
from msworkshop.domain.followup import Predecessor
from msworkshop.domain.stage_profile import STAGES

DECIMALS = 2


def results_to_dict(result: SessionResult, previous: Predecessor | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "round": result.round_number,
        "threshold": result.threshold,
        "ballots": result.ballots,
        "teams": [_team(team) for team in result.teams],
    }
    if previous is not None:
        names = {team.team_id: team.team_name for team in result.teams}
        data["previous"] = previous_to_dict(previous, names)
    return data


def previous_to_dict(previous: Predecessor, team_names: dict[int, str]) -> dict[str, Any]:
    """Last time's facts per team, with each earlier action's status decided today."""
    return {
        "title": previous.title,
        "date": previous.date.isoformat() if previous.date else None,
        "teams": [
            {
                "team": team_names.get(team.team_id, str(team.team_id)),
                "agreed_stage": team.agreed_stage,
                "target_stage": team.target_stage,
                "actions": [
                    {
                        "title": action.title,
                        "owner": action.owner,
                        "due": action.due.isoformat() if action.due else None,
                        "status": None if action.status is None else str(action.status),
                    }
                    for action in team.actions
                ],
            }
            for team in previous.teams
        ],
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
