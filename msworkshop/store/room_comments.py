"""Moderated questions and comments from phones in the session file (``room_comments``, v5).

A mixin of :class:`~msworkshop.store.session_store.SessionStore`, like ``PlanQueries``: it
uses the store's ``_write()`` transaction and ``_query()`` helpers, so every change is one
durable transaction (on disk before a phone is told it arrived). A dropped comment is
deleted (``secure_delete`` overwrites it); nothing records who sent a comment or when.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from msworkshop.domain.messages import UserError
from msworkshop.domain.room_comments import (
    MAX_WAITING,
    CommentStatus,
    RoomComment,
    clean_text,
)

_SELECT = "SELECT id, team_id, function, text, status FROM room_comments"


class RoomCommentQueries:
    """Room-comment queries; mixed into SessionStore."""

    # Provided by SessionStore.
    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError  # pragma: no cover

    def add_room_comment(self, comment: RoomComment) -> str:
        """Store a new comment from a phone (always ``new``) and return its random id.

        Raises UserError for an unknown team or function, text that is not storable, or a
        queue already holding ``MAX_WAITING`` comments (``room_comments_full``)."""
        text = clean_text(comment.text)
        with self._write() as conn:
            _check_group(conn, comment.team_id, comment.function)
            waiting = conn.execute(
                "SELECT COUNT(*) FROM room_comments WHERE status = 'new'"
            ).fetchone()[0]
            if waiting >= MAX_WAITING:
                raise UserError("room_comments_full")
            comment_id = os.urandom(16).hex()  # random: storage order says nothing
            conn.execute(
                "INSERT INTO room_comments (id, team_id, function, text, status)"
                " VALUES (?, ?, ?, ?, 'new')",
                (comment_id, comment.team_id, comment.function, text),
            )
        return comment_id

    def room_comments(self) -> list[RoomComment]:
        """Every comment, in a meaningless but stable order (by random id)."""
        return [_comment(row) for row in self._query(f"{_SELECT} ORDER BY id")]

    def room_comment(self, comment_id: str) -> RoomComment | None:
        found = self._query(f"{_SELECT} WHERE id = ?", (comment_id,))
        return _comment(found[0]) if found else None

    def update_room_comment(
        self, comment_id: str, *, text: str | None = None, status: CommentStatus | None = None
    ) -> None:
        """Change a comment's text (cleaned and checked as a phone's) and/or its status."""
        cleaned = clean_text(text) if text is not None else None
        with self._write() as conn:
            if not conn.execute(
                "SELECT 1 FROM room_comments WHERE id = ?", (comment_id,)
            ).fetchone():
                raise UserError("room_comment_not_found")
            if cleaned is not None:
                conn.execute(
                    "UPDATE room_comments SET text = ? WHERE id = ?", (cleaned, comment_id)
                )
            if status is not None:
                conn.execute(
                    "UPDATE room_comments SET status = ? WHERE id = ?",
                    (CommentStatus(status).value, comment_id),
                )

    def remove_room_comment(self, comment_id: str) -> bool:
        """Delete a comment (dropped by the facilitator); whether it was there."""
        with self._write() as conn:
            removed = conn.execute("DELETE FROM room_comments WHERE id = ?", (comment_id,))
        return removed.rowcount > 0

    def restore_room_comment(self, comment: RoomComment) -> None:
        """Put a dropped comment back under its id (undo); no queue limit applies."""
        text = clean_text(comment.text)
        with self._write() as conn:
            _check_group(conn, comment.team_id, comment.function)
            conn.execute(
                "INSERT INTO room_comments (id, team_id, function, text, status)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text,"
                " status = excluded.status",
                (comment.id, comment.team_id, comment.function, text, comment.status.value),
            )


def _check_group(conn: sqlite3.Connection, team_id: int, function: str) -> None:
    if not conn.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone():
        raise UserError("unknown_team", team=team_id)
    if not conn.execute("SELECT 1 FROM functions WHERE key = ?", (function,)).fetchone():
        raise UserError("unknown_function", function=function)


def _comment(row: tuple[Any, ...]) -> RoomComment:
    comment_id, team_id, function, text, status = row
    return RoomComment(
        str(comment_id), int(team_id), str(function), str(text), CommentStatus(status)
    )
