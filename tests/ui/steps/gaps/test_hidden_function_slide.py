"""Issue 13, defect 8: with one function hidden (fewer answers than the threshold) the gaps
slide says plainly what the room is not seeing and why, and shows what can be shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.reveal import RevealLevel
from msworkshop.domain.workshop import VotingMode
from msworkshop.store import SessionStore
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.session import SessionController
from tests.ui import layout_audit
from tests.ui.conftest import make_workshop


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_hidden_function_is_explained_and_the_others_answers_shown(
    qtbot, controller: SessionController, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "hidden.msworkshop"
    answers = (1, 3, 3, 3, 5) + (3,) * 15  # agree most with s5, least with s1
    with SessionStore.create(path, make_workshop(VotingMode.BOTH, language=language)) as store:
        round_ = store.open_round()
        store.add_ballots(
            [Ballot(1, "marketing", round_.number, 3, answers, "", Source.PAPER)] * 4
            + [Ballot(1, "sales", round_.number, 2, (2,) * 20, "", Source.PAPER)]
        )
        store.close_round()
    controller.open(path)
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    controller.focus.set_team(1)
    controller.reveal.set_level(1, RevealLevel.GAPS)
    projector.set_step("gaps")
    layout_audit.settle()
    view = projector.views["gaps"]
    content = controller.content
    text = view.prompt.text()
    sales = content.function_name("sales", "")
    assert text.startswith(sales + ":")
    assert content.statement("s5").text in text and content.statement("s1").text in text
    assert not view.gap_chart.isVisibleTo(projector)  # no empty chart with one grey line
    assert layout_audit.problems(projector, layout_audit.room_min_px(1280, 720)) == []
    QApplication.processEvents()
