"""The action list as CSV for Excel and other spreadsheets.

Excel opens a double-clicked CSV with the separator of the user's regional settings and only
recognises UTF-8 when the file starts with a byte order mark. So:

* Dutch (``nl``): ``;`` as separator (the list separator of the Dutch locale, where ``,`` is
  the decimal comma), UTF-8 with BOM;
* English (``en``): ``,`` as separator, UTF-8 with BOM.

Dates are ISO 8601 (2026-11-26), which Excel reads as a date in every locale. Lines end in
CRLF, fields are quoted when needed (``csv.QUOTE_MINIMAL``). Read the file back with
``csv.reader(f, dialect_for(lang))`` after opening it with ``encoding="utf-8-sig"``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from msworkshop.domain.content import Content
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import Workshop
from msworkshop.export.action_rows import action_rows, iso

ENCODING = "utf-8-sig"  # UTF-8 with a byte order mark
HEADER_KEYS = (
    "col_team",
    "col_agreed",
    "col_target",
    "col_number",
    "col_action",
    "col_description",
    "col_owner",
    "col_due",
    "col_measure",
    "col_priority",
    "col_status",
)


class ExcelDutch(csv.excel):
    delimiter = ";"


def dialect_for(language: str) -> type[csv.Dialect]:
    return ExcelDutch if language == "nl" else csv.excel


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell: object) -> object:
    """A typed field that a spreadsheet would run as a formula (``=HYPERLINK(...)``), shown
    as the text it is: prefixed with an apostrophe, which spreadsheets do not display.
    Numbers (the action's number) stay numbers."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def actions_csv_text(
    workshop: Workshop,
    content: Content,
    agreements: Mapping[int, tuple[int, int]],
    actions: Mapping[int, Sequence[PlanAction]],
) -> str:
    """The CSV text (without BOM) in the content's language."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect=dialect_for(content.language))
    writer.writerow([content.text(f"pdf.{key}") for key in HEADER_KEYS])
    for row in action_rows(workshop, content, agreements, actions):
        a = row.action
        cells = [
            row.team.name,
            row.agreed,
            row.target,
            row.number,
            a.title,
            a.description,
            a.owner,
            iso(a.due),
            a.measure,
            row.priority,
            row.status,
        ]
        writer.writerow([as_text(cell) for cell in cells])
    return buffer.getvalue()


def export_actions_csv(
    out: Path,
    workshop: Workshop,
    content: Content,
    agreements: Mapping[int, tuple[int, int]],
    actions: Mapping[int, Sequence[PlanAction]],
) -> Path:
    out = Path(out)
    out.write_bytes(actions_csv_text(workshop, content, agreements, actions).encode(ENCODING))
    return out
