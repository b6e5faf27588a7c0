"""Soak: a workshop day in fast-forward inside one process; nothing may pile up.

The real app objects (``create_main_window``: controller, phone server, facilitator window)
run one "hour" per cycle: open a round, 60 phones load the page, poll and vote (half keep one
connection alive, half reconnect for every request, all from one address as behind a NAT,
retrying after the server's 429 like the phone page does), close the round, switch the UI
language, write the PDF, CSV, Markdown and ICS exports.

The first ROUNDS cycles open new rounds; later cycles reopen the last one and the same phones
vote again (replacing their ballots), so the session's data stops growing and everything
else must too. From the end of the warm-up (all rounds exist) to the last cycle the test
checks that the Python heap (tracemalloc), RSS, open file descriptors, threads, live Qt
objects (QObjects, QTimers, widgets) and live Python wrappers of Qt objects do not grow.
The analysis' bounded LRU cache of team results is checked against its bound and emptied
before each measurement (it fills over the first hours, then stays at its bound).

MSWORKSHOP_SOAK_CYCLES (default 6) makes the day longer; MSWORKSHOP_SOAK_REPORT=<file> writes
the per-cycle figures there.
"""

from __future__ import annotations

import gc
import http.client
import json
import os
import threading
import time
import tracemalloc
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from msworkshop.domain import analysis
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.export.actions_csv import export_actions_csv
from msworkshop.export.actions_ics import export_actions_ics
from msworkshop.export.actions_md import export_actions_md
from msworkshop.export.pdf import export_plan_pdf
from msworkshop.export.plan_exports import plan_document
from msworkshop.store import SessionStore
from msworkshop.ui.app import create_main_window
from msworkshop.ui.common import i18n
from msworkshop.ui.shell.main_window import MainWindow

PHONES = 60
ROUNDS = 3  # a day: first vote, second vote after the discussion, a re-vote
CYCLES = max(ROUNDS + 2, int(os.environ.get("MSWORKSHOP_SOAK_CYCLES", "6")))
WORKERS = 6
POLLS = 2  # status polls per phone per round, besides page, session and ballot
# Bounds for the growth from the end of cycle 2 to the end of the last cycle.
HEAP_GROWTH_BYTES = 256 * 1024
FIGURES = ("cycle", "heap", "rss", "fds", "threads", "qobjects", "qtimers", "widgets", "ms")
RSS_GROWTH_BYTES = 24 * 1024 * 1024


def _workshop() -> Workshop:
    return Workshop(
        title="Soak day",
        teams=tuple(Team(0, f"Team {n}") for n in range(1, 7)),
        functions=(Function("marketing"), Function("sales"), Function("service", "Service")),
        language="nl",
        mode=VotingMode.BOTH,
    )


class Phone:
    """One participant's phone: loads the page, polls, votes; retries after a 429."""

    def __init__(self, number: int, host: str, port: int, prefix: str) -> None:
        self.number = number
        self.host, self.port, self.prefix = host, port, prefix
        self.keep_alive = number % 2 == 0
        self.device = f"soak-phone-{number:04d}-device"
        self.conn: http.client.HTTPConnection | None = None
        self.retries = 0

    def request(self, method: str, rest: str, body: bytes | None = None) -> tuple[int, bytes]:
        for _ in range(200):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
            headers = {"Content-Type": "application/json"} if body is not None else {}
            if not self.keep_alive:
                headers["Connection"] = "close"
            try:
                self.conn.request(method, self.prefix + rest, body=body, headers=headers)
                reply = self.conn.getresponse()
                data = reply.read()
            except (ConnectionError, http.client.HTTPException):
                self.close()  # the server closed an idle keep-alive connection: reconnect
                continue
            if not self.keep_alive or reply.getheader("Connection", "").lower() == "close":
                self.close()
            if reply.status == 429:
                self.retries += 1
                time.sleep(0.1 + 0.01 * (self.number % 10))
                continue
            return reply.status, data
        raise AssertionError(f"phone {self.number}: still refused after 200 tries")

    def vote(self, round_number: int) -> None:
        for rest in ("", "app.js", "api/session?lang=nl"):
            status, _ = self.request("GET", rest)
            assert status == 200, (rest, status)
        for _ in range(POLLS):
            status, data = self.request("GET", "api/status")
            assert status == 200 and json.loads(data) == {"round": round_number, "open": True}
        ballot = {
            "team": 1 + self.number % 6,
            "function": ("marketing", "sales", "service")[self.number % 3],
            "stage": 1 + self.number % 4,
            "answers": [(self.number + i) % 5 + 1 for i in range(20)],
            "comment": f"ronde {round_number}, telefoon {self.number}",
            "round": round_number,
            "device": self.device,
        }
        status, data = self.request("POST", "api/ballot", json.dumps(ballot).encode())
        assert status == 200, data

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _wait(qtbot: Any, futures: list[Future[Any]], timeout_ms: int = 60000) -> None:
    qtbot.waitUntil(lambda: all(f.done() for f in futures), timeout=timeout_ms)
    for future in futures:
        future.result()


def _qt_objects(app: QApplication) -> dict[str, int]:
    """Live Qt objects reachable from the application and its top-level windows."""
    roots: list[QObject] = [app, *app.topLevelWidgets()]
    objects = timers = 0
    for root in roots:
        objects += len(root.findChildren(QObject))
        timers += len(root.findChildren(QTimer))
    translators = len(app.findChildren(QTranslator))
    return {
        "qobjects": objects,
        "qobjects_except_translators": objects - translators,
        "qtranslators": translators,
        "qtimers": timers,
        "widgets": len(app.allWidgets()),
        "top_level": len(app.topLevelWidgets()),
    }


def _python_objects() -> dict[str, int]:
    """Live Python wrappers of Qt objects and our own service objects, by type.

    Wrappers whose C++ object is gone are skipped: ``findChildren`` above wraps short-lived
    objects (QTextFrame of a relabelled QLabel, ...) and shiboken keeps those wrappers.
    """
    gc.collect()
    counts: dict[str, int] = {}
    for obj in gc.get_objects():
        name = type(obj).__name__
        if isinstance(obj, QObject):
            if not shiboken6.isValid(obj):
                continue
        elif name not in ("SessionStore", "Connection", "Phone", "ParticipantApi"):
            continue
        counts[name] = counts.get(name, 0) + 1
    return counts


def _rss() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _exports(window: MainWindow, folder: Path) -> None:
    controller = window.controller
    store: SessionStore = controller.store()
    result = controller.result
    assert result is not None
    document = plan_document(store, controller.workshop, controller.content, result)
    lists = (controller.workshop, controller.content, document.agreements, document.actions)
    assert export_plan_pdf(document, folder / "plan.pdf").stat().st_size > 1000
    export_actions_csv(folder / "plan.csv", *lists)
    export_actions_md(folder / "plan.md", *lists)
    export_actions_ics(folder / "plan.ics", *lists)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="counts descriptors in /proc")
def test_a_day_in_fast_forward(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "soak.msworkshop"
    SessionStore.create(path, _workshop()).close()
    exports = tmp_path / "exports"
    exports.mkdir()
    window = create_main_window(path, full_screen_kiosk=False)
    qtbot.addWidget(window)
    window.show()
    controller = window.controller
    qtbot.waitUntil(lambda: bool(controller.join_url), timeout=5000)  # after the first paint
    app = QApplication.instance()
    assert isinstance(app, QApplication) and controller.is_open
    pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="phone")
    samples: list[dict[str, int]] = []
    figures: list[tuple[int, ...]] = []  # FIGURES per cycle, for the failure report
    retries = 0
    try:
        for cycle in range(1, CYCLES + 1):
            started = time.monotonic()
            if cycle <= ROUNDS:
                controller.open_round()
            else:  # the facilitator reopens the last round; the phones vote again (replace)
                controller.store().reopen_round(ROUNDS)
                controller.refresh()
            current = controller.current_round()
            assert current is not None and current.is_open
            url = urlsplit(controller.join_url)  # the link the projector shows right now
            prefix = f"/j{url.path}/"  # the page behind the short link /<code>
            phones = [Phone(n, url.hostname or "", url.port or 80, prefix) for n in range(PHONES)]
            _wait(qtbot, [pool.submit(phone.vote, current.number) for phone in phones])
            retries += sum(phone.retries for phone in phones)
            for phone in phones:
                phone.close()
            qtbot.waitUntil(lambda: controller.ballot_count() == PHONES, timeout=5000)
            controller.close_round()
            window.set_ui_language("nl" if cycle % 2 else "en")
            assert i18n.current_ui_language() == ("nl" if cycle % 2 else "en")
            _exports(window, exports)
            qtbot.wait(250)  # let deleteLater and the phone refresh timer run
            # The analysis keeps a bounded LRU cache of team results (256 entries, ~8 KB each):
            # it fills over the first hours. Check its bound, then empty it so that the heap
            # figures show only what would grow without bound.
            cache = analysis._team_result_of.cache_info()
            assert cache.maxsize is not None and cache.currsize <= cache.maxsize
            analysis._team_result_of.cache_clear()
            gc.collect()
            if cycle == ROUNDS - 1:
                tracemalloc.start()
            heap = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0
            sample = {
                "cycle": cycle,
                "heap": heap,
                "rss": _rss(),
                "fds": _fds(),
                "threads": threading.active_count(),
                **_qt_objects(app),
                **{f"py:{k}": v for k, v in _python_objects().items()},
                "ms": round((time.monotonic() - started) * 1000),
            }
            # Keep the warm-up sample and the latest one: the test's own bookkeeping must not
            # be what grows on a long run.
            if len(samples) > ROUNDS:
                samples.pop()
            samples.append(sample)
            figures.append(tuple(sample[k] for k in FIGURES))
    finally:
        tracemalloc.stop()
        pool.shutdown(wait=False)
        window.set_ui_language("en")
        controller.close()

    with SessionStore.open(path) as store:
        assert [store.ballot_count(r.number) for r in store.rounds()] == [PHONES] * ROUNDS
    warm, last = samples[ROUNDS - 1], samples[-1]
    report = "\n".join([str(FIGURES), *map(str, figures), str(warm), str(last)])
    if os.environ.get("MSWORKSHOP_SOAK_REPORT"):  # a file to write the per-cycle figures to
        Path(os.environ["MSWORKSHOP_SOAK_REPORT"]).write_text(report + "\n", encoding="utf-8")
    assert last["heap"] - warm["heap"] < HEAP_GROWTH_BYTES, report
    assert last["rss"] - warm["rss"] < RSS_GROWTH_BYTES, report
    assert last["fds"] <= warm["fds"], report
    assert last["threads"] <= warm["threads"], report
    # QTranslators are checked on their own below (a known leak in ui/i18n.py).
    for key in ("qobjects_except_translators", "qtimers", "widgets", "top_level"):
        assert last[key] <= warm[key], (key, report)
    for key in warm:
        if key.startswith("py:") and key != "py:QTranslator":
            assert last.get(key, 0) <= warm[key], (key, report)


def test_language_switches_do_not_pile_up_translators(qtbot: Any) -> None:
    app = QApplication.instance()
    assert app is not None
    try:
        assert i18n.set_ui_language("nl")
        qtbot.wait(1)
        after_one = len(app.findChildren(QTranslator))
        for _ in range(10):
            assert i18n.set_ui_language("en")
            assert i18n.set_ui_language("nl")
        qtbot.wait(1)  # deleteLater runs here
        assert len(app.findChildren(QTranslator)) <= after_one
    finally:
        i18n.set_ui_language("en")
