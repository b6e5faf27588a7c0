"""Red team, finding 3: the session file deleted or replaced under a running ``serve``.

Before: after ``rm`` 20 ballots were acknowledged with 200 and kept in no file; after another
session was moved onto the path, 25 ballots ended up in that other workshop. Now the next
ballot gets 503, ``serve`` says why on stderr and exits non-zero, and the other workshop is
untouched.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from msworkshop.store import SessionStore
from tests.hardening.served import Served, post_ballot, start_serve
from tests.voting.conftest import make_workshop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="an open file stays put there")


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "attacked.msworkshop"
    SessionStore.create(path, make_workshop()).close()
    return path


@pytest.fixture
def served(session: Path) -> Iterator[Served]:
    running = start_serve(session)
    yield running
    running.stop()


def vote_until_refused(served: Served, count: int) -> list[int | str]:
    return [post_ballot(served, f"after-{n:04d}-abcdefghijk").status for n in range(count)]


def ended_with_message(served: Served) -> tuple[int, str]:
    code = served.process.wait(timeout=10)
    assert served.process.stderr is not None
    return code, served.process.stderr.read()


def test_a_deleted_file_gets_no_acknowledged_ballot(session: Path, served: Served) -> None:
    assert post_ballot(served, "before-0000-abcdefghijk").status == 200
    os.unlink(session)
    statuses = vote_until_refused(served, 20)
    assert 200 not in statuses
    assert statuses[0] in (503, "ConnectionRefusedError")  # serve may have noticed first
    code, stderr = ended_with_message(served)
    assert code != 0
    assert session.name in stderr and "Traceback" not in stderr
    assert not session.exists()


def test_another_session_moved_onto_the_path_gets_no_ballot(
    session: Path, served: Served, tmp_path: Path
) -> None:
    assert post_ballot(served, "before-0000-abcdefghijk").status == 200
    other = tmp_path / "other.msworkshop"
    with SessionStore.create(other, make_workshop()) as created:
        created.open_round()
    os.replace(other, session)
    reply = post_ballot(served, "after-0000-abcdefghijk")
    assert reply.status in (503, "ConnectionRefusedError")
    if reply.status == 503:
        assert json.loads(reply.body)["error"] == "phone_save_failed"
    code, _ = ended_with_message(served)
    assert code != 0
    # Our WAL was not left beside the path to be replayed into the other workshop.
    with SessionStore.open(session) as replaced:
        assert replaced.ballot_count(1) == 0
        assert replaced.get_setting("phone.token") is None


def test_serve_notices_a_deleted_file_without_a_ballot(session: Path, served: Served) -> None:
    os.unlink(session)
    started = time.monotonic()
    code, stderr = ended_with_message(served)
    assert code == 1 and session.name in stderr
    assert time.monotonic() - started < 5  # checked every 2 s
