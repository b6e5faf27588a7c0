"""Storing a planned import: once per file and round, all or nothing, and remembering the
mapping for the next export of the same form.

No schema change: both live in the session file's settings. ``import.file.<round>.<digest>``
records that a file (by the digest of its content) went into a round, when and with how many
ballots; ``import.form.<round>.<header digest>`` the same for the form (a later download of a
form repeats its earlier answers); ``import.mapping.<header digest>`` keeps the user's column
choices. None holds a cell of the file.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from contextlib import suppress
from dataclasses import dataclass
from typing import Protocol

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Round
from msworkshop.importing.columns import Meaning
from msworkshop.importing.plan import ImportPlan

log = logging.getLogger(__name__)

FILE_SETTING = "import.file.{round}.{digest}"
FORM_SETTING = "import.form.{round}.{key}"  # the latest file of a form (by its header row)
MAPPING_SETTING = "import.mapping.{key}"


class ImportStore(Protocol):
    """The part of ``SessionStore`` an import needs."""

    def rounds(self) -> list[Round]: ...
    def ballots(self, round_number: int | None = None) -> list[Ballot]: ...
    def insert_ballots(self, ballots: list[Ballot]) -> list[str]: ...
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
    def set_setting(self, key: str, value: str | None) -> None: ...


@dataclass(frozen=True)
class ImportRecord:
    """An earlier import of the same content into the same round."""

    round_number: int
    at: str  # local date and time of the import, to the minute
    ballots: int


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    round_number: int
    ballot_ids: tuple[str, ...]  # to take the import back (store.remove_ballots), as paper can


def earlier_import(store: ImportStore, plan: ImportPlan) -> ImportRecord | None:
    """The record of this file in this round, if its ballots are still there.

    A record whose round now holds fewer imported ballots than it added is stale (that import
    was interrupted, or its ballots were taken back): it does not block a new import.
    """
    return _record(store, _file_key(plan), plan.round_number)


def earlier_form(store: ImportStore, plan: ImportPlan) -> ImportRecord | None:
    """The record of *another* file with the same header row in this round: a new download of
    the same form, which holds the answers imported then once more."""
    raw = store.get_setting(_form_key(plan))
    try:
        if raw is None or json.loads(raw).get("file") == plan.fingerprint[:32]:
            return None
    except (ValueError, AttributeError):
        return None
    return _record(store, _form_key(plan), plan.round_number)


def _record(store: ImportStore, key: str, round_number: int) -> ImportRecord | None:
    raw = store.get_setting(key)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        record = ImportRecord(round_number, str(data["at"]), int(data["ballots"]))
    except (ValueError, KeyError, TypeError):
        return None
    imported = sum(1 for b in store.ballots(round_number) if b.source is Source.IMPORT)
    return record if imported >= record.ballots else None


def apply_import(
    store: ImportStore,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    allow_duplicate: bool = False,
    now: dt.datetime | None = None,
) -> ImportResult:
    """Store the plan's ballots in one transaction, or raise UserError and store nothing."""
    if plan.blockers:
        raise plan.blockers[0]
    if plan.problems and not skip_invalid:
        raise UserError("csv_has_errors", count=len(plan.problems))
    if plan.round_number not in {r.number for r in store.rounds()}:
        raise UserError("round_unknown", round=plan.round_number)
    earlier = earlier_import(store, plan)
    if earlier is not None and not allow_duplicate:
        raise UserError("import_duplicate", at=earlier.at, round=earlier.round_number)
    same_form = earlier_form(store, plan)
    if same_form is not None and not allow_duplicate:
        raise UserError("import_same_form", at=same_form.at, round=same_form.round_number)
    key = _file_key(plan)
    before = store.get_setting(key)
    at = (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    total = len(plan.ballots) + (earlier.ballots if earlier else 0)
    # The record goes first: should the ballots not be stored, it is stale (see above).
    store.set_setting(key, json.dumps({"at": at, "ballots": total}))
    try:
        ids = store.insert_ballots(list(plan.ballots))
    except BaseException:
        with suppress(Exception):  # if even this fails, the record is stale: harmless
            store.set_setting(key, before)
        raise
    try:  # the ballots are in: a failure from here on must not read as a failed import
        form = {"at": at, "ballots": len(ids), "file": plan.fingerprint[:32]}
        store.set_setting(_form_key(plan), json.dumps(form))
        remember_mapping(store, plan)
    except Exception:
        log.exception("import stored, but its form record or mapping could not be saved")
    return ImportResult(len(ids), len(plan.problems), plan.round_number, tuple(ids))


def remember_mapping(store: ImportStore, plan: ImportPlan) -> None:
    """Keep the user's column choices for the next file with the same header row."""
    decisions = plan.decisions()
    key = MAPPING_SETTING.format(key=plan.header_key)
    if not decisions:
        return
    value = {str(index): meaning.key for index, meaning in sorted(decisions.items())}
    store.set_setting(key, json.dumps({"columns": value, "count": len(plan.columns)}))


def remembered_mapping(store: ImportStore, header_key: str, width: int) -> dict[int, Meaning]:
    """The column choices remembered for this header row (empty when none or unusable)."""
    raw = store.get_setting(MAPPING_SETTING.format(key=header_key))
    if raw is None:
        return {}
    try:
        data = json.loads(raw)
        if int(data["count"]) != width:
            return {}
        found: dict[int, Meaning] = {}
        for index, text in dict(data["columns"]).items():
            meaning = Meaning.parse(str(text))
            if meaning is not None and 0 <= int(index) < width:
                found[int(index)] = meaning
        return found
    except (ValueError, KeyError, TypeError):
        return {}


def _form_key(plan: ImportPlan) -> str:
    return FORM_SETTING.format(round=plan.round_number, key=plan.header_key)


def _file_key(plan: ImportPlan) -> str:
    return FILE_SETTING.format(round=plan.round_number, digest=plan.fingerprint[:32])
