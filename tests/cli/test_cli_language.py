"""One CLI command speaks one language: once the session is open, every error and notice of
that command is in the session's language (or --lang), whatever the shell's locale says."""

from __future__ import annotations

from pathlib import Path

import pytest

from msworkshop.cli import main
from msworkshop.domain.messages import translate


@pytest.fixture
def dutch_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MSWORKSHOP_LANG", "en")  # the shell speaks English
    path = tmp_path / "sessie.msworkshop"
    args = ["new", str(path), "--title", "Heisessie", "--team", "Noord", "--lang", "nl"]
    assert main(args) == 0
    return path


def test_import_header_error_and_line_errors_in_the_sessions_language(
    dutch_session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    csv = tmp_path / "bad.csv"
    csv.write_text("team,function,stage,colour\nNoord,sales,2,red\n", encoding="utf-8")
    assert main(["import", str(dutch_session), str(csv)]) == 1
    err = capsys.readouterr().err
    assert translate("csv_unknown_columns", "nl", columns="colour") in err
    assert "Unknown" not in err


def test_unknown_round_in_the_sessions_language(
    dutch_session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["results", str(dutch_session), "--round", "7"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"msworkshop: {translate('round_unknown', 'nl', round=7)}"
    assert main(["results", str(dutch_session), "--round", "7", "--lang", "en"]) == 1
    assert translate("round_unknown", "en", round=7) in capsys.readouterr().err


def test_import_round_error_and_notices_in_dutch(
    dutch_session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = "team,function,stage\n"
    csv = tmp_path / "ok.csv"
    csv.write_text(header + "Noord,sales,2\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(dutch_session), str(csv), "--round", "5"]) == 1
    assert translate("round_unknown", "nl", round=5) in capsys.readouterr().err
    assert main(["import", str(dutch_session), str(csv)]) == 0
    assert "1 stem geïmporteerd in ronde 1." in capsys.readouterr().out
