"""Saving a changed workshop set-up: teams and functions matched against the file's rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Function, Team
from msworkshop.store.errors import SessionFileError


def sync_teams(
    conn: sqlite3.Connection, teams: Sequence[Team], file_name: str, delete_ballots: bool
) -> None:
    """Make the ``teams`` rows match ``teams``: positions follow the order given.

    A team whose id is in the file is renamed/moved; id 0 or an unknown id adds a team (an
    unknown positive id is kept). Teams missing from ``teams`` are deleted, their agreement
    and notes with them (foreign-key cascade); a team that has ballots raises an error
    unless ``delete_ballots``.
    """
    positive = [t.id for t in teams if t.id > 0]
    if len(set(positive)) != len(positive):
        raise UserError("duplicate_team")
    existing = dict(conn.execute("SELECT id, name FROM teams").fetchall())
    for team_id in set(existing) - set(positive):
        count = _ballots_for(conn, "team_id", team_id)
        if count and not delete_ballots:
            raise SessionFileError(
                "team_has_ballots", name=file_name, team=existing[team_id], count=count
            )
        conn.execute("DELETE FROM ballots WHERE team_id = ?", (team_id,))
        conn.execute("DELETE FROM teams WHERE id = ?", (team_id,))
    for position, team in enumerate(teams):
        name = team.name.strip()
        if team.id in existing:
            conn.execute(
                "UPDATE teams SET name = ?, position = ? WHERE id = ?", (name, position, team.id)
            )
        elif team.id > 0:
            conn.execute(
                "INSERT INTO teams (id, name, position) VALUES (?, ?, ?)",
                (team.id, name, position),
            )
        else:
            conn.execute("INSERT INTO teams (name, position) VALUES (?, ?)", (name, position))


def sync_functions(
    conn: sqlite3.Connection, functions: Sequence[Function], file_name: str, delete_ballots: bool
) -> None:
    """Make the ``functions`` rows match ``functions`` (same rules as :func:`sync_teams`)."""
    existing = dict(conn.execute("SELECT key, name FROM functions").fetchall())
    wanted = {f.key for f in functions}
    for key in set(existing) - wanted:
        count = _ballots_for(conn, "function", key)
        if count and not delete_ballots:
            raise SessionFileError(
                "function_has_ballots", name=file_name, function=existing[key] or key, count=count
            )
        conn.execute("DELETE FROM ballots WHERE function = ?", (key,))
        conn.execute("DELETE FROM functions WHERE key = ?", (key,))
    for position, function in enumerate(functions):
        conn.execute(
            "INSERT INTO functions (key, name, position) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET name = excluded.name, position = excluded.position",
            (function.key, function.name.strip(), position),
        )


def _ballots_for(conn: sqlite3.Connection, column: str, value: object) -> int:
    sql = f"SELECT COUNT(*) FROM ballots WHERE {column} = ?"  # column is one of ours, not input
    return int(conn.execute(sql, (value,)).fetchone()[0])
