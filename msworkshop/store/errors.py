"""Errors about the session file, with translated messages (``messages/store.toml``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from msworkshop.domain.messages import UserError

# Primary SQLite result codes (the low byte of ``sqlite3.Error.sqlite_errorcode``).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class SessionFileError(UserError):
    """The session file cannot be opened, created or written.

    Every message names the file (``{name}``) and says what to do next.
    """


def sqlite_code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code of ``exc`` (0 when unknown)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else 0


def error_from_sqlite(exc: sqlite3.Error, path: Path) -> SessionFileError:
    """Translate a low-level SQLite failure on ``path`` into a message for the facilitator."""
    code = sqlite_code(exc)
    name = path.name
    if code in (_BUSY, _LOCKED) or "locked" in str(exc).lower():
        return SessionFileError("session_locked", name=name)
    if code == _READONLY:
        return SessionFileError("read_only", name=name)
    if code in (_CORRUPT, _NOTADB):
        return SessionFileError("session_damaged", name=name)
    if code == _CANTOPEN:
        return SessionFileError("session_no_access", name=name)
    return SessionFileError("session_write_failed", name=name)  # _IOERR, _FULL and the rest
