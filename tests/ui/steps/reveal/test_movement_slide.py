"""The movement slide: the facilitator puts the focus team's movement between two rounds on
the projector from the Rounds tab; the room sees exactly the shared chart model; the next
reveal step (R) brings the reveal back; a reopened session keeps what the room saw."""

from __future__ import annotations

from pathlib import Path

from msworkshop.domain.comparison import compare_rounds
from msworkshop.domain.movement_chart import movement_chart_data, movement_heading
from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.reveal.page import ResultsPage
from msworkshop.ui.steps.reveal.view import MOVEMENT_PAGE, RevealProjectorView
from tests.ui.results_helpers import create_session, standard_votes
from tests.ui.steps.reveal.test_results_rounds import FIRST_ROUND


def _expected(controller: SessionController, team_id: int):
    c = controller
    team = compare_rounds(c.round_result(1), c.round_result(2)).team(team_id)
    return movement_chart_data(c.workshop, c.content, team, 1, 2)


def test_the_room_sees_the_focus_teams_movement_until_the_next_reveal_step(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes(), rounds=[FIRST_ROUND]))
    page = ResultsPage(controller)
    view = RevealProjectorView(controller)
    qtbot.addWidget(page)
    qtbot.addWidget(view)
    page.tabs.setCurrentWidget(page.rounds)
    button = page.rounds.project_button
    assert button.isEnabled() and not button.isChecked()
    controller.focus.set_team(2)
    button.click()
    assert controller.reveal.movement == (1, 2) and button.isChecked()
    assert view.pages.currentIndex() == MOVEMENT_PAGE
    assert view.kicker.text() == "South"
    assert view.heading.text() == movement_heading(controller.content, 1, 2)
    assert view.movement_chart.data() == _expected(controller, 2)
    assert view.movement_gap.text()

    controller.focus.set_team(1)  # the room follows the facilitator's team
    assert view.kicker.text() == "North"
    north = view.movement_chart.data()
    assert north == _expected(controller, 1)
    hidden = [row for row in north.rows if row.style.key == "sales"]  # hidden in round 2
    assert hidden and all(not row.shown and row.note for row in hidden)

    page.rounds.select(2, 1)  # another pair of rounds: the room follows
    assert controller.reveal.movement == (2, 1)
    page.rounds.select(1, 2)

    controller.reveal.reveal_next()  # R
    assert controller.reveal.movement is None and not button.isChecked()
    assert view.pages.currentIndex() == int(controller.reveal.level(1))
    assert view.movement_chart.data() is None

    button.click()
    button.click()  # pressed again: back to the reveal
    assert controller.reveal.movement is None
    assert view.pages.currentIndex() != MOVEMENT_PAGE


def test_a_reopened_session_shows_the_same_movement_and_one_round_cannot(
    qtbot, controller: SessionController, session_path: Path, tmp_path: Path
) -> None:
    path = create_session(session_path, standard_votes(), rounds=[FIRST_ROUND])
    controller.open(path)
    controller.reveal.set_level(1, RevealLevel.STAGES)
    controller.reveal.show_movement(1, 2)
    controller.close()
    controller.open(path)
    view = RevealProjectorView(controller)
    qtbot.addWidget(view)
    assert controller.reveal.movement == (1, 2)
    assert view.pages.currentIndex() == MOVEMENT_PAGE
    controller.close()

    controller.open(create_session(tmp_path / "one.msworkshop", standard_votes()))
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.rounds)
    assert not page.rounds.project_button.isEnabled()
