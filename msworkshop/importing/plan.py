"""The import plan: everything an import would do, worked out before anything is stored.

:func:`plan_import` is pure: a table, the session and the user's choices in; the meaning of
every column, the validated ballots, the lines that would be skipped (and why) and what
still blocks the import out. The CLI prints it; the app's dialog shows it and calls
:func:`plan_import` again after every change the user makes. :mod:`.apply` stores it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from msworkshop.domain.ballot import Ballot, Source, make_ballot
from msworkshop.domain.content import Content
from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.domain.workshop import Round, RoundStatus, Workshop
from msworkshop.importing.columns import (
    ColumnPlan,
    Meaning,
    Reason,
    Role,
    recognise_columns,
)
from msworkshop.importing.mapping_file import ImportMapping
from msworkshop.importing.table import Table
from msworkshop.importing.text import normalise
from msworkshop.importing.values import (
    AnswerResolver,
    FunctionResolver,
    Resolver,
    StageResolver,
    TeamResolver,
)


@dataclass(frozen=True)
class LineProblem:
    """A line that would be skipped, and why (line numbers as the file shows them)."""

    line: int
    error: UserError

    def message(self, lang: str) -> str:
        return f"{self.line}: {self.error.message(lang)}"


@dataclass(frozen=True)
class ImportPlan:
    round_number: int
    columns: tuple[ColumnPlan, ...]
    ballots: tuple[Ballot, ...]
    ballot_lines: tuple[int, ...]  # the line each ballot came from
    problems: tuple[LineProblem, ...]
    blockers: tuple[UserError, ...]  # to fix before anything can be imported
    rows: int  # data lines read
    fingerprint: str  # of the file's content (see Table.fingerprint)
    header_key: str  # of the header row: a remembered mapping is found by it
    counts: Mapping[tuple[int, str], int] = field(default_factory=dict)  # (team, function)

    @property
    def ready(self) -> bool:
        return not self.blockers

    @property
    def dropped(self) -> tuple[ColumnPlan, ...]:
        return tuple(column for column in self.columns if not column.kept)

    @property
    def offered(self) -> tuple[ColumnPlan, ...]:
        """Close statement matches waiting for the user's yes."""
        return tuple(c for c in self.columns if c.reason is Reason.CLOSE_OFFERED)

    def decisions(self) -> dict[int, Meaning]:
        """The user's own choices (mapping, dialog, accepted close matches), to remember."""
        decided = (Reason.CHOSEN, Reason.REMEMBERED, Reason.IGNORED, Reason.CLOSE_ACCEPTED)
        return {c.index: c.meaning for c in self.columns if c.reason in decided}


def header_key(headers: Sequence[str]) -> str:
    """Identifies a header row (normalised), e.g. the next export of the same form."""
    joined = "\n".join(normalise(header) for header in headers)
    return hashlib.sha256(joined.encode()).hexdigest()[:32]


def plan_import(
    table: Table,
    workshop: Workshop,
    contents: Sequence[Content],
    round_number: int,
    *,
    mapping: ImportMapping | None = None,
    chosen: Mapping[int, Meaning] | None = None,
    accept_close: bool | Iterable[int] = False,
    remembered: Mapping[int, Meaning] | None = None,
) -> ImportPlan:
    """Work out the import. ``chosen`` (column index → meaning, e.g. from the dialog) wins over
    the mapping file, which wins over ``remembered`` (choices kept from an earlier file with
    the same headers, see :func:`.apply.remembered_mapping`), which wins over recognition.
    Raises UserError only for a broken mapping (a column or team it names does not exist);
    every other problem is in the plan."""
    decided = dict(mapping.chosen_for(table)) if mapping else {}
    decided.update(chosen or {})
    columns = tuple(recognise_columns(table, workshop, contents, decided, accept_close, remembered))
    blockers = _blockers(columns, workshop)
    plan = ImportPlan(
        round_number=round_number,
        columns=columns,
        ballots=(),
        ballot_lines=(),
        problems=(),
        blockers=tuple(blockers),
        rows=len(table.rows),
        fingerprint=table.fingerprint(),
        header_key=header_key(table.headers),
    )
    if any(error.key.startswith("import_missing") for error in blockers):
        return plan  # every line would fail the same way: say it once
    builder = _BallotBuilder(workshop, contents, columns, round_number, mapping)
    ballots: list[Ballot] = []
    lines: list[int] = []
    problems: list[LineProblem] = []
    for row in table.rows:
        try:
            ballots.append(builder.ballot(row.cells, len(table.headers)))
            lines.append(row.line)
        except UserError as error:
            problems.append(LineProblem(row.line, error))
    counts = Counter((ballot.team_id, ballot.function) for ballot in ballots)
    if not ballots:
        blockers.append(UserError("import_nothing_valid", count=len(problems)))
    return replace(
        plan,
        ballots=tuple(ballots),
        ballot_lines=tuple(lines),
        problems=tuple(problems),
        blockers=tuple(blockers),
        counts=dict(counts),
    )


def _blockers(columns: Sequence[ColumnPlan], workshop: Workshop) -> list[UserError]:
    roles = {column.meaning.role for column in columns if column.kept}
    blockers: list[UserError] = []
    for role in (Role.TEAM, Role.FUNCTION):
        if role not in roles:
            blockers.append(UserError(f"import_missing_{role}"))
    if workshop.mode.asks_stage and Role.STAGE not in roles:
        blockers.append(UserError("import_missing_stage"))
    asks_only_statements = workshop.mode.asks_statements and not workshop.mode.asks_stage
    if asks_only_statements and Role.STATEMENT not in roles:
        blockers.append(UserError("import_missing_statements"))
    waiting = [column for column in columns if column.reason is Reason.CLOSE_OFFERED]
    if waiting:
        blockers.append(UserError("import_close_waiting", count=len(waiting)))
    return blockers


class _BallotBuilder:
    """Turns one row into a Ballot through the domain's own validation (make_ballot)."""

    def __init__(
        self,
        workshop: Workshop,
        contents: Sequence[Content],
        columns: Sequence[ColumnPlan],
        round_number: int,
        mapping: ImportMapping | None,
    ) -> None:
        self.workshop = workshop
        self.round = Round(round_number, RoundStatus.OPEN)  # a closed round on purpose is fine
        self.teams = TeamResolver(workshop)
        self.functions = FunctionResolver(workshop, contents)
        self.stages = StageResolver(contents)
        self.answers = AnswerResolver(contents)
        if mapping:
            self.answers.add(mapping.answers)
            self.stages.add(mapping.stages)
            self.teams.add(_resolved(mapping.teams, self.teams))
            self.functions.add(_resolved(mapping.functions, self.functions))
        kept = {column.meaning.key: column.index for column in columns if column.kept}
        self.team_column = kept.get(Role.TEAM)
        self.function_column = kept.get(Role.FUNCTION)
        self.stage_column = kept.get(Role.STAGE)
        self.comment_column = kept.get(Role.COMMENT)
        self.statement_columns = [kept.get(f"s{n}") for n in range(1, STATEMENT_COUNT + 1)]

    def ballot(self, cells: tuple[str, ...], width: int) -> Ballot:
        if len(cells) > width:
            raise UserError("csv_too_many_cells", count=len(cells), expected=width)
        team_id = self.teams.resolve(_cell(cells, self.team_column))
        function = self.functions.resolve(_cell(cells, self.function_column))
        stage = None
        if self.stage_column is not None and cells[self.stage_column]:
            stage = self.stages.resolve(cells[self.stage_column])
        answers = None
        if self.workshop.mode.asks_statements:
            answers = [
                None if index is None else self.answers.answer(cells[index], number)
                for number, index in enumerate(self.statement_columns, start=1)
            ]
        return make_ballot(
            self.workshop,
            self.round,
            team_id=team_id,
            function=function,
            stage=stage,
            answers=answers,
            comment=_cell(cells, self.comment_column),
            source=Source.IMPORT,
        )


def _cell(cells: tuple[str, ...], index: int | None) -> str:
    return cells[index] if index is not None else ""


def _resolved(extra: Mapping[str, str], resolver: Resolver[Any]) -> dict[str, Any]:
    """Mapping-file words → the session's own values (a team or function that must exist)."""
    found: dict[str, Any] = {}
    for text, target in extra.items():
        value = resolver.find(target)
        if value is None:
            raise UserError("import_map_unknown_target", value=target)
        found[text] = value
    return found
