"""An import in the making, for the app's "Import answers…" dialog.

The dialog opens a draft on a file, shows :meth:`ImportDraft.plan` (every column's proposed
meaning with sample values, ballots per team and function, skipped lines and why, what still
blocks), lets the user change a column (:meth:`choose`) or accept a close match
(:meth:`accept`), and finally calls :meth:`apply`. Nothing is stored before :meth:`apply`.
Qt-free, so the dialog stays a thin view over it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from msworkshop.domain.content import Content
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Round, Workshop
from msworkshop.importing.apply import (
    ImportRecord,
    ImportResult,
    ImportStore,
    apply_import,
    earlier_form,
    earlier_import,
    remembered_mapping,
)
from msworkshop.importing.columns import STATEMENT_KEYS, Meaning, Role
from msworkshop.importing.mapping_file import ImportMapping
from msworkshop.importing.plan import ImportPlan, header_key, plan_import
from msworkshop.importing.table import Table, read_table

# What the user may pick for a column, in the order a list should show them.
CHOICES: tuple[Meaning, ...] = (
    Meaning(Role.IGNORE),
    Meaning(Role.TEAM),
    Meaning(Role.FUNCTION),
    Meaning(Role.STAGE),
    Meaning(Role.COMMENT),
    *(Meaning(Role.STATEMENT, key) for key in STATEMENT_KEYS),
)


class DraftStore(ImportStore, Protocol):
    """What the dialog's import needs of ``SessionStore``."""

    def current_round(self) -> Round | None: ...
    def open_round(self) -> Round: ...


@dataclass
class ImportDraft:
    table: Table
    workshop: Workshop
    contents: Sequence[Content]
    round_number: int
    remembered: dict[int, Meaning] = field(default_factory=dict)
    mapping: ImportMapping | None = None
    chosen: dict[int, Meaning] = field(default_factory=dict)
    accepted: set[int] = field(default_factory=set)
    _plan: ImportPlan | None = field(default=None, repr=False)

    @classmethod
    def open(
        cls,
        store: DraftStore,
        workshop: Workshop,
        path: Path,
        contents: Sequence[Content],
        round_number: int | None = None,
    ) -> ImportDraft:
        """Read ``path`` (UserError when it cannot be read) and recall earlier choices for
        its header row. The round defaults to the current one (1 before the first)."""
        table = read_table(path)
        if round_number is None:
            current = store.current_round()
            round_number = current.number if current else 1
        remembered = remembered_mapping(store, header_key(table.headers), len(table.headers))
        return cls(table, workshop, contents, round_number, remembered)

    def plan(self) -> ImportPlan:
        if self._plan is None:
            self._plan = plan_import(
                self.table,
                self.workshop,
                self.contents,
                self.round_number,
                mapping=self.mapping,
                chosen=self.chosen,
                accept_close=self.accepted,
                remembered=self.remembered,
            )
        return self._plan

    def set_round(self, round_number: int) -> None:
        """Import into another (existing) round; duplicates are checked per round."""
        self.round_number = round_number
        self._plan = None

    def choose(self, index: int, meaning: Meaning) -> None:
        """The user gives column ``index`` this meaning (IGNORE to leave it out)."""
        self.chosen[index] = meaning
        self._plan = None

    def forget(self, index: int) -> None:
        """Back to what recognition (or a remembered choice) proposes for column ``index``."""
        self.chosen.pop(index, None)
        self.remembered.pop(index, None)
        self.accepted.discard(index)
        self._plan = None

    def accept(self, index: int, yes: bool = True) -> None:
        """Accept (or not) the close statement match offered for column ``index``."""
        if yes:
            self.accepted.add(index)
        else:
            self.accepted.discard(index)
        self._plan = None

    def earlier(self, store: ImportStore) -> ImportRecord | None:
        """The earlier import of this file into this round, to warn before the user clicks."""
        return earlier_import(store, self.plan())

    def earlier_form(self, store: ImportStore) -> ImportRecord | None:
        """An earlier import of another export of the same form into this round (its answers
        are probably in this file again)."""
        return earlier_form(store, self.plan())

    def apply(
        self, store: DraftStore, *, skip_invalid: bool = False, allow_duplicate: bool = False
    ) -> ImportResult:
        """Store the ballots (UserError and nothing stored when the plan is not ready, lines
        have errors without ``skip_invalid``, or the file is a duplicate). A session without
        rounds gets round 1, once nothing else stands in the way."""
        plan = self.plan()
        if plan.blockers:
            raise plan.blockers[0]
        if plan.problems and not skip_invalid:
            raise UserError("csv_has_errors", count=len(plan.problems))
        if store.current_round() is None and self.round_number == 1:
            store.open_round()
        return apply_import(
            store, self.plan(), skip_invalid=skip_invalid, allow_duplicate=allow_duplicate
        )
