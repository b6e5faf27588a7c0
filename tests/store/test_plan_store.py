"""Plan actions and agreements in the session file: CRUD, order, undo-friendly replace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import ActionStatus, Agreement, PlanAction, Priority
from msworkshop.store import SessionStore


def _action(team_id: int, title: str, **changes: object) -> PlanAction:
    return PlanAction(team_id, title).with_changes(**changes)


def test_actions_round_trip_in_order(store: SessionStore, session_path: Path) -> None:
    first = store.add_plan_action(
        _action(
            1,
            "Lead hand-over rules",
            owner="Both heads",
            due=dt.date(2026, 12, 26),
            measure="Signed",
            priority=Priority.HIGH,
            template_key="k1",
        )
    )
    second = store.add_plan_action(_action(1, "Ĳsselmeer kick-off", description="Zoë & Łukasz"))
    store.add_plan_action(_action(2, "South action"))
    assert (first.id, first.position, second.position) != (0, 0, 0)
    assert [a.position for a in store.plan_actions(1)] == [0, 1]
    store.update_plan_action(second.with_changes(status=ActionStatus.IN_PROGRESS))
    store.close()
    with SessionStore.open(session_path) as again:
        actions = again.plan_actions(1)
        assert [a.title for a in actions] == ["Lead hand-over rules", "Ĳsselmeer kick-off"]
        assert actions[0] == first
        assert actions[1].status is ActionStatus.IN_PROGRESS
        assert actions[1].description == "Zoë & Łukasz"
        assert [a.title for a in again.plan_actions()] == [
            "Lead hand-over rules",
            "Ĳsselmeer kick-off",
            "South action",
        ]
        assert set(again.plans_by_team()) == {1, 2}


def test_set_plan_keeps_ids_and_renumbers(store: SessionStore) -> None:
    a = store.add_plan_action(_action(1, "a"))
    b = store.add_plan_action(_action(1, "b"))
    stored = store.set_plan(1, [b, _action(1, "new"), a])
    assert [x.title for x in stored] == ["b", "new", "a"]
    assert stored[0].id == b.id and stored[2].id == a.id and stored[1].id not in (a.id, b.id)
    assert [x.position for x in store.plan_actions(1)] == [0, 1, 2]
    assert store.set_plan(1, []) == [] and store.plan_actions(1) == []
    restored = store.set_plan(1, stored)  # undo of the clear: the same rows come back
    assert restored == store.plan_actions(1) == stored


def test_bad_actions_are_refused_and_nothing_changes(store: SessionStore) -> None:
    store.add_plan_action(_action(1, "keep"))
    with pytest.raises(UserError):
        store.set_plan(1, [_action(1, "fine"), _action(1, " ")])
    with pytest.raises(UserError):
        store.add_plan_action(_action(99, "nobody's"))
    with pytest.raises(UserError):
        store.update_plan_action(_action(1, "ghost", id=12345))
    assert [a.title for a in store.plan_actions(1)] == ["keep"]


def test_agreements_clear_and_cascade_with_the_team(store: SessionStore) -> None:
    store.set_agreement(1, 2, 3)
    store.set_agreement(2, 4, 4)
    store.add_plan_action(_action(2, "South action"))
    assert store.agreement_list() == [Agreement(1, 2, 3), Agreement(2, 4, 4)]
    store.clear_agreement(1)
    assert store.agreements() == {2: (4, 4)}
    workshop = store.workshop()
    store.update_workshop(workshop.with_changes(teams=workshop.teams[:1]))
    assert store.agreements() == {} and store.plan_actions() == []
