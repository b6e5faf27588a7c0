"""Benchmark: the action plan of a 10-team session, built as PDF and previewed with QtPdf.

    .venv/bin/python benchmarks/export.py

Goals (issue 7): export < 1.5 s; first preview page rendered with QtPdf < 200 ms. The plan is
based on round 2 of two, so it has the movement page since round 1 (issue 15) too.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from msworkshop.domain.analysis import analyse
from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.plans import make_agreement, suggested_actions
from msworkshop.domain.workshop import Team, VotingMode, Workshop
from msworkshop.export.pdf import PlanDocument, plan_pdf_bytes

TEAMS = 10
PEOPLE = 8  # per team and function


def ten_team_plan(lang: str = "en") -> PlanDocument:
    content = load_content(lang)
    rng = random.Random(7)
    workshop = Workshop(
        title="Benchmark offsite",
        language=lang,
        mode=VotingMode.BOTH,
        teams=tuple(Team(i, f"Team {i}") for i in range(1, TEAMS + 1)),
        date=dt.date(2026, 11, 26),
        organisation="Acme",
        facilitator="Zoë",
    )
    results = []
    for round_number in (1, 2):
        ballots = [
            Ballot(
                team.id,
                function,
                round_number,
                stage=rng.randint(1, 4),
                answers=tuple(rng.randint(1, 5) for _ in range(20)),
                source=Source.PHONE,
            )
            for team in workshop.teams
            for function in workshop.function_keys
            for _ in range(PEOPLE)
        ]
        results.append(analyse(workshop, ballots, content.statements, round_number))
    earlier, result = results
    agreements, actions = {}, {}
    for team in workshop.teams:
        agreement = make_agreement(team.id, 1 + team.id % 4, move=team.id % 3 != 0)
        agreements[team.id] = agreement.stages
        actions[team.id] = tuple(suggested_actions(content, agreement, workshop.date)[:6])
    notes = {team.id: "Hand-over of leads; who owns the key accounts?" for team in workshop.teams}
    return PlanDocument(workshop, result, content, agreements, notes, actions, earlier=earlier)


def timed(step, repeat: int = 3) -> tuple[float, float, object]:
    """(first run, median of the runs after it) in seconds, and the last value."""
    start = time.perf_counter()
    value = step()
    first = time.perf_counter() - start
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        value = step()
        times.append(time.perf_counter() - start)
    return first, statistics.median(times), value


def preview_first_page(data: bytes) -> float:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    start = time.perf_counter()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    scale = 150 / 72  # 150 dpi, about a full-width preview on a laptop screen
    image = document.render(0, QSize(round(points.width() * scale), round(points.height() * scale)))
    elapsed = time.perf_counter() - start
    assert not image.isNull() and document.pageCount() > TEAMS
    document.close()
    return elapsed


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    document = ten_team_plan()
    first, median, data = timed(lambda: plan_pdf_bytes(document, "a4"))
    assert isinstance(data, bytes)
    handout_first, handout_median, _ = timed(
        lambda: plan_pdf_bytes(document, "letter", handout=True)
    )
    preview = [preview_first_page(data) for _ in range(3)]
    print(
        f"10-team plan PDF with movement page (A4, {len(data) // 1024} KB): "
        f"first {first * 1000:.0f} ms "
        f"(incl. font loading), then median {median * 1000:.0f} ms  [goal < 1500 ms]"
    )
    print(
        f"10-team handout PDF (Letter): first {handout_first * 1000:.0f} ms, "
        f"median {handout_median * 1000:.0f} ms"
    )
    print(
        f"QtPdf first preview page (load + render at 150 dpi): first "
        f"{preview[0] * 1000:.0f} ms, median {statistics.median(preview) * 1000:.0f} ms  "
        f"[goal < 200 ms]"
    )
    del app


if __name__ == "__main__":
    main()
