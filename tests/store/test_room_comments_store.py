"""Room comments in the session file: the migration, storing, editing, dropping, privacy."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from msworkshop.domain.messages import UserError
from msworkshop.domain.room_comments import MAX_WAITING, CommentStatus, RoomComment
from msworkshop.domain.workshop import Team
from msworkshop.store import LATEST_VERSION, SessionStore
from msworkshop.store.migrations import MIGRATIONS, expected_tables, migrate

from .conftest import make_workshop


def _version_adding_room_comments() -> int:
    return next(v for v in range(1, len(MIGRATIONS) + 1) if "room_comments" in expected_tables(v))


def test_the_migration_adds_the_table_to_an_older_file(tmp_path: Path) -> None:
    version = _version_adding_room_comments()
    assert LATEST_VERSION == len(MIGRATIONS) >= version
    path = tmp_path / "old.msworkshop"
    with SessionStore.create(path, make_workshop()) as store:
        store.set_team_note(1, "keep me")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE room_comments")
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.close()
    with SessionStore.open(path) as store:
        assert store.room_comments() == []
        assert store.team_notes() == {1: "keep me"}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    info = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'room_comments'").fetchone()
    conn.close()
    assert "WITHOUT ROWID" in info[0]
    # No column for a time, an address or a device.
    assert not any(word in info[0].lower() for word in ("time", "created", "address", "device"))


def test_fresh_database_migrates_to_latest() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    assert migrate(conn) == LATEST_VERSION
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "room_comments" in names


def test_add_edit_approve_drop_and_restore(tmp_path: Path) -> None:
    path = tmp_path / "s.msworkshop"
    with SessionStore.create(path, make_workshop()) as store:
        first = store.add_room_comment(RoomComment("", 1, "sales", "  Ask Jan\u202e why  "))
        second = store.add_room_comment(RoomComment("", 2, "marketing", "Why so slow?"))
        assert len(first) == 32 and first != second
        found = store.room_comment(first)
        assert found == RoomComment(first, 1, "sales", "Ask Jan why", CommentStatus.NEW)
        store.update_room_comment(first, text="Ask why", status=CommentStatus.APPROVED)
        store.remove_room_comment(second)
    with SessionStore.open(path) as store:  # on disk
        assert store.room_comments() == [
            RoomComment(first, 1, "sales", "Ask why", CommentStatus.APPROVED)
        ]
        gone = RoomComment(second, 2, "marketing", "Why so slow?")
        store.restore_room_comment(gone)
        assert store.room_comment(second) == gone
        assert not store.remove_room_comment("nope")
        with pytest.raises(UserError) as caught:
            store.update_room_comment("nope", status=CommentStatus.APPROVED)
        assert caught.value.key == "room_comment_not_found"
        with pytest.raises(UserError) as caught:
            store.update_room_comment(first, text="  ")
        assert caught.value.key == "room_comment_empty"
        assert store.room_comment(first).text == "Ask why"  # nothing changed
    # The edited-out name is not in the file any more (secure_delete, compaction on close).
    assert b"Jan" not in path.read_bytes()


def test_unknown_group_and_the_flood_guard(tmp_path: Path) -> None:
    with SessionStore.create(tmp_path / "s.msworkshop", make_workshop()) as store:
        for team, function, key in ((9, "sales", "unknown_team"), (1, "hr", "unknown_function")):
            with pytest.raises(UserError) as caught:
                store.add_room_comment(RoomComment("", team, function, "x"))
            assert caught.value.key == key
        assert store.room_comments() == []
        for n in range(MAX_WAITING):
            store.add_room_comment(RoomComment("", 1, "sales", f"c{n}"))
        with pytest.raises(UserError) as caught:
            store.add_room_comment(RoomComment("", 1, "sales", "one too many"))
        assert caught.value.key == "room_comments_full"
        assert len(store.room_comments()) == MAX_WAITING


def test_removing_a_team_removes_its_comments(tmp_path: Path) -> None:
    with SessionStore.create(tmp_path / "s.msworkshop", make_workshop()) as store:
        store.add_room_comment(RoomComment("", 2, "sales", "South speaks"))
        keep = store.add_room_comment(RoomComment("", 1, "sales", "North speaks"))
        workshop = store.workshop()
        store.update_workshop(replace(workshop, teams=(Team(1, "North"),)))
        assert [c.id for c in store.room_comments()] == [keep]
