"""Gather a session's plan data once and write the chosen exports (CLI and app share this).

The data comes through :class:`PlanSource` (the session store provides it); the export
modules themselves only see plain domain values.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from msworkshop.domain.analysis import SessionResult
from msworkshop.domain.content import Content
from msworkshop.domain.followup import Predecessor
from msworkshop.domain.plans import CHECKLIST_SETTING, PlanAction
from msworkshop.domain.workshop import Workshop
from msworkshop.export.pdf import PlanDocument

EXPORT_FLAGS: tuple[str, ...] = ("pdf", "csv", "md", "ics", "ballots")


class PlanSource(Protocol):
    def agreements(self) -> dict[int, tuple[int, int]]: ...
    def team_notes(self) -> dict[int, str]: ...
    def plans_by_team(self) -> dict[int, tuple[PlanAction, ...]]: ...
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
    def predecessor(self) -> Predecessor | None: ...


def plan_document(
    source: PlanSource,
    workshop: Workshop,
    content: Content,
    result: SessionResult,
    agreements: Mapping[int, tuple[int, int]] | None = None,
    earlier: SessionResult | None = None,
) -> PlanDocument:
    """The plan's data; ``agreements`` those of the plan's round (default: the latest ones);
    ``earlier`` the round the movement page compares with (None: no movement page)."""
    return PlanDocument(
        workshop=workshop,
        result=result,
        content=content,
        agreements=dict(agreements) if agreements is not None else source.agreements(),
        notes=source.team_notes(),
        actions=source.plans_by_team(),
        checklist_ticks=checklist_ticks(source, workshop),
        earlier=earlier,
        previous=source.predecessor(),
    )


def checklist_ticks(source: PlanSource, workshop: Workshop) -> dict[int, frozenset[str]]:
    """What each team ticked on its stay-or-move checklist (item keys, see
    ``StayOrMove.item_keys``), as saved by the Agree step."""
    ticks = {}
    for team in workshop.teams:
        saved = source.get_setting(CHECKLIST_SETTING.format(team=team.id)) or ""
        keys = frozenset(k for k in saved.split(",") if k)
        if keys:
            ticks[team.id] = keys
    return ticks


def run_exports(
    args: argparse.Namespace,
    source: PlanSource,
    workshop: Workshop,
    content: Content,
    result: SessionResult,
    agreements: Mapping[int, tuple[int, int]] | None = None,
    earlier: SessionResult | None = None,
) -> list[Path]:
    """Write every export named in ``args`` (see ``msworkshop export --help``)."""
    from msworkshop.export.actions_csv import export_actions_csv
    from msworkshop.export.actions_ics import export_actions_ics
    from msworkshop.export.actions_md import export_actions_md
    from msworkshop.export.ballots_pdf import export_ballots_pdf
    from msworkshop.export.pdf import export_plan_pdf

    document = plan_document(source, workshop, content, result, agreements, earlier)
    written: list[Path] = []
    if args.pdf:
        written.append(export_plan_pdf(document, args.pdf, paper=args.paper, handout=args.handout))
    lists = (workshop, content, document.agreements, document.actions)
    if args.csv:
        written.append(export_actions_csv(args.csv, *lists))
    if args.md:
        written.append(export_actions_md(args.md, *lists))
    if args.ics:
        written.append(
            export_actions_ics(args.ics, *lists, kind="todo" if args.ics_todo else "event")
        )
    if args.ballots:
        written.append(
            export_ballots_pdf(args.ballots, workshop, content, args.paper, blank=args.blank)
        )
    return written
