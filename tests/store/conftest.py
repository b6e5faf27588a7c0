"""Fixtures for the session-file tests: real SQLite files in tmp_path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from msworkshop.domain.ballot import NO_ANSWERS, Ballot, Source
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.store import SESSION_SUFFIX, SessionStore


def make_workshop(*teams: str, third: str = "") -> Workshop:
    functions = [Function("marketing"), Function("sales")]
    if third:
        functions.append(Function("customer_service", third))
    return Workshop(
        title="Relatie-check Noord",
        teams=tuple(Team(0, name) for name in (teams or ("North", "South"))),
        functions=tuple(functions),
        language="nl",
        mode=VotingMode.BOTH,
        threshold=4,
        date=dt.date(2026, 3, 12),
        organisation="Acme BV",
        facilitator="Sam",
    )


def make_ballot(
    team_id: int = 1,
    function: str = "marketing",
    round_number: int = 1,
    stage: int | None = 2,
    answers: tuple[int | None, ...] = NO_ANSWERS,
    comment: str = "",
    source: Source = Source.KIOSK,
) -> Ballot:
    return Ballot(
        team_id=team_id,
        function=function,
        round_number=round_number,
        stage=stage,
        answers=answers,
        comment=comment,
        source=source,
    )


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return tmp_path / f"workshop{SESSION_SUFFIX}"


@pytest.fixture
def store(session_path: Path) -> Iterator[SessionStore]:
    """A new session with teams North (1) and South (2), a third function and round 1 open."""
    with SessionStore.create(session_path, make_workshop(third="Klantenservice")) as opened:
        opened.open_round()
        yield opened


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes: to prove a failed open changed nothing."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
