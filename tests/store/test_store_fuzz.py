"""Fuzz the session-file loader: broken files give a SessionFileError and stay untouched.

Bounded for the normal run; MSWORKSHOP_FUZZ_SCALE multiplies the examples (tests/fuzzing.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.workshop import Team, Workshop
from msworkshop.store import SessionFileError, SessionStore
from tests.fuzzing import fuzz_settings

FUZZ = fuzz_settings(150)


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "good.msworkshop"
    workshop = Workshop(title="Fuzz", teams=(Team(1, "North"), Team(2, "South")))
    with SessionStore.create(path, workshop) as store:
        round_ = store.open_round()
        store.add_ballots([Ballot(1, "marketing", round_.number, stage=2)] * 5)
    return path.read_bytes()


def _open_and_check(path: Path) -> None:
    before = path.read_bytes()
    try:
        store = SessionStore.open(path, busy_timeout=0.2)
    except SessionFileError as error:
        assert error.message("nl") and error.message("en")
        assert path.read_bytes() == before, "a refused file must stay byte-for-byte the same"
        assert not path.with_name(path.name + "-wal").exists()
        return
    with store:  # a mutation SQLite tolerates may open; it must then be usable
        store.workshop()
        store.ballots()


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused_cleanly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.msworkshop"
    path.write_bytes(data)
    _open_and_check(path)


@FUZZ
@given(
    cut=st.integers(min_value=0),
    flips=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)), max_size=8
    ),
)
def test_mutated_session_files(
    tmp_path: Path, good_file: bytes, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(good_file[: max(1, cut % (len(good_file) + 1))])
    for offset, mask in flips:
        data[offset % len(data)] ^= mask
    path = tmp_path / "mutated.msworkshop"
    path.write_bytes(bytes(data))
    try:
        _open_and_check(path)
    finally:
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def test_full_disk_keeps_the_previous_good_state(tmp_path: Path) -> None:
    """SQLITE_FULL on a write (simulated with max_page_count) loses nothing already saved."""
    path = tmp_path / "full.msworkshop"
    workshop = Workshop(title="Full", teams=(Team(1, "North"),))
    with SessionStore.create(path, workshop) as store:
        round_ = store.open_round()
        store.add_ballots([Ballot(1, "sales", round_.number, stage=3)] * 10)
        conn: sqlite3.Connection = store._conn  # the test reaches in to cap the file's size
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        big_comment = "x" * 500
        with pytest.raises(SessionFileError) as caught:
            for _ in range(200):
                store.add_ballots(
                    [Ballot(1, "sales", round_.number, stage=1, comment=big_comment)] * 20
                )
        assert caught.value.key == "session_write_failed"
        saved = store.ballot_count(round_.number)
    with SessionStore.open(path) as reopened:
        assert reopened.ballot_count(round_.number) == saved >= 10
        assert reopened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
