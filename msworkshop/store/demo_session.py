"""Build the demo session file (``msworkshop --demo``)."""

from __future__ import annotations

from pathlib import Path

from msworkshop.domain.content import Statement
from msworkshop.domain.demo import demo_ballots, demo_workshop
from msworkshop.store.paths import default_sessions_folder
from msworkshop.store.session_store import SessionStore

DEMO_FILE_NAME = "demo.msworkshop"


def build_demo_session(
    statements: tuple[Statement, ...], path: Path | None = None, language: str = "en"
) -> Path:
    """Write a fresh demo session (replacing an earlier demo file) and return its path.

    One closed round with realistic ballots, so the results can be shown straight away.
    """
    target = path or default_sessions_folder() / DEMO_FILE_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    with SessionStore.create(target, demo_workshop(language)) as store:
        round_ = store.open_round()
        store.add_ballots(demo_ballots(round_.number, statements))
        store.close_round()
    return target
