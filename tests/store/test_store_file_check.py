"""Opening files that are not good session files: the right error, and nothing changed."""

from __future__ import annotations

import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from msworkshop.store import LATEST_VERSION, SessionFileError, SessionStore

from .conftest import make_ballot, make_workshop, snapshot


def _good_file(path: Path) -> bytes:
    with SessionStore.create(path, make_workshop()) as store:
        store.open_round()
        for stage in (1, 2, 3, 4) * 25:
            store.add_ballot(make_ballot(stage=stage, comment="x" * 200))
    return path.read_bytes()


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("title,team\nWorkshop,North\n", encoding="utf-8")


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def _foreign_application(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1196444237")  # 'GPKG'
    conn.execute("CREATE TABLE gpkg (x)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    _good_file(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    data = _good_file(path)
    path.write_bytes(data[: len(data) // 2])


def _cut_mid_page(path: Path) -> None:
    data = _good_file(path)
    path.write_bytes(data[: 4096 + 1000])


def _short_header(path: Path) -> None:
    path.write_bytes(_good_file(path)[:50])


def _corrupt_pages(path: Path) -> None:
    data = bytearray(_good_file(path))
    for offset in range(4096, len(data), 4096):  # scribble over every b-tree page header
        data[offset : offset + 16] = b"\xa5" * 16
    path.write_bytes(bytes(data))


def _tables_missing(path: Path) -> None:
    _good_file(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE ballots")
    conn.commit()
    conn.close()


BAD_FILES: list[tuple[Callable[[Path], object], str]] = [
    (_zero_bytes, "not_a_session_file"),
    (_text, "not_a_session_file"),
    (_foreign_sqlite, "not_a_session_file"),
    (_foreign_application, "not_a_session_file"),
    (_newer, "session_too_new"),
    (_truncated, "session_damaged"),
    (_cut_mid_page, "session_damaged"),
    (_short_header, "session_damaged"),
    (_corrupt_pages, "session_damaged"),
    (_tables_missing, "session_damaged"),
]


@pytest.mark.parametrize(("make", "key"), BAD_FILES, ids=[m.__name__ for m, _ in BAD_FILES])
def test_bad_file_gives_error_and_stays_untouched(
    session_path: Path, make: Callable[[Path], object], key: str
) -> None:
    make(session_path)
    before = snapshot(session_path.parent)
    assert list(before) == [session_path.name]  # no companions to begin with

    with pytest.raises(SessionFileError) as caught:
        SessionStore.open(session_path)

    assert caught.value.key == key
    assert caught.value.params["name"] == session_path.name
    assert session_path.name in caught.value.message("nl")
    assert snapshot(session_path.parent) == before


def test_newer_file_names_both_versions(session_path: Path) -> None:
    _newer(session_path)
    with pytest.raises(SessionFileError) as caught:
        SessionStore.open(session_path)
    assert caught.value.params["version"] == LATEST_VERSION + 1
    assert caught.value.params["supported"] == LATEST_VERSION


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError) as caught:
        SessionStore.open(tmp_path / "gone.msworkshop")
    assert caught.value.key == "session_not_found"
    assert "gone.msworkshop" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_folder_is_not_a_session(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError) as caught:
        SessionStore.open(tmp_path)
    assert caught.value.key == "not_a_session_file"


@pytest.fixture
def read_only_file(session_path: Path) -> Iterator[Path]:
    with SessionStore.create(session_path, make_workshop()) as store:
        store.open_round()
        store.add_ballot(make_ballot(comment="kept"))
    session_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    yield session_path
    session_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_file_opens_read_only(read_only_file: Path) -> None:
    before = snapshot(read_only_file.parent)
    with SessionStore.open(read_only_file) as store:
        assert store.read_only
        assert store.workshop().title == make_workshop().title
        assert [b.comment for b in store.ballots()] == ["kept"]
        for write in (
            lambda: store.add_ballot(make_ballot()),
            store.open_round,
            lambda: store.set_setting("k", "v"),
            lambda: store.set_agreement(1, 1, 2),
        ):
            with pytest.raises(SessionFileError) as caught:
                write()
            assert caught.value.key == "read_only"
            assert read_only_file.name in caught.value.message("en")
    assert snapshot(read_only_file.parent) == before


def test_read_only_folder_opens_read_only(session_path: Path) -> None:
    SessionStore.create(session_path, make_workshop()).close()
    folder = session_path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with SessionStore.open(session_path) as store:
            assert store.read_only
            assert len(store.workshop().teams) == 2
        assert [p.name for p in folder.iterdir()] == [session_path.name]
    finally:
        folder.chmod(stat.S_IRWXU)


def test_create_in_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SessionFileError) as caught:
            SessionStore.create(folder / "new.msworkshop", make_workshop())
        assert caught.value.key == "session_folder_read_only"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_write_while_another_process_holds_the_write_lock(session_path: Path) -> None:
    SessionStore.create(session_path, make_workshop()).close()
    with SessionStore.open(session_path, busy_timeout=0.2) as store:
        store.open_round()
        blocker = sqlite3.connect(session_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        blocker.execute("INSERT INTO settings VALUES ('held', 'yes')")
        try:
            started = time.monotonic()
            with pytest.raises(SessionFileError) as caught:
                store.add_ballot(make_ballot())
            assert caught.value.key == "session_locked"
            assert time.monotonic() - started < 3
            assert store.ballots() == []  # reading still works in WAL mode
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        store.add_ballot(make_ballot())  # and once the lock is gone, writing works again
        assert store.ballot_count() == 1


def test_open_while_another_process_holds_an_exclusive_lock(session_path: Path) -> None:
    SessionStore.create(session_path, make_workshop()).close()
    blocker = sqlite3.connect(session_path, isolation_level=None)
    blocker.execute("PRAGMA locking_mode = EXCLUSIVE")
    blocker.execute("BEGIN EXCLUSIVE")
    blocker.execute("INSERT INTO settings VALUES ('held', 'yes')")
    try:
        started = time.monotonic()
        with pytest.raises(SessionFileError) as caught:
            SessionStore.open(session_path, busy_timeout=0.2)
        assert caught.value.key == "session_locked"
        assert time.monotonic() - started < 3
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with SessionStore.open(session_path) as store:
        assert store.get_setting("held") is None


def test_companion_files_are_removed_after_close(session_path: Path) -> None:
    with SessionStore.create(session_path, make_workshop()) as store:
        store.open_round()
        store.add_ballot(make_ballot())
        assert Path(f"{session_path}-wal").exists()
    assert [p.name for p in session_path.parent.iterdir()] == [session_path.name]
