"""Take home in a real browser: after voting, the phone shows what the room saw of its team
(nothing before the reveal, only the revealed part after it), and once the plan is shared the
team's plan with a calendar file and the handout page that download and parse."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from msworkshop.domain import reveal
from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.plans import PLAN_SHARED_SETTING, PlanAction
from msworkshop.domain.reveal import RevealLevel, RevealState
from msworkshop.domain.workshop import VotingMode
from msworkshop.export.take_home import REVEAL_SETTING

from .conftest import Phone
from .test_phone_page import choose_team_and_function, expect, send_and_confirm

pytestmark = pytest.mark.browser


def _vote(phone: Phone) -> None:
    page = phone.page
    phone.open()
    choose_team_and_function(phone, team="North", function="Sales")
    page.get_by_role("radio", name=re.compile("Dating")).check()
    page.get_by_role("button", name="Next").click()
    send_and_confirm(phone)


def _download(page: Any, name: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=name).click()
    return open(info.value.path(), "rb").read()


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_the_phone_takes_home_what_the_room_saw_and_the_plan(phone: Phone) -> None:
    page = phone.page
    served = phone.served
    _vote(phone)  # the server opened round 1
    with served.store() as store:  # two more sales and three marketing votes: all visible
        store.add_ballots(
            [Ballot(1, "sales", 1, stage=2, source=Source.PAPER)] * 2
            + [Ballot(1, "marketing", 1, stage=3, source=Source.PAPER)] * 3
        )
    page.get_by_role("button", name="Show our results").click()
    expect(page.locator("#home-nothing")).to_be_visible()  # nothing revealed yet
    phone.shot("home-nothing")

    with served.store() as store:
        state = RevealState(round_number=1).with_level(1, RevealLevel.STAGES)
        store.set_setting(REVEAL_SETTING, reveal.to_json(state))
    page.get_by_role("button", name="Refresh").click()
    home = page.locator("#home")
    expect(
        home.get_by_role("heading", name="How each function sees the relationship")
    ).to_be_visible()
    expect(home).to_contain_text("Dating: 3 (100%)")  # sales: three votes for Dating
    expect(home).to_contain_text("Living together: 3 (100%)")  # marketing
    expect(page.get_by_role("link", name="Add to calendar")).to_have_count(0)  # no plan yet
    phone.shot("home-stages")

    with served.store() as store:
        store.set_agreement(1, 2, 3)
        store.set_plan(
            1, [PlanAction(1, "Weekly pipeline call", owner="Sam", due=dt.date(2027, 1, 15))]
        )
        store.set_setting(PLAN_SHARED_SETTING, "1")
    page.get_by_role("button", name="Refresh").click()
    expect(home.get_by_role("heading", name="Our plan")).to_be_visible()
    expect(home).to_contain_text("Weekly pipeline call")
    expect(home).to_contain_text("owner: Sam · due: 15 January 2027")
    phone.shot("home-plan")
    calendar = Calendar.from_ical(_download(page, "Add to calendar"))
    [event] = calendar.walk("VEVENT")
    assert "Weekly pipeline call" in str(event["SUMMARY"])
    handout = PdfReader(io.BytesIO(_download(page, "Handout (PDF)")))
    assert len(handout.pages) == 1 and "Weekly pipeline call" in handout.pages[0].extract_text()
    assert phone.errors == []
