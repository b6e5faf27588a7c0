"""Numbered schema migrations of the session file.

``MIGRATIONS[n - 1]`` brings a file from version ``n - 1`` to ``n``; the version lives in
``PRAGMA user_version``. Never edit a released step: add a new one. Each step runs in its own
``BEGIN IMMEDIATE`` transaction together with the version bump, so a file is always at exactly
one known version, even after a crash or when two processes open an old file at once.

Privacy by design: the ``ballots`` table has no time, address or device column, and its random
text key in a ``WITHOUT ROWID`` table means the storage order says nothing about voting order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

APPLICATION_ID = 0x4D535753  # 'MSWS', PRAGMA application_id: marks a file as ours

Step = Sequence[str] | Callable[[sqlite3.Connection], None]

_V1: tuple[str, ...] = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE workshop (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        date TEXT,
        organisation TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        mode TEXT NOT NULL,
        threshold INTEGER NOT NULL
    )""",
    """CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE functions (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE rounds (
        number INTEGER PRIMARY KEY CHECK (number >= 1),
        status TEXT NOT NULL CHECK (status IN ('open', 'closed'))
    )""",
    """CREATE TABLE ballots (
        id TEXT PRIMARY KEY,
        round INTEGER NOT NULL REFERENCES rounds(number),
        team_id INTEGER NOT NULL REFERENCES teams(id),
        function TEXT NOT NULL REFERENCES functions(key),
        stage INTEGER CHECK (stage BETWEEN 1 AND 4),
        answers TEXT,
        comment TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        replace_key TEXT
    ) WITHOUT ROWID""",
    "CREATE UNIQUE INDEX ballots_replace_key ON ballots(round, replace_key)",
    "CREATE INDEX ballots_team ON ballots(team_id)",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
)

_V2: tuple[str, ...] = (
    """CREATE TABLE agreements (
        team_id INTEGER PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        current_stage INTEGER NOT NULL CHECK (current_stage BETWEEN 1 AND 4),
        target_stage INTEGER NOT NULL CHECK (target_stage BETWEEN 1 AND 4)
    )""",
    """CREATE TABLE team_notes (
        team_id INTEGER PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        text TEXT NOT NULL
    )""",
)

# Version 3: the action plan, one row per action of a team, in the team's chosen order.
_V3: tuple[str, ...] = (
    """CREATE TABLE plan_actions (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        measure TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
        template_key TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX plan_actions_team ON plan_actions(team_id, position)",
)


def _v4(conn: sqlite3.Connection) -> None:
    """Version 4: agreements per round (``agreement_rounds``), so round 1's agreed stage and
    target stay when round 2 is agreed, and the plan knows which round the room agreed on.

    ``agreements`` keeps each team's latest agreement (what the Agree step reads). Agreements
    made before version 4 are dated to the latest closed round (else the latest round): the
    round the room most likely discussed.
    """
    conn.execute(
        """CREATE TABLE agreement_rounds (
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        round INTEGER NOT NULL REFERENCES rounds(number),
        current_stage INTEGER NOT NULL CHECK (current_stage BETWEEN 1 AND 4),
        target_stage INTEGER NOT NULL CHECK (target_stage BETWEEN 1 AND 4),
        PRIMARY KEY (team_id, round)
    ) WITHOUT ROWID"""
    )
    found = conn.execute(
        "SELECT number FROM rounds ORDER BY status = 'closed' DESC, number DESC LIMIT 1"
    ).fetchone()
    if found is not None:
        conn.execute(
            "INSERT INTO agreement_rounds (team_id, round, current_stage, target_stage)"
            " SELECT team_id, ?, current_stage, target_stage FROM agreements",
            (found[0],),
        )


# Version 5: a follow-up session's predecessor (one row, none in an ordinary session), its facts
# per team (matched to this file's team ids) and its plan actions, each with the status and
# note decided with the room today (status NULL: not decided yet).
_V5: tuple[str, ...] = (
    """CREATE TABLE predecessor (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        date TEXT
    )""",
    """CREATE TABLE previous_teams (
        team_id INTEGER PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        agreed_stage INTEGER CHECK (agreed_stage BETWEEN 1 AND 4),
        target_stage INTEGER CHECK (target_stage BETWEEN 1 AND 4)
    )""",
    """CREATE TABLE previous_actions (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        measure TEXT NOT NULL DEFAULT '',
        old_status TEXT NOT NULL DEFAULT 'open'
            CHECK (old_status IN ('open', 'in_progress', 'done')),
        status TEXT CHECK (status IN ('done', 'in_progress', 'not_started', 'dropped')),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX previous_actions_team ON previous_actions(team_id, position)",
)


# Version 6: dot votes on a team's actions. ``action_votes`` holds each team's vote (open or
# closed, ranking revealed or not); ``action_dots`` one row per phone and action, under a
# keyed hash of the phone's random token (never the token, an address or a time), in a
# WITHOUT ROWID table so that the storage order says nothing about who voted when. Dots point
# at plan action ids without a foreign key: a plan edit rewrites its rows (``set_plan``), and
# the tally counts only the actions still in the plan.
_V6: tuple[str, ...] = (
    """CREATE TABLE action_votes (
        team_id INTEGER PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1))
    )""",
    """CREATE TABLE action_dots (
        voter TEXT NOT NULL,
        action_id INTEGER NOT NULL,
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        function TEXT NOT NULL REFERENCES functions(key) ON DELETE CASCADE,
        dots INTEGER NOT NULL CHECK (dots BETWEEN 1 AND 2),
        PRIMARY KEY (voter, action_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX action_dots_team ON action_dots(team_id)",
)


# Version 7: questions and comments from phones for the projector, moderated (see
# domain.room_comments). No time, address or device; a random text key in a WITHOUT ROWID
# table, so the storage order says nothing about the order they came in.
_V7: tuple[str, ...] = (
    """CREATE TABLE room_comments (
        id TEXT PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        function TEXT NOT NULL REFERENCES functions(key) ON DELETE CASCADE,
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'approved'))
    ) WITHOUT ROWID""",
)

MIGRATIONS: tuple[Step, ...] = (_V1, _V2, _V3, _v4, _V5, _V6, _V7)
LATEST_VERSION = len(MIGRATIONS)

# The tables each version adds; the file check expects all tables up to the file's version.
_TABLES_ADDED: dict[int, frozenset[str]] = {
    1: frozenset({"workshop", "teams", "functions", "rounds", "ballots", "settings"}),
    2: frozenset({"agreements", "team_notes"}),
    3: frozenset({"plan_actions"}),
    4: frozenset({"agreement_rounds"}),
    5: frozenset({"predecessor", "previous_teams", "previous_actions"}),
    6: frozenset({"action_votes", "action_dots"}),
    7: frozenset({"room_comments"}),
}


def expected_tables(version: int) -> frozenset[str]:
    """The tables a file at ``version`` must contain."""
    tables: frozenset[str] = frozenset()
    for number in range(1, min(version, LATEST_VERSION) + 1):
        tables |= _TABLES_ADDED.get(number, frozenset())
    return tables


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the database up to ``target``, one transaction per step; return the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). The version is re-read
    inside each transaction, so a step another process has just applied is skipped.
    """
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no migration to version {target}")
    for number in range(schema_version(conn) + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) < number:
                _run_step(conn, MIGRATIONS[number - 1])
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def _run_step(conn: sqlite3.Connection, step: Step) -> None:
    if callable(step):
        step(conn)
        return
    for statement in step:
        conn.execute(statement)
