"""Agreements and action plans in the session file (``plan_actions``, v3; ``agreement_rounds``,
v4: each round's agreements, and the round the documents are based on).

A mixin of :class:`~msworkshop.store.session_store.SessionStore`: it uses the store's
``_write()`` transaction and ``_query()`` helpers, so every change is one durable transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import (
    MAX_ACTIONS_PER_TEAM,
    ActionStatus,
    Agreement,
    PlanAction,
    Priority,
    validate_action,
)
from msworkshop.domain.workshop import Round

PLAN_ROUND_SETTING = "plan.round"  # the round the facilitator picked for the documents

_COLUMNS = (
    "team_id, position, title, description, owner, due, measure, priority, status, template_key"
)
_SELECT = f"SELECT id, {_COLUMNS} FROM plan_actions"
_ORDER = (
    " ORDER BY (SELECT position FROM teams WHERE teams.id = plan_actions.team_id),"
    " team_id, position, id"
)


class PlanQueries:
    """Agreement and plan-action queries; mixed into SessionStore."""

    # Provided by SessionStore.
    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError  # pragma: no cover

    def current_round(self) -> Round | None:
        raise NotImplementedError  # pragma: no cover

    # -- agreements ------------------------------------------------------------------------
    def agreement_list(self) -> list[Agreement]:
        """Every team's agreement as domain values."""
        return [
            Agreement(team_id, current, target)
            for team_id, current, target in self._query(
                "SELECT team_id, current_stage, target_stage FROM agreements"
            )
        ]

    def clear_agreement(self, team_id: int) -> None:
        """Forget a team's agreement (undoing the first one) and its record for the current
        round; earlier rounds' agreements and the plan stay."""
        current = self.current_round()
        with self._write() as conn:
            conn.execute("DELETE FROM agreements WHERE team_id = ?", (team_id,))
            if current is not None:
                conn.execute(
                    "DELETE FROM agreement_rounds WHERE team_id = ? AND round = ?",
                    (team_id, current.number),
                )

    def round_agreements(self, round_number: int) -> dict[int, tuple[int, int]]:
        """Team id -> (agreed stage, target) as agreed in round ``round_number``."""
        found = self._query(
            "SELECT team_id, current_stage, target_stage FROM agreement_rounds WHERE round = ?",
            (round_number,),
        )
        return {team_id: (current, target) for team_id, current, target in found}

    def agreed_rounds(self) -> list[int]:
        """The rounds in which the room agreed on at least one team, in order."""
        return [
            int(row[0])
            for row in self._query("SELECT DISTINCT round FROM agreement_rounds ORDER BY round")
        ]

    def chosen_plan_round(self) -> int | None:
        """The round the facilitator picked for the documents, or None (the default applies)."""
        found = self._query("SELECT value FROM settings WHERE key = ?", (PLAN_ROUND_SETTING,))
        try:
            return int(found[0][0]) if found else None
        except ValueError:
            return None

    def choose_plan_round(self, round_number: int | None) -> None:
        """Base the plan and every document on ``round_number``; None: back to the default."""
        with self._write() as conn:
            if round_number is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (PLAN_ROUND_SETTING,))
                return
            if not conn.execute(
                "SELECT 1 FROM rounds WHERE number = ?", (round_number,)
            ).fetchone():
                raise UserError("round_not_found", round=round_number)
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (PLAN_ROUND_SETTING, str(round_number)),
            )

    # -- plan actions ----------------------------------------------------------------------
    def plan_actions(self, team_id: int | None = None) -> list[PlanAction]:
        """A team's actions in plan order, or every team's (teams in their order)."""
        if team_id is None:
            return [_action(row) for row in self._query(_SELECT + _ORDER)]
        return [
            _action(row)
            for row in self._query(f"{_SELECT} WHERE team_id = ? ORDER BY position, id", (team_id,))
        ]

    def plans_by_team(self) -> dict[int, tuple[PlanAction, ...]]:
        """Team id -> its actions in plan order (teams without actions are left out)."""
        plans: dict[int, list[PlanAction]] = {}
        for action in self.plan_actions():
            plans.setdefault(action.team_id, []).append(action)
        return {team_id: tuple(actions) for team_id, actions in plans.items()}

    def add_plan_action(self, action: PlanAction) -> PlanAction:
        """Append ``action`` to its team's plan and return it with its new id and position."""
        action = validate_action(action)
        with self._write() as conn:
            _require_team(conn, action.team_id)
            count, last = conn.execute(
                "SELECT COUNT(*), COALESCE(MAX(position), -1) FROM plan_actions WHERE team_id = ?",
                (action.team_id,),
            ).fetchone()
            if count >= MAX_ACTIONS_PER_TEAM:
                raise UserError("too_many_actions", limit=MAX_ACTIONS_PER_TEAM)
            stored = action.with_changes(position=last + 1)
            return stored.with_changes(id=_insert(conn, stored, with_id=False))

    def update_plan_action(self, action: PlanAction) -> PlanAction:
        """Save the fields of an existing action (found by id)."""
        action = validate_action(action)
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE plan_actions SET team_id = ?, position = ?, title = ?, description = ?,"
                " owner = ?, due = ?, measure = ?, priority = ?, status = ?, template_key = ?"
                " WHERE id = ?",
                (*_values(action), action.id),
            )
            if cursor.rowcount == 0:
                raise UserError("action_not_found")
        return action

    def set_action_status(self, action_id: int, status: ActionStatus) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE plan_actions SET status = ? WHERE id = ?",
                (str(ActionStatus(status)), action_id),
            )

    def remove_plan_action(self, action_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM plan_actions WHERE id = ?", (action_id,))

    def set_plan(self, team_id: int, actions: Sequence[PlanAction]) -> list[PlanAction]:
        """Replace a team's whole plan with ``actions`` in this order, in one transaction.

        Actions keep their id when they have one (so undo and redo restore the same rows);
        new ones (id 0) get a fresh id. Positions become 0..n-1. Returns the stored plan.
        """
        if len(actions) > MAX_ACTIONS_PER_TEAM:
            raise UserError("too_many_actions", limit=MAX_ACTIONS_PER_TEAM)
        checked = [
            validate_action(a).with_changes(team_id=team_id, position=i)
            for i, a in enumerate(actions)
        ]
        with self._write() as conn:
            _require_team(conn, team_id)
            conn.execute("DELETE FROM plan_actions WHERE team_id = ?", (team_id,))
            stored = []
            for action in checked:
                if (
                    action.id
                    and conn.execute(
                        "SELECT 1 FROM plan_actions WHERE id = ?", (action.id,)
                    ).fetchone()
                ):
                    action = action.with_changes(id=0)  # an id now used by another team
                stored.append(
                    action.with_changes(id=_insert(conn, action, with_id=bool(action.id)))
                )
        return stored


def _values(action: PlanAction) -> tuple[object, ...]:
    return (
        action.team_id,
        action.position,
        action.title,
        action.description,
        action.owner,
        action.due.isoformat() if action.due else None,
        action.measure,
        str(action.priority),
        str(action.status),
        action.template_key,
    )


def _insert(conn: sqlite3.Connection, action: PlanAction, *, with_id: bool) -> int:
    if with_id:
        conn.execute(
            f"INSERT INTO plan_actions (id, {_COLUMNS}) VALUES (?{', ?' * 10})",
            (action.id, *_values(action)),
        )
        return action.id
    cursor = conn.execute(
        f"INSERT INTO plan_actions ({_COLUMNS}) VALUES (?{', ?' * 9})", _values(action)
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _action(row: tuple[Any, ...]) -> PlanAction:
    (
        action_id,
        team_id,
        position,
        title,
        description,
        owner,
        due,
        measure,
        priority,
        status,
        template_key,
    ) = row
    return PlanAction(
        id=int(action_id),
        team_id=int(team_id),
        position=int(position),
        title=str(title),
        description=str(description),
        owner=str(owner),
        due=dt.date.fromisoformat(due) if due else None,
        measure=str(measure),
        priority=Priority(priority),
        status=ActionStatus(status),
        template_key=str(template_key),
    )


def _require_team(conn: sqlite3.Connection, team_id: int) -> None:
    if not conn.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone():
        raise UserError("unknown_team", team=team_id)
