"""Agreements and plan actions: targets, suggestions with due dates, validation, ordering."""

from __future__ import annotations

import datetime as dt

import pytest

from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import (
    ActionStatus,
    Agreement,
    PlanAction,
    Priority,
    check_agreement,
    default_target,
    due_for,
    make_agreement,
    moved,
    stay_or_move_for,
    suggested_actions,
    validate_action,
)

SESSION = dt.date(2026, 11, 26)


def test_targets_are_the_next_stage_or_a_stay() -> None:
    assert default_target(1) == 2 and default_target(4) == 4
    assert make_agreement(7, 2) == Agreement(7, 2, 3)
    stay = make_agreement(7, 2, move=False)
    assert stay.is_stay and stay.stages == (2, 2)
    check_agreement(3, 4)
    check_agreement(3, 3)
    for current, target in ((1, 3), (3, 2), (0, 1), (4, 5)):
        with pytest.raises(UserError):
            check_agreement(current, target)
    with pytest.raises(UserError):
        make_agreement(1, True)  # type: ignore[arg-type]


def test_due_dates_count_from_the_session_date_or_today() -> None:
    assert due_for(30, SESSION) == dt.date(2026, 12, 26)
    assert due_for(90, None, today=dt.date(2026, 1, 1)) == dt.date(2026, 4, 1)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_suggestions_follow_the_agreed_step(lang: str) -> None:
    content = load_content(lang)
    move = suggested_actions(content, make_agreement(3, 1), SESSION)
    templates = content.actions_for(1, 2)
    assert [a.title for a in move] == [t.title for t in templates]
    assert all(a.team_id == 3 and a.status is ActionStatus.OPEN for a in move)
    assert [a.position for a in move] == list(range(len(move)))
    first = move[0]
    assert first.due == SESSION + dt.timedelta(days=templates[0].horizon_days)
    assert first.template_key == templates[0].key and first.owner == templates[0].owner
    stay = suggested_actions(content, make_agreement(3, 4), SESSION)
    assert [a.title for a in stay] == [t.title for t in content.actions_for(4, 4)]
    picked = suggested_actions(content, make_agreement(3, 1), SESSION, keys=[templates[1].key])
    assert [a.template_key for a in picked] == [templates[1].key]
    checklist = stay_or_move_for(content, 2)
    assert checklist is not None and checklist.stay_when and checklist.move_when


def test_validation_trims_and_refuses_bad_actions() -> None:
    action = validate_action(PlanAction(1, "  Weekly stand-up ", owner=" Sam ", priority="high"))  # type: ignore[arg-type]
    assert action.title == "Weekly stand-up" and action.owner == "Sam"
    assert action.priority is Priority.HIGH
    with pytest.raises(UserError) as error:
        validate_action(PlanAction(1, "   "))
    assert error.value.key == "action_title_required"
    with pytest.raises(UserError):
        validate_action(PlanAction(1, "x" * 201))
    with pytest.raises(ValueError):
        validate_action(PlanAction(1, "x", status="later"))  # type: ignore[arg-type]


def test_moving_renumbers() -> None:
    actions = [PlanAction(1, name, position=i) for i, name in enumerate("abc")]
    assert [a.title for a in moved(actions, 2, -1)] == ["a", "c", "b"]
    assert [a.position for a in moved(actions, 0, 5)] == [0, 1, 2]
    assert [a.title for a in moved(actions, 0, 5)] == ["b", "c", "a"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_third_function_actions_are_suggested_only_with_a_third_function(lang: str) -> None:
    from msworkshop.domain.content_loader import ACTION_GROUPS, load_content
    from msworkshop.domain.plans import third_function_name
    from tests.domain.factories import workshop as make_workshop

    content = load_content(lang)
    assert third_function_name(make_workshop(), content) == ""
    with_service = make_workshop(third="Klantenservice")
    name = third_function_name(with_service, content)
    assert name == "Klantenservice"
    for from_stage, to_stage in ACTION_GROUPS:  # at every stage, and named in every text
        plain = content.actions_for(from_stage, to_stage)
        extra = content.actions_for(from_stage, to_stage, name)[len(plain) :]
        assert extra, (from_stage, to_stage)
        assert not any(a.third_function for a in plain)
        for action in extra:
            assert name in action.title and "{" not in action.description + action.measure
    agreement = make_agreement(1, 2)
    keys = {a.template_key for a in suggested_actions(content, agreement, None, third=name)}
    assert keys - {a.template_key for a in suggested_actions(content, agreement, None)}
