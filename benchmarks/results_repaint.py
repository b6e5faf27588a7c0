"""Benchmark: recompute and repaint the results of 10 teams x 60 ballots (full diagnostic).

Each update casts one more ballot through the real SessionController (validated, written to a
real session file, the whole round re-analysed) and repaints the real Reveal page and the
projector view offscreen at 1280x720. Prints median and p95 in milliseconds per update:

    python benchmarks/results_repaint.py [--updates 60]

Animations are off (they spread over later frames and would not change the update cost).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ["MSWORKSHOP_NO_ANIMATION"] = "1"

from PySide6.QtWidgets import QApplication

from msworkshop.domain import analysis
from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.workshop import Team, VotingMode, Workshop
from msworkshop.store import SessionStore
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.reveal.page import ResultsPage
from msworkshop.ui.steps.reveal.view import RevealProjectorView

TEAMS, PER_TEAM = 10, 60


def _ballot(rng: random.Random, team_id: int, function: str, round_number: int) -> Ballot:
    lean = 1 if function == "marketing" else -1
    answers = tuple(
        max(1, min(5, 3 + lean * rng.randint(0, 1) + rng.randint(-1, 1))) for _ in range(20)
    )
    return Ballot(team_id, function, round_number, rng.randint(1, 4), answers, source=Source.IMPORT)


def _raw(rng: random.Random, team_id: int, function: str) -> dict[str, object]:
    ballot = _ballot(rng, team_id, function, 1)
    return {
        "team_id": team_id,
        "function": function,
        "stage": ballot.stage,
        "answers": list(ballot.answers),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(6)
    folder = Path(tempfile.mkdtemp(prefix="msworkshop-bench-"))
    workshop = Workshop(
        "Benchmark",
        tuple(Team(i, f"Team {i}") for i in range(1, TEAMS + 1)),
        mode=VotingMode.BOTH,
        threshold=3,
    )
    path = folder / "bench.msworkshop"
    with SessionStore.create(path, workshop) as store:
        store.open_round()
        store.add_ballots(
            [
                _ballot(rng, t, f, 1)
                for t in range(1, TEAMS + 1)
                for f in ("marketing", "sales")
                for _ in range(PER_TEAM // 2)
            ]
        )
    controller = SessionController()
    controller.open(path)
    controller.reveal.reveal_all()
    page = ResultsPage(controller)
    page.resize(1280, 720)
    page.show()
    projector = RevealProjectorView(controller)
    projector.resize(1280, 720)
    projector.show()
    app.processEvents()

    store = controller.store()
    write_ms: list[float] = []
    real_add = store.add_ballot

    def timed_add(ballot: Ballot, replace_key: str | None = None) -> str:
        begin = time.perf_counter()
        try:
            return real_add(ballot, replace_key)
        finally:
            write_ms.append((time.perf_counter() - begin) * 1000)

    store.add_ballot = timed_add  # the durable write, reported on its own
    totals, writes, recompute, paint = [], [], [], []
    for n in range(args.updates + 5):
        team = rng.randint(1, TEAMS)
        function = rng.choice(("marketing", "sales"))
        controller.reveal.set_focus(team)
        app.processEvents()
        start = time.perf_counter()
        controller.intake.cast(**_raw(rng, team, function))  # store + analyse + all views
        middle = time.perf_counter()
        page.repaint()
        projector.repaint()
        end = time.perf_counter()
        if n >= 5:  # warm-up
            totals.append((end - start) * 1000)
            writes.append(write_ms[-1])
            recompute.append((middle - start) * 1000 - write_ms[-1])
            paint.append((end - middle) * 1000)
    without_write = [t - w for t, w in zip(totals, writes, strict=True)]
    cold = []  # what a refresh from the file costs (after an import, a tally, a round change)
    for _ in range(15):
        analysis._team_result_of.cache_clear()
        start = time.perf_counter()
        controller.refresh()
        page.repaint()
        projector.repaint()
        cold.append((time.perf_counter() - start) * 1000)
    controller.close()

    print(
        f"{TEAMS} teams x {PER_TEAM} ballots (full diagnostic), {args.updates} updates, "
        "Reveal page + projector view at 1280x720, offscreen"
    )
    rows = (
        ("recompute + repaint", without_write),
        ("  analyse + view updates", recompute),
        ("  repaint (page + projector)", paint),
        ("durable ballot write (SQLite)", writes),
        ("whole update incl. write", totals),
        ("cold refresh (file, all teams)", cold),
    )
    for name, values in rows:
        print(
            f"{name:32s} median {statistics.median(values):6.1f} ms   "
            f"p95 {percentile(values, 0.95):6.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
