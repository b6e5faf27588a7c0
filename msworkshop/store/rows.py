"""Conversions between domain values and the session file's rows."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from msworkshop.domain.ballot import NO_ANSWERS, Answers, Ballot, Source
from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop

BALLOT_COLUMNS = "id, round, team_id, function, stage, answers, comment, source, replace_key"
BALLOT_SELECT = "SELECT round, team_id, function, stage, answers, comment, source FROM ballots"


def workshop_values(workshop: Workshop) -> tuple[object, ...]:
    """Values for the single ``workshop`` row, in column order after ``id``."""
    return (
        workshop.title,
        workshop.date.isoformat() if workshop.date else None,
        workshop.organisation,
        workshop.facilitator,
        workshop.language,
        str(workshop.mode),
        workshop.threshold,
    )


def read_workshop(conn: sqlite3.Connection) -> Workshop:
    row = conn.execute(
        "SELECT title, date, organisation, facilitator, language, mode, threshold"
        " FROM workshop WHERE id = 1"
    ).fetchone()
    if row is None:
        raise LookupError("session file has no workshop row")
    title, date, organisation, facilitator, language, mode, threshold = row
    teams = tuple(
        Team(id=team_id, name=name)
        for team_id, name in conn.execute("SELECT id, name FROM teams ORDER BY position, id")
    )
    functions = tuple(
        Function(key=key, name=name)
        for key, name in conn.execute("SELECT key, name FROM functions ORDER BY position, key")
    )
    return Workshop(
        title=title,
        teams=teams,
        functions=functions,
        language=language,
        mode=VotingMode(mode),
        threshold=int(threshold),
        date=dt.date.fromisoformat(date) if date else None,
        organisation=organisation,
        facilitator=facilitator,
    )


def encode_answers(answers: Answers) -> str | None:
    """JSON array of 20 ints/nulls, or NULL when no statement was answered."""
    if len(answers) != STATEMENT_COUNT:
        raise UserError("answers_count", count=STATEMENT_COUNT)
    if all(a is None for a in answers):
        return None
    return json.dumps([None if a is None else int(a) for a in answers], separators=(",", ":"))


def decode_answers(text: str | None) -> Answers:
    if text is None:
        return NO_ANSWERS
    values = json.loads(text)
    return tuple(None if v is None else int(v) for v in values)


def ballot_values(ballot_id: str, ballot: Ballot, replace_key: str | None) -> tuple[object, ...]:
    """Values for an insert into ``ballots`` (see ``BALLOT_COLUMNS``)."""
    return (
        ballot_id,
        ballot.round_number,
        ballot.team_id,
        ballot.function,
        ballot.stage,
        encode_answers(ballot.answers),
        ballot.comment,
        str(ballot.source),
        replace_key,
    )


def ballots_from_rows(rows: Iterable[tuple[Any, ...]]) -> list[Ballot]:
    """Ballots from rows selected with ``BALLOT_SELECT``."""
    ballots: list[Ballot] = []
    for round_number, team_id, function, stage, answers, comment, source in rows:
        ballots.append(
            Ballot(
                team_id=int(team_id),
                function=str(function),
                round_number=int(round_number),
                stage=None if stage is None else int(stage),
                answers=decode_answers(answers),
                comment=str(comment),
                source=Source(source),
            )
        )
    return ballots
