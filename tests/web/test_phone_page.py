"""The phone page in a real browser against the real server; then the session file."""

from __future__ import annotations

import re
import urllib.request
from typing import Any

import pytest

from msworkshop.domain.ballot import Source
from msworkshop.domain.workshop import VotingMode

from .conftest import Phone, ballots

pytestmark = pytest.mark.browser
DASH = "\N{EN DASH}"


def expect(locator: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def choose_team_and_function(phone: Phone, team: str = "North", function: str = "Sales") -> None:
    page = phone.page
    expect(page.get_by_role("heading", name="Your team")).to_be_visible()
    phone.shot("team")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("alert")).to_have_text("Choose your team first.")
    page.get_by_role("radio", name=team).check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Your function")).to_be_visible()
    phone.shot("function")
    page.get_by_role("radio", name=function).check()
    page.get_by_role("button", name="Next").click()


def answer_group(phone: Phone, values: list[int | None]) -> None:
    fields = phone.page.locator("fieldset.statement")
    expect(fields).to_have_count(len(values))
    for index, value in enumerate(values):
        if value is not None:
            fields.nth(index).get_by_role("radio").nth(value - 1).check()


def send_and_confirm(phone: Phone) -> None:
    page = phone.page
    page.get_by_role("button", name="Send my vote").click()
    expect(page.get_by_role("heading", name="Thank you!")).to_be_visible()
    phone.shot("thanks")


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_quick_vote(phone: Phone) -> None:
    page = phone.page
    phone.open()
    expect(page).to_have_title(re.compile("Spring offsite <Acme & Co>"))
    expect(page.get_by_text("Your vote is anonymous")).to_be_visible()
    choose_team_and_function(phone, team="South <b>& East</b>")  # shown as text, not markup
    expect(page.get_by_role("heading", name=re.compile("Which stage"))).to_be_visible()
    phone.shot("stage")
    page.get_by_role("radio", name=re.compile("Dating")).check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Your comment")).to_be_visible()
    expect(page.get_by_text(re.compile("You can change your vote until the round"))).to_be_visible()
    phone.shot("comment")
    send_and_confirm(phone)
    [stored] = ballots(phone.served, 1)
    assert (stored.team_id, stored.function, stored.stage) == (2, "sales", 2)
    assert not stored.has_diagnostic and stored.source is Source.PHONE
    assert phone.errors == []


@pytest.mark.parametrize("session_mode", [VotingMode.DIAGNOSTIC])
def test_full_diagnostic(phone: Phone) -> None:
    page = phone.page
    phone.open()
    choose_team_and_function(phone, function="Marketing")
    expected: list[int | None] = []
    for group in range(5):
        first = group * 4 + 1
        expect(page.get_by_text(f"Statements {first}{DASH}{first + 3} of 20")).to_be_visible()
        values = [(group + i) % 5 + 1 for i in range(4)]
        if group == 2:
            values[1] = None  # skipping is allowed
        answer_group(phone, values)
        expected += values
        phone.shot(f"statements-{group + 1}")
        if group == 1:  # back and forth keeps the answers
            page.get_by_role("button", name="Back").click()
            checked = page.locator("fieldset.statement input:checked")
            expect(checked).to_have_count(4)
            page.get_by_role("button", name="Next").click()
        page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("19 of 20 answered")).to_have_count(0)  # not on the comment step
    comment = '<img src=x onerror="alert(1)"> Less "us and them", please & thanks'
    page.get_by_label("Anything else you want to say? (optional)").fill(comment)
    expect(page.get_by_text(f"{len(comment)} of 500 characters")).to_be_visible()
    send_and_confirm(phone)
    [stored] = ballots(phone.served, 1)
    assert stored.stage is None
    assert list(stored.answers) == expected
    assert stored.comment == comment
    assert phone.errors == []


def test_reload_mid_ballot_keeps_answers(phone: Phone) -> None:
    page = phone.page
    phone.open()
    choose_team_and_function(phone)
    page.get_by_role("radio", name=re.compile("Living together")).check()
    page.get_by_role("button", name="Next").click()
    answer_group(phone, [5, 4, None, 2])
    page.reload()
    expect(page.get_by_text(f"Statements 1{DASH}4 of 20")).to_be_visible()
    expect(page.locator("fieldset.statement input:checked")).to_have_count(3)
    expect(page.get_by_text("3 of 20 answered")).to_be_visible()
    phone.shot("after-reload")
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("radio", name=re.compile("Living together"))).to_be_checked()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Skip the statements").click()
    page.get_by_label("Anything else you want to say? (optional)").fill("kept")
    page.reload()
    expect(page.get_by_label("Anything else you want to say? (optional)")).to_have_value("kept")
    send_and_confirm(phone)
    [stored] = ballots(phone.served, 1)
    assert stored.stage == 3 and stored.answers[:4] == (5, 4, None, 2) and stored.comment == "kept"
    page.reload()  # after a successful send the answers are gone; the thanks stays
    expect(page.get_by_role("heading", name="Thank you!")).to_be_visible()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('msw.draft'))") == []


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_closed_round_then_reopened(phone: Phone) -> None:
    page, served = phone.page, phone.served
    served.close_round()
    phone.open()  # opened after the close: only the closed state, no questionnaire
    expect(page.get_by_role("heading", name="Voting is closed")).to_be_visible()
    expect(page.locator("fieldset, #banner:not([hidden])")).to_have_count(0)
    phone.shot("closed-on-open")
    served.open_round()  # round 2: the page continues without a reload
    expect(page.get_by_role("heading", name="Your team")).to_be_visible(timeout=3000)
    choose_team_and_function(phone)
    page.get_by_role("radio", name=re.compile("Single")).check()
    page.get_by_role("button", name="Next").click()
    served.close_round()
    send = page.get_by_role("button", name="Send my vote")
    # Refused either way: by the server (409, an alert) when the click beats the page's next
    # status poll, or by the page itself, which disables Send once the poll sees the close.
    send.click(force=True)
    expect(page.get_by_role("status")).to_contain_text("Voting is closed", timeout=3000)
    expect(send).to_be_disabled()
    phone.shot("closed")
    assert ballots(served, 2) == []
    served.open_round()  # round 3
    expect(page.get_by_role("status")).to_contain_text("Voting round 3 is open", timeout=3000)
    phone.shot("reopened")
    send_and_confirm(phone)
    assert [b.stage for b in ballots(served, 3)] == [1]
    served.close_round()
    expect(page.get_by_text("This voting round is closed.")).to_be_visible(timeout=3000)
    assert phone.errors == [] or all("409" in e for e in phone.errors)


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_vote_again_replaces_the_earlier_vote(phone: Phone) -> None:
    page = phone.page
    phone.open()
    for stage in ("Single", "Married"):
        if stage == "Single":
            choose_team_and_function(phone)
        else:  # the earlier answers are kept: team and function are already chosen
            expect(page.get_by_role("radio", name="North")).to_be_checked()
            page.get_by_role("button", name="Next").click()
            expect(page.get_by_role("radio", name="Sales")).to_be_checked()
            page.get_by_role("button", name="Next").click()
            expect(page.get_by_role("radio", name=re.compile("Single"))).to_be_checked()
        page.get_by_role("radio", name=re.compile(stage)).check()
        page.get_by_role("button", name="Next").click()
        send_and_confirm(phone)
        if stage == "Single":
            page.get_by_role("button", name="Change my vote").click()
    assert [b.stage for b in ballots(phone.served, 1)] == [4]


def test_language_switch(phone: Phone) -> None:
    page = phone.page
    phone.open()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("radio", name="North").check()
    page.get_by_role("button", name="Deze pagina in het Nederlands").click()
    expect(page.get_by_role("heading", name="Jouw team")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("radio", name="North")).to_be_checked()  # answers survive
    phone.shot("dutch")
    page.get_by_role("button", name="Volgende").click()
    page.get_by_role("radio", name="Marketing").check()
    page.get_by_role("button", name="Volgende").click()
    expect(page.get_by_role("radio", name=re.compile("Verkering"))).to_be_visible()
    phone.shot("dutch-stage")
    page.reload()  # the choice of language is remembered
    expect(page.get_by_role("heading", name=re.compile("Welke fase"))).to_be_visible()
    page.get_by_role("button", name="Show this page in English").click()
    expect(page.get_by_role("heading", name=re.compile("Which stage"))).to_be_visible()
    assert phone.errors == []


def test_the_short_link_typed_from_the_projector_opens_the_page(phone: Phone) -> None:
    base, code = phone.served.short_url.rsplit("/", 1)
    assert len(code) == 6
    typed = f"{base}/{code[0].upper()}{code[1:]}"  # phones capitalise the first letter
    phone.open(typed + "?poll=300")
    assert phone.page.url == phone.served.url + "?poll=300"
    expect(phone.page.get_by_role("heading", name="Your team")).to_be_visible()
    assert phone.errors == []


def test_wrong_token_is_refused(phone: Phone) -> None:
    from playwright.sync_api import Error as PlaywrightError

    wrong = phone.served.url.split("/j/")[0] + "/j/not-the-right-token-123/"
    response = phone.page.request.get(wrong)
    assert response.status == 403
    assert response.body() == b""
    with pytest.raises(PlaywrightError, match="ERR_HTTP_RESPONSE_CODE_FAILURE"):
        phone.open(wrong)  # Chromium shows its own error page: nothing of ours
    phone.page.wait_for_load_state()
    expect(phone.page.locator("#app")).to_have_count(0)
    with urllib.request.urlopen(phone.served.url + "api/status", timeout=5) as reply:
        assert reply.status == 200
    assert ballots(phone.served, 1) == []


@pytest.mark.parametrize("session_mode", [VotingMode.QUICK])
def test_server_refusal_of_a_closed_round_is_shown(phone: Phone) -> None:
    """The page has not polled since the close (slow poll): the server's 409 tells it."""
    page, served = phone.page, phone.served
    phone.open(served.url + "?poll=60000")
    choose_team_and_function(phone)
    page.get_by_role("radio", name=re.compile("Single")).check()
    page.get_by_role("button", name="Next").click()
    served.close_round()
    page.get_by_role("button", name="Send my vote").click()
    expect(page.get_by_role("alert")).to_contain_text("closed")
    assert ballots(served, 1) == []
