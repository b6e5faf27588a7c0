"""Rounds from the command line alone: ``import --round N``, ``rounds``, ``--round`` on
``results`` and ``export``, and a plan whose round does not move when a later round opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from msworkshop.cli import main
from msworkshop.store import SessionStore

DASH = "\u2013"  # en dash, as in "rounds 1-2"
HEADER = "team,function,stage," + ",".join(f"s{n}" for n in range(1, 21)) + ",comment\n"


def _row(team: str, function: str, stage: int, answer: int) -> str:
    return f"{team},{function},{stage}," + ",".join([str(answer)] * 20) + ",\n"


def _csv(tmp_path: Path, name: str, rows: list[str]) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _round_rows(stage: int, answer: int) -> list[str]:
    """Three ballots per team and function: every group visible."""
    return [
        _row(team, function, stage, answer)
        for team in ("North", "South")
        for function in ("marketing", "sales")
        for _ in range(3)
    ]


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "offsite.msworkshop"
    args = ["new", str(path), "--title", "Offsite", "--team", "North", "--team", "South"]
    assert main([*args, "--lang", "en"]) == 0
    return path


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _export_text(session: Path, out: Path, *extra: str) -> str:
    assert main(["export", str(session), "--pdf", str(out), *extra]) == 0
    return _pdf_text(out)


def _results(session: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    capsys.readouterr()
    assert main(["results", str(session), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_two_rounds_from_the_cli_and_round_one_plan_stays(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A new session has no rounds: --round 1 creates round 1.
    first = _csv(tmp_path, "r1.csv", _round_rows(stage=1, answer=2))
    assert main(["import", str(session), str(first), "--round", "1"]) == 0
    assert "into round 1" in capsys.readouterr().out
    before_default = _export_text(session, tmp_path / "before.pdf")
    before_round1 = _export_text(session, tmp_path / "before1.pdf", "--round", "1")
    assert before_default == before_round1

    second = _csv(tmp_path, "r2.csv", _round_rows(stage=3, answer=4))
    assert main(["import", str(session), str(second), "--round", "2"]) == 0
    assert "into round 2" in capsys.readouterr().out
    with SessionStore.open(session) as store:
        assert [(r.number, r.is_open) for r in store.rounds()] == [(1, False), (2, True)]
        assert store.ballot_count(1) == 12 and store.ballot_count(2) == 12

    after_round1 = _export_text(session, tmp_path / "after1.pdf", "--round", "1")
    assert after_round1 == before_round1
    # Without --round the documents stay on round 1 too: round 2 is still open.
    assert _export_text(session, tmp_path / "after.pdf") == before_round1
    round2 = _export_text(session, tmp_path / "r2.pdf", "--round", "2")
    assert round2 != before_round1

    one, two = _results(session, capsys, "--round", "1"), _results(session, capsys, "--round", "2")
    assert (one["round"], two["round"]) == (1, 2)
    assert one["teams"] != two["teams"]
    assert _results(session, capsys)["round"] == 1  # the plan's round by default


def test_rounds_lists_status_and_channels(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rounds", str(session)]) == 0
    assert "no voting rounds yet" in capsys.readouterr().out
    main(["import", str(session), str(_csv(tmp_path, "a.csv", _round_rows(2, 3)))])
    main(
        [
            "import",
            str(session),
            str(_csv(tmp_path, "b.csv", _round_rows(2, 3)[:5])),
            "--round",
            "2",
        ]
    )
    capsys.readouterr()
    assert main(["rounds", str(session)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Round 1 · closed · 12 ballots")
    assert "phone 0" in lines[0] and "paper 0" in lines[0] and "import 12" in lines[0]
    assert "← the plan" in lines[0]
    assert lines[1].startswith("Round 2 · open · 5 ballots") and "import 5" in lines[1]
    assert main(["rounds", str(session), "--lang", "nl"]) == 0
    assert "Ronde 1 · gesloten · 12 stemmen" in capsys.readouterr().out


def test_unknown_rounds_give_one_clear_line(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _csv(tmp_path, "a.csv", _round_rows(2, 3))
    assert main(["import", str(session), str(rows), "--round", "2"]) == 1
    err = capsys.readouterr().err
    assert "no voting round 2" in err and "--round 1" in err and "Traceback" not in err
    with SessionStore.open(session) as store:
        assert store.rounds() == []  # nothing created
    assert main(["import", str(session), str(rows), "--round", "1"]) == 0
    assert main(["import", str(session), str(rows), "--round", "2"]) == 0
    capsys.readouterr()
    for command in (
        ["results", str(session)],
        ["export", str(session), "--md", str(tmp_path / "x.md")],
    ):
        assert main([*command, "--round", "5"]) == 1
        err = capsys.readouterr().err
        assert err == f"msworkshop: There is no voting round 5; this session has rounds 1{DASH}2.\n"
    assert main(["import", str(session), str(rows), "--round", "5"]) == 1
    err = capsys.readouterr().err
    assert f"this session has rounds 1{DASH}2" in err and "--round 3" in err
    assert (
        main(
            ["export", str(session), "--md", str(tmp_path / "x.md"), "--round", "7", "--lang", "nl"]
        )
        == 1
    )
    assert (
        f"Er is geen stemronde 7; deze sessie heeft de rondes 1{DASH}2." in capsys.readouterr().err
    )
    with SessionStore.open(session) as store:
        assert [r.number for r in store.rounds()] == [1, 2]
        assert store.ballot_count(1) == 12 and store.ballot_count(2) == 12


def test_stray_round_does_not_change_an_agreed_plan(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["import", str(session), str(_csv(tmp_path, "a.csv", _round_rows(2, 3)))])
    with SessionStore.open(session) as store:
        store.set_agreement(1, 2, 3)  # agreed in round 1 (still open)
    agreed = _export_text(session, tmp_path / "agreed.pdf", "--handout")
    md_before = tmp_path / "before.md"
    assert main(["export", str(session), "--md", str(md_before)]) == 0

    stray = _csv(tmp_path, "stray.csv", [_row("North", "sales", 4, 5)])
    main(["import", str(session), str(_csv(tmp_path, "b.csv", _round_rows(3, 4))), "--round", "2"])
    assert main(["import", str(session), str(stray), "--round", "3"]) == 0
    with SessionStore.open(session) as store:
        assert store.ballot_count(3) == 1 and store.current_round().number == 3  # type: ignore[union-attr]

    assert _export_text(session, tmp_path / "after.pdf", "--handout") == agreed
    assert "too few votes" not in agreed
    md_after = tmp_path / "after.md"
    assert main(["export", str(session), "--md", str(md_after)]) == 0
    assert md_after.read_text(encoding="utf-8") == md_before.read_text(encoding="utf-8")
    assert _results(session, capsys)["round"] == 1
    # The stray round on its own: too few votes everywhere, and no agreement of its own.
    stray_text = _export_text(session, tmp_path / "stray.pdf", "--handout", "--round", "3")
    assert stray_text != agreed


def test_the_plan_of_a_later_round_has_a_movement_page_since_round_one(
    session: Path, tmp_path: Path
) -> None:
    first = _csv(tmp_path, "r1.csv", _round_rows(stage=1, answer=2))
    second = _csv(tmp_path, "r2.csv", _round_rows(stage=3, answer=4))
    assert main(["import", str(session), str(first), "--round", "1"]) == 0
    assert main(["import", str(session), str(second), "--round", "2"]) == 0
    round1 = _export_text(session, tmp_path / "r1.pdf", "--round", "1")
    assert "Movement since round" not in round1  # the first round has nothing to compare
    out = tmp_path / "r2.pdf"
    _export_text(session, out, "--round", "2")
    pages = [page.extract_text() for page in PdfReader(out).pages]
    movement = pages[1]  # right after page 1
    assert "Movement since round 1" in movement
    assert "North" in movement and "South" in movement
    # Every group voted stage 1 in round 1 and stage 3 in round 2 (means 1.0 and 3.0).
    assert movement.count("1.0 \u2192 3.0") == 4
    assert "Gap between the functions: 0.0 \u2192 0.0 stages" in movement
    assert "North" in pages[2] and "Movement since" not in pages[2]  # then the team pages
    handout = tmp_path / "h.pdf"
    assert main(["export", str(session), "--pdf", str(handout), "--handout", "--round", "2"]) == 0
    assert "Movement since" not in _pdf_text(handout)  # the handout is one page per team


def test_the_movement_page_in_dutch_and_without_hidden_figures(tmp_path: Path) -> None:
    path = tmp_path / "sessie.msworkshop"
    new = ["new", str(path), "--title", "Sessie", "--team", "Noord", "--lang", "nl"]
    assert main(new) == 0
    rows_one = [_row("Noord", f, 1, 2) for f in ("marketing", "sales") for _ in range(3)]
    # Round 2: sales has too few ballots (2 < 3): hidden, so it shows no movement at all.
    rows_two = [_row("Noord", "marketing", 2, 3)] * 3 + [_row("Noord", "sales", 4, 5)] * 2
    assert main(["import", str(path), str(_csv(tmp_path, "a.csv", rows_one)), "--round", "1"]) == 0
    assert main(["import", str(path), str(_csv(tmp_path, "b.csv", rows_two)), "--round", "2"]) == 0
    out = tmp_path / "p.pdf"
    assert main(["export", str(path), "--pdf", str(out), "--round", "2"]) == 0
    movement = PdfReader(out).pages[1].extract_text()
    assert "Beweging sinds ronde 1" in movement
    assert "1,0 \u2192 2,0" in movement  # marketing, with a Dutch decimal comma
    assert "te weinig stemmen in een van de rondes" in movement
    assert "4,0" not in movement  # sales' hidden round-2 vote
