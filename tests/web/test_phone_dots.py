"""The dot vote on the phone, in Debian's Chromium: the team remembered from the ballot, three
dots with at most two on one action, a change that replaces, and the closed state."""

from __future__ import annotations

import re
from typing import Any

import pytest

from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import VotingMode

from .conftest import Phone, Served
from .test_phone_page import choose_team_and_function, expect, send_and_confirm

pytestmark = pytest.mark.browser

TITLES = ("Agree hand-over rules for leads", "A who-is-who list", "Monthly key-account meeting")


def _plan(served: Served) -> list[int]:
    with served.store() as store:
        north = store.set_plan(1, [PlanAction(1, title) for title in TITLES])
        store.set_plan(2, [PlanAction(2, "South's own action")])
        return [a.id for a in north]


def _open_vote(served: Served, *teams: int) -> None:
    with served.store() as store:
        store.open_action_votes(teams)


def _counts(served: Served, team: int = 1) -> tuple[dict[tuple[int, str], int], dict[str, int]]:
    with served.store() as store:
        counts = store.dot_counts(team)
        return dict(counts.dots), dict(counts.voters)


def _item(page: Any, title: str) -> Any:
    return page.locator("li.dot-item", has_text=title)


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_dots_with_limits_and_a_change(phone: Phone) -> None:
    page, served = phone.page, phone.served
    ids = _plan(served)
    phone.open()
    choose_team_and_function(phone, team="North", function="Sales")
    page.get_by_role("radio", name=re.compile("Dating")).check()
    page.get_by_role("button", name="Next").click()
    send_and_confirm(phone)
    _open_vote(served, 1)  # the facilitator opens the vote: the phone follows by itself
    expect(page.get_by_role("heading", name="Vote on the actions")).to_be_visible()
    expect(page.locator("li.dot-item")).to_have_count(3)  # North's actions only
    expect(page.get_by_text("South's own action")).to_have_count(0)
    left = page.locator("#dots-left")
    expect(left).to_have_text("Dots left: 3 of 3")
    add = page.get_by_role("button", name=f"Put a dot on: {TITLES[0]}")
    add.click()
    add.click()
    expect(_item(page, TITLES[0]).locator(".dot.is-placed")).to_have_count(2)
    expect(add).to_have_attribute("aria-disabled", "true")
    add.click(force=True)  # a third dot on one action: refused (a tap still lands), said why
    expect(page.get_by_role("alert")).to_have_text("At most 2 dots on one action.")
    page.get_by_role("button", name=f"Put a dot on: {TITLES[1]}").click()
    expect(left).to_have_text("Dots left: 0 of 3")
    page.get_by_role("button", name=f"Put a dot on: {TITLES[2]}").click(force=True)  # a 4th
    expect(page.get_by_role("alert")).to_have_text(
        "All 3 dots are placed. Take one off another action first."
    )
    expect(_item(page, TITLES[2]).locator(".dot.is-placed")).to_have_count(0)
    phone.shot("dots-placed")
    page.get_by_role("button", name="Send my dots").click()
    expect(page.get_by_role("heading", name="Your dots are in")).to_be_visible()
    assert _counts(served) == ({(ids[0], "sales"): 2, (ids[1], "sales"): 1}, {"sales": 1})
    phone.shot("dots-thanks")

    page.reload()  # a later visit: the dots placed live in this phone's storage
    page.get_by_role("button", name="Change my dots").click()
    expect(_item(page, TITLES[0]).locator(".dot.is-placed")).to_have_count(2)
    page.get_by_role("button", name=f"Take a dot off: {TITLES[0]}").click()
    page.get_by_role("button", name=f"Put a dot on: {TITLES[2]}").click()
    expect(left).to_have_text("Dots left: 0 of 3")
    page.get_by_role("button", name="Send my dots").click()
    expect(page.get_by_role("heading", name="Your dots are in")).to_be_visible()
    # Replaced, never added: still one voter, three dots.
    assert _counts(served) == (
        {(ids[0], "sales"): 1, (ids[1], "sales"): 1, (ids[2], "sales"): 1},
        {"sales": 1},
    )

    with served.store() as store:
        store.close_action_votes([1])
    expect(page.get_by_text("Voting on the actions is closed for your team.")).to_be_visible()
    expect(page.get_by_role("button", name="Change my dots")).to_have_count(0)
    phone.shot("dots-closed")
    assert phone.errors == []


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_a_vote_closed_while_placing_says_so_and_keeps_the_dots(phone: Phone) -> None:
    page, served = phone.page, phone.served
    ids = _plan(served)
    served.close_round()  # the vote on the actions comes after the round
    _open_vote(served, 1)
    phone.open(served.url + "?poll=60000")  # no polling: the server's refusal must be shown
    expect(page.get_by_role("heading", name="Vote on the actions")).to_be_visible()
    page.get_by_role("radio", name="North").check()
    page.get_by_role("radio", name="Marketing").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name=f"Put a dot on: {TITLES[1]}").click()
    with served.store() as store:
        store.close_action_votes([1])
    page.get_by_role("button", name="Send my dots").click()
    expect(page.get_by_role("alert")).to_have_text(
        "Voting on the actions is not open for this team."
    )
    expect(page.get_by_text("Voting on the actions is closed for your team.")).to_be_visible()
    assert _counts(served) == ({}, {})
    assert ids and all("409" in error for error in phone.errors)  # the refusal itself


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_a_phone_that_did_not_vote_picks_its_team_in_dutch(phone: Phone) -> None:
    page, served = phone.page, phone.served
    ids = _plan(served)
    served.close_round()
    _open_vote(served, 1, 2)
    phone.open(served.url + "?poll=300&lang=nl")
    expect(page.get_by_role("heading", name="Stem op de acties")).to_be_visible()
    page.get_by_role("button", name="Volgende").click()
    expect(page.get_by_role("alert")).to_have_text("Kies eerst je team.")
    page.get_by_role("radio", name="North").check()
    page.get_by_role("radio", name="Marketing").check()
    phone.shot("dots-who-nl")
    page.get_by_role("button", name="Volgende").click()
    expect(page.locator("#dots-left")).to_have_text("Stippen over: 3 van 3")
    for title in (TITLES[2], TITLES[0], TITLES[2]):
        page.get_by_role("button", name=f"Zet een stip op: {title}").click()
    expect(page.locator("#dots-left")).to_have_text("Stippen over: 0 van 3")
    phone.shot("dots-board-nl")
    page.get_by_role("button", name="Verstuur mijn stippen").click()
    expect(page.get_by_role("heading", name="Je stippen zijn binnen")).to_be_visible()
    assert _counts(served) == (
        {(ids[2], "marketing"): 2, (ids[0], "marketing"): 1},
        {"marketing": 1},
    )
    assert phone.errors == []
