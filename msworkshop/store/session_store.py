"""The session file: one SQLite file per workshop, written one durable transaction at a time.

Opening first checks the file without writing (see :mod:`file_check`). A file we may not
write (read-only file or folder) opens in read-only mode: it is copied into memory and
migrated there, reads work as usual, and every write raises ``SessionFileError('read_only')``.

Connections are not shared between threads (sqlite3's default); the app writes from the GUI
thread. Several processes may write the same file: each write is its own ``BEGIN IMMEDIATE``
transaction, committed with ``synchronous=FULL`` before the method returns.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import (
    MAX_NAME_LENGTH,
    MAX_TEAMS,
    Round,
    RoundStatus,
    Team,
    Workshop,
    validate_workshop,
)
from msworkshop.store import file_guard, rows
from msworkshop.store.action_vote_queries import ActionVoteQueries
from msworkshop.store.connection import create_file, open_read_only_copy, open_read_write
from msworkshop.store.errors import SessionFileError, error_from_sqlite
from msworkshop.store.file_check import check_session_file
from msworkshop.store.followup_queries import FollowupQueries
from msworkshop.store.plan_queries import PlanQueries
from msworkshop.store.room_comments import RoomCommentQueries
from msworkshop.store.sync import sync_functions, sync_teams

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds another process may hold the write lock before we give up


class SessionStore(PlanQueries, FollowupQueries, ActionVoteQueries, RoomCommentQueries):
    """An open session file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._companions = {} if read_only else file_guard.companion_identities(path)
        self._file_id = "" if read_only else file_guard.ensure_file_id(conn)
        # Taken after the id's checkpoint: from now on only our own writes change the file.
        self._identity = None if read_only else file_guard.identity_of(path)
        self._lost: SessionFileError | None = None
        self._written = False  # since the last compaction

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | Path, workshop: Workshop, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> SessionStore:
        """Create a new session file (never overwriting one) holding ``workshop``, no rounds."""
        path = Path(path)
        validate_workshop(workshop)

        def write(conn: sqlite3.Connection) -> None:
            write_workshop(conn, workshop, path.name)

        try:
            create_file(path, write)
        except sqlite3.Error as exc:
            raise SessionFileError("session_create_failed", name=path.name) from exc
        return cls.open(path, busy_timeout=busy_timeout)

    @classmethod
    def open(cls, path: str | Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> SessionStore:
        """Open and migrate a session file; read-only files open in read-only mode."""
        path = Path(path)
        check = check_session_file(path, busy_timeout)
        try:
            if check.writable:
                try:
                    return cls(path, open_read_write(path, busy_timeout))
                except sqlite3.Error as exc:
                    if error_from_sqlite(exc, path).key not in ("read_only", "session_no_access"):
                        raise
            return cls(path, open_read_only_copy(path, busy_timeout), read_only=True)
        except sqlite3.Error as exc:
            raise error_from_sqlite(exc, path) from exc

    def close(self) -> None:
        """Close the file, first rewriting it so that nothing in it follows voting order."""
        try:
            if self._written:
                self.compact()
        finally:
            self._conn.close()

    @property
    def file_lost(self) -> SessionFileError | None:
        """Why writes are refused because the path no longer names the opened file, else None."""
        return self._lost

    def check_file(self) -> None:
        """Raise ``session_file_lost`` when the path no longer names the file we opened."""
        if self._lost is None and not self._still_our_file():
            self._lose_file()
        if self._lost is not None:
            raise self._lost

    def _still_our_file(self) -> bool:
        now = file_guard.identity_of(self.path)
        if self._identity is None or now is None or not self._identity.same_file(now):
            return False
        if not self._identity.unchanged(now):  # not by our last write: look inside
            if not file_guard.main_file_has_id(self.path, self._file_id):
                return False
            self._identity = now
        return True

    def _lose_file(self) -> SessionFileError:
        if self._lost is None:
            self._lost = file_guard.lost_error(self.path)
            file_guard.let_go_of_path(self._conn, self.path, self._companions)
        return self._lost

    def compact(self) -> bool:
        """Rewrite the file in random-id order and empty its WAL (round and session close).

        Until then an open round's ballots sit on their pages (and in the WAL) in arrival
        order. False when it could not be done now; it is tried again at the next close.
        """
        if self.read_only or self._lost is not None or self._identity is None:
            return False
        if not self._still_our_file():
            return False
        done = file_guard.compact(self._conn, self.path)
        self._identity = file_guard.identity_of(self.path)
        if done:
            self._written = False
        return done

    def save_copy(self, target: str | Path) -> None:
        """Save everything this store holds as a new session file (after ``session_file_lost``
        too: the open connection still reads the file that was deleted or replaced)."""
        file_guard.save_copy(self._conn, Path(target))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- transactions --------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction, committed (durably) or rolled back."""
        if self.read_only:
            raise SessionFileError("read_only", name=self.path.name)
        self.check_file()
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError:
            raise  # a bug in our checks, not a problem with the file
        except sqlite3.Error as exc:
            raise error_from_sqlite(exc, self.path) from exc
        self._written = True
        self.check_file()  # deleted or replaced meanwhile: the write went nowhere useful
        self._identity = file_guard.identity_of(self.path)  # a checkpoint may have run

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise error_from_sqlite(exc, self.path) from exc

    # --- workshop and teams --------------------------------------------------------------

    def workshop(self) -> Workshop:
        """The set-up, teams and functions in their position order."""
        try:
            return rows.read_workshop(self._conn)
        except sqlite3.Error as exc:
            raise error_from_sqlite(exc, self.path) from exc

    def update_workshop(self, workshop: Workshop, *, delete_ballots: bool = False) -> None:
        """Save the set-up. Teams match by id; id 0 (or an unknown id) adds a team.

        Removing a team or function that has ballots raises ``team_has_ballots`` /
        ``function_has_ballots`` unless ``delete_ballots`` is true.
        """
        validate_workshop(workshop)
        with self._write() as conn:
            conn.execute(
                "UPDATE workshop SET title = ?, date = ?, organisation = ?, facilitator = ?,"
                " language = ?, mode = ?, threshold = ? WHERE id = 1",
                rows.workshop_values(workshop),
            )
            sync_functions(conn, workshop.functions, self.path.name, delete_ballots)
            sync_teams(conn, workshop.teams, self.path.name, delete_ballots)

    def add_team(self, name: str) -> Team:
        name = name.strip()
        if not name:
            raise UserError("team_name_required")
        if len(name) > MAX_NAME_LENGTH:
            raise UserError("team_name_too_long", team=name[:20], limit=MAX_NAME_LENGTH)
        with self._write() as conn:
            names = [row[0].casefold() for row in conn.execute("SELECT name FROM teams")]
            if name.casefold() in names:
                raise UserError("duplicate_team")
            if len(names) >= MAX_TEAMS:
                raise UserError("too_many_teams", limit=MAX_TEAMS)
            cursor = conn.execute(
                "INSERT INTO teams (name, position)"
                " VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM teams))",
                (name,),
            )
            assert cursor.lastrowid is not None
            return Team(id=cursor.lastrowid, name=name)

    # --- rounds --------------------------------------------------------------------------

    def rounds(self) -> list[Round]:
        return [
            Round(number, RoundStatus(status))
            for number, status in self._query("SELECT number, status FROM rounds ORDER BY number")
        ]

    def current_round(self) -> Round | None:
        """The open round (a reopened earlier one too), else the highest-numbered; None before
        the first vote."""
        found = self._query(
            "SELECT number, status FROM rounds ORDER BY status = 'open' DESC, number DESC LIMIT 1"
        )
        return Round(found[0][0], RoundStatus(found[0][1])) if found else None

    def open_round(self) -> Round:
        """Close any open round and open the next number. At most one round is ever open."""
        with self._write() as conn:
            closed = conn.execute("UPDATE rounds SET status = 'closed' WHERE status = 'open'")
            number = conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM rounds").fetchone()[0]
            conn.execute("INSERT INTO rounds (number, status) VALUES (?, 'open')", (number,))
        if closed.rowcount:
            self.compact()
        return Round(number, RoundStatus.OPEN)

    def close_round(self) -> Round | None:
        """Close the open round and return it; None when no round was open. The file is then
        rewritten so that its ballots' physical order no longer follows arrival."""
        with self._write() as conn:
            found = conn.execute("SELECT MAX(number) FROM rounds WHERE status = 'open'").fetchone()
            if found[0] is None:
                return None
            conn.execute("UPDATE rounds SET status = 'closed' WHERE status = 'open'")
        self.compact()
        return Round(found[0], RoundStatus.CLOSED)

    def reopen_round(self, number: int) -> Round:
        """Open round ``number`` again (closing any other open round)."""
        with self._write() as conn:
            if not conn.execute("SELECT 1 FROM rounds WHERE number = ?", (number,)).fetchone():
                raise UserError("round_not_found", round=number)
            closed = conn.execute(
                "UPDATE rounds SET status = 'closed' WHERE status = 'open' AND number != ?",
                (number,),
            )
            conn.execute("UPDATE rounds SET status = 'open' WHERE number = ?", (number,))
        if closed.rowcount:
            self.compact()
        return Round(number, RoundStatus.OPEN)

    # --- ballots -------------------------------------------------------------------------

    def add_ballot(self, ballot: Ballot, replace_key: str | None = None) -> str:
        """Store one ballot durably and return its random id.

        With ``replace_key``, an earlier ballot stored with the same key in the same round is
        replaced (one phone, one vote per round), in the same transaction.
        """
        with self._write() as conn:
            _BallotChecker(conn).check(ballot)
            if replace_key is not None:
                conn.execute(
                    "DELETE FROM ballots WHERE round = ? AND replace_key = ?",
                    (ballot.round_number, replace_key),
                )
            return _insert_ballot(conn, ballot, replace_key)

    def add_ballots(self, ballots: Sequence[Ballot]) -> int:
        """Store many ballots in one transaction (a CSV import): all of them or none."""
        return len(self.insert_ballots(ballots))

    def insert_ballots(self, ballots: Sequence[Ballot]) -> list[str]:
        """Like :meth:`add_ballots`, returning the new ballots' random ids (so that the
        facilitator can take back what they just typed; the ids are kept nowhere else)."""
        with self._write() as conn:
            checker = _BallotChecker(conn)
            for ballot in ballots:
                checker.check(ballot)
            return [_insert_ballot(conn, ballot, None) for ballot in ballots]

    def remove_ballots(self, ballot_ids: Sequence[str]) -> int:
        """Delete the ballots with these ids, in one transaction; how many there were."""
        with self._write() as conn:
            removed = 0
            for ballot_id in ballot_ids:
                removed += conn.execute("DELETE FROM ballots WHERE id = ?", (ballot_id,)).rowcount
        return removed

    def ballots(self, round_number: int | None = None) -> list[Ballot]:
        """The ballots of a round (default: the current one), in a meaningless but stable order."""
        number = self._round_or_current(round_number)
        if number is None:
            return []
        return rows.ballots_from_rows(
            self._query(f"{rows.BALLOT_SELECT} WHERE round = ? ORDER BY id", (number,))
        )

    def ballot_count(self, round_number: int | None = None) -> int:
        number = self._round_or_current(round_number)
        if number is None:
            return 0
        return int(self._query("SELECT COUNT(*) FROM ballots WHERE round = ?", (number,))[0][0])

    def ballot_counts_by_source(self) -> dict[int, dict[str, int]]:
        """Round number -> ballot source (phone, paper, kiosk, import) -> count; every round
        is listed, the sources that have ballots only."""
        counts: dict[int, dict[str, int]] = {r.number: {} for r in self.rounds()}
        for number, source, count in self._query(
            "SELECT round, source, COUNT(*) FROM ballots GROUP BY round, source"
        ):
            counts.setdefault(int(number), {})[str(source)] = int(count)
        return counts

    def _round_or_current(self, round_number: int | None) -> int | None:
        if round_number is not None:
            return round_number
        current = self.current_round()
        return current.number if current else None

    # --- agreements, notes, settings -----------------------------------------------------

    def set_agreement(
        self, team_id: int, current: int, target: int, *, round_number: int | None = None
    ) -> None:
        """Record the agreed current and target stage; target == current: stay and strengthen.

        The agreement is also kept for its round (default: the current round), so that an
        earlier round's agreement stays when a later round is agreed.
        """
        for stage in (current, target):
            if isinstance(stage, bool) or not isinstance(stage, int) or not 1 <= stage <= 4:
                raise UserError("stage_invalid")
        number = self._round_or_current(round_number)
        with self._write() as conn:
            _require_team(conn, team_id)
            conn.execute(
                "INSERT INTO agreements (team_id, current_stage, target_stage) VALUES (?, ?, ?)"
                " ON CONFLICT (team_id) DO UPDATE SET current_stage = excluded.current_stage,"
                " target_stage = excluded.target_stage",
                (team_id, current, target),
            )
            if number is None:
                return
            if not conn.execute("SELECT 1 FROM rounds WHERE number = ?", (number,)).fetchone():
                raise UserError("round_not_found", round=number)
            conn.execute(
                "INSERT INTO agreement_rounds (team_id, round, current_stage, target_stage)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (team_id, round) DO UPDATE SET"
                " current_stage = excluded.current_stage, target_stage = excluded.target_stage",
                (team_id, number, current, target),
            )

    def agreements(self) -> dict[int, tuple[int, int]]:
        """Each team's latest agreement (whatever its round)."""
        found = self._query("SELECT team_id, current_stage, target_stage FROM agreements")
        return {team_id: (current, target) for team_id, current, target in found}

    def set_team_note(self, team_id: int, text: str) -> None:
        """Save a team's discussion notes; blank text removes them."""
        with self._write() as conn:
            _require_team(conn, team_id)
            if not text.strip():
                conn.execute("DELETE FROM team_notes WHERE team_id = ?", (team_id,))
                return
            conn.execute(
                "INSERT INTO team_notes (team_id, text) VALUES (?, ?)"
                " ON CONFLICT (team_id) DO UPDATE SET text = excluded.text",
                (team_id, text),
            )

    def team_notes(self) -> dict[int, str]:
        return dict(self._query("SELECT team_id, text FROM team_notes"))

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        found = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(found[0][0]) if found else default

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a small text value under ``key``; None removes it."""
        with self._write() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, str(value)),
                )


class _BallotChecker:
    """Checks a ballot's round, team and function against the file, inside the transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._rounds = {row[0] for row in conn.execute("SELECT number FROM rounds")}
        self._teams = {row[0] for row in conn.execute("SELECT id FROM teams")}
        self._functions = {row[0] for row in conn.execute("SELECT key FROM functions")}

    def check(self, ballot: Ballot) -> None:
        if ballot.round_number not in self._rounds:
            raise UserError("round_not_found", round=ballot.round_number)
        if ballot.team_id not in self._teams:
            raise UserError("unknown_team", team=ballot.team_id)
        if ballot.function not in self._functions:
            raise UserError("unknown_function", function=ballot.function)
        if ballot.stage is not None and not 1 <= ballot.stage <= 4:
            raise UserError("stage_invalid")
        if not _is_storable_text(ballot.comment):
            raise UserError("comment_invalid")


def _is_storable_text(text: str) -> bool:
    """False for text SQLite cannot take as UTF-8 (a lone surrogate, e.g. from JSON)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _insert_ballot(conn: sqlite3.Connection, ballot: Ballot, replace_key: str | None) -> str:
    ballot_id = os.urandom(16).hex()  # random, so storage order does not tell voting order
    conn.execute(
        f"INSERT INTO ballots ({rows.BALLOT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.ballot_values(ballot_id, ballot, replace_key),
    )
    return ballot_id


def _require_team(conn: sqlite3.Connection, team_id: int) -> None:
    if not conn.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone():
        raise UserError("unknown_team", team=team_id)


def write_workshop(conn: sqlite3.Connection, workshop: Workshop, name: str) -> None:
    """The set-up of a new session file (``name`` for its messages): the workshop row, its
    functions and its teams."""
    conn.execute(
        "INSERT INTO workshop (id, title, date, organisation, facilitator, language,"
        " mode, threshold) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        rows.workshop_values(workshop),
    )
    sync_functions(conn, workshop.functions, name, delete_ballots=False)
    sync_teams(conn, workshop.teams, name, delete_ballots=False)
