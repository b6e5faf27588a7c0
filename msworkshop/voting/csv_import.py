"""Import ballots from a CSV file (a form tool's export, or paper ballots typed in).

Columns (header row, any order, case-insensitive): ``team, function, stage, s1 … s20,
comment`` — the subset the session's mode needs. Empty cells are missing answers. ``function``
accepts the key or the name in Dutch or English; ``stage`` accepts 1-4 or a stage name in
either language. Comma or semicolon separated; UTF-8 with or without BOM.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from msworkshop.domain.ballot import Ballot, Source, make_ballot
from msworkshop.domain.content import Content
from msworkshop.domain.messages import LANGUAGES, UserError
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.domain.workshop import Round, RoundStatus, Workshop

STATEMENT_COLUMNS = tuple(f"s{n}" for n in range(1, STATEMENT_COUNT + 1))
KNOWN_COLUMNS = ("team", "function", "stage", *STATEMENT_COLUMNS, "comment")
MAX_CSV_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class LineError:
    line: int
    error: UserError

    def message(self, lang: str) -> str:
        return f"{self.line}: {self.error.message(lang)}"


@dataclass
class ParsedCsv:
    ballots: list[Ballot] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)


def read_csv_text(path: Path) -> str:
    """The file's text, refusing what is clearly not a UTF-8 CSV of ballots."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UserError("csv_not_found", name=path.name) from error
    except OSError as error:
        raise UserError("csv_unreadable", name=path.name, reason=error.strerror or "") from error
    if len(data) > MAX_CSV_BYTES:
        raise UserError("csv_too_large", name=path.name, limit=MAX_CSV_BYTES // (1024 * 1024))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError("csv_not_utf8", name=path.name) from error


def parse_ballots(
    text: str, workshop: Workshop, round_number: int, contents: Iterable[Content]
) -> ParsedCsv:
    """Validate every row; collect ballots and per-line errors (line numbers as in the file)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = next(reader)
    except StopIteration as error:
        raise UserError("csv_empty") from error
    columns = [name.strip().casefold() for name in header]
    unknown = [name for name in columns if name and name not in KNOWN_COLUMNS]
    if unknown:
        raise UserError("csv_unknown_columns", columns=", ".join(unknown))
    for needed in ("team", "function"):
        if needed not in columns:
            raise UserError("csv_missing_column", column=needed)
    if workshop.mode.asks_stage and "stage" not in columns:
        raise UserError("csv_missing_column", column="stage")
    if (
        workshop.mode.asks_statements
        and not workshop.mode.asks_stage
        and not any(c in columns for c in STATEMENT_COLUMNS)
    ):
        raise UserError("csv_missing_column", column="s1 … s20")
    names = _Names(workshop, list(contents))
    round_ = Round(round_number, RoundStatus.OPEN)  # importing into a closed round is deliberate
    parsed = ParsedCsv()
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        try:
            cells = _cells(columns, row)
            parsed.ballots.append(
                make_ballot(
                    workshop,
                    round_,
                    team_id=names.team(cells.get("team", "")),
                    function=names.function(cells.get("function", "")),
                    stage=names.stage(cells.get("stage", "")),
                    answers=_answers(cells) if workshop.mode.asks_statements else None,
                    comment=cells.get("comment", ""),
                    source=Source.IMPORT,
                )
            )
        except UserError as error:
            parsed.errors.append(LineError(line, error))
    if not parsed.ballots and not parsed.errors:
        raise UserError("csv_no_rows")
    return parsed


def _delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _cells(columns: list[str], row: list[str]) -> dict[str, str]:
    if len(row) > len(columns):
        raise UserError("csv_too_many_cells", count=len(row), expected=len(columns))
    return {name: cell.strip() for name, cell in zip(columns, row, strict=False) if name}


def _answers(cells: dict[str, str]) -> list[int | None]:
    answers: list[int | None] = []
    for number, column in enumerate(STATEMENT_COLUMNS, start=1):
        cell = cells.get(column, "")
        if not cell:
            answers.append(None)
        elif cell.isascii() and cell.isdigit():
            answers.append(int(cell))
        else:
            raise UserError("answer_invalid", statement=number)
    return answers


class _Names:
    """Resolves team, function and stage cells written by people, in either language."""

    def __init__(self, workshop: Workshop, contents: list[Content]) -> None:
        self.workshop = workshop
        self.functions: dict[str, str] = {}
        for function in workshop.functions:
            self.functions[function.key.casefold()] = function.key
            if function.name:
                self.functions[function.name.casefold()] = function.key
            for content in contents:
                name = content.function_name(function.key, function.name)
                self.functions[name.casefold()] = function.key
        self.stages: dict[str, int] = {str(n): n for n in range(1, 5)}
        for content in contents:
            for stage in content.stages:
                for name in (stage.key, stage.name, stage.formal):
                    self.stages[name.casefold()] = int(stage.stage)
                    self.stages[name.replace("_", " ").casefold()] = int(stage.stage)

    def team(self, cell: str) -> int:
        if not cell:
            raise UserError("team_invalid")
        team = self.workshop.team_by_name(cell)
        if team is None:
            raise UserError("unknown_team", team=cell)
        return team.id

    def function(self, cell: str) -> str:
        if not cell:
            raise UserError("function_invalid")
        key = self.functions.get(cell.casefold())
        if key is None:
            raise UserError("unknown_function", function=cell)
        return key

    def stage(self, cell: str) -> int | None:
        if not cell:
            return None
        stage = self.stages.get(cell.casefold())
        if stage is None:
            raise UserError("stage_invalid")
        return stage


def both_languages_content() -> list[Content]:
    from msworkshop.domain.content_loader import load_content

    return [load_content(lang) for lang in LANGUAGES]
