"""The mapping file: what to do with columns and answers the import cannot recognise.

A small TOML file (all tables optional)::

    [columns]                      # header text as in the export → meaning
    "Bij welk team werk je?" = "team"
    "Ik werk bij" = "function"
    "Onze samenwerking is nu" = "stage"
    "Wij kennen elkaars planning" = "s1"      # s1 … s20: a statement
    "Nog iets kwijt?" = "comment"
    "Score" = "ignore"

    [answers]                      # answer text → 1 … 5
    "Klopt helemaal" = 5

    [teams]                        # text in the export → team name in the session
    "BNL" = "Benelux"

    [functions]                    # text in the export → function (key or name)
    "Binnendienst" = "sales"

    [stages]                       # text in the export → stage 1 … 4
    "Net begonnen" = 1

Headers and texts are compared without regard to case, punctuation, quotes and spacing.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import ANSWER_MAX, ANSWER_MIN
from msworkshop.importing.columns import ColumnPlan, Meaning, Role
from msworkshop.importing.table import Table
from msworkshop.importing.text import normalise

MAX_MAPPING_BYTES = 256 * 1024
_TABLES = ("columns", "answers", "teams", "functions", "stages")


@dataclass(frozen=True)
class ImportMapping:
    columns: dict[str, Meaning] = field(default_factory=dict)  # normalised header → meaning
    answers: dict[str, int] = field(default_factory=dict)
    teams: dict[str, str] = field(default_factory=dict)
    functions: dict[str, str] = field(default_factory=dict)
    stages: dict[str, int] = field(default_factory=dict)

    def chosen_for(self, table: Table) -> dict[int, Meaning]:
        """Column index → meaning; every header the mapping names must be in the file."""
        by_header: dict[str, int] = {}
        for index, header in enumerate(table.headers):
            by_header.setdefault(normalise(header), index)
        chosen: dict[int, Meaning] = {}
        for header, meaning in self.columns.items():
            if header not in by_header:
                raise UserError("import_map_no_such_column", column=header)
            chosen[by_header[header]] = meaning
        return chosen


def read_mapping(path: Path) -> ImportMapping:
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UserError("csv_not_found", name=path.name) from error
    except OSError as error:
        raise UserError("csv_unreadable", name=path.name, reason=error.strerror or "") from error
    if len(data) > MAX_MAPPING_BYTES:
        raise UserError("import_map_invalid", name=path.name, reason="> 256 KB")
    try:
        return parse_mapping(tomllib.loads(data.decode("utf-8-sig")), path.name)
    except UnicodeDecodeError as error:
        raise UserError("csv_not_utf8", name=path.name) from error
    except tomllib.TOMLDecodeError as error:
        raise UserError("import_map_invalid", name=path.name, reason=str(error)) from error


def parse_mapping(data: Mapping[str, object], name: str = "mapping") -> ImportMapping:
    """Check a decoded mapping; any problem is a UserError naming the entry."""
    unknown = [key for key in data if key not in _TABLES]
    if unknown:
        raise UserError("import_map_invalid", name=name, reason=f"[{unknown[0]}]")
    tables: dict[str, dict[str, object]] = {}
    for key in _TABLES:
        table = data.get(key, {})
        if not isinstance(table, dict):
            raise UserError("import_map_invalid", name=name, reason=f"[{key}]")
        tables[key] = table
    columns: dict[str, Meaning] = {}
    for header, value in tables["columns"].items():
        meaning = Meaning.parse(value) if isinstance(value, str) else None
        if meaning is None:
            raise UserError("import_map_bad_meaning", column=header, value=str(value)[:40])
        columns[normalise(header)] = meaning
    return ImportMapping(
        columns=columns,
        answers=_numbers(tables["answers"], ANSWER_MIN, ANSWER_MAX, name, "answers"),
        teams=_texts(tables["teams"], name, "teams"),
        functions=_texts(tables["functions"], name, "functions"),
        stages=_numbers(tables["stages"], 1, 4, name, "stages"),
    )


def _numbers(table: dict[str, object], low: int, high: int, name: str, part: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for text, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise UserError("import_map_invalid", name=name, reason=f"[{part}] {text!r}")
        found[str(text)] = value
    return found


def _texts(table: dict[str, object], name: str, part: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for text, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise UserError("import_map_invalid", name=name, reason=f"[{part}] {text!r}")
        found[str(text)] = value
    return found


def mapping_toml(columns: list[ColumnPlan]) -> str:
    """The ``[columns]`` table for these columns, to save and edit as a mapping file."""
    lines = ["[columns]"]
    for column in columns:
        if column.meaning.role is Role.IGNORE and column.suggested is not None:
            lines.append(f"# {_quoted(column.header)} = {_quoted(column.suggested.key)}")
        lines.append(f"{_quoted(column.header or ' ')} = {_quoted(column.meaning.key)}")
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(text, ensure_ascii=False)
