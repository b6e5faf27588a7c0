"""Faults: the participant server killed mid-burst, and broken session files opened in the app.

1. ``msworkshop serve`` runs as a real process; several threads fire full-diagnostic phone
   ballots at it (some phones vote twice, replacing their ballot); the process gets SIGKILL
   while requests are in flight. Afterwards every ballot that was answered 200 is in the file
   (found under ``tokens.replace_key(secret, device, round)``), no phone has two ballots, the
   file passes ``PRAGMA integrity_check`` and the store and the app open it normally.
2. The corpus of broken session files from ``tests/store/test_store_file_check.py`` goes
   through the app's own path (``MainWindow.open_path`` → ``SessionController.open``): each
   gives one clear, translated message naming the file, and every file in the folder stays
   byte-for-byte the same.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SessionFileError, SessionStore
from msworkshop.ui.common import dialogs, i18n
from msworkshop.ui.services.phones import attach_phone_voting
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.voting import tokens
from tests.store.conftest import make_ballot, snapshot
from tests.store.conftest import make_workshop as store_workshop
from tests.store.test_store_file_check import BAD_FILES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and modes")

THREADS = 6
KILL_AFTER_ACKED = 120  # successful ballots before the kill; requests keep flying meanwhile
BURST_TIMEOUT = 30.0


def _crash_workshop() -> Workshop:
    return Workshop(
        title="Crash test",
        teams=(Team(0, "North"), Team(0, "South")),
        functions=(Function("marketing"), Function("sales")),
        language="en",
        mode=VotingMode.BOTH,
    )


@dataclass
class Attempt:
    device: str
    comment: str
    status: int | str = "unsent"  # an HTTP status, or the exception's name


@dataclass
class Burst:
    attempts: list[Attempt] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    acked: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def record(self, attempt: Attempt) -> None:
        with self.lock:
            self.attempts.append(attempt)
            if attempt.status == 200:
                self.acked += 1


def _phone_thread(burst: Burst, host: str, port: int, prefix: str, number: int) -> None:
    """One thread of phones: each phone votes once, every third votes again (a replacement)."""
    conn: http.client.HTTPConnection | None = None
    phone = 0
    while not burst.stop.is_set():
        device = f"crash-{number}-{phone:06d}-padding"
        votes = 2 if phone % 3 == 0 else 1
        for version in range(votes):
            answers = [(phone + version + i) % 5 + 1 for i in range(20)]
            attempt = Attempt(device, f"t{number} p{phone} v{version}")
            body = json.dumps(
                {
                    "team": 1 + phone % 2,
                    "function": ("marketing", "sales")[number % 2],
                    "stage": 1 + phone % 4,
                    "answers": answers,
                    "comment": attempt.comment,
                    "round": 1,
                    "device": device,
                }
            ).encode()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(host, port, timeout=10)
                conn.request(
                    "POST",
                    prefix + "api/ballot",
                    body=body,
                    headers={"Content-Type": "application/json"},
                )
                reply = conn.getresponse()
                reply.read()
                attempt.status = reply.status
            except (OSError, http.client.HTTPException) as error:
                attempt.status = type(error).__name__
                if conn is not None:
                    conn.close()
                conn = None
                burst.record(attempt)
                if burst.stop.is_set():
                    return
                time.sleep(0.01)  # refused after the kill: the loop ends once stop is set
                continue
            burst.record(attempt)
            if attempt.status == 429:  # the per-address rate limit: back off like a phone
                time.sleep(0.05)
        phone += 1


@pytest.fixture
def crash_file(tmp_path: Path) -> Path:
    path = tmp_path / "crash.msworkshop"
    SessionStore.create(path, _crash_workshop()).close()
    return path


def _start_serve(path: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "msworkshop",
            "serve",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("Join URL: "):
        process.kill()
        errors = process.stderr.read() if process.stderr else ""
        raise AssertionError(f"no join URL: {line!r} {errors}")
    return process, line.removeprefix("Join URL: ")


def test_sigkill_mid_burst_loses_no_acknowledged_ballot(crash_file: Path, qtbot) -> None:
    process, url = _start_serve(crash_file)
    parts = urlsplit(url)
    burst = Burst()
    threads = [
        threading.Thread(
            target=_phone_thread,
            daemon=True,
            args=(burst, parts.hostname, parts.port, f"/j{parts.path}/", n),
        )
        for n in range(THREADS)
    ]
    try:
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + BURST_TIMEOUT
        while burst.acked < KILL_AFTER_ACKED and time.monotonic() < deadline:
            time.sleep(0.002)
        in_flight_at_kill = sum(t.is_alive() for t in threads)
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
        time.sleep(0.1)  # let the in-flight requests fail against the dead process
        # No clean close, no checkpoint: recent ballots live only in the -wal file.
        wal_left_behind = Path(f"{crash_file}-wal").exists()
    finally:
        burst.stop.set()
        for thread in threads:
            thread.join(15)
        if process.poll() is None:
            process.kill()
            process.wait()
    assert in_flight_at_kill == THREADS, "the kill must land while every phone is sending"
    assert burst.acked >= KILL_AFTER_ACKED, f"only {burst.acked} answered before the timeout"
    failed = [a for a in burst.attempts if not isinstance(a.status, int)]
    assert failed, "at least one request must have been cut off by the kill"
    assert not [a for a in burst.attempts if isinstance(a.status, int) and a.status >= 500]
    assert wal_left_behind

    # The file itself: integrity first, with a plain SQLite connection (it reads the -wal).
    conn = sqlite3.connect(crash_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        secret = (
            conn.execute("SELECT value FROM settings WHERE key = ?", (tokens.SECRET_SETTING,))
            .fetchone()[0]
            .encode("ascii")
        )
        rows = conn.execute("SELECT round, replace_key, comment, source FROM ballots").fetchall()
    finally:
        conn.close()

    stored = {key: comment for _round, key, comment, _source in rows}
    assert len(stored) == len(rows), "a phone has two ballots in one round"
    assert {r[0] for r in rows} == {1} and {r[3] for r in rows} == {"phone"}
    sent: dict[str, list[Attempt]] = {}
    for attempt in burst.attempts:
        sent.setdefault(attempt.device, []).append(attempt)
    keys = {tokens.replace_key(secret, device, 1): device for device in sent}
    assert set(stored) <= set(keys), "a stored ballot that no phone sent"
    for device, attempts in sent.items():
        key = tokens.replace_key(secret, device, 1)
        acked = [i for i, a in enumerate(attempts) if a.status == 200]
        if not acked:
            continue
        assert key in stored, f"{device}: answered 200 but not in the file"
        # The stored ballot is the last acknowledged one, or a later one whose answer the kill
        # cut off (committed, then killed before the reply went out): never an older one.
        later = {a.comment for a in attempts[acked[-1] :]}
        assert stored[key] in later, (device, stored[key], later)
    answered_ballots = sum(1 for a in sent.values() if any(x.status == 200 for x in a))
    assert len(stored) >= answered_ballots

    # The store and the app open the file normally and see exactly these ballots.
    with SessionStore.open(crash_file) as store:
        assert not store.read_only
        assert store.ballot_count(1) == len(stored)
        assert all(len(b.answers) == 20 and b.stage for b in store.ballots(1))
    controller = SessionController()
    try:
        controller.open(crash_file)
        assert controller.ballot_count() == len(stored)
        assert controller.result is not None
        current = controller.current_round()
        assert current is not None and current.number == 1 and current.is_open
    finally:
        controller.close()
    assert [p.name for p in crash_file.parent.iterdir()] == [crash_file.name]


# --- broken session files through the app ----------------------------------------------------


def _read_only_file(path: Path) -> None:
    with SessionStore.create(path, store_workshop()) as store:
        store.open_round()
        store.add_ballot(make_ballot(comment="kept"))
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)


def _read_only_folder(path: Path) -> None:
    _read_only_file(path)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    path.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, list[str]]]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: shown.append(text))
    controller = SessionController()
    attach_phone_voting(controller)
    main = MainWindow(controller, full_screen_kiosk=False)
    qtbot.addWidget(main)
    yield main, shown
    controller.close()
    i18n.set_ui_language("en")


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app waits 5 s for a locked file; 0.3 s is enough to prove the message."""
    original = SessionStore.open

    def open_quickly(cls: type[SessionStore], path: Path, *, busy_timeout: float = 0.3):
        return original(path, busy_timeout=busy_timeout)

    monkeypatch.setattr(SessionStore, "open", classmethod(open_quickly))


def _expected_messages(path: Path) -> tuple[SessionFileError, dict[str, str]]:
    with pytest.raises(SessionFileError) as caught:
        SessionStore.open(path, busy_timeout=0.3)
    error = caught.value
    return error, {lang: error.message(lang) for lang in ("en", "nl")}


@pytest.mark.parametrize("ui_language", ["en", "nl"])
@pytest.mark.parametrize(("make", "key"), BAD_FILES, ids=[m.__name__ for m, _ in BAD_FILES])
def test_broken_file_opened_in_the_app(
    tmp_path: Path,
    window: tuple[MainWindow, list[str]],
    make: Callable[[Path], object],
    key: str,
    ui_language: str,
) -> None:
    main, shown = window
    assert i18n.set_ui_language(ui_language)
    path = tmp_path / "broken.msworkshop"
    make(path)
    before = snapshot(tmp_path)
    error, messages = _expected_messages(path)
    assert error.key == key
    assert messages["en"] != messages["nl"]

    assert main.open_path(path) is False
    assert not main.controller.is_open
    assert main.body.currentWidget() is main.empty_page
    [text] = shown
    assert text == messages[ui_language]  # in the facilitator's language, naming the file
    assert path.name in text and "Traceback" not in text and "sqlite3" not in text
    assert snapshot(tmp_path) == before


def test_locked_file_opened_in_the_app(
    tmp_path: Path, window: tuple[MainWindow, list[str]], short_busy_timeout: None
) -> None:
    main, shown = window
    path = tmp_path / "locked.msworkshop"
    SessionStore.create(path, store_workshop()).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("PRAGMA locking_mode = EXCLUSIVE")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        before = path.read_bytes()
        error, messages = _expected_messages(path)
        assert error.key == "session_locked"
        assert main.open_path(path) is False
        [text] = shown
        assert text == messages["en"] and path.name in text
        assert path.read_bytes() == before
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert main.open_path(path) is True  # once the other program lets go, it opens


@pytest.mark.parametrize("make", [_read_only_file, _read_only_folder])
def test_read_only_file_opens_read_only_in_the_app(
    tmp_path: Path, window: tuple[MainWindow, list[str]], make: Callable[[Path], None]
) -> None:
    main, shown = window
    folder = tmp_path / "media"
    folder.mkdir()
    path = folder / "readonly.msworkshop"
    make(path)
    try:
        before = snapshot(folder)
        assert main.open_path(path) is True
        assert shown == []
        controller = main.controller
        assert controller.store().read_only
        assert [b.comment for b in controller.store().ballots()] == ["kept"]
        phones = controller.phones
        assert phones.error is not None and phones.error.key == "phone_read_only"
        assert controller.join_url == ""  # no phone can be told to vote into a read-only file
        main.close_session()
        assert snapshot(folder) == before
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
