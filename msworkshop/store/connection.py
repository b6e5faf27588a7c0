"""Opening SQLite connections to a session file: read-write, read-only and brand new."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from msworkshop.store.errors import SessionFileError
from msworkshop.store.file_check import folder_is_writable, read_only_uri
from msworkshop.store.migrations import migrate

log = logging.getLogger(__name__)

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def _configure(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """Durability settings, per connection: every commit is on disk when it returns."""
    conn.execute(f"PRAGMA busy_timeout = {max(0, round(busy_timeout * 1000))}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # e.g. some network drives; still safe, just slower
        log.warning("session file stays in %s journal mode", mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Zero deleted content, so a replaced ballot cannot be recovered from free pages.
    conn.execute("PRAGMA secure_delete = ON")
    # VACUUM (file_guard.compact) builds its copy in memory, not in a temporary file on disk.
    conn.execute("PRAGMA temp_store = MEMORY")


def open_read_write(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """Open an already checked file for writing and migrate it to the latest version."""
    conn = sqlite3.connect(
        f"{path.absolute().as_uri()}?mode=rw",
        uri=True,
        timeout=busy_timeout,
        isolation_level=None,
    )
    try:
        _configure(conn, busy_timeout)
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only_copy(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """An in-memory copy of a checked file, migrated in memory; the file is not touched.

    This lets an older read-only file (say, last year's session on a USB stick) be viewed
    with today's queries. Sessions are small, so the copy is cheap.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        uri = read_only_uri(path)
        try:
            _copy_into(uri, memory, busy_timeout)
        except sqlite3.OperationalError:
            if "immutable=1" in uri:
                raise
            # A leftover -wal in a read-only folder: read the main file as it is.
            _copy_into(f"{path.absolute().as_uri()}?mode=ro&immutable=1", memory, busy_timeout)
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(memory)
    except BaseException:
        memory.close()
        raise
    return memory


def _copy_into(uri: str, target: sqlite3.Connection, busy_timeout: float) -> None:
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=busy_timeout)) as source:
        source.backup(target)


def create_file(path: Path, write: Callable[[sqlite3.Connection], None]) -> None:
    """Create ``path`` with the latest schema and let ``write`` fill it, all or nothing.

    The file is claimed with ``O_EXCL`` so an existing file is never overwritten, even by a
    race. It is written in rollback-journal mode, so the finished content sits in the main
    file itself, and only then switched to WAL. On any failure the file is removed again.
    """
    name = path.name
    folder = path.absolute().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise SessionFileError("session_folder_read_only", name=name, folder=str(folder)) from None
    if path.exists() or path.is_symlink():
        raise SessionFileError("session_exists", name=name)
    if not folder_is_writable(folder):
        raise SessionFileError("session_folder_read_only", name=name, folder=str(folder))
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except FileExistsError:
        raise SessionFileError("session_exists", name=name) from None
    except OSError:
        raise SessionFileError("session_folder_read_only", name=name, folder=str(folder)) from None
    finished = False
    try:
        uri = f"{path.absolute().as_uri()}?mode=rw"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
            conn.execute("BEGIN IMMEDIATE")
            try:
                write(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        finished = True
    finally:
        if not finished:
            remove_quietly(path)


def remove_quietly(path: Path) -> None:
    """Delete a half-made session file and any companions SQLite left beside it."""
    for victim in (path, *(path.with_name(path.name + s) for s in COMPANION_SUFFIXES)):
        try:
            victim.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", victim)
