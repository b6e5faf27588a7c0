"""Creating a follow-up session from an earlier session file.

The new file gets the same organisation, teams (with the same ids), functions, language, mode
and threshold, no rounds, and the predecessor's facts: its title and date, and per team the
agreement the plan is based on and the plan's actions. The earlier file is only read (checked
without writing, then copied into memory, as for a read-only file), so it stays byte-for-byte
the same. The new file is written under a temporary name and then put in place, never over an
existing file, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from msworkshop.domain.followup import Predecessor, PreviousAction, PreviousTeam
from msworkshop.domain.messages import UserError, translate
from msworkshop.domain.workshop import Workshop, validate_workshop
from msworkshop.store.connection import create_file, open_read_only_copy, remove_quietly
from msworkshop.store.errors import SessionFileError, error_from_sqlite
from msworkshop.store.file_check import check_session_file
from msworkshop.store.followup_queries import write_predecessor
from msworkshop.store.plan_round import plan_agreements, plan_round
from msworkshop.store.session_store import DEFAULT_BUSY_TIMEOUT, SessionStore, write_workshop

log = logging.getLogger(__name__)


class FollowupSourceError(SessionFileError):
    """The earlier session cannot be read: says so, and why (the underlying file error)."""

    def __init__(self, old: Path, cause: UserError) -> None:
        super().__init__("followup_source_failed", old=old.name, name=old.name)
        self.cause = cause

    def message(self, lang: str = "en") -> str:
        return translate(self.key, lang, old=self.params["old"], reason=self.cause.message(lang))


def read_predecessor(old: Path) -> tuple[Workshop, Predecessor]:
    """The earlier session's set-up and what a follow-up carries over, read without writing."""
    try:
        check_session_file(old, DEFAULT_BUSY_TIMEOUT)
        try:
            conn = open_read_only_copy(old, DEFAULT_BUSY_TIMEOUT)
        except sqlite3.Error as exc:
            raise error_from_sqlite(exc, old) from exc
        with SessionStore(old, conn, read_only=True) as store:
            return store.workshop(), predecessor_of(store)
    except UserError as error:
        raise FollowupSourceError(old, error) from error


def predecessor_of(store: SessionStore) -> Predecessor:
    """What a follow-up of ``store`` knows about it: the agreement the plan is based on (see
    :func:`plan_round`) and the plan's actions, per team in team order."""
    workshop = store.workshop()
    agreements = plan_agreements(store, plan_round(store))
    plans = store.plans_by_team()
    teams = []
    for team in workshop.teams:
        agreed = agreements.get(team.id)
        actions = tuple(
            PreviousAction(
                id=0,
                team_id=team.id,
                title=a.title,
                owner=a.owner,
                due=a.due,
                measure=a.measure,
                old_status=a.status,
                position=i,
            )
            for i, a in enumerate(plans.get(team.id, ()))
        )
        teams.append(
            PreviousTeam(
                team_id=team.id,
                agreed_stage=agreed[0] if agreed else None,
                target_stage=agreed[1] if agreed else None,
                actions=actions,
            )
        )
    return Predecessor(title=workshop.title, date=workshop.date, teams=tuple(teams))


def create_followup(
    old: str | Path,
    new: str | Path,
    *,
    date: dt.date | None = None,
    title: str | None = None,
) -> Path:
    """Make ``new`` a follow-up session of ``old`` and return its path. ``title`` defaults to
    the earlier title, ``date`` to none (set it in the set-up)."""
    old, new = Path(old), Path(new)
    if new.exists() or new.is_symlink():
        raise SessionFileError("session_exists", name=new.name)
    workshop, predecessor = read_predecessor(old)
    changes: dict[str, Any] = {"date": date}
    if title is not None and title.strip():
        changes["title"] = title.strip()
    workshop = dataclasses.replace(workshop, **changes)
    validate_workshop(workshop)

    def write(conn: sqlite3.Connection) -> None:
        write_workshop(conn, workshop, new.name)
        write_predecessor(conn, predecessor)

    temporary = new.with_name(f".{new.name}.{secrets.token_hex(4)}.part")
    try:
        try:
            create_file(temporary, write)
        except sqlite3.Error as exc:
            raise SessionFileError("session_create_failed", name=new.name) from exc
        except SessionFileError as error:
            error.params["name"] = new.name  # speak of the file asked for, not the temporary
            raise
        _put_in_place(temporary, new)
    finally:
        remove_quietly(temporary)
    return new


def _put_in_place(temporary: Path, new: Path) -> None:
    """Give the finished file its name without ever replacing an existing file."""
    try:
        os.link(temporary, new)  # fails when ``new`` exists, even in a race
        return
    except FileExistsError:
        raise SessionFileError("session_exists", name=new.name) from None
    except OSError:
        log.info("no hard links in %s; renaming instead", new.parent)
    if new.exists() or new.is_symlink():
        raise SessionFileError("session_exists", name=new.name)
    try:
        os.replace(temporary, new)
    except OSError:
        raise SessionFileError("session_create_failed", name=new.name) from None
