"""Numbered migrations: an old file opens, is upgraded in place, and keeps its data."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from msworkshop.store import APPLICATION_ID, LATEST_VERSION, SessionStore
from msworkshop.store.migrations import MIGRATIONS, expected_tables, migrate

from .conftest import snapshot


def _write_v1_file(path: Path) -> None:
    """A session as the first release wrote it: only migration 1, data written by hand."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO workshop VALUES (1, 'Oude sessie', '2025-11-04', 'Acme', 'Sam', 'nl',"
        " 'both', 3)"
    )
    conn.executemany(
        "INSERT INTO teams (id, name, position) VALUES (?, ?, ?)",
        [(1, "North", 1), (2, "South", 0)],
    )
    conn.executemany(
        "INSERT INTO functions (key, name, position) VALUES (?, ?, ?)",
        [("marketing", "", 0), ("sales", "", 1), ("service", "Service", 2)],
    )
    conn.execute("INSERT INTO rounds VALUES (1, 'closed')")
    answers = "[" + ",".join(["4"] * 19 + ["null"]) + "]"
    conn.execute(
        "INSERT INTO ballots VALUES ('aa11', 1, 2, 'service', 3, ?, 'Goed bezig', 'paper', NULL)",
        (answers,),
    )
    conn.execute("INSERT INTO settings VALUES ('join_token', 't0k3n')")
    conn.execute("COMMIT")
    conn.close()


def test_steps_are_numbered_and_complete() -> None:
    assert len(MIGRATIONS) == LATEST_VERSION >= 2
    assert {"agreements", "team_notes"} <= expected_tables(2)
    assert "agreements" not in expected_tables(1)


def test_v1_file_is_migrated_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.msworkshop"
    _write_v1_file(path)
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == 1

    with SessionStore.open(path) as store:
        workshop = store.workshop()
        assert workshop.title == "Oude sessie"
        assert [t.name for t in workshop.teams] == ["South", "North"]
        assert workshop.functions[2].name == "Service"
        assert [(r.number, r.is_open) for r in store.rounds()] == [(1, False)]
        (ballot,) = store.ballots(1)
        assert (ballot.team_id, ballot.function, ballot.stage) == (2, "service", 3)
        assert ballot.answers == (4,) * 19 + (None,)
        assert ballot.comment == "Goed bezig"
        assert store.get_setting("join_token") == "t0k3n"
        # The version-2 tables exist and work.
        store.set_agreement(2, 3, 3)
        store.set_team_note(1, "notes")
        assert store.agreements() == {2: (3, 3)}

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_read_only_v1_file_is_upgraded_in_memory_only(tmp_path: Path) -> None:
    path = tmp_path / "old.msworkshop"
    _write_v1_file(path)
    path.chmod(stat.S_IRUSR)
    before = snapshot(tmp_path)
    try:
        with SessionStore.open(path) as store:
            assert store.read_only
            assert store.ballot_count(1) == 1
            assert store.agreements() == {} and store.team_notes() == {}
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert snapshot(tmp_path) == before


def test_migrate_skips_steps_already_applied(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    assert migrate(conn) == LATEST_VERSION
    assert migrate(conn) == LATEST_VERSION
    with pytest.raises(ValueError):
        migrate(conn, target=LATEST_VERSION + 1)
    conn.close()


def test_failed_step_rolls_back_entirely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    migrate(conn, target=1)
    broken = (*MIGRATIONS[:1], ("CREATE TABLE agreements (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr("msworkshop.store.migrations.MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, target=2)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert "agreements" not in tables
    conn.close()
