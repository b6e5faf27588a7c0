"""Migration 2 -> 3 adds the plan_actions table and keeps everything already in the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from msworkshop.domain.plans import PlanAction
from msworkshop.store import LATEST_VERSION, SessionStore
from msworkshop.store.migrations import expected_tables, migrate


def _write_v2_file(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=2) == 2
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO workshop VALUES (1, 'Sessie twee', '2026-03-12', 'Acme', 'Sam',"
        " 'nl', 'quick', 3)"
    )
    conn.executemany(
        "INSERT INTO teams (id, name, position) VALUES (?, ?, ?)", [(1, "Noord", 0), (2, "Zuid", 1)]
    )
    conn.executemany(
        "INSERT INTO functions (key, name, position) VALUES (?, ?, ?)",
        [("marketing", "", 0), ("sales", "", 1)],
    )
    conn.execute("INSERT INTO rounds VALUES (1, 'closed')")
    conn.execute("INSERT INTO ballots VALUES ('b1', 1, 1, 'sales', 2, NULL, '', 'paper', NULL)")
    conn.execute("INSERT INTO agreements VALUES (1, 2, 3)")
    conn.execute("INSERT INTO agreements VALUES (2, 4, 4)")
    conn.execute("INSERT INTO team_notes VALUES (1, 'Overdracht van leads')")
    conn.execute("COMMIT")
    conn.close()


def test_v3_adds_the_plan_table() -> None:
    assert LATEST_VERSION >= 3
    assert "plan_actions" in expected_tables(3) and "plan_actions" not in expected_tables(2)


def test_v2_file_keeps_its_data_and_gains_plans(tmp_path: Path) -> None:
    path = tmp_path / "v2.msworkshop"
    _write_v2_file(path)
    with SessionStore.open(path) as store:
        assert store.workshop().title == "Sessie twee"
        assert store.agreements() == {1: (2, 3), 2: (4, 4)}
        assert store.team_notes() == {1: "Overdracht van leads"}
        (ballot,) = store.ballots(1)
        assert (ballot.team_id, ballot.function, ballot.stage, str(ballot.source)) == (
            1,
            "sales",
            2,
            "paper",
        )
        assert store.plan_actions() == []
        store.add_plan_action(PlanAction(1, "Wie-is-wie-lijst"))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT title FROM plan_actions").fetchall() == [("Wie-is-wie-lijst",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
