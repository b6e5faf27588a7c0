"""The app's plan PDF follows the round the room agreed on, not a stray later round (#15)."""

from __future__ import annotations

from pathlib import Path

from msworkshop.ui.services.session import SessionController
from tests.ui.conftest import make_workshop


def test_a_stray_later_round_does_not_change_the_apps_plan(qtbot, tmp_path: Path) -> None:
    controller = SessionController()
    controller.create(tmp_path / "rounds.msworkshop", make_workshop())
    try:
        controller.open_round()
        for function, stage in (("marketing", 3), ("sales", 2)):
            for _ in range(3):
                controller.intake.cast(team_id=1, function=function, stage=stage)
        controller.plans.set_agreement(1, 2, 3)  # agreed in round 1
        controller.close_round()
        controller.open_round()  # round 2, one test ballot
        controller.intake.cast(team_id=1, function="sales", stage=4)
        document = controller.plans.document()
        assert document.result.round_number == 1
        assert document.result.team(1).group("sales").modal_stage == 2
        assert document.agreements == {1: (2, 3)}
        assert controller.result is not None and controller.result.round_number == 2
    finally:
        controller.close()
