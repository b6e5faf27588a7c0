"""The action list as flat rows in one language: shared by the CSV, Markdown and ICS exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from msworkshop.domain.content import Content
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import Team, Workshop


@dataclass(frozen=True)
class ActionRow:
    team: Team
    number: int  # 1-based within the team
    action: PlanAction
    agreed: str  # the agreed stage label, "" when not agreed
    target: str  # the target label ("Stay and strengthen" for a stay), "" when not agreed
    priority: str  # translated
    status: str  # translated


def stage_text(content: Content, stage: int) -> str:
    return content.text("pdf.stage_numbered", number=stage, label=content.stage_label(stage))


def agreement_texts(content: Content, agreement: tuple[int, int] | None) -> tuple[str, str]:
    if agreement is None:
        return "", ""
    current, target = agreement
    return stage_text(content, current), (
        content.text("pdf.stay") if target == current else stage_text(content, target)
    )


def action_rows(
    workshop: Workshop,
    content: Content,
    agreements: Mapping[int, tuple[int, int]],
    actions: Mapping[int, Sequence[PlanAction]],
) -> list[ActionRow]:
    """Every team's actions, teams in the workshop's order, actions in plan order."""
    rows = []
    for team in workshop.teams:
        agreed, target = agreement_texts(content, agreements.get(team.id))
        for number, action in enumerate(actions.get(team.id, ()), start=1):
            rows.append(
                ActionRow(
                    team=team,
                    number=number,
                    action=action,
                    agreed=agreed,
                    target=target,
                    priority=content.text(f"pdf.priority_{action.priority}"),
                    status=content.text(f"pdf.status_{action.status}"),
                )
            )
    return rows


def iso(date: dt.date | None) -> str:
    return date.isoformat() if date else ""
