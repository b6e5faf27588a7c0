"""The session file: schema, numbered migrations, queries. Pure Python, no Qt.

One SQLite file per workshop (``*.msworkshop``). See :class:`SessionStore`.
"""

from __future__ import annotations

from msworkshop.store.errors import SessionFileError
from msworkshop.store.migrations import APPLICATION_ID, LATEST_VERSION
from msworkshop.store.paths import SESSION_SUFFIX, default_sessions_folder, suggest_session_path
from msworkshop.store.session_store import DEFAULT_BUSY_TIMEOUT, SessionStore

__all__ = [
    "APPLICATION_ID",
    "DEFAULT_BUSY_TIMEOUT",
    "LATEST_VERSION",
    "SESSION_SUFFIX",
    "SessionFileError",
    "SessionStore",
    "default_sessions_folder",
    "suggest_session_path",
]
