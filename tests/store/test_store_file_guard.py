"""The store notices when its path stops naming the file it opened, and saves what it holds."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from msworkshop.store import SessionFileError, SessionStore
from msworkshop.store.file_guard import FILE_ID_SETTING

from .conftest import make_ballot, make_workshop


def test_a_deleted_file_refuses_the_next_ballot_and_can_be_saved_elsewhere(
    store: SessionStore, tmp_path: Path
) -> None:
    store.add_ballot(make_ballot(comment="before"))
    os.unlink(store.path)
    with pytest.raises(SessionFileError) as raised:
        store.add_ballot(make_ballot(comment="after"))
    assert raised.value.key == "session_file_lost"
    assert store.file_lost is raised.value
    assert store.path.name in raised.value.message("en")
    with pytest.raises(SessionFileError):  # and every write after it
        store.set_setting("x", "y")
    rescue = tmp_path / "rescued.msworkshop"
    store.save_copy(rescue)
    with SessionStore.open(rescue) as saved:
        assert [b.comment for b in saved.ballots(1)] == ["before"]
        saved.add_ballot(make_ballot(comment="later"))  # the copy is a session of its own
        assert saved.ballot_count(1) == 2


@pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be replaced there")
def test_another_session_moved_over_the_path_gets_nothing(
    store: SessionStore, tmp_path: Path
) -> None:
    store.add_ballot(make_ballot())
    other = tmp_path / "other.msworkshop"
    with SessionStore.create(other, make_workshop("Elsewhere")) as created:
        created.open_round()
    os.replace(other, store.path)
    with pytest.raises(SessionFileError) as raised:
        store.add_ballot(make_ballot(comment="into the wrong workshop?"))
    assert raised.value.key == "session_file_lost"
    store.close()
    with SessionStore.open(store.path) as replaced:
        assert replaced.workshop().teams[0].name == "Elsewhere"
        assert replaced.ballot_count(1) == 0


def test_a_different_session_copied_over_the_same_inode_is_noticed(
    store: SessionStore, tmp_path: Path
) -> None:
    store.add_ballot(make_ballot())
    store.close()  # a clean file to copy over, then open again: the id is in the file now
    with SessionStore.open(store.path) as reopened:
        reopened.set_setting("probe", "1")
        other = tmp_path / "other.msworkshop"
        with SessionStore.create(other, make_workshop("Elsewhere")) as created:
            created.open_round()
            created.set_setting("probe", "1")  # this file has an id of its own
        inode = os.stat(reopened.path).st_ino
        with open(other, "rb") as source, open(reopened.path, "r+b") as target:
            shutil.copyfileobj(source, target)
        assert os.stat(reopened.path).st_ino == inode
        with pytest.raises(SessionFileError):
            reopened.add_ballot(make_ballot(comment="into the wrong workshop?"))


def test_the_file_id_is_random_and_kept(session_path: Path) -> None:
    SessionStore.create(session_path, make_workshop()).close()
    ids = []
    for _ in range(2):
        with SessionStore.open(session_path) as opened:
            opened.set_setting("probe", "1")
            ids.append(opened.get_setting(FILE_ID_SETTING))
    assert ids[0] == ids[1] and ids[0] is not None and len(ids[0]) == 32


def test_save_copy_never_overwrites(store: SessionStore, tmp_path: Path) -> None:
    existing = tmp_path / "taken.msworkshop"
    existing.write_bytes(b"keep me")
    with pytest.raises(SessionFileError) as raised:
        store.save_copy(existing)
    assert raised.value.key == "session_exists"
    assert existing.read_bytes() == b"keep me"
