"""Each CLI command end to end on real session files, including bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from msworkshop.cli import main
from msworkshop.store import SessionStore

HEADER = "team,function,stage," + ",".join(f"s{n}" for n in range(1, 21)) + ",comment\n"


def _row(team: str, function: str, stage: str, answer: int | str, comment: str = "") -> str:
    return f"{team},{function},{stage}," + ",".join([str(answer)] * 20) + f",{comment}\n"


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "offsite.msworkshop"
    code = main(
        [
            "new",
            str(path),
            "--title",
            "Offsite",
            "--team",
            "North",
            "--team",
            "South",
            "--lang",
            "en",
            "--organisation",
            "ACME",
        ]
    )
    assert code == 0
    return path


def _write(tmp_path: Path, text: str, name: str = "ballots.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_new_creates_a_session(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with SessionStore.open(session) as store:
        workshop = store.workshop()
    assert workshop.title == "Offsite"
    assert [t.name for t in workshop.teams] == ["North", "South"]
    assert workshop.organisation == "ACME"


def test_new_with_third_function_and_quick_mode(tmp_path: Path) -> None:
    path = tmp_path / "s.msworkshop"
    assert (
        main(
            [
                "new",
                str(path),
                "--title",
                "T",
                "--team",
                "A",
                "--mode",
                "quick",
                "--functions",
                "marketing,sales,Customer service",
                "--threshold",
                "4",
            ]
        )
        == 0
    )
    with SessionStore.open(path) as store:
        workshop = store.workshop()
    assert workshop.function_keys == ("marketing", "sales", "customer_service")
    assert workshop.functions[2].name == "Customer service"
    assert workshop.threshold == 4


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--title", "T", "--team", "A", "--team", "a"], "same name"),
        (["--title", " ", "--team", "A"], "needs a title"),
        (["--title", "T", "--team", "A", "--functions", "sales,marketing"], "marketing and sales"),
        (["--title", "T", "--team", "A", "--threshold", "0"], "threshold"),
    ],
)
def test_new_rejects_bad_setups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    path = tmp_path / "bad.msworkshop"
    assert main(["new", str(path), *args]) == 1
    err = capsys.readouterr().err
    assert fragment in err
    assert len(err.strip().splitlines()) == 1
    assert not path.exists()


def test_new_refuses_to_overwrite(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = session.read_bytes()
    assert main(["new", str(session), "--title", "Other", "--team", "X"]) == 1
    assert session.read_bytes() == before


def test_import_then_results_json(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [_row("North", "marketing", "3", 4, "good")] * 3
    rows += [_row("north", "SALES", "verkering", 2)] * 3
    rows += [_row("South", "marketing", "Aligned", 3)] * 2
    csv_path = _write(tmp_path, "\ufeff" + HEADER + "".join(rows))
    assert main(["import", str(session), str(csv_path)]) == 0
    assert "Imported 8 ballots into round 1" in capsys.readouterr().out

    assert main(["results", str(session), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    north, south = data["teams"]
    marketing, sales = north["functions"]
    assert marketing == {
        "function": "marketing",
        "suppressed": False,
        "ballots": 3,
        "stage_votes": {"1": 0, "2": 0, "3": 3, "4": 0},
        "most_chosen_stage": 3,
        "median_stage": 3.0,
        "diagnostic_mean": 80.0,
        "band": 4,
        "dimensions": dict.fromkeys(
            ("communication", "process", "goals", "structure", "culture"), 4.0
        ),
    }
    assert sales["stage_votes"] == {"1": 0, "2": 3, "3": 0, "4": 0}
    assert north["gaps"][0]["difference"] == 2.0
    assert north["gaps"][0]["means"] == {"marketing": 4.0, "sales": 2.0}
    assert len(north["gaps"]) == 20
    assert north["ballots"] == 6
    # South: 2 marketing ballots, 0 sales: both hidden, no totals.
    assert south["functions"] == [
        {"function": "marketing", "suppressed": True},
        {"function": "sales", "suppressed": True},
    ]
    assert south["ballots"] is None
    assert data["ballots"] is None
    assert "2" not in json.dumps(south)


def test_results_text_in_dutch(session: Path, tmp_path: Path, capsys) -> None:
    rows = [_row("North", "marketing", "1", 2)] * 3 + [_row("North", "sales", "2", 3)] * 3
    main(["import", str(session), str(_write(tmp_path, HEADER + "".join(rows)))])
    capsys.readouterr()
    assert main(["results", str(session), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "== North ==" in out
    assert "te weinig stemmen om te tonen" in out  # South
    assert "Grootste verschillen tussen de functies" in out


def test_import_semicolons_and_missing_answers(session: Path, tmp_path: Path, capsys) -> None:
    header = "Team;Function;Stage;S1;S2;Comment\n"
    rows = 'North;marketing;2;5;;"a; b"\nNorth;marketing;single;;1;\nNorth;sales;4;;;\n'
    assert main(["import", str(session), str(_write(tmp_path, header + rows))]) == 0
    with SessionStore.open(session) as store:
        ballots = store.ballots(1)
    assert sorted(b.stage for b in ballots) == [1, 2, 4]
    first = next(b for b in ballots if b.stage == 2)
    assert first.answers[:3] == (5, None, None)
    assert first.comment == "a; b"
    assert all(b.source == "import" for b in ballots)


def test_import_with_errors_imports_nothing_unless_skip(
    session: Path, tmp_path: Path, capsys
) -> None:
    rows = _row("North", "marketing", "2", 3) + _row("Nowhere", "marketing", "2", 3)
    rows += _row("North", "finance", "2", 3) + _row("North", "sales", "7", 3)
    csv_path = _write(tmp_path, HEADER + rows)
    assert main(["import", str(session), str(csv_path)]) == 1
    err = capsys.readouterr().err
    assert "ballots.csv:3:" in err and "Nowhere" in err
    assert "ballots.csv:4:" in err and "finance" in err
    assert "ballots.csv:5:" in err
    assert "Nothing was imported" in err
    with SessionStore.open(session) as store:
        assert store.ballot_count(1) == 0
    assert main(["import", str(session), str(csv_path), "--skip-invalid"]) == 0
    with SessionStore.open(session) as store:
        assert store.ballot_count(1) == 1


@pytest.mark.parametrize(
    ("content", "encoding", "fragment"),
    [
        ("", "utf-8", "empty"),
        ("name,age\nA,1\n", "utf-8", "No column says which team"),
        ("team,stage\nNorth,2\n", "utf-8", "works in marketing or sales"),
        ("team,function,stage\nNörth,marketing,2\n", "latin-1", "not UTF-8"),
        ("team,function,stage\n", "utf-8", "no ballots"),
    ],
)
def test_wrong_csv_gives_clear_error(
    session: Path, tmp_path: Path, capsys, content: str, encoding: str, fragment: str
) -> None:
    assert main(["import", str(session), str(_write(tmp_path, content, encoding=encoding))]) == 1
    err = capsys.readouterr().err
    assert fragment in err
    assert len(err.strip().splitlines()) == 1


def test_import_into_unknown_round(session: Path, tmp_path: Path, capsys) -> None:
    csv_path = _write(tmp_path, HEADER + _row("North", "sales", "2", 3))
    assert main(["import", str(session), str(csv_path), "--round", "4"]) == 1
    assert "no voting round 4" in capsys.readouterr().err


def test_export_pdf(session: Path, tmp_path: Path, capsys) -> None:
    rows = [_row("North", "marketing", "2", 3)] * 3 + [_row("North", "sales", "1", 2)] * 3
    main(["import", str(session), str(_write(tmp_path, HEADER + "".join(rows)))])
    out = tmp_path / "plan.pdf"
    assert main(["export", str(session), "--pdf", str(out), "--paper", "letter"]) == 0
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Offsite" in text and "North" in text


def test_missing_and_broken_files_give_one_line(tmp_path: Path, capsys) -> None:
    assert main(["results", str(tmp_path / "nope.msworkshop")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    junk = tmp_path / "junk.msworkshop"
    junk.write_bytes(b"not a database at all" * 10)
    assert main(["results", str(junk), "--json"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "junk.msworkshop" in err


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["results"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["export", "x.msworkshop"])  # --pdf missing
    assert caught.value.code == 2


def test_errors_in_dutch(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MSWORKSHOP_LANG", "nl")
    assert main(["results", str(tmp_path / "nope.msworkshop")]) == 1
    err = capsys.readouterr().err
    assert "bestaat niet" in err or "niet gevonden" in err


def test_module_entry_point_version_and_help() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "msworkshop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.startswith("msworkshop ")
    helptext = subprocess.run(
        [sys.executable, "-m", "msworkshop", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "results FILE [--json]" in helptext


def test_bad_input_never_prints_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.msworkshop"
    junk.write_text("hello")
    proc = subprocess.run(
        [sys.executable, "-m", "msworkshop", "results", str(junk)], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
