"""Import ballots from CSV text: the earlier entry point, kept for callers that have text.

The work is done by :mod:`msworkshop.importing` (form exports as Google Forms and Microsoft
Forms write them, our own ``team, function, stage, s1 … s20, comment`` layout, mapping files,
the plan-then-apply API the app's dialog uses). Here the text is planned with recognition only
(no mapping, no close matches) and anything that blocks the import is raised.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.content import Content
from msworkshop.domain.messages import LANGUAGES, UserError
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.domain.workshop import Workshop
from msworkshop.importing.plan import LineProblem, plan_import
from msworkshop.importing.table import MAX_FILE_BYTES, read_table, table_from_csv

STATEMENT_COLUMNS = tuple(f"s{n}" for n in range(1, STATEMENT_COUNT + 1))
KNOWN_COLUMNS = ("team", "function", "stage", *STATEMENT_COLUMNS, "comment")
MAX_CSV_BYTES = MAX_FILE_BYTES
LineError = LineProblem


@dataclass
class ParsedCsv:
    ballots: list[Ballot] = field(default_factory=list)
    errors: list[LineProblem] = field(default_factory=list)


def read_csv_text(path: Path) -> str:
    """The file's text, refusing what is clearly not a UTF-8 CSV (or is a workbook)."""
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
    """Validate every row; collect ballots and per-line errors (line numbers as in the file).

    Raises UserError when the columns do not allow an import (say, no team column)."""
    plan = plan_import(table_from_csv(text), workshop, list(contents), round_number)
    blockers = [b for b in plan.blockers if b.key != "import_nothing_valid"]
    if blockers:
        raise blockers[0]
    return ParsedCsv(list(plan.ballots), list(plan.problems))


def both_languages_content() -> list[Content]:
    from msworkshop.domain.content_loader import load_content

    return [load_content(lang) for lang in LANGUAGES]


__all__ = [
    "KNOWN_COLUMNS",
    "STATEMENT_COLUMNS",
    "LineError",
    "ParsedCsv",
    "both_languages_content",
    "parse_ballots",
    "read_csv_text",
    "read_table",
]
