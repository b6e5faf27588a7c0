"""The phone page across a session: one response, changing a vote, a closed round."""

from __future__ import annotations

import re

import pytest

from msworkshop.domain.workshop import VotingMode

from .conftest import Phone, ballots
from .test_phone_page import DASH, answer_group, choose_team_and_function, expect, send_and_confirm

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_page_arrives_in_one_response_under_a_strict_csp(phone: Phone, lang: str) -> None:
    page = phone.page
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    response = phone.open(phone.served.url + f"?poll=60000&lang={lang}")
    heading = {"en": "Your team", "nl": "Jouw team"}[lang]
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    policy = response.headers["content-security-policy"]
    assert "unsafe-inline" not in policy and "'sha256-" in policy
    assert response.headers["content-encoding"] == "gzip"
    page.wait_for_load_state("networkidle")
    pages = [url for url in requests if not re.search(r"/icon\.[0-9a-f]{12}\.svg$", url)]
    assert len(pages) == 1 and len(requests) <= 2, requests  # the page; maybe its icon
    assert phone.errors == []  # no CSP refusal, no script error


@pytest.mark.parametrize("session_mode", [VotingMode.DIAGNOSTIC])
def test_change_my_vote_keeps_the_earlier_answers(phone: Phone) -> None:
    page = phone.page
    phone.open()
    choose_team_and_function(phone, team="South <b>& East</b>", function="Marketing")
    sent: list[int | None] = []
    for group in range(5):
        values = [(group * 3 + i) % 5 + 1 for i in range(4)]
        answer_group(phone, values)
        sent += values
        page.get_by_role("button", name="Next").click()
    page.get_by_label("Anything else you want to say? (optional)").fill("first thoughts")
    send_and_confirm(phone)
    page.reload()  # a later visit: the sent answers live in this phone's storage only
    page.get_by_role("button", name="Change my vote").click()
    expect(page.get_by_role("radio", name="South <b>& East</b>")).to_be_checked()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("radio", name="Marketing")).to_be_checked()
    page.get_by_role("button", name="Next").click()
    for group in range(5):
        first = group * 4 + 1
        expect(page.get_by_text(f"Statements {first}{DASH}{first + 3} of 20")).to_be_visible()
        expect(page.locator("fieldset.statement input:checked")).to_have_count(4)
        if group == 3:  # change one answer only
            answer_group(phone, [None, None, 1 if sent[13] != 1 else 2, None])
        phone.shot(f"change-{group + 1}")
        page.get_by_role("button", name="Next").click()
    comment = page.get_by_label("Anything else you want to say? (optional)")
    expect(comment).to_have_value("first thoughts")
    send_and_confirm(phone)
    changed = list(sent)
    changed[14] = 1 if sent[13] != 1 else 2
    [stored] = ballots(phone.served, 1)  # replaced, not added
    assert list(stored.answers) == changed and stored.comment == "first thoughts"
    assert stored.team_id == 2 and stored.function == "marketing"
    assert phone.errors == []


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_page_opened_on_a_closed_round_shows_only_the_closed_state(phone: Phone) -> None:
    page, served = phone.page, phone.served
    phone.open()
    choose_team_and_function(phone)
    page.get_by_role("radio", name=re.compile("Dating")).check()
    served.close_round()
    page.reload()  # opened again after the close, with a half-filled ballot on the phone
    expect(page.get_by_role("heading", name="Voting is closed")).to_be_visible()
    expect(page.get_by_text(re.compile("Your answers stay on this phone"))).to_be_visible()
    expect(page.locator("fieldset, input, #send")).to_have_count(0)
    expect(page.locator("#banner")).to_be_hidden()
    phone.shot("closed")
    served.open_round()  # round 2: the kept answers come back by themselves
    expect(page.get_by_role("radio", name=re.compile("Dating"))).to_be_checked(timeout=3000)
    page.get_by_role("button", name="Next").click()
    send_and_confirm(phone)
    assert [b.stage for b in ballots(served, 2)] == [2]
    served.close_round()
    page.reload()  # voted in the closed round: the thanks, no questionnaire
    expect(page.get_by_text("This voting round is closed.")).to_be_visible()
    expect(page.locator("fieldset")).to_have_count(0)
    assert phone.errors == []
