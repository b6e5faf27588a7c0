"""SessionController: one door for ballots, on disk before it returns, results announced."""

from __future__ import annotations

from pathlib import Path

import pytest

from msworkshop.domain.analysis import SessionResult
from msworkshop.domain.ballot import Source
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionFileError, SessionStore
from msworkshop.ui.services.session import SessionController
from tests.ui.conftest import make_workshop


def test_create_opens_the_session_and_announces_it(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    opened: list[object] = []
    controller.session_opened.connect(opened.append)
    with qtbot.waitSignals([controller.session_opened, controller.results_changed]):
        controller.create(session_path, make_workshop())
    assert opened == [session_path]
    assert controller.is_open and controller.path == session_path
    assert controller.workshop.title == "Spring offsite"
    assert controller.content.language == "en"
    assert controller.current_round() is None
    assert isinstance(controller.result, SessionResult)
    assert controller.result.round_number is None


def test_the_analysis_waits_until_a_result_is_needed(
    controller: SessionController, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a session on a step without results does not pay for the analysis."""
    from msworkshop.domain import analysis

    calls: list[int | None] = []
    real = analysis.analyse

    def counting(*args: object) -> SessionResult:
        calls.append(args[3])  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "analyse", counting)
    controller.create(session_path, make_workshop(threshold=1))
    controller.open_round()
    controller.intake.cast(team_id=1, function="sales", stage=3, source=Source.KIOSK)
    assert calls == []  # nobody listens to results_changed and nobody asked
    result = controller.result
    assert calls == [1] and result is not None
    assert result.team(1).group("sales").stage_votes == {1: 0, 2: 0, 3: 1, 4: 0}
    assert controller.result is result and calls == [1]  # made once
    seen: list[object] = []
    controller.results_changed.connect(seen.append)
    controller.intake.cast(team_id=1, function="sales", stage=2, source=Source.KIOSK)
    assert seen == [controller.result] and len(calls) == 2  # a listener gets it at once


def test_cast_ballot_without_an_open_round_is_refused(
    controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop())
    with pytest.raises(UserError) as error:
        controller.intake.cast(team_id=1, function="sales", stage=2)
    assert error.value.key == "no_open_round"


def test_cast_ballot_is_on_disk_before_it_returns(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop(threshold=1))
    with qtbot.waitSignal(controller.round_changed):
        controller.open_round()
    results: list[object] = []
    controller.results_changed.connect(results.append)
    with qtbot.waitSignals([controller.ballots_changed, controller.results_changed]):
        ballot = controller.intake.cast(team_id=1, function="sales", stage=2, source=Source.KIOSK)
    [result] = results
    assert result is controller.result
    assert result.team(1).group("sales").stage_votes == {1: 0, 2: 1, 3: 0, 4: 0}
    with SessionStore.open(session_path) as other:  # a second connection sees it already
        assert other.ballots(1) == [ballot]
    assert controller.ballot_count() == 1
    assert controller.ballot_counts() == {(1, "sales"): 1}


def test_invalid_ballot_is_not_stored(controller: SessionController, session_path: Path) -> None:
    controller.create(session_path, make_workshop(mode=VotingMode.QUICK))
    controller.open_round()
    with pytest.raises(UserError) as error:
        controller.intake.cast(team_id=1, function="sales", stage=None)
    assert error.value.key == "stage_required"
    assert controller.ballot_count() == 0


def test_closed_round_refuses_ballots(controller: SessionController, session_path: Path) -> None:
    controller.create(session_path, make_workshop())
    controller.open_round()
    controller.close_round()
    with pytest.raises(UserError) as error:
        controller.intake.cast(team_id=1, function="sales", stage=1)
    assert error.value.key == "round_closed"


def test_a_new_round_starts_an_empty_result(
    controller: SessionController, session_path: Path
) -> None:
    controller.create(session_path, make_workshop(threshold=1))
    controller.open_round()
    controller.intake.cast(team_id=1, function="sales", stage=2)
    controller.open_round()
    assert controller.current_round().number == 2
    assert controller.ballot_count() == 0
    assert controller.result.round_number == 2


def test_open_an_existing_file_and_close(qtbot, session_path: Path) -> None:
    SessionStore.create(session_path, make_workshop(language="nl")).close()
    controller = SessionController()
    controller.open(session_path)
    assert controller.content.language == "nl"
    with qtbot.waitSignal(controller.session_closed):
        controller.close()
    assert not controller.is_open and controller.result is None


def test_open_a_damaged_file_raises_a_user_error(
    controller: SessionController, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.msworkshop"
    damaged.write_bytes(b"this is not a session" * 100)
    with pytest.raises(SessionFileError) as error:
        controller.open(damaged)
    assert "damaged.msworkshop" in error.value.message("en")
    assert not controller.is_open
