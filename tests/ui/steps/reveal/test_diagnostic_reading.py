"""The diagnostic's stage on screen (issue 14): a neutral room (every answer 3) scores 60, the
article's "living together" band, but its statements point to no further than dating — and
that reading is what the room and the facilitator are shown beside the score."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.reveal import RevealLevel
from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionStore
from msworkshop.ui.charts.team_panel import TeamPanel
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.session import SessionController
from tests.ui.conftest import make_workshop


def neutral_session(path: Path, language: str) -> Path:
    workshop = make_workshop(mode=VotingMode.BOTH, language=language)
    with SessionStore.create(path, workshop) as store:
        round_ = store.open_round()
        store.add_ballots(
            [
                Ballot(1, function, round_.number, 3, (3,) * 20, "", Source.PAPER)
                for function in ("marketing", "sales")
                for _ in range(3)
            ]
        )
        store.close_round()
    return path


def test_the_room_sees_the_stage_profile_and_what_it_points_to(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    controller.open(neutral_session(tmp_path / "neutral.msworkshop", "en"))
    group = controller.result.team(1).group("marketing")
    assert group.diagnostic_mean == 60 and group.band == 3  # the article's band
    assert group.diagnostic_stage is not None and group.diagnostic_stage <= 2
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    controller.focus.set_team(1)
    controller.reveal.set_level(1, RevealLevel.SCORES)
    projector.set_step("reveal")
    QApplication.processEvents()
    projector.grab()
    view = projector.views["reveal"]
    texts = [t.text for t in view.profile_chart.placed_texts]
    reading = f"→ {controller.content.stage(group.diagnostic_stage).name}"
    assert texts.count(reading) == 2, texts  # both functions: the statements' stage
    assert "→ Living together" not in texts  # not the article's band of the score 60


def test_the_facilitators_panel_names_both_readings(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    controller.open(neutral_session(tmp_path / "neutral.msworkshop", "en"))
    result = controller.result
    panel = TeamPanel(controller.workshop, result.team(1).team_name)
    qtbot.addWidget(panel)
    panel.show_team(controller.workshop, controller.content, result.team(1))
    assert panel.profile_chart.data() is not None  # the four stage bars per function
    assert panel.profile_chart.isVisibleTo(panel)
    text = panel.panels["marketing"].diagnostic_label.text()
    stage = controller.content.stage_label(result.team(1).group("marketing").diagnostic_stage)
    assert "band 3. Living together" in text or "Living together" in text
    assert f"the statements point to {stage}" in text


@pytest.fixture(autouse=True)
def charts_record_their_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    from msworkshop.ui.charts import placed_text

    monkeypatch.setattr(placed_text, "RECORD_ON_SCREEN", True)


def test_a_vote_that_disagrees_with_the_statements_is_a_talking_point(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    """Everyone votes Married (4), but every answer is 3: the statements point lower."""
    path = tmp_path / "differs.msworkshop"
    workshop = make_workshop(mode=VotingMode.BOTH)
    with SessionStore.create(path, workshop) as store:
        round_ = store.open_round()
        store.add_ballots(
            [
                Ballot(1, function, round_.number, 4, (3,) * 20, "", Source.PAPER)
                for function in ("marketing", "sales")
                for _ in range(3)
            ]
        )
        store.close_round()
    controller.open(path)
    result = controller.result
    panel = TeamPanel(controller.workshop, result.team(1).team_name)
    qtbot.addWidget(panel)
    panel.show_team(controller.workshop, controller.content, result.team(1))
    text = panel.gap_label.text()
    assert text.count("To discuss: ") == 2 and "Married" in text
