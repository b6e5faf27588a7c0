"""What a participant may take home on the phone: what the room saw of their team, and the plan.

The reveal state decides the results part: only the levels revealed for the team on the
projector (stage votes, then scores, then the statements with the largest gaps), of the round
that was revealed, with the anonymity rule of the analysis (a hidden group has no figures).
The plan part (agreed stage, target, actions, a calendar file and the team's handout page) is
there once the facilitator has shared it (the Close step does, ``PLAN_SHARED_SETTING``).
The calendar and the handout are in the session's language, like the printed plan. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from msworkshop.domain import reveal
from msworkshop.domain.analysis import SessionResult, TeamResult, analyse
from msworkshop.domain.chart_builders import (
    gap_chart_data,
    perception_gap,
    room_chart_texts,
    score_chart_data,
    stage_chart_data,
)
from msworkshop.domain.content import Content
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.number_format import format_decimal
from msworkshop.domain.plans import PLAN_SHARED_SETTING, PlanAction
from msworkshop.domain.reveal import RevealLevel
from msworkshop.domain.workshop import Workshop
from msworkshop.export.action_rows import agreement_texts
from msworkshop.store.plan_round import plan_agreements, plan_round
from msworkshop.store.session_store import SessionStore

REVEAL_SETTING = "reveal"  # the projector's reveal state (ui.services.reveal)
TAKE_HOME_GAPS = 3  # as many statements as the projected slide shows


class TakeHome:
    """Answers the phone page's take-home questions for one session store."""

    def __init__(self, store: SessionStore) -> None:
        self._store = store

    def plan_shared(self) -> bool:
        return self._store.get_setting(PLAN_SHARED_SETTING) == "1"

    def room(self, team_id: int, lang: str) -> dict[str, Any] | None:
        """What the room saw of team ``team_id`` and, once shared, its plan; None for a team
        the session does not have."""
        workshop = self._store.workshop()
        name = next((t.name for t in workshop.teams if t.id == team_id), None)
        if name is None:
            return None
        content = load_content(lang)
        state = reveal.from_json(self._store.get_setting(REVEAL_SETTING))
        level = state.level(team_id)
        known = {r.number for r in self._store.rounds()}
        payload: dict[str, Any] = {
            "team": name,
            "round": state.round_number,
            "level": int(level) if state.round_number in known else 0,
            "stages": None,
            "scores": None,
            "gaps": None,
            "plan": None,
        }
        if payload["level"]:
            assert state.round_number is not None
            result = self._result(workshop, content, state.round_number)
            payload.update(_revealed(workshop, content, result.team(team_id), level))
        plan = self._team_plan(workshop, team_id)
        if plan is not None:
            payload["plan"] = _plan_payload(content, *plan)
        return payload

    def calendar(self, team_id: int) -> str | None:
        """The team's actions with a due date as an iCalendar file, or None (not shared)."""
        from msworkshop.export.actions_ics import actions_ics

        workshop = self._store.workshop()
        plan = self._team_plan(workshop, team_id)
        if plan is None:
            return None
        agreement, actions = plan
        agreements = {team_id: agreement} if agreement is not None else {}
        content = load_content(workshop.language)
        return actions_ics(workshop, content, agreements, {team_id: actions} if actions else {})

    def handout(self, team_id: int, today: dt.date | None = None) -> bytes | None:
        """The team's handout page (PDF, session language), or None (not shared)."""
        workshop = self._store.workshop()
        if self._team_plan(workshop, team_id) is None:
            return None
        from msworkshop.export.pdf import plan_pdf_bytes
        from msworkshop.export.plan_exports import plan_document

        store = self._store
        content = load_content(workshop.language)
        number = plan_round(store)
        result = self._result(workshop, content, number)
        document = plan_document(store, workshop, content, result, plan_agreements(store, number))
        one_team = replace(result, teams=tuple(t for t in result.teams if t.team_id == team_id))
        return plan_pdf_bytes(replace(document, result=one_team), handout=True, today=today)

    # -- helpers -------------------------------------------------------------------------
    def _team_plan(
        self, workshop: Workshop, team_id: int
    ) -> tuple[tuple[int, int] | None, tuple[PlanAction, ...]] | None:
        """The team's agreement (of the plan's round) and actions; None while the plan is not
        shared or for a team the session does not have."""
        if not self.plan_shared() or team_id not in {t.id for t in workshop.teams}:
            return None
        store = self._store
        agreement = plan_agreements(store, plan_round(store)).get(team_id)
        return agreement, store.plans_by_team().get(team_id, ())

    def _result(self, workshop: Workshop, content: Content, number: int | None) -> SessionResult:
        ballots = self._store.ballots(number) if number is not None else []
        return analyse(workshop, ballots, content.statements, number)


def _plan_payload(
    content: Content, agreement: tuple[int, int] | None, actions: tuple[PlanAction, ...]
) -> dict[str, Any]:
    agreed, target = agreement_texts(content, agreement)
    return {
        "agreed": agreed,
        "target": target,
        "actions": [
            {
                "title": a.title,
                "owner": a.owner,
                "due": content.format_date(a.due) if a.due else "",
                "measure": a.measure,
            }
            for a in actions
        ],
        "calendar": any(a.due for a in actions),
    }


def _revealed(
    workshop: Workshop, content: Content, team: TeamResult, level: RevealLevel
) -> dict[str, Any]:
    """The revealed parts, each as the projector showed it (hidden groups: no figures)."""
    texts = room_chart_texts(content)
    found: dict[str, Any] = {}
    language = content.language
    gap = perception_gap(workshop, content, team)
    if level >= RevealLevel.STAGES and workshop.mode.asks_stage:
        groups = []
        for group in team.groups:
            data = stage_chart_data(workshop, content, group, texts)
            groups.append(
                {
                    "function": data.title,
                    "hidden": data.suppressed,
                    "note": data.suppressed_text if data.suppressed else "",
                    "counts": list(data.counts) if data.counts is not None else None,
                }
            )
        line = ""
        if gap.stages is not None:
            line = content.text(
                "projector.gap_stages",
                higher=gap.stages.higher,
                value=format_decimal(gap.stages.value, 1, language),
                lower=gap.stages.lower,
            )
        found["stages"] = {
            "labels": [content.stage(n).name for n in (1, 2, 3, 4)],
            "groups": groups,
            "gap": line,
        }
    if level >= RevealLevel.SCORES and workshop.mode.asks_statements:
        scores = score_chart_data(workshop, content, team, texts)
        found["scores"] = [
            {
                "function": m.style.name,
                "score": None if m.score is None else round(m.score),
                "reading": m.stage_label,
                "note": m.note,
            }
            for m in scores.markers
        ]
    if level >= RevealLevel.GAPS and workshop.mode.asks_statements:
        chart = gap_chart_data(workshop, content, team, TAKE_HOME_GAPS, texts)
        found["gaps"] = [
            {
                "statement": row.label,
                "means": [
                    {
                        "function": style.name,
                        "mean": None if mean is None else format_decimal(mean, 1, language),
                    }
                    for style, mean in zip(chart.styles, row.means, strict=True)
                ],
            }
            for row in chart.rows
        ]
    return found
