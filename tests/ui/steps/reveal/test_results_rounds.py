"""The Rounds and Comments tabs: movement between two rounds; comments after closing only."""

from __future__ import annotations

from pathlib import Path

from msworkshop.domain.analysis import analyse
from msworkshop.domain.comments import visible_comments
from msworkshop.domain.comparison import compare_rounds
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.reveal.page import ResultsPage
from tests.ui.results_helpers import create_session, group, standard_votes

FIRST_ROUND = (
    group(1, "marketing", (1, 1, 1, 2, 2, 2, 2, 2, 2, 2), 3)
    + group(1, "sales", (1, 1, 1, 1, 1), 1)
    + group(2, "marketing", (2, 2, 2, 2, 2, 2), 3)
    + group(2, "sales", (1, 1, 1, 1, 1, 1), 1)
)


def test_two_rounds_show_the_movement_per_function_and_team(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes(), rounds=[FIRST_ROUND]))
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.rounds)
    rounds = page.rounds
    assert (rounds.before_combo.currentData(), rounds.after_combo.currentData()) == (1, 2)
    c = controller
    expected = compare_rounds(
        analyse(c.workshop, c.store().ballots(1), c.content.statements, 1),
        analyse(c.workshop, c.store().ballots(2), c.content.statements, 2),
    )
    assert rounds.comparison == expected
    rows = {(r[0], r[1]): r for r in rounds.row_texts()}
    north_marketing = expected.team(1).group("marketing")
    assert rows[("North", "Marketing")][2] == (
        f"{north_marketing.stage.before:.1f} → {north_marketing.stage.after:.1f}"
    )
    assert rows[("North", "Marketing")][3] == f"+{north_marketing.stage.change:.1f}"
    assert rows[("North", "Sales")][2:] == ["hidden (anonymity)", "", "", ""]
    south_gap = expected.team(2).stage_gap
    assert rows[("South", "Perception gap")][2] == f"{south_gap.before:.1f} → {south_gap.after:.1f}"
    assert rows[("North", "Perception gap")][3] == ""  # hidden in round 2: no change
    rounds.select(2, 1)
    assert rounds.comparison.before_round == 2
    rounds.select(1, 1)
    assert rounds.comparison is None and rounds.row_texts() == []


def test_one_round_asks_for_a_second(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes()))
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.rounds)
    assert page.rounds.comparison is None
    assert "second voting round" in page.rounds.message.text()


def test_comments_only_after_the_round_is_closed_shuffled_and_never_hidden_groups(
    qtbot, controller: SessionController, session_path: Path
) -> None:
    controller.open(create_session(session_path, standard_votes(), close=False))
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.comments)
    comments = page.comments
    assert comments.texts() == [] and "once the round is closed" in comments.message.text()
    controller.close_round()
    shown = comments.texts()
    assert "North" in shown and "South" in shown
    assert "Marketing: “Leads get lost”" in shown
    assert not any("secret" in text for text in shown)  # North's sales group is hidden
    expected = visible_comments(
        controller.result, controller.store().ballots(1), True, comments.seed
    )
    assert comments.comments == expected
    orders = set()
    for seed in range(6):
        comments.seed = seed
        comments.refresh()
        orders.add(tuple(comments.texts()))
    assert len(orders) > 1  # the order is random, not the order of voting
