"""One CLI command speaks one language. ``results`` and ``export``: once the session is open,
every error and notice is in the session's language (or --lang), like the documents they
make. ``import`` reports to the person at the terminal, in the shell's language."""

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


def test_unknown_round_in_the_sessions_language(
    dutch_session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["results", str(dutch_session), "--round", "7"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"msworkshop: {translate('round_missing_none', 'nl', round=7)}"
    assert main(["results", str(dutch_session), "--round", "7", "--lang", "en"]) == 1
    assert translate("round_missing_none", "en", round=7) in capsys.readouterr().err


def test_import_speaks_the_language_of_the_person_at_the_terminal(
    dutch_session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``import`` reports to whoever runs it (MSWORKSHOP_LANG / the locale), as the import
    dialog does in the app: the session's language is the room's, not the typist's."""
    csv = tmp_path / "ok.csv"
    csv.write_text("team,function,stage\nNoord,sales,2\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(dutch_session), str(csv), "--round", "5"]) == 1
    assert translate("round_missing_none_start", "en", round=5) in capsys.readouterr().err
    assert main(["import", str(dutch_session), str(csv)]) == 0
    assert "Imported 1 ballot into round 1." in capsys.readouterr().out
