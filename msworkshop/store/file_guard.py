"""Keeping an open session file honest: still the same file, and no order left in it.

**Same file.** SQLite keeps writing to the file it opened, even after the path was deleted
or another file was moved onto it: an acknowledged ballot would land in a file nobody will
ever open (or, through the WAL left beside the path, in the other workshop). So before and
after every write transaction the store checks that the path still names the file it opened
(device and inode, one ``stat``). A different session copied *into* the same inode (``cp``)
keeps device and inode, so the ``stat`` also compares size and modification time with what
our own last write left; when they changed, the random id the file carries
(``FILE_ID_SETTING``) is read from the main file itself, past our WAL. Once a check fails,
the store refuses every write with ``session_file_lost``; what is still open can be saved
elsewhere with :func:`save_copy`.

**No order.** SQLite puts each new cell of a page below the previous one, so the byte order of
ballots on a page follows their arrival even though the keys are random. :func:`compact`
rebuilds the file (``VACUUM`` copies every table in key order, i.e. random-id order) and
truncates the WAL, whose frames are in commit order too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from msworkshop.store.errors import SessionFileError, error_from_sqlite

log = logging.getLogger(__name__)

FILE_ID_SETTING = "store.file_id"


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int
    size: int = 0
    mtime_ns: int = 0

    def same_file(self, other: FileIdentity | None) -> bool:
        return other is not None and (other.device, other.inode) == (self.device, self.inode)

    def unchanged(self, other: FileIdentity) -> bool:
        return (other.size, other.mtime_ns) == (self.size, self.mtime_ns)


def identity_of(path: Path) -> FileIdentity | None:
    """The file ``path`` names now; None when nothing is there."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return FileIdentity(found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)


def main_file_has_id(path: Path, file_id: str) -> bool:
    """Whether the main file itself (not our WAL) still carries ``file_id``.

    Only asked when the main file changed without our doing: another process checkpointed,
    or someone copied a different file into it. A file without an id yet counts as ours.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as main:
            row = main.execute(
                "SELECT value FROM settings WHERE key = ?", (FILE_ID_SETTING,)
            ).fetchone()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        # Not SQLite, or no settings table: another file. Anything else (a read that met a
        # checkpoint half-way) cannot tell, and must not stop the voting.
        return not ("not a database" in text or "no such table" in text)
    return row is None or str(row[0]) == file_id


def lost_error(path: Path) -> SessionFileError:
    return SessionFileError("session_file_lost", name=path.name)


COMPANIONS = ("-wal", "-shm")


def ensure_file_id(conn: sqlite3.Connection) -> str:
    """The file's random id, made (and checkpointed into the main file) when it has none."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (FILE_ID_SETTING,)).fetchone()
    if row is not None:
        return str(row[0])
    file_id = os.urandom(16).hex()
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        (FILE_ID_SETTING, file_id),
    )
    found = conn.execute("SELECT value FROM settings WHERE key = ?", (FILE_ID_SETTING,))
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    return str(found.fetchone()[0])


def companion_identities(path: Path) -> dict[str, FileIdentity | None]:
    """Which ``-wal`` and ``-shm`` files are this connection's (recorded when it opens)."""
    return {suffix: identity_of(path.with_name(path.name + suffix)) for suffix in COMPANIONS}


def let_go_of_path(
    conn: sqlite3.Connection, path: Path, companions: dict[str, FileIdentity | None]
) -> None:
    """After the path stopped naming our file: move the WAL into the file we still hold and
    remove our ``-wal``/``-shm`` from beside the path.

    Left there, SQLite would replay our WAL into whatever file is opened at the path next
    (it does not check that they belong together) and damage it. Our connection keeps its
    open descriptors, so what it holds can still be read and saved (:func:`save_copy`).
    """
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        log.warning("could not checkpoint %s after it was lost: %s", path.name, exc)
    for suffix, recorded in companions.items():
        companion = path.with_name(path.name + suffix)
        if recorded is not None and identity_of(companion) == recorded:
            try:
                companion.unlink()
            except OSError:
                log.warning("could not remove %s", companion.name)


def compact(conn: sqlite3.Connection, path: Path) -> bool:
    """Rewrite the file in random-id order and empty the WAL; False when it could not be done
    now (another process holds the file), which costs nothing but the order guarantee until
    the next try."""
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        log.warning("could not compact %s: %s", path.name, error_from_sqlite(exc, path).key)
        return False
    return True


def save_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Write everything ``conn`` holds to a new file ``target`` (never over an existing one)."""
    name = target.name
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except FileExistsError:
        raise SessionFileError("session_exists", name=name) from None
    except OSError:
        folder = str(target.absolute().parent)
        raise SessionFileError("session_folder_read_only", name=name, folder=folder) from None
    try:
        with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as copy:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # a self-contained file, no -wal
            copy.execute("DELETE FROM settings WHERE key = ?", (FILE_ID_SETTING,))
            copy.execute("VACUUM")
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise SessionFileError("session_create_failed", name=name) from exc
