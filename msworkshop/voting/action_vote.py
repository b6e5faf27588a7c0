"""The phone side of the dot vote on actions: what a phone may read and what it may send.

``GET api/actions?team=<id>`` lists the team's actions while its vote is open (titles only,
never a count); ``POST api/dots`` stores one phone's dots (see :data:`DOTS_FIELDS`). The phone
says which team and function it voted with (it remembers them itself); the server stores
its dots under a keyed hash of its random token only. Free of Qt.
"""

from __future__ import annotations

from typing import Any, Protocol

from msworkshop.domain.action_vote import DOTS_PER_PERSON, MAX_DOTS_PER_ACTION, ActionVote
from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import Workshop
from msworkshop.voting import tokens
from msworkshop.voting.json_body import decode_object
from msworkshop.voting.query import team_query

DOTS_FIELDS = frozenset(("team", "function", "dots", "device"))
MAX_FUNCTION_KEY = 64
MAX_DOT_ENTRIES = 16  # anything longer is refused before the store is asked


class DotStore(Protocol):
    """The part of ``SessionStore`` the dots endpoints use."""

    def action_votes(self) -> dict[int, ActionVote]: ...
    def open_vote_teams(self) -> list[int]: ...
    def plan_actions(self, team_id: int | None = None) -> list[PlanAction]: ...
    def place_dots(
        self, team_id: int, function: str, voter: str, dots: object
    ) -> dict[int, int]: ...


def open_vote_teams(store: DotStore) -> list[int]:
    """The teams whose dot vote is open, for ``api/status``."""
    return store.open_vote_teams()


def actions_payload(store: DotStore, workshop: Workshop, query: str) -> dict[str, object]:
    """The body of ``GET api/actions``: the team's actions when its vote is open, else none.
    Raises UserError for a missing or unknown team."""
    team_id = team_query(query)
    if team_id is None or team_id not in {t.id for t in workshop.teams}:
        raise UserError("dots_team_invalid")
    vote = store.action_votes().get(team_id)
    is_open = vote is not None and vote.is_open
    actions = store.plan_actions(team_id) if is_open else []
    return {
        "team": team_id,
        "open": is_open,
        "dots_per_person": DOTS_PER_PERSON,
        "max_per_action": MAX_DOTS_PER_ACTION,
        "actions": [{"id": a.id, "title": a.title, "description": a.description} for a in actions],
    }


def parse_dots(body: bytes, workshop: Workshop) -> dict[str, Any]:
    """The dots request's fields, checked for shape, team and function; raises UserError."""
    data = decode_object(body, DOTS_FIELDS, tuple(sorted(DOTS_FIELDS)))
    team = data["team"]
    if isinstance(team, bool) or not isinstance(team, int):
        raise UserError("dots_team_invalid")
    if team not in {t.id for t in workshop.teams}:
        raise UserError("unknown_team", team=team)
    function = data["function"]
    if not isinstance(function, str) or not function or len(function) > MAX_FUNCTION_KEY:
        raise UserError("function_invalid")
    if function not in workshop.function_keys:
        raise UserError("unknown_function", function=function[:40])
    dots = data["dots"]
    if not isinstance(dots, list) or len(dots) > MAX_DOT_ENTRIES:
        raise UserError(
            "dots_too_many" if isinstance(dots, list) else "dots_invalid", limit=DOTS_PER_PERSON
        )
    if not tokens.valid_device(data["device"]):
        raise UserError("phone_device_invalid")
    return data
