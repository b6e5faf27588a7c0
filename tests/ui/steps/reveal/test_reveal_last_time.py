"""Then and now in the reveal of a follow-up session: beside today's votes, what the team
agreed last time; nothing of the kind in an ordinary session or for a team without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.reveal.view import RevealProjectorView
from tests.ui import layout_audit


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Last time you agreed on Dating (Defined), aiming for Living together (Aligned)."),
        ("nl", "Vorige keer spraken jullie Verkering (Gedefinieerd) af, met als doel"),
    ],
)
def test_the_reveal_of_a_follow_up_shows_last_times_agreement(
    qtbot, controller: SessionController, tmp_path: Path, language: str, expected: str
) -> None:
    controller.open(layout_audit.followup(tmp_path, language))
    view = RevealProjectorView(controller)
    qtbot.addWidget(view)
    controller.focus.set_team(1)
    assert view.last_time.isHidden()  # nothing revealed yet: nothing beside it
    controller.reveal.set_level(1, RevealLevel.STAGES)
    assert view.last_time.text().startswith(expected)
    assert not view.last_time.isHidden()
    assert view.last_time.text() in view.visible_texts()
    controller.reveal.set_level(1, RevealLevel.SCORES)  # the scores slide has no room for it
    assert view.last_time.isHidden()
    controller.reveal.set_level(1, RevealLevel.STAGES)
    controller.reveal.set_level(2, RevealLevel.STAGES)
    controller.focus.set_team(2)  # DACH agreed nothing last time
    assert view.last_time.text() == "" and view.last_time.isHidden()


def test_an_ordinary_session_has_no_last_time_line(
    qtbot, controller: SessionController, tmp_path: Path
) -> None:
    controller.open(layout_audit.stress(tmp_path, "en"))
    view = RevealProjectorView(controller)
    qtbot.addWidget(view)
    controller.focus.set_team(1)
    controller.reveal.set_level(1, RevealLevel.STAGES)
    assert view.last_time.text() == ""
