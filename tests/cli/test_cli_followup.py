"""``msworkshop followup OLD NEW`` and the ``previous`` part of ``results --json``."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from msworkshop.cli import main
from msworkshop.domain.followup import ReviewStatus
from msworkshop.store import LATEST_VERSION, SessionStore

HEADER = "team,function,stage\n"


@pytest.fixture
def finished(tmp_path: Path) -> Path:
    """A session run from the command line: one round imported, the plan filled in."""
    path = tmp_path / "spring.msworkshop"
    args = ["new", str(path), "--title", "Spring", "--team", "North", "--team", "South"]
    assert main([*args, "--lang", "en", "--date", "2026-03-12", "--mode", "quick"]) == 0
    rows = "".join(f"{t},{f},2\n" for t in ("North", "South") for f in ("marketing", "sales"))
    (tmp_path / "votes.csv").write_text(HEADER + rows * 3, encoding="utf-8")
    assert main(["import", str(path), str(tmp_path / "votes.csv"), "--round", "1"]) == 0
    from msworkshop.domain.plans import PlanAction

    with SessionStore.open(path) as store:
        store.set_agreement(1, 2, 3, round_number=1)
        store.add_plan_action(PlanAction(1, "Hand-over rules", owner="Ann", measure="SLA"))
        store.add_plan_action(PlanAction(1, "Shared lead board"))
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _results(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["results", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_followup_from_the_command_line(
    finished: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    digest = _sha(finished)
    new = tmp_path / "autumn.msworkshop"
    code = main(["followup", str(finished), str(new), "--date", "2026-10-01", "--title", "Autumn"])
    assert code == 0
    out = capsys.readouterr().out
    assert str(new) in out and "spring.msworkshop" in out and "2 earlier actions" in out
    assert _sha(finished) == digest
    with SessionStore.open(new) as store:
        workshop = store.workshop()
        assert (workshop.title, str(workshop.date)) == ("Autumn", "2026-10-01")
        assert [t.name for t in workshop.teams] == ["North", "South"]


def test_results_json_carries_previous(
    finished: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "previous" not in _results(finished, capsys)  # an ordinary session
    new = tmp_path / "autumn.msworkshop"
    assert main(["followup", str(finished), str(new)]) == 0
    with SessionStore.open(new) as store:
        previous = store.predecessor()
        assert previous is not None
        store.set_action_review(previous.teams[0].actions[0].id, ReviewStatus.DONE, "in May")
    data = _results(new, capsys)
    assert data["previous"] == {
        "title": "Spring",
        "date": "2026-03-12",
        "teams": [
            {
                "team": "North",
                "agreed_stage": 2,
                "target_stage": 3,
                "actions": [
                    {"title": "Hand-over rules", "owner": "Ann", "due": None, "status": "done"},
                    {"title": "Shared lead board", "owner": "", "due": None, "status": None},
                ],
            },
            {"team": "South", "agreed_stage": None, "target_stage": None, "actions": []},
        ],
    }
    assert data["round"] is None and data["teams"][0]["team"] == "North"


def test_an_existing_new_file_is_refused_without_a_traceback(
    finished: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "taken.msworkshop"
    new.write_bytes(b"keep me")
    capsys.readouterr()
    assert main(["followup", str(finished), str(new)]) == 1
    err = capsys.readouterr().err
    assert "taken.msworkshop" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert new.read_bytes() == b"keep me"


@pytest.mark.parametrize("problem", ["missing", "too_new"])
def test_a_bad_predecessor_speaks_dutch(
    problem: str,
    finished: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = tmp_path / "gone.msworkshop" if problem == "missing" else finished
    if problem == "too_new":
        conn = sqlite3.connect(old, isolation_level=None)
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        conn.close()
    monkeypatch.setenv("MSWORKSHOP_LANG", "nl")
    capsys.readouterr()
    assert main(["followup", str(old), str(tmp_path / "new.msworkshop")]) == 1
    err = capsys.readouterr().err
    assert "Er is geen vervolgsessie gemaakt" in err and old.name in err
    assert ("niet gevonden" if problem == "missing" else "nieuwere versie") in err
    assert "Traceback" not in err
    assert not (tmp_path / "new.msworkshop").exists()


def test_usage_errors_exit_2(finished: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["followup", str(finished)])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["followup", str(finished), "x.msworkshop", "--date", "tomorrow"])
    assert caught.value.code == 2
