"""Benchmark: the 10-team action plan of a follow-up session (each team page opens with
"last time → today" and six earlier actions with their status), against the ordinary plan.

    .venv/bin/python benchmarks/followup_export.py

Goal (issue 7, unchanged by issue 15): the 10-team plan PDF in < 1.5 s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from export import ten_team_plan, timed  # benchmarks/export.py, beside this script

from msworkshop.domain.followup import REVIEW_STATUSES, Predecessor, PreviousAction, PreviousTeam
from msworkshop.export.pdf import PlanDocument, plan_pdf_bytes

ACTIONS = 6  # earlier actions per team


def with_predecessor(lang: str = "en") -> tuple[PlanDocument, PlanDocument]:
    """The ordinary 10-team plan, and the same plan as a follow-up's."""
    document = ten_team_plan(lang)
    teams = tuple(
        PreviousTeam(
            team_id=team.id,
            agreed_stage=1 + (team.id + 1) % 3,
            target_stage=2 + (team.id + 1) % 3,
            actions=tuple(
                PreviousAction(
                    id=team.id * 100 + n,
                    team_id=team.id,
                    title=f"Earlier action {n}: a joint review of the largest customers",
                    owner="Head of marketing and head of sales",
                    due=dt.date(2026, 6, 1 + n),
                    status=REVIEW_STATUSES[n % len(REVIEW_STATUSES)] if n % 5 else None,
                    note="Discussed in the monthly meeting" if n % 2 else "",
                    position=n,
                )
                for n in range(ACTIONS)
            ),
        )
        for team in document.workshop.teams
    )
    previous = Predecessor("Spring offsite", dt.date(2026, 3, 12), teams)
    return document, dataclasses.replace(document, previous=previous)


def main() -> None:
    ordinary, followup = with_predecessor()
    _, plain, plain_data = timed(lambda: plan_pdf_bytes(ordinary, "a4"), repeat=5)
    first, median, data = timed(lambda: plan_pdf_bytes(followup, "a4"), repeat=5)
    assert isinstance(data, bytes) and isinstance(plain_data, bytes)
    print(
        f"10-team follow-up plan PDF (A4, {len(data) // 1024} KB): first {first * 1000:.0f} ms, "
        f"then median {median * 1000:.0f} ms; the same plan without a predecessor: median "
        f"{plain * 1000:.0f} ms ({len(plain_data) // 1024} KB)  [goal < 1500 ms]"
    )


if __name__ == "__main__":
    main()
