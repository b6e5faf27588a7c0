"""The take-home endpoints over a real server and file: a phone sees what the room saw of its
team (the reveal state decides, hidden groups have no figures) and, once the facilitator
shares it, the team's plan with a calendar file and its handout page."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from msworkshop.domain import reveal
from msworkshop.domain.ballot import Ballot, Source
from msworkshop.domain.plans import PLAN_SHARED_SETTING, PlanAction
from msworkshop.domain.reveal import RevealLevel, RevealState
from msworkshop.export.take_home import REVEAL_SETTING, TakeHome
from msworkshop.store import SessionStore
from msworkshop.voting import tokens
from msworkshop.voting.lan_server import ParticipantServer

from .conftest import Client


@pytest.fixture
def voted(store: SessionStore) -> SessionStore:
    """North: marketing 3 (stage 2) and sales 3 (stage 4) visible, service 2 hidden; South:
    marketing 3."""
    ballots = []
    for function, count, stage in (("marketing", 3, 2), ("sales", 3, 4), ("service", 2, 3)):
        ballots += [
            Ballot(1, function, 1, stage, (4,) * 20, "", Source.PHONE) for _ in range(count)
        ]
    ballots += [Ballot(2, "marketing", 1, 3, (3,) * 20, "", Source.PHONE) for _ in range(3)]
    store.add_ballots(ballots)
    return store


@pytest.fixture
def share_client(qtbot: Any, voted: SessionStore) -> Iterator[Client]:
    served = ParticipantServer(voted, tokens.session_token(voted), share=TakeHome(voted))
    with qtbot.waitSignal(served.port_changed, timeout=2000):
        served.start("127.0.0.1", 0)
    yield Client(qtbot, served.port, served.url_path)
    served.stop()


def _reveal(store: SessionStore, team: int, level: RevealLevel) -> None:
    state = RevealState(round_number=1).with_level(team, level)
    store.set_setting(REVEAL_SETTING, reveal.to_json(state))


def test_before_a_reveal_the_phone_sees_no_results(share_client: Client) -> None:
    data = share_client.get("api/room?team=1").json()
    assert data["team"] == "North" and data["level"] == 0
    assert data["stages"] is None and data["scores"] is None and data["gaps"] is None
    assert data["plan"] is None


def test_only_what_the_room_saw_of_the_team_and_never_a_hidden_group(
    share_client: Client, voted: SessionStore
) -> None:
    _reveal(voted, 1, RevealLevel.STAGES)
    data = share_client.get("api/room?team=1&lang=en").json()
    assert data["level"] == int(RevealLevel.STAGES)
    groups = {g["function"]: g for g in data["stages"]["groups"]}
    assert groups["Marketing"]["counts"] == [0, 3, 0, 0]
    assert groups["Sales"]["counts"] == [0, 0, 0, 3]
    assert groups["Service"]["counts"] is None and groups["Service"]["hidden"]
    assert "anonymity" in groups["Service"]["note"]
    assert data["stages"]["gap"] == "Sales sees the relationship 2.0 stages further than Marketing"
    assert data["scores"] is None and data["gaps"] is None  # not revealed yet
    assert share_client.get("api/room?team=2").json()["level"] == 0  # South: nothing shown

    _reveal(voted, 1, RevealLevel.GAPS)
    data = share_client.get("api/room?team=1&lang=nl").json()
    scores = {s["function"]: s for s in data["scores"]}
    assert scores["Marketing"]["score"] == 80 and scores["Service"]["score"] is None
    assert data["stages"]["labels"][1] == "Verkering"  # in the phone's language
    assert len(data["gaps"]) <= 3
    for gap in data["gaps"]:
        means = {m["function"]: m["mean"] for m in gap["means"]}
        assert means["Service"] is None  # hidden: no mean, in any statement
    assert "3" not in str(groups["Service"])  # nothing of the hidden group's votes


def test_the_plan_calendar_and_handout_once_shared(
    share_client: Client, voted: SessionStore
) -> None:
    voted.set_agreement(1, 2, 3)
    voted.set_plan(
        1,
        [
            PlanAction(
                1, "Joint account plan", owner="Sam", due=dt.date(2027, 1, 15), measure="3 plans"
            ),
            PlanAction(1, "Lead hand-over", owner="Ada"),
        ],
    )
    voted.set_plan(2, [PlanAction(2, "South's own action", due=dt.date(2027, 2, 1))])
    refused = share_client.get("plan.ics?team=1")
    assert refused.status == 404 and "not shared yet" in refused.json()["message"]
    assert share_client.get("handout.pdf?team=1").status == 404

    voted.set_setting(PLAN_SHARED_SETTING, "1")
    plan = share_client.get("api/room?team=1").json()["plan"]
    assert plan["agreed"] == "2. Dating (Defined)"
    assert plan["target"] == "3. Living together (Aligned)"
    assert plan["actions"][0] == {
        "title": "Joint account plan",
        "owner": "Sam",
        "due": "15 January 2027",
        "measure": "3 plans",
    }
    assert plan["calendar"] is True

    ics = share_client.get("plan.ics?team=1")
    assert ics.headers["content-type"] == "text/calendar; charset=utf-8"
    assert "attachment" in ics.headers["content-disposition"]
    events = [e for e in Calendar.from_ical(ics.body).walk("VEVENT")]
    # The action without a due date has no date; South's is not here.
    assert len(events) == 1 and "Joint account plan" in str(events[0]["SUMMARY"])

    pdf = share_client.get("handout.pdf?team=1")
    assert pdf.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.body))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 1 and "North" in text and "Joint account plan" in text
    assert "South" not in text


@pytest.mark.parametrize(
    "query", ["", "team=", "team=abc", "team=1&team=2", "team=%EF%BC%91", "team=99", "team=-1"]
)
def test_a_wrong_team_is_refused_clearly(share_client: Client, query: str) -> None:
    reply = share_client.get(f"api/room?{query}&lang=nl")
    assert reply.status == 400
    assert "kies je team" in reply.json()["message"]


def test_without_a_share_the_paths_do_not_exist(client: Client) -> None:
    assert client.get("api/room?team=1").status == 404
    assert client.get("plan.ics?team=1").status == 404
