"""Fixtures for the browser tests: the real page, served by ``msworkshop serve`` in a
subprocess, driven by Playwright through Debian's Chromium in a phone-sized viewport.

Set ``MSW_SCREENSHOTS=/some/folder`` to save a screenshot of every page state (not committed).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SessionStore

PHONE = {"width": 390, "height": 844}


@dataclass
class Served:
    url: str  # the page: http://host:port/j/<code>/
    path: Path
    process: subprocess.Popen[str]
    short_url: str = ""  # what the projector shows: http://host:port/<code>

    def store(self) -> SessionStore:
        """A second connection to the session file, as the facilitator's app would have."""
        return SessionStore.open(self.path)

    def close_round(self) -> None:
        with self.store() as store:
            store.close_round()

    def open_round(self) -> int:
        with self.store() as store:
            return store.open_round().number


@dataclass
class Phone:
    page: Any
    served: Served
    name: str
    errors: list[str] = field(default_factory=list)
    shots: int = 0

    def open(self, url: str | None = None) -> Any:
        """Load the page; it polls the round status every 300 ms here (2 s in real use)."""
        return self.page.goto(url or self.served.url + "?poll=300")

    def shot(self, label: str) -> None:
        folder = os.environ.get("MSW_SCREENSHOTS")
        if folder:
            self.shots += 1
            target = Path(folder) / f"{self.name}-{self.shots:02d}-{label}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(target), full_page=True)


def make_session(path: Path, mode: VotingMode, language: str = "en") -> None:
    workshop = Workshop(
        title="Spring offsite <Acme & Co>",
        teams=(Team(0, "North"), Team(0, "South <b>& East</b>")),
        functions=(Function("marketing"), Function("sales")),
        language=language,
        mode=mode,
    )
    SessionStore.create(path, workshop).close()


def start_server(path: Path) -> Served:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "msworkshop",  # the command line's serve: with the take-home answers
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
        raise AssertionError(f"serve did not start: {line!r} {process.stderr.read()!r}")
    short = line.removeprefix("Join URL: ")  # http://host:port/<code>
    base, code = short.rsplit("/", 1)
    return Served(f"{base}/j/{code}/", path, process, short)


@pytest.fixture
def session_mode() -> VotingMode:
    return VotingMode.BOTH


@pytest.fixture
def served(tmp_path: Path, session_mode: VotingMode) -> Iterator[Served]:
    path = tmp_path / "phones.msworkshop"
    make_session(path, session_mode)
    running = start_server(path)
    yield running
    stop_server(running)


def stop_server(running: Served) -> None:
    """SIGTERM, as a facilitator's Ctrl-C would; the server must stop cleanly (exit 0)."""
    running.process.send_signal(signal.SIGTERM)
    try:
        assert running.process.wait(timeout=10) == 0
    finally:
        if running.process.poll() is None:
            running.process.kill()


@pytest.fixture
def phone(browser: Any, served: Served, request: pytest.FixtureRequest) -> Iterator[Phone]:
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="en-GB"
    )
    context.set_default_timeout(8000)
    page = context.new_page()
    phone = Phone(page, served, request.node.name.removeprefix("test_"))
    page.on(
        "console",
        lambda message: phone.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: phone.errors.append(str(error)))
    yield phone
    context.close()


def ballots(served: Served, round_number: int | None = None) -> list[Any]:
    with served.store() as store:
        return store.ballots(round_number)
