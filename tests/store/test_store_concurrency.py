"""Two processes writing the same session file at once: no lost ballots, no corruption."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from msworkshop.domain.ballot import Source
from msworkshop.store import SessionStore

from .conftest import make_ballot, make_workshop

if TYPE_CHECKING:
    from multiprocessing.synchronize import Event

PER_PROCESS = 200


def _writer(path: str, function: str, start: Event) -> None:
    start.wait(30)
    with SessionStore.open(path) as store:
        for n in range(PER_PROCESS):
            store.add_ballot(
                make_ballot(function=function, stage=n % 4 + 1, source=Source.PHONE),
                replace_key=f"{function}-{n}",
            )


def test_two_writer_processes(session_path: Path) -> None:
    with SessionStore.create(session_path, make_workshop()) as store:
        store.open_round()
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [
        context.Process(target=_writer, args=(str(session_path), function, start))
        for function in ("marketing", "sales")
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0]

    with SessionStore.open(session_path) as store:
        ballots = store.ballots()
    assert len(ballots) == 2 * PER_PROCESS
    assert sum(b.function == "sales" for b in ballots) == PER_PROCESS
    conn = sqlite3.connect(session_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def _crash_after_writing(path: str) -> None:
    store = SessionStore.open(path)
    store.add_ballot(make_ballot(comment="acknowledged"))
    os._exit(0)  # no close, no checkpoint: the ballot exists only in the -wal file


def test_acknowledged_ballot_survives_a_crash(session_path: Path) -> None:
    with SessionStore.create(session_path, make_workshop()) as store:
        store.open_round()
    crasher = multiprocessing.get_context("spawn").Process(
        target=_crash_after_writing, args=(str(session_path),)
    )
    crasher.start()
    crasher.join(60)
    assert crasher.exitcode == 0
    assert Path(f"{session_path}-wal").exists()

    with SessionStore.open(session_path) as store:
        assert [b.comment for b in store.ballots()] == ["acknowledged"]
