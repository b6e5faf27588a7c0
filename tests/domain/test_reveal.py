"""The reveal rules: staged per team, team by team or all at once, saved as JSON."""

from __future__ import annotations

import pytest

from msworkshop.domain.reveal import (
    RevealLevel,
    RevealState,
    RevealStep,
    apply,
    for_round,
    from_json,
    hide_all,
    levels_for,
    next_step,
    reveal_all,
    reveal_next,
    to_json,
)
from msworkshop.domain.workshop import VotingMode

TEAMS = (1, 2, 3)
ALL = levels_for(VotingMode.BOTH)
S, SC, G = RevealLevel.STAGES, RevealLevel.SCORES, RevealLevel.GAPS


def test_nothing_is_revealed_at_first() -> None:
    state = RevealState()
    assert all(state.level(t) == RevealLevel.NONE for t in TEAMS)
    assert not state.shows(1, S)


def test_team_by_team_goes_stage_votes_then_scores_then_gaps_then_next_team() -> None:
    state = RevealState(round_number=1)
    seen = []
    while (step := next_step(state, TEAMS, ALL)) is not None:
        seen.append((step.team_ids, step.level))
        state = apply(state, step)
        assert state.focus == step.team_ids[0]
    assert seen == [
        ((1,), S),
        ((1,), SC),
        ((1,), G),
        ((2,), S),
        ((2,), SC),
        ((2,), G),
        ((3,), S),
        ((3,), SC),
        ((3,), G),
    ]
    assert reveal_next(state, TEAMS, ALL) == state  # nothing left


def test_the_focus_team_goes_first_and_the_order_wraps_around() -> None:
    state = RevealState(focus=3)
    state = reveal_next(state, TEAMS, ALL)
    assert state.level(3) == S and state.level(1) == RevealLevel.NONE
    state = RevealState(levels=((3, 3),), focus=3)
    assert next_step(state, TEAMS, ALL) == RevealStep((1,), S)


def test_all_at_once_moves_every_team_one_stage() -> None:
    state = RevealState(all_at_once=True, levels=((2, 1),))
    assert next_step(state, TEAMS, ALL) == RevealStep((1, 3), S)  # team 2 is there already
    state = reveal_next(state, TEAMS, ALL)
    assert [state.level(t) for t in TEAMS] == [S, S, S] and state.focus == 1
    state = reveal_next(state, TEAMS, ALL)
    assert [state.level(t) for t in TEAMS] == [SC, SC, SC]


def test_levels_follow_the_voting_mode() -> None:
    assert levels_for(VotingMode.QUICK) == (S,)
    assert levels_for(VotingMode.DIAGNOSTIC) == (SC, G)
    state = reveal_next(RevealState(), TEAMS, levels_for(VotingMode.DIAGNOSTIC))
    assert state.level(1) == SC  # no stage votes to show first
    assert next_step(RevealState(), (), ALL) is None


def test_reveal_all_hide_all_and_a_new_round() -> None:
    state = reveal_all(RevealState(round_number=1), TEAMS, ALL)
    assert all(state.level(t) == G for t in TEAMS) and state.focus == 1
    assert all(hide_all(state).level(t) == RevealLevel.NONE for t in TEAMS)
    assert for_round(state, 1) is state
    fresh = for_round(RevealState(1, ((1, 3),), 2, True), 2)
    assert fresh == RevealState(2, (), 2, True)


def test_json_round_trip_and_garbage() -> None:
    state = RevealState(2, ((1, 2), (3, 1)), 3, True)
    assert from_json(to_json(state)) == state
    for garbage in (
        None,
        "",
        "nonsense",
        "[1, 2]",
        '{"levels": [["x", 1]]}',
        '{"levels": [[1, 9]]}',
    ):
        assert from_json(garbage) == RevealState()


def test_a_shown_movement_is_saved_and_ended_by_the_next_reveal_or_a_new_round() -> None:
    from msworkshop.domain import reveal as rules

    steps = rules.levels_for(VotingMode.BOTH)
    state = rules.show_movement(RevealState(round_number=2, focus=1), 1, 2)
    assert state.movement == (1, 2)
    assert rules.from_json(rules.to_json(state)) == state
    assert rules.reveal_next(state, (1, 2), steps).movement is None
    assert rules.hide_all(state).movement is None
    assert rules.for_round(state, 3).movement is None
    assert rules.for_round(state, 2).movement == (1, 2)
    with pytest.raises(ValueError):
        rules.show_movement(state, 2, 2)
    # A broken or hand-edited saved movement counts as none, never as an error.
    assert rules.from_json('{"movement": [1, 1]}').movement is None
    assert rules.from_json('{"movement": [1]}') == RevealState()
