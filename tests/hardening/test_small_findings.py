"""Red team, finding 7 (the smaller ones) against a real ``serve`` process.

- A full disk, or another program holding the file's write lock: phones get a clean 503
  within 1 s, nothing acknowledged is lost, and SIGTERM ends ``serve`` within 2 s. (Before:
  requests hung over 3 s and SIGTERM was ignored for 15 s.)
- A device token with a trailing newline passed the ``$`` of ``re.match``; now ``fullmatch``.
- Comments kept NUL, ESC, backspace, bidi overrides and zero-width characters.
"""

from __future__ import annotations

import contextlib
import json
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from msworkshop.store import SessionStore
from tests.hardening.served import Served, post_ballot, start_serve
from tests.voting.conftest import ballot, make_workshop

pytestmark = [
    pytest.mark.slow,  # a few thousand sockets, or waits for deadlines
    pytest.mark.skipif(sys.platform != "linux", reason="POSIX limits and signals"),
]

FILE_LIMIT = 160_000  # bytes any file of the serve process may grow to: a "full disk"


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "small.msworkshop"
    SessionStore.create(path, make_workshop()).close()
    return path


def stop_within(served: Served, seconds: float) -> tuple[int, float]:
    started = time.monotonic()
    served.process.send_signal(signal.SIGTERM)
    try:
        code = served.process.wait(timeout=10)
    finally:
        if served.process.poll() is None:
            served.process.kill()
            served.process.wait()
    elapsed = time.monotonic() - started
    assert elapsed < seconds, f"SIGTERM took {elapsed:.1f} s"
    return code, elapsed


def start_on_a_full_disk(path: Path) -> Served:
    def limit() -> None:  # EFBIG past the limit, as ENOSPC on a full disk (Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))

    process = subprocess.Popen(
        [sys.executable, "-m", "msworkshop", "serve", str(path), "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=limit,
    )
    assert process.stdout is not None
    url = urlsplit(process.stdout.readline().strip().removeprefix("Join URL: "))
    assert url.port
    return Served(process, url.port, f"/j{url.path}/")  # the short link is /<code>


def test_full_disk_gives_quick_503s_loses_nothing_and_stops_promptly(session: Path) -> None:
    served = start_on_a_full_disk(session)
    answers = [
        post_ballot(served, f"full-disk-{n:04d}-abcdefgh", comment=f"{n:04d}" + "x" * 400)
        for n in range(80)
    ]
    stop_within(served, 2.0)
    statuses = [a.status for a in answers]
    assert 503 in statuses, "the limit must be reached"
    assert set(statuses) <= {200, 503}
    assert max(a.seconds for a in answers[1:]) < 1.0  # the first one warms the server up
    acknowledged = {f"{n:04d}" for n, a in enumerate(answers) if a.status == 200}
    with SessionStore.open(session) as store:
        on_disk = {b.comment[:4] for b in store.ballots(1)}
    assert acknowledged <= on_disk


def test_a_locked_file_gives_quick_503s_and_sigterm_still_stops_serve(session: Path) -> None:
    served = start_serve(session)
    holder = sqlite3.connect(session, timeout=0, isolation_level=None)
    try:
        assert post_ballot(served, "before-lock-0000-abcdefgh").status == 200
        holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        answers = [post_ballot(served, f"locked-{n:04d}-abcdefghij") for n in range(4)]
        assert [a.status for a in answers] == [503] * 4
        assert max(a.seconds for a in answers) < 1.0
        stop_within(served, 2.0)
    finally:
        with contextlib.suppress(sqlite3.Error):
            holder.execute("ROLLBACK")
        holder.close()
        served.stop()


def test_sigterm_ends_serve_within_two_seconds_while_requests_are_stuck(session: Path) -> None:
    import threading

    served = start_serve(session)
    holder = sqlite3.connect(session, timeout=0, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        threads = [
            threading.Thread(
                target=post_ballot,
                args=(served, f"stuck-{n:04d}-abcdefghijk"),
                kwargs={"source": f"127.0.0.{20 + n}"},
                daemon=True,
            )
            for n in range(12)
        ]
        for thread in threads:
            thread.start()
        time.sleep(0.2)  # the requests are queued behind the lock
        stop_within(served, 2.0)
        for thread in threads:
            thread.join(10)
    finally:
        with contextlib.suppress(sqlite3.Error):
            holder.execute("ROLLBACK")
        holder.close()
        served.stop()


def test_device_token_with_a_newline_and_dirty_comments(session: Path) -> None:
    served = start_serve(session)
    try:
        newline = json.dumps(ballot(device="abcdefghijklmnopq\n")).encode()
        reply = post_ballot(served, "", body=newline)
        assert reply.status == 400
        assert json.loads(reply.body)["error"] == "phone_device_invalid"
        dirty = "ok\x00\x1b[2J\x08 \u202eevil\u202c \u200bhidden\ufeff 👩‍💻 👍🏽"
        assert post_ballot(served, "clean-comment-0000-abc", comment=dirty).status == 200
    finally:
        served.stop()
    with SessionStore.open(session) as store:
        assert [b.comment for b in store.ballots(1)] == ["ok[2J evil hidden 👩‍💻 👍🏽"]
