"""Benchmark: importing 5,000 form responses, from file to durable ballots in a session file.

    .venv/bin/python benchmarks/import_forms.py [--responses N] [--runs R]

Exports as the tools write them: a Dutch Google Forms CSV (grid question), a Microsoft Forms
Excel workbook (built with openpyxl, then its text moved into a shared-strings table as Excel
stores it; openpyxl's own inline strings are measured too, they read ~4x slower) and its
Excel CSV. Each run reads the file,
recognises the columns, maps and validates every answer, checks for an earlier import and
stores the ballots in a fresh session file (one transaction, synchronous=FULL).

Goal (issue 16): < 2 s for 5,000 responses.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import re
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

from openpyxl import Workbook

from msworkshop.domain.content_loader import load_content
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.importing.apply import apply_import
from msworkshop.importing.plan import plan_import
from msworkshop.importing.table import read_table
from msworkshop.store import SessionStore

TEAMS = ("Benelux", "DACH", "Nordics", "France", "Iberia", "Italy", "UK", "Poland")
WORDS = ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"]
CONTENTS = [load_content("en"), load_content("nl")]


def responses(count: int) -> list[list[object]]:
    rng = random.Random(16)
    content = CONTENTS[1]
    start = dt.datetime(2026, 11, 20, 8, 0)
    rows: list[list[object]] = []
    for number in range(1, count + 1):
        when = start + dt.timedelta(seconds=number * 37)
        rows.append(
            [
                number,
                when,
                when + dt.timedelta(minutes=5),
                f"person{number}@example.com",
                f"Person {number}",
                rng.choice(TEAMS),
                rng.choice(["Marketing", "Sales"]),
                content.stage_label(rng.randint(1, 4)),
                *[rng.choice(WORDS) for _ in range(20)],
                rng.choice(["", "", "", "Meer overleg graag"]),
            ]
        )
    return rows


def header() -> list[str]:
    statements = [s.text for s in CONTENTS[1].statements]
    fixed = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Team", "Functie"]
    return [*fixed, "Welke fase past het best?", *statements, "Toelichting"]


def write_files(folder: Path, count: int) -> dict[str, Path]:
    rows = responses(count)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header())
    for row in rows:
        sheet.append(row)
    xlsx = folder / "Form1.xlsx"
    workbook.save(xlsx)
    inline = folder / "openpyxl.xlsx"
    workbook.save(inline)
    with_shared_strings(xlsx)
    excel_csv = folder / "Form1.csv"
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header())
    for row in rows:
        writer.writerow(
            [v.strftime("%d-%m-%Y %H:%M") if isinstance(v, dt.datetime) else v for v in row]
        )
    excel_csv.write_text("\ufeff" + out.getvalue(), encoding="utf-8")
    google = folder / "google.csv"
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    grid = "Hoe herken je jullie samenwerking?"
    names = header()
    writer.writerow(
        [
            "Tijdstempel",
            "E-mailadres",
            *names[5:8],
            *(f"{grid} [{s}]" for s in names[8:28]),
            names[28],
        ]
    )
    for row in rows:
        when = row[1]
        assert isinstance(when, dt.datetime)
        stamp = when.strftime("%Y/%m/%d %-I:%M:%S a.m. CET")
        writer.writerow([stamp, row[3], *row[5:]])
    google.write_text(out.getvalue(), encoding="utf-8")
    return {
        "Google Forms CSV": google,
        "Microsoft Forms .xlsx (shared strings, as Excel writes)": xlsx,
        "the same .xlsx as openpyxl writes it (inline strings)": inline,
        "Microsoft Forms CSV (Excel, CSV UTF-8)": excel_csv,
    }


_INLINE = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t[^>]*>(.*?)</t></is></c>', re.S)
_SST = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def with_shared_strings(path: Path) -> Path:
    """Rewrite an openpyxl workbook the way Excel (and Microsoft Forms) store text: once, in a
    shared-strings table the cells point into, instead of inline in every cell."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    strings: dict[str, int] = {}

    def shared(found: re.Match[str]) -> str:
        index = strings.setdefault(found.group(3), len(strings))
        return f'<c {found.group(1)}t="s"{found.group(2)}><v>{index}</v></c>'

    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = _INLINE.sub(shared, parts[sheet].decode()).encode()
    items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{_SST}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    rels = "xl/_rels/workbook.xml.rels"
    link = f'<Relationship Type="{_REL}" Target="sharedStrings.xml" Id="rIdShared" />'
    parts[rels] = parts[rels].replace(b"</Relationships>", link.encode() + b"</Relationships>")
    kind = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}" />'
    types = "[Content_Types].xml"
    parts[types] = parts[types].replace(b"</Types>", kind.encode() + b"</Types>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def one_import(folder: Path, export: Path, run: int) -> tuple[float, float, int]:
    session = folder / f"run{run}-{export.name}.msworkshop"
    workshop = Workshop(
        title="Benchmark",
        teams=tuple(Team(i + 1, name) for i, name in enumerate(TEAMS)),
        functions=(Function("marketing"), Function("sales")),
        language="nl",
        mode=VotingMode.BOTH,
    )
    SessionStore.create(session, workshop).close()
    with SessionStore.open(session) as store:
        store.open_round()
        began = time.perf_counter()
        table = read_table(export)
        read = time.perf_counter() - began
        plan = plan_import(table, store.workshop(), CONTENTS, 1)
        result = apply_import(store, plan)
        total = time.perf_counter() - began
        assert store.ballot_count(1) == result.added == len(table.rows)
    return read, total, result.added


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = write_files(folder, args.responses)
        for label, export in files.items():
            times = [one_import(folder, export, run) for run in range(args.runs)]
            reads = [t[0] for t in times]
            totals = [t[1] for t in times]
            print(
                f"{label}, {args.responses} responses ({export.stat().st_size // 1024} KiB):"
                f" import median {statistics.median(totals) * 1000:.0f} ms"
                f" (min {min(totals) * 1000:.0f}, max {max(totals) * 1000:.0f}),"
                f" of which reading the file {statistics.median(reads) * 1000:.0f} ms;"
                f" goal < 2000 ms"
            )


if __name__ == "__main__":
    main()
