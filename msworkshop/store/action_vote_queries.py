"""Dot votes on the actions in the session file (``action_votes``, ``action_dots``; v5).

A mixin of :class:`~msworkshop.store.session_store.SessionStore`: every change is one durable
``BEGIN IMMEDIATE`` transaction of the store's ``_write()``. A phone's dots are stored under
``voter``, a keyed hash the participant API makes from the phone's random token; a phone that
places dots again replaces all its earlier dots (in any team's vote) in the same transaction.
Reads return sums only, never one voter's dots.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from msworkshop.domain.action_vote import ActionVote, DotCounts, VoteStatus, check_dots
from msworkshop.domain.messages import UserError

MAX_VOTER_KEY = 128


class ActionVoteQueries:
    """Action-vote queries; mixed into SessionStore."""

    # Provided by SessionStore.
    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError  # pragma: no cover

    # -- the votes ---------------------------------------------------------------------------
    def action_votes(self) -> dict[int, ActionVote]:
        """Team id -> its dot vote (teams that never had one are left out)."""
        return {
            int(team_id): ActionVote(int(team_id), VoteStatus(status), bool(revealed))
            for team_id, status, revealed in self._query(
                "SELECT team_id, status, revealed FROM action_votes"
            )
        }

    def open_vote_teams(self) -> list[int]:
        """The teams whose vote is open, in id order (asked by every phone's status poll)."""
        return [
            int(row[0])
            for row in self._query(
                "SELECT team_id FROM action_votes WHERE status = 'open' ORDER BY team_id"
            )
        ]

    def open_action_votes(self, team_ids: Iterable[int]) -> None:
        """Open (or reopen) the dot vote of these teams; dots placed earlier stay, the ranking
        is hidden from the room again until revealed."""
        self._set_votes(team_ids, VoteStatus.OPEN, revealed=False)

    def close_action_votes(self, team_ids: Iterable[int]) -> None:
        """Close these teams' votes: phones can no longer place or change dots."""
        with self._write() as conn:
            for team_id in team_ids:
                conn.execute(
                    "UPDATE action_votes SET status = 'closed' WHERE team_id = ?", (team_id,)
                )

    def set_action_vote(self, team_id: int, vote: ActionVote | None) -> None:
        """Put one team's vote in exactly this state (None: no vote); undo and redo use it."""
        with self._write() as conn:
            _require_team(conn, team_id)
            if vote is None:
                conn.execute("DELETE FROM action_votes WHERE team_id = ?", (team_id,))
                return
            _upsert(conn, team_id, vote.status, vote.revealed)

    def _set_votes(self, team_ids: Iterable[int], status: VoteStatus, *, revealed: bool) -> None:
        with self._write() as conn:
            for team_id in team_ids:
                _require_team(conn, team_id)
                _upsert(conn, team_id, status, revealed)

    # -- the dots ----------------------------------------------------------------------------
    def place_dots(self, team_id: int, function: str, voter: str, dots: object) -> dict[int, int]:
        """Store one phone's dots (a list of action ids, one per dot) for ``team_id``'s open
        vote, replacing whatever that phone placed before; returns action id -> dots.

        Raises UserError and stores nothing for a closed vote, an unknown team or function,
        an action not in the team's plan, or too many dots.
        """
        if not isinstance(voter, str) or not voter or len(voter) > MAX_VOTER_KEY:
            raise UserError("phone_device_invalid")
        with self._write() as conn:
            found = conn.execute(
                "SELECT status FROM action_votes WHERE team_id = ?", (team_id,)
            ).fetchone()
            if not conn.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone():
                raise UserError("unknown_team", team=team_id)
            if found is None or found[0] != VoteStatus.OPEN:
                raise UserError("dots_vote_closed")
            if not conn.execute("SELECT 1 FROM functions WHERE key = ?", (function,)).fetchone():
                raise UserError("unknown_function", function=str(function)[:40])
            action_ids = {
                int(row[0])
                for row in conn.execute("SELECT id FROM plan_actions WHERE team_id = ?", (team_id,))
            }
            counts = check_dots(dots, action_ids)
            conn.execute("DELETE FROM action_dots WHERE voter = ?", (voter,))
            conn.executemany(
                "INSERT INTO action_dots (voter, action_id, team_id, function, dots)"
                " VALUES (?, ?, ?, ?, ?)",
                [(voter, action_id, team_id, function, n) for action_id, n in counts.items()],
            )
        return counts

    def dot_counts(self, team_id: int) -> DotCounts:
        """The team's dots summed per action and function, and its voters per function."""
        dots = {
            (int(action_id), str(function)): int(total)
            for action_id, function, total in self._query(
                "SELECT action_id, function, SUM(dots) FROM action_dots"
                " WHERE team_id = ? AND action_id IN"
                " (SELECT id FROM plan_actions WHERE team_id = ?) GROUP BY action_id, function",
                (team_id, team_id),
            )
        }
        voters = {
            str(function): int(count)
            for function, count in self._query(
                "SELECT function, COUNT(DISTINCT voter) FROM action_dots WHERE team_id = ?"
                " GROUP BY function",
                (team_id,),
            )
        }
        return DotCounts(dots, voters)

    def clear_dots(self, team_id: int) -> int:
        """Remove every dot of the team's vote (a fresh start); how many rows there were."""
        with self._write() as conn:
            return conn.execute("DELETE FROM action_dots WHERE team_id = ?", (team_id,)).rowcount


def _upsert(conn: sqlite3.Connection, team_id: int, status: VoteStatus, revealed: bool) -> None:
    conn.execute(
        "INSERT INTO action_votes (team_id, status, revealed) VALUES (?, ?, ?)"
        " ON CONFLICT (team_id) DO UPDATE SET status = excluded.status,"
        " revealed = excluded.revealed",
        (team_id, str(VoteStatus(status)), int(revealed)),
    )


def _require_team(conn: sqlite3.Connection, team_id: int) -> None:
    if not conn.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone():
        raise UserError("unknown_team", team=team_id)
