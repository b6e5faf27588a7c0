"""A follow-up session's predecessor in the session file (v5: ``predecessor``,
``previous_teams``, ``previous_actions``): reading it and the statuses decided today.

A mixin of :class:`~msworkshop.store.session_store.SessionStore`, like ``PlanQueries``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from msworkshop.domain.followup import (
    Predecessor,
    PreviousAction,
    PreviousTeam,
    ReviewStatus,
    check_review,
)
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import ActionStatus

_ACTION_SELECT = (
    "SELECT id, team_id, position, title, owner, due, measure, old_status, status, note"
    " FROM previous_actions ORDER BY team_id, position, id"
)


class FollowupQueries:
    """Predecessor queries; mixed into SessionStore."""

    # Provided by SessionStore.
    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError  # pragma: no cover

    def predecessor(self) -> Predecessor | None:
        """The earlier session this one follows up, or None for an ordinary session. Teams
        come in this file's team order; teams removed since are left out."""
        found = self._query("SELECT title, date FROM predecessor WHERE id = 1")
        if not found:
            return None
        title, date = found[0]
        actions: dict[int, list[PreviousAction]] = {}
        for row in self._query(_ACTION_SELECT):
            action = _action(row)
            actions.setdefault(action.team_id, []).append(action)
        teams = tuple(
            PreviousTeam(
                team_id=int(team_id),
                agreed_stage=None if agreed is None else int(agreed),
                target_stage=None if target is None else int(target),
                actions=tuple(actions.get(int(team_id), ())),
            )
            for team_id, agreed, target in self._query(
                "SELECT p.team_id, p.agreed_stage, p.target_stage FROM previous_teams p"
                " JOIN teams t ON t.id = p.team_id ORDER BY t.position, t.id"
            )
        )
        return Predecessor(
            title=str(title), date=dt.date.fromisoformat(date) if date else None, teams=teams
        )

    def is_followup(self) -> bool:
        return bool(self._query("SELECT 1 FROM predecessor WHERE id = 1"))

    def set_action_review(self, action_id: int, status: ReviewStatus | None, note: str) -> None:
        """Record the status decided with the room (None: undecided) and a short note."""
        checked, text = check_review(status, note)
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE previous_actions SET status = ?, note = ? WHERE id = ?",
                (None if checked is None else str(checked), text, action_id),
            )
            if cursor.rowcount == 0:
                raise UserError("action_not_found")


def _action(row: tuple[Any, ...]) -> PreviousAction:
    action_id, team_id, position, title, owner, due, measure, old_status, status, note = row
    return PreviousAction(
        id=int(action_id),
        team_id=int(team_id),
        position=int(position),
        title=str(title),
        owner=str(owner),
        due=dt.date.fromisoformat(due) if due else None,
        measure=str(measure),
        old_status=ActionStatus(old_status),
        status=None if status is None else ReviewStatus(status),
        note=str(note),
    )


def write_predecessor(conn: sqlite3.Connection, predecessor: Predecessor) -> None:
    """Fill the v5 tables of a new file (inside its creating transaction)."""
    conn.execute(
        "INSERT INTO predecessor (id, title, date) VALUES (1, ?, ?)",
        (predecessor.title, predecessor.date.isoformat() if predecessor.date else None),
    )
    for team in predecessor.teams:
        conn.execute(
            "INSERT INTO previous_teams (team_id, agreed_stage, target_stage) VALUES (?, ?, ?)",
            (team.team_id, team.agreed_stage, team.target_stage),
        )
        for position, action in enumerate(team.actions):
            conn.execute(
                "INSERT INTO previous_actions (team_id, position, title, owner, due, measure,"
                " old_status, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    team.team_id,
                    position,
                    action.title,
                    action.owner,
                    action.due.isoformat() if action.due else None,
                    action.measure,
                    str(action.old_status),
                    None if action.status is None else str(action.status),
                    action.note,
                ),
            )
