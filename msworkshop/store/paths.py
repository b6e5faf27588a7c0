"""Where session files live and what they are called."""

from __future__ import annotations

import os
import re
from pathlib import Path

SESSION_SUFFIX = ".msworkshop"
HOME_VARIABLE = "MSWORKSHOP_HOME"


def default_sessions_folder() -> Path:
    """The folder offered for new sessions, created when missing.

    ``$MSWORKSHOP_HOME`` when set (tests set it), else ``~/Documents/msworkshop`` when the
    user has a Documents folder, else ``~/msworkshop``.
    """
    override = os.environ.get(HOME_VARIABLE, "").strip()
    if override:
        folder = Path(override).expanduser()
    else:
        documents = Path.home() / "Documents"
        folder = (documents if documents.is_dir() else Path.home()) / "msworkshop"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def suggest_session_path(title: str, folder: Path | None = None) -> Path:
    """A new, not yet existing file name for a session titled ``title``.

    Keeps letters of any script, replaces characters that are unsafe in file names on
    Windows, macOS or Linux, and adds `` (2)``, `` (3)``... when the name is taken.
    """
    folder = default_sessions_folder() if folder is None else folder
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title)
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:80].strip(" .") or "session"
    candidate = folder / f"{stem}{SESSION_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){SESSION_SUFFIX}"
        number += 1
    return candidate
