"""``msworkshop export``: every output flag, from a real session file."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from msworkshop.cli import main
from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop
from msworkshop.export.actions_csv import dialect_for
from msworkshop.store import SessionStore


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "s.msworkshop"
    workshop = Workshop(
        title="Sessie Noord",
        language="nl",
        mode=VotingMode.QUICK,
        teams=(Team(0, "Noord"), Team(0, "Zuid")),
        functions=(Function("marketing"), Function("sales")),
        date=dt.date(2026, 11, 26),
        facilitator="Zoë",
    )
    with SessionStore.create(path, workshop) as store:
        round_ = store.open_round()
        store.add_ballots(
            [
                Ballot(1, f, round_.number, stage=2, source=Source.PAPER)
                for f in ("marketing", "sales")
                for _ in range(3)
            ]
        )
        store.set_agreement(1, 2, 3)
        store.set_plan(
            1, [PlanAction(1, "Wie-is-wie-lijst", owner="Sam", due=dt.date(2026, 12, 26))]
        )
    return path


def test_every_export_flag(session: Path, tmp_path: Path, capsys) -> None:
    out = {name: tmp_path / name for name in ("p.pdf", "a.csv", "a.md", "a.ics", "b.pdf")}
    assert (
        main(
            [
                "export",
                str(session),
                "--pdf",
                str(out["p.pdf"]),
                "--handout",
                "--csv",
                str(out["a.csv"]),
                "--md",
                str(out["a.md"]),
                "--ics",
                str(out["a.ics"]),
                "--ics-todo",
                "--ballots",
                str(out["b.pdf"]),
                "--blank",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.count("geschreven") == 5
    handout = PdfReader(out["p.pdf"])
    assert len(handout.pages) == 2  # two teams, one page each
    assert "Wie-is-wie-lijst" in handout.pages[0].extract_text()
    with out["a.csv"].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, dialect_for("nl")))
    assert rows[1][:5] == [
        "Noord",
        "2. Verkering (Gedefinieerd)",
        "3. Samenwonend (Afgestemd)",
        "1",
        "Wie-is-wie-lijst",
    ]
    assert "## Noord" in out["a.md"].read_text(encoding="utf-8")
    (todo,) = Calendar.from_ical(out["a.ics"].read_bytes()).walk("VTODO")
    assert todo.decoded("DUE") == dt.date(2026, 12, 26)
    assert len(PdfReader(out["b.pdf"]).pages) == 1


def test_english_override_and_letter(session: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert (
        main(["export", str(session), "--pdf", str(out), "--paper", "letter", "--lang", "en"]) == 0
    )
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Action plan" in text and "26 November 2026" in text


def test_export_without_an_output_is_a_usage_error(session: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", str(session), "--handout"])
    assert caught.value.code == 2
