"""``msworkshop import`` on form-tool exports, end to end: what is stored, what is never
stored (searched in the session file's bytes, WAL included), dry runs, double imports,
close matches and mapping files."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from msworkshop.cli import main
from msworkshop.domain.content_loader import load_content
from msworkshop.store import SessionStore
from tests.voting.forms_exports import (
    GOOGLE_EN,
    GOOGLE_EN_PRIVATE,
    GOOGLE_NL,
    GOOGLE_NL_PRIVATE,
    make_session,
    ms_forms_private,
    write_ms_forms_csv,
    write_ms_forms_xlsx,
)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MSWORKSHOP_LANG", "en")


def _google_nl(tmp_path: Path) -> tuple[str, Path, list[str]]:
    return "nl", GOOGLE_NL, GOOGLE_NL_PRIVATE


def _google_en(tmp_path: Path) -> tuple[str, Path, list[str]]:
    return "en", GOOGLE_EN, GOOGLE_EN_PRIVATE


def _ms_xlsx_nl(tmp_path: Path) -> tuple[str, Path, list[str]]:
    return "nl", write_ms_forms_xlsx(tmp_path / "Form1.xlsx", "nl"), ms_forms_private("nl")


def _ms_csv_en(tmp_path: Path) -> tuple[str, Path, list[str]]:
    return "en", write_ms_forms_csv(tmp_path / "Form1.csv", "en"), ms_forms_private("en")


EXPORTS = [_google_nl, _google_en, _ms_xlsx_nl, _ms_csv_en]


def session_bytes(path: Path) -> bytes:
    """The session file and its WAL (the other connection keeps it from being folded in)."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


@pytest.mark.parametrize("export", EXPORTS, ids=lambda f: f.__name__.strip("_"))
def test_no_email_name_or_time_reaches_the_session_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], export: Callable
) -> None:
    lang, path, private = export(tmp_path)
    session = make_session(tmp_path / "s.msworkshop", lang)
    with SessionStore.open(session) as watcher:  # holds the WAL open while the CLI writes
        watcher.workshop()
        assert main(["import", str(session), str(path)]) == 0
        written = session_bytes(session)  # the file and its WAL (emptied when the CLI's
        # store closes and compacts the file; what was stored is then in the file itself)
        assert watcher.ballot_count() >= 4
    out = capsys.readouterr().out
    assert "Imported" in out and "Columns not stored" in out
    present = {"nl": "Meer samen bij klanten langs", "en": "Fewer meetings, please"}
    if path.suffix == ".csv" and path.parent.name == "fixtures":
        present = {"nl": "Goed initiatief, eindelijk!", "en": "Spring offsite"}
    assert present[lang].encode() in written  # the search does see what was stored
    for text in private:
        for encoded in {text.encode("utf-8"), text.encode("utf-16-le")}:
            assert encoded not in written, text
    assert not re.search(rb"[\w.-]+@[\w-]+\.[a-z]{2,}", written)  # no address of any form


def test_dry_run_stores_nothing_and_shows_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    before = session_bytes(session)
    assert main(["import", str(session), str(GOOGLE_NL), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert '"Tijdstempel" → dropped: it records when people answered' in out
    assert "→ s20" in out and "Benelux / Marketing: 2" in out
    assert "line 2: Benelux | Marketing | Dating (Defined) | 4 4 3 4" in out
    assert '"In welk team werk je?" = "team"' in out  # the mapping, ready to save
    assert "Dry run: nothing was stored." in out
    assert session_bytes(session) == before
    with SessionStore.open(session) as store:
        assert store.rounds() == [] and store.ballot_count() == 0


def test_dry_run_in_dutch(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MSWORKSHOP_LANG", "nl")
    session = make_session(tmp_path / "en.msworkshop", "en")
    assert main(["import", str(session), str(GOOGLE_EN), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert '"Email Address" → valt weg: maakt mensen herkenbaar' in out
    assert "niet herkend: wordt niet bewaard" in out
    assert "Proefrun: er is niets bewaard." in out


def test_a_double_import_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = make_session(tmp_path / "s.msworkshop", "nl")
    export = write_ms_forms_xlsx(tmp_path / "Form1.xlsx", "nl")
    assert main(["import", str(session), str(export)]) == 0
    capsys.readouterr()
    with SessionStore.open(session) as store:
        before = (store.ballots(1), store._query("SELECT key, value FROM settings"))
    assert main(["import", str(session), str(export)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "already imported into round 1 (on 20" in err and "--allow-duplicate" in err
    with SessionStore.open(session) as store:
        after = (store.ballots(1), store._query("SELECT key, value FROM settings"))
    assert sorted(map(repr, after[0])) == sorted(map(repr, before[0]))
    assert after[1] == before[1]
    assert main(["import", str(session), str(export), "--dry-run"]) == 0
    assert "already imported into round 1" in capsys.readouterr().out
    assert main(["import", str(session), str(export), "--allow-duplicate"]) == 0
    with SessionStore.open(session) as store:
        assert store.ballot_count(1) == 8


def test_a_close_match_needs_a_flag_or_a_mapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    old = load_content("en").statement("s5").text
    new = old.rstrip(".").replace("clear", "very clear")  # reworded a little
    export = tmp_path / "reworded.csv"
    export.write_text(GOOGLE_EN.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert main(["import", str(session), str(export)]) == 1
    captured = capsys.readouterr()
    assert "→ dropped: close (" in captured.out and "to statement s5" in captured.out
    assert "--accept-close" in captured.err and len(captured.err.strip().splitlines()) == 1
    with SessionStore.open(session) as store:
        assert store.rounds() == []

    mapping = tmp_path / "mapping.toml"
    mapping.write_text(f'[columns]\n"{new}" = "s5"\n', encoding="utf-8")
    assert main(["import", str(session), str(export), "--map", str(mapping), "--dry-run"]) == 0
    assert "→ s5" in capsys.readouterr().out
    assert main(["import", str(session), str(export), "--accept-close"]) == 0
    with SessionStore.open(session) as store:
        assert sorted(b.answers[4] or 0 for b in store.ballots()) == [1, 3, 3, 4]


def test_a_broken_mapping_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    mapping = tmp_path / "mapping.toml"
    mapping.write_text("[columns\n", encoding="utf-8")
    assert main(["import", str(session), str(GOOGLE_EN), "--map", str(mapping)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "mapping.toml" in err
    mapping.write_text('[columns]\n"Score" = "team"\n', encoding="utf-8")
    assert main(["import", str(session), str(GOOGLE_EN), "--map", str(mapping)]) == 1
    assert '"score"' in capsys.readouterr().err


def test_lines_with_errors_are_listed_and_skipped_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    export = tmp_path / "answers.csv"
    export.write_text(
        GOOGLE_EN.read_text(encoding="utf-8").replace('"North","Sales"', '"Head office","Sales"'),
        encoding="utf-8",
    )
    assert main(["import", str(session), str(export)]) == 1
    err = capsys.readouterr().err
    assert 'answers.csv:3: "Head office" is not one of this session\'s teams.' in err
    assert "Nothing was imported" in err
    assert main(["import", str(session), str(export), "--skip-invalid"]) == 0
    assert "Skipped 1 invalid row." in capsys.readouterr().out
    with SessionStore.open(session) as store:
        assert store.ballot_count() == 3


def test_a_column_that_cannot_be_found_points_to_the_mapping_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSWORKSHOP_LANG", "nl")
    session = make_session(tmp_path / "en.msworkshop", "en")
    export = tmp_path / "answers.csv"
    text = GOOGLE_EN.read_text(encoding="utf-8").replace("Which function do you work in?", "Dept")
    export.write_text(text.replace('"Marketing"', '"Mktg"').replace('"Sales"', '"Verk."'), "utf-8")
    assert main(["import", str(session), str(export)]) == 1
    captured = capsys.readouterr()
    assert '"Dept" → valt weg: niet herkend' in captured.out
    (line,) = captured.err.strip().splitlines()
    assert "Geen enkele kolom zegt of iemand bij marketing of sales werkt." in line
    assert "koppelbestand (--map)" in line
    mapping = tmp_path / "koppeling.toml"
    mapping.write_text(
        '[columns]\nDept = "function"\n[functions]\nMktg = "marketing"\n"Verk." = "sales"\n',
        encoding="utf-8",
    )
    assert main(["import", str(session), str(export), "--map", str(mapping)]) == 0
    with SessionStore.open(session) as store:
        assert sorted(b.function for b in store.ballots()) == [
            "marketing",
            "marketing",
            "sales",
            "sales",
        ]


def test_a_later_download_of_the_same_form_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    lines = GOOGLE_NL.read_text(encoding="utf-8").splitlines(keepends=True)
    early = tmp_path / "early.csv"
    early.write_text("".join(lines[:2]), encoding="utf-8")
    assert main(["import", str(session), str(early)]) == 0
    capsys.readouterr()
    assert main(["import", str(session), str(GOOGLE_NL), "--dry-run"]) == 0
    assert "Another export of this form" in capsys.readouterr().out
    assert main(["import", str(session), str(GOOGLE_NL)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "count twice" in line and "--allow-duplicate" in line
    with SessionStore.open(session) as store:
        assert store.ballot_count() == 1
