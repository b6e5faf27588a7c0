"""Reading an export into a table of text cells: CSV as Google Forms writes it, or the
``.xlsx`` (or CSV) that Microsoft Forms gives.

Every cell becomes text, as the person saw it; nothing here knows what a column means.
Row numbers are those a spreadsheet shows (header = 1), so messages can point at a line.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msworkshop.domain.messages import UserError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 500
_XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Row:
    line: int  # as a spreadsheet or text editor shows it (the header is line 1)
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """The header and the non-empty rows of one export, every cell as stripped text."""

    headers: tuple[str, ...]
    rows: tuple[Row, ...]

    def column(self, index: int) -> list[str]:
        return [row.cells[index] if index < len(row.cells) else "" for row in self.rows]

    def fingerprint(self) -> str:
        """A digest of the content, the same for the same answers however the file was saved
        (BOM or not, comma or semicolon, CSV line endings). It reveals nothing of the cells."""
        digest = hashlib.sha256(b"msworkshop-import-v1\n")
        digest.update(json.dumps(self.headers, ensure_ascii=False).encode())
        for row in self.rows:
            digest.update(b"\n")
            digest.update(json.dumps(row.cells, ensure_ascii=False).encode())
        return digest.hexdigest()


def read_table(path: Path) -> Table:
    """Read a ``.csv`` or ``.xlsx`` export (recognised by its content, not its name)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UserError("csv_not_found", name=path.name) from error
    except IsADirectoryError as error:
        raise UserError("csv_unreadable", name=path.name, reason="directory") from error
    except OSError as error:
        raise UserError("csv_unreadable", name=path.name, reason=error.strerror or "") from error
    if len(data) > MAX_FILE_BYTES:
        raise UserError("csv_too_large", name=path.name, limit=MAX_FILE_BYTES // (1024 * 1024))
    if data.startswith(_XLSX_MAGIC):
        return table_from_xlsx(data, path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError("csv_not_utf8", name=path.name) from error
    return table_from_csv(text)


def table_from_csv(text: str) -> Table:
    """Parse CSV text: comma or semicolon (whichever the header uses more), quoted cells
    may hold separators and line breaks."""
    text = text.removeprefix("\ufeff")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        records = _records(reader)
        header = next(records, None)
        if header is None:
            raise UserError("csv_empty")
        rows = [Row(line, cells) for line, cells in records if any(cells)]
    except csv.Error as error:
        raise UserError("import_csv_broken", line=reader.line_num) from error
    return _table(header[1], rows)


def _records(reader: Any) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(first line of the record, stripped cells) for each record of a csv reader."""
    start = 1
    for record in reader:
        yield start, tuple(_clean(cell) for cell in record)
        start = reader.line_num + 1


def _delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def table_from_xlsx(data: bytes, name: str) -> Table:
    """The first worksheet of an Excel workbook, read with openpyxl (read-only, values only)."""
    from openpyxl import load_workbook

    # Any failure of the parser on a broken or hostile file is the same message to the user.
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        raise UserError("import_xlsx_broken", name=name) from error
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise UserError("csv_empty")
        rows: list[Row] = []
        header: tuple[str, ...] | None = None
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_cell_text(value) for value in values)
            if header is None:
                if any(cells):
                    header = cells
                continue
            if any(cells):
                rows.append(Row(line, cells))
            if len(rows) > MAX_ROWS:
                raise UserError("import_too_many_rows", limit=MAX_ROWS)
    except UserError:
        raise
    except Exception as error:
        raise UserError("import_xlsx_broken", name=name) from error
    finally:
        workbook.close()
    if header is None:
        raise UserError("csv_empty")
    return _table(header, rows)


def _table(header: tuple[str, ...], rows: list[Row]) -> Table:
    while header and not header[-1]:
        header = header[:-1]
    if not any(header):
        raise UserError("csv_empty")
    if len(header) > MAX_COLUMNS:
        raise UserError("import_too_many_columns", count=len(header), limit=MAX_COLUMNS)
    if len(rows) > MAX_ROWS:
        raise UserError("import_too_many_rows", limit=MAX_ROWS)
    if not rows:
        raise UserError("csv_no_rows")
    width = len(header)
    fitted = tuple(Row(row.line, _fit(row.cells, width)) for row in rows)
    return Table(header, fitted)


def _fit(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    """Pad short rows; keep extra cells only when they hold something (reported later)."""
    if len(cells) < width:
        return cells + ("",) * (width - len(cells))
    extra = cells[width:]
    return cells if any(extra) else cells[:width]


def _clean(cell: str) -> str:
    return (cell.replace("\x00", "") if "\x00" in cell else cell).strip()


def _cell_text(value: object) -> str:
    if value.__class__ is str:  # nearly every cell: the fast path first
        return _clean(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return _clean(str(value))
