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
from typing import Any, Protocol

from msworkshop.domain import reveal
from msworkshop.domain.analysis import SessionResult, TeamResult, analyse
from msworkshop.domain.ballot import Ballot
from msworkshop.domain.chart_builders import (
    ChartTexts,
    gap_chart_data,
    perception_gap,
    score_chart_data,
    stage_chart_data,
)
from msworkshop.domain.content import Content
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.followup import Predecessor
from msworkshop.domain.number_format import format_decimal
from msworkshop.domain.plans import PLAN_SHARED_SETTING, PlanAction
from msworkshop.domain.reveal import RevealLevel
from msworkshop.domain.workshop import Round, Workshop
from msworkshop.export.action_rows import agreement_texts

REVEAL_SETTING = "reveal"  # the projector's reveal state (ui.services.reveal)
TAKE_HOME_GAPS = 3  # as many statements as the projected slide shows


class TakeHomeStore(Protocol):
    def workshop(self) -> Workshop: ...
    def rounds(self) -> list[Round]: ...
    def ballots(self, round_number: int | None = None) -> list[Ballot]: ...
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
    def agreements(self) -> dict[int, tuple[int, int]]: ...
    def round_agreements(self, round_number: int) -> dict[int, tuple[int, int]]: ...
    def agreed_rounds(self) -> list[int]: ...
    def chosen_plan_round(self) -> int | None: ...
    def plans_by_team(self) -> dict[int, tuple[PlanAction, ...]]: ...
    def team_notes(self) -> dict[int, str]: ...
    def ballot_counts_by_source(self) -> dict[int, dict[str, int]]: ...
    def predecessor(self) -> Predecessor | None: ...


class TakeHome:
    """Answers the phone page's take-home questions for one session store."""

    def __init__(self, store: TakeHomeStore) -> None:
        self._store = store

    def plan_shared(self) -> bool:
        return self._store.get_setting(PLAN_SHARED_SETTING) == "1"

    def room(self, team_id: int, lang: str) -> dict[str, Any] | None:
        """What the room saw of team ``team_id`` and, once shared, its plan; None for a team
        the session does not have."""
        workshop = self._store.workshop()
        if team_id not in {t.id for t in workshop.teams}:
            return None
        content = load_content(lang)
        state = reveal.from_json(self._store.get_setting(REVEAL_SETTING))
        level = state.level(team_id)
        known = {r.number for r in self._store.rounds()}
        payload: dict[str, Any] = {
            "team": next(t.name for t in workshop.teams if t.id == team_id),
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
            team = result.team(team_id)
            payload.update(_revealed(workshop, content, team, level))
        if self.plan_shared():
            payload["plan"] = self._plan(workshop, content, team_id)
        return payload

    def calendar(self, team_id: int) -> str | None:
        """The team's actions with a due date as an iCalendar file, or None (not shared)."""
        from msworkshop.export.actions_ics import actions_ics

        document = self._document(team_id)
        if document is None:
            return None
        workshop, content, agreements, actions = document
        return actions_ics(workshop, content, agreements, actions)

    def handout(self, team_id: int, today: dt.date | None = None) -> bytes | None:
        """The team's handout page (PDF, session language), or None (not shared)."""
        if not self.plan_shared() or team_id not in {t.id for t in self._store.workshop().teams}:
            return None
        from msworkshop.export.pdf import plan_pdf_bytes
        from msworkshop.export.plan_exports import plan_document

        store = self._store
        workshop = store.workshop()
        content = load_content(workshop.language)
        number = self._plan_round()
        result = self._result(workshop, content, number)
        document = plan_document(store, workshop, content, result, self._agreements(number))
        one_team = replace(result, teams=tuple(t for t in result.teams if t.team_id == team_id))
        return plan_pdf_bytes(replace(document, result=one_team), handout=True, today=today)

    # -- helpers -------------------------------------------------------------------------
    def _document(
        self, team_id: int
    ) -> (
        tuple[Workshop, Content, dict[int, tuple[int, int]], dict[int, tuple[PlanAction, ...]]]
        | None
    ):
        workshop = self._store.workshop()
        if not self.plan_shared() or team_id not in {t.id for t in workshop.teams}:
            return None
        agreements = self._agreements(self._plan_round())
        actions = self._store.plans_by_team()
        one = {team_id: actions[team_id]} if team_id in actions else {}
        kept = {team_id: agreements[team_id]} if team_id in agreements else {}
        return workshop, load_content(workshop.language), kept, one

    def _plan_round(self) -> int | None:
        from msworkshop.domain.plan_basis import basis_round

        store = self._store
        return basis_round(store.rounds(), store.agreed_rounds(), store.chosen_plan_round())

    def _agreements(self, number: int | None) -> dict[int, tuple[int, int]]:
        store = self._store
        if number is None or not store.agreed_rounds():
            return store.agreements()
        return store.round_agreements(number)

    def _result(self, workshop: Workshop, content: Content, number: int | None) -> SessionResult:
        ballots = self._store.ballots(number) if number is not None else []
        return analyse(workshop, ballots, content.statements, number)

    def _plan(self, workshop: Workshop, content: Content, team_id: int) -> dict[str, Any]:
        agreement = self._agreements(self._plan_round()).get(team_id)
        agreed, target = agreement_texts(content, agreement)
        actions = self._store.plans_by_team().get(team_id, ())
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
    texts = ChartTexts(
        suppressed=content.text("projector.chart_suppressed"),
        no_score=content.text("projector.chart_no_score"),
        no_gaps=content.text("projector.chart_no_gaps"),
    )
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
