"""Check a file before the store opens it for writing.

Everything here only reads: a file that turns out to be empty, foreign, damaged or too new
is left byte-for-byte as it was, and no ``-wal``/``-shm`` companions are created. First the
100-byte SQLite header is read by hand, then the file is opened read-only by SQLite for a
``quick_check`` and a look at its tables.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from msworkshop.store.errors import SessionFileError, error_from_sqlite
from msworkshop.store.migrations import APPLICATION_ID, LATEST_VERSION, expected_tables

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class FileCheck:
    """What the check learned: the file's schema version and whether we may write to it."""

    version: int
    writable: bool


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path`` that never creates companion files.

    Without a ``-wal`` file nobody has the file open (SQLite removes it on the last close),
    so ``immutable=1`` is safe and skips locking and the ``-shm`` file. With one, another
    process may be writing or a crash left committed data in it: read it properly.
    """
    uri = path.absolute().as_uri()
    if wal_path(path).exists():
        return f"{uri}?mode=ro"
    return f"{uri}?mode=ro&immutable=1"


def _mode_allows_writing(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & stat.S_IWUSR)
    except OSError:
        return False


def folder_is_writable(folder: Path) -> bool:
    """Whether new files (the session, its WAL companions) can be made in ``folder``."""
    return _mode_allows_writing(folder) and os.access(folder, os.W_OK | os.X_OK)


def is_writable(path: Path) -> bool:
    """Whether the file and its folder may be written (the folder holds the WAL companions).

    The permission bits are checked as well as ``os.access``, so a file marked read-only is
    respected even when running with administrator rights.
    """
    return (
        _mode_allows_writing(path)
        and os.access(path, os.W_OK)
        and folder_is_writable(path.absolute().parent)
    )


def check_session_file(path: Path, busy_timeout: float = 5.0) -> FileCheck:
    """Raise :class:`SessionFileError` unless ``path`` is a session file we can open."""
    header, size = _read_header(path)
    _check_header(path, header, size)
    version = _check_with_sqlite(path, busy_timeout)
    return FileCheck(version=version, writable=is_writable(path))


def _read_header(path: Path) -> tuple[bytes, int]:
    name = path.name
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            return handle.read(HEADER_SIZE), size
    except FileNotFoundError:
        raise SessionFileError("session_not_found", name=name) from None
    except IsADirectoryError:
        raise SessionFileError("not_a_session_file", name=name) from None
    except OSError:
        if path.is_dir():
            raise SessionFileError("not_a_session_file", name=name) from None
        raise SessionFileError("session_no_access", name=name) from None


def _check_header(path: Path, header: bytes, size: int) -> None:
    name = path.name
    if not header.startswith(SQLITE_MAGIC):
        raise SessionFileError("not_a_session_file", name=name)
    if len(header) < HEADER_SIZE:
        raise SessionFileError("session_damaged", name=name)
    application_id = int.from_bytes(header[68:72], "big")
    if application_id not in (0, APPLICATION_ID):  # 0: maybe ours, SQLite decides below
        raise SessionFileError("not_a_session_file", name=name)
    version = int.from_bytes(header[60:64], "big")
    if application_id == APPLICATION_ID and version > LATEST_VERSION:
        raise SessionFileError(
            "session_too_new", name=name, version=version, supported=LATEST_VERSION
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise SessionFileError("session_damaged", name=name)
    if wal_path(path).exists():
        return  # a checkpoint may be half done: only SQLite, reading the WAL, can judge the size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is trustworthy only when its change counter matches (offsets 24 and 92).
    truncated = pages and header[24:28] == header[92:96] and size < pages * page_size
    if size % page_size or truncated:
        raise SessionFileError("session_damaged", name=name)


def _check_with_sqlite(path: Path, busy_timeout: float) -> int:
    name = path.name
    try:
        with contextlib.closing(
            sqlite3.connect(read_only_uri(path), uri=True, timeout=busy_timeout)
        ) as conn:
            result = conn.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise SessionFileError("session_damaged", name=name)
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
            }
    except sqlite3.Error as exc:
        error = error_from_sqlite(exc, path)
        if error.key in ("session_write_failed", "read_only"):
            error = SessionFileError("session_damaged", name=name)
        raise error from exc
    if application_id != APPLICATION_ID:
        raise SessionFileError("not_a_session_file", name=name)
    if version > LATEST_VERSION:
        raise SessionFileError(
            "session_too_new", name=name, version=version, supported=LATEST_VERSION
        )
    if version < 1 or not expected_tables(version) <= tables:
        raise SessionFileError("session_damaged", name=name)
    return int(version)
