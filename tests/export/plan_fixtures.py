"""A plan document with real content and plan actions, shared by the export tests."""

from __future__ import annotations

import datetime as dt
from functools import cache

from msworkshop.domain.analysis import analyse
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.demo import demo_ballots, demo_workshop
from msworkshop.domain.plans import ActionStatus, PlanAction, Priority, make_agreement
from msworkshop.domain.plans import suggested_actions as suggested
from msworkshop.export.pdf import PlanDocument

SESSION_DATE = dt.date(2026, 11, 26)
TRICKY_TITLE = 'Ĳsselmeer "kick-off"; R&D, <b>sales</b> | ß ø ł'


@cache
def plan_document(lang: str = "en", extra_actions: int = 0) -> PlanDocument:
    """Demo teams Benelux (1 -> 2, with a plan), DACH (stay 3, with a plan), Nordics (none)."""
    content = load_content(lang)
    workshop = demo_workshop(lang).with_changes(date=SESSION_DATE, facilitator="Zoë Łukasiewicz")
    result = analyse(workshop, demo_ballots(1, content.statements), content.statements, 1)
    benelux = suggested(content, make_agreement(1, 1), SESSION_DATE)[:3]
    benelux.append(
        PlanAction(
            1,
            TRICKY_TITLE,
            description="Line one\nline two",
            owner="Zoë",
            due=dt.date(2027, 1, 15),
            measure="50% ✓",
            priority=Priority.LOW,
            status=ActionStatus.IN_PROGRESS,
        )
    )
    benelux += [
        PlanAction(
            1,
            f"Extra action {n}",
            owner="Team",
            due=SESSION_DATE,
            description="A longer description " * 6,
        )
        for n in range(1, extra_actions + 1)
    ]
    dach = suggested(content, make_agreement(2, 3, move=False), SESSION_DATE)[:2]
    actions = {
        1: tuple(a.with_changes(id=i + 1) for i, a in enumerate(benelux)),
        2: tuple(a.with_changes(id=100 + i) for i, a in enumerate(dach)),
    }
    return PlanDocument(
        workshop=workshop,
        result=result,
        content=content,
        agreements={1: (1, 2), 2: (3, 3)},
        notes={1: "Leads from the trade show were lost.", 2: "Targets differ."},
        actions=actions,
    )
