"""CSV (Excel dialects), Markdown and iCalendar exports of the action list."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from msworkshop.export.actions_csv import HEADER_KEYS, dialect_for, export_actions_csv
from msworkshop.export.actions_ics import actions_ics, export_actions_ics, fold
from msworkshop.export.actions_md import export_actions_md
from tests.export.plan_fixtures import SESSION_DATE, TRICKY_TITLE, plan_document


def _lists(lang: str) -> tuple:
    document = plan_document(lang)
    return document.workshop, document.content, document.agreements, document.actions


@pytest.mark.parametrize(("lang", "separator"), [("nl", ";"), ("en", ",")])
def test_csv_opens_in_the_excel_dialect_of_the_language(
    tmp_path: Path, lang: str, separator: str
) -> None:
    out = export_actions_csv(tmp_path / "a.csv", *_lists(lang))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then reads é, ĳ, ł correctly
    assert b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as handle:
        first_line = handle.readline()
        assert first_line.count(separator) == len(HEADER_KEYS) - 1
        handle.seek(0)
        rows = list(csv.reader(handle, dialect_for(lang)))
    content = plan_document(lang).content
    assert rows[0] == [content.text(f"pdf.{key}") for key in HEADER_KEYS]
    assert len(rows) == 1 + 4 + 2  # Benelux 4 actions, DACH 2, Nordics none
    tricky = next(r for r in rows if r[4] == TRICKY_TITLE)
    assert tricky[0] == "Benelux" and tricky[3] == "4"
    assert tricky[5] == "Line one\nline two" and tricky[7] == "2027-01-15"
    assert tricky[9] == content.text("pdf.priority_low")
    assert tricky[10] == content.text("pdf.status_in_progress")
    dach = [r for r in rows if r[0] == "DACH"]
    assert {r[2] for r in dach} == {content.text("pdf.stay")}


def test_markdown_lists_every_team_and_escapes_markup(tmp_path: Path) -> None:
    text = export_actions_md(tmp_path / "a.md", *_lists("nl")).read_text(encoding="utf-8")
    assert text.startswith("# Actieplan: ")
    assert "## Benelux" in text and "## DACH" in text and "## Nordics" in text
    assert "Nog geen acties afgesproken." in text  # Nordics
    assert "26-11-2026" in text or "26-02-2027" in text
    assert "\\<b\\>sales\\<\\/b\\>" not in text and "\\<b\\>sales\\</b\\>" in text
    assert "\\|" in text  # a pipe in a title cannot break the table
    table_lines = [line for line in text.splitlines() if line.startswith("| 4 |")]
    assert len(table_lines) == 1 and table_lines[0].count(" | ") == 6


@pytest.mark.parametrize("kind", ["event", "todo"])
def test_ics_parses_with_icalendar(tmp_path: Path, kind: str) -> None:
    out = export_actions_ics(tmp_path / "a.ics", *_lists("en"), kind=kind)
    calendar = Calendar.from_ical(out.read_bytes())
    workshop, _content, _agreements, actions = _lists("en")
    all_actions = [a for team in actions.values() for a in team]
    if kind == "todo":
        todos = calendar.walk("VTODO")
        assert len(todos) == len(all_actions)
        tricky = next(t for t in todos if TRICKY_TITLE in str(t["SUMMARY"]))
        assert str(tricky["SUMMARY"]) == f"Benelux: {TRICKY_TITLE}"
        assert tricky.decoded("DUE") == dt.date(2027, 1, 15)
        assert str(tricky["STATUS"]) == "IN-PROCESS" and int(tricky["PRIORITY"]) == 9
        assert "Line one\nline two" in str(tricky["DESCRIPTION"])
        assert len({str(t["UID"]) for t in todos}) == len(todos)
    else:
        events = calendar.walk("VEVENT")
        dates = {a.due for a in all_actions}
        assert len(events) == len(dates)
        starts = {e.decoded("DTSTART") for e in events}
        assert starts == dates
        tricky = next(e for e in events if e.decoded("DTSTART") == dt.date(2027, 1, 15))
        assert TRICKY_TITLE in str(tricky["SUMMARY"])
        assert tricky.decoded("DTEND") == dt.date(2027, 1, 16)
    assert str(calendar["X-WR-CALNAME"]).endswith(workshop.title)


def test_ics_uids_are_stable_and_lines_folded() -> None:
    stamp = dt.datetime(2026, 11, 26, 12, tzinfo=dt.UTC)
    first = actions_ics(*_lists("en"), kind="todo", now=stamp)
    assert first == actions_ics(*_lists("en"), kind="todo", now=stamp)
    assert all(len(line.encode()) <= 75 for line in first.split("\r\n"))
    folded = fold("DESCRIPTION:" + "é" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "é" * 80
    with pytest.raises(ValueError):
        actions_ics(*_lists("en"), kind="meeting")
    assert SESSION_DATE.isoformat().replace("-", "") in first


def test_markdown_has_no_stray_escapes(tmp_path: Path) -> None:
    from msworkshop.export.actions_md import md_escape

    text = export_actions_md(tmp_path / "a.md", *_lists("nl")).read_text(encoding="utf-8")
    assert "\\(" not in text and "\\)" not in text and "\\#" not in text
    assert "(Gedefinieerd)" in text or "(Afgestemd)" in text
    assert md_escape("Verkering (Gedefinieerd) #2 + 3!") == "Verkering (Gedefinieerd) #2 + 3!"
    # what would start a block at the start of a line is still escaped
    assert md_escape("1. Vrijgezel") == "1. Vrijgezel"  # inside a cell or after a label
    assert md_escape("# kop", line_start=True) == "\\# kop"
    assert md_escape("1. punt", line_start=True) == "1\\. punt"
    assert md_escape("- punt", line_start=True) == "\\- punt"


def test_a_typed_formula_is_written_as_text_not_run_by_a_spreadsheet() -> None:
    from msworkshop.export.actions_csv import as_text

    for typed in ('=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert as_text(typed) == "'" + typed
    for plain in ("Owner: Anna", "2027-01-31", "", "a=b"):
        assert as_text(plain) == plain


def test_comments_lose_invisible_and_direction_changing_characters_at_every_door() -> None:
    from msworkshop.domain.ballot import make_ballot
    from msworkshop.domain.workshop import Round, RoundStatus, Team, Workshop

    workshop = Workshop(title="T", teams=(Team(1, "North"),))
    ballot = make_ballot(
        workshop,
        Round(1, RoundStatus.OPEN),
        team_id=1,
        function="sales",
        stage=2,
        comment="ok\u202e evil\u200b\x00 👍",
    )
    assert ballot.comment == "ok evil 👍"
