"""The phone's take-home endpoints: what the room saw of a team, and once shared its plan.

    GET /j/<token>/api/room?team=<id>      JSON (see ``export.take_home.TakeHome.room``)
    GET /j/<token>/plan.ics?team=<id>      the team's actions as a calendar file
    GET /j/<token>/handout.pdf?team=<id>   the team's handout page

The answers come from a :class:`RoomShare` the app gives the server (the export layer builds
them; this module only checks the request). Without one, the paths do not exist (404).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from msworkshop.voting.query import team_query

CALENDAR_TYPE = "text/calendar; charset=utf-8"
PDF_TYPE = "application/pdf"

Route = tuple[str, Callable[[], Any]]


class RoomShare(Protocol):
    def room(self, team_id: int, lang: str) -> dict[str, Any] | None: ...
    def calendar(self, team_id: int) -> str | None: ...
    def handout(self, team_id: int) -> bytes | None: ...


def take_home_routes(
    share: RoomShare | None,
    query: str,
    lang: str,
    reply: Callable[..., Any],
    error: Callable[..., Any],
    json_reply: Callable[..., Any],
) -> dict[str, Route]:
    """The routes to add to the API's table (none without a share)."""
    if share is None:
        return {}

    def checked(answer: Callable[[int], Any]) -> Callable[[], Any]:
        def run() -> Any:
            team = team_query(query)
            if team is None:
                return error(400, "phone_team_query_invalid", lang)
            return answer(team)

        return run

    def room(team: int) -> Any:
        found = share.room(team, lang)
        if found is None:
            return error(400, "phone_team_query_invalid", lang)
        return json_reply(200, found)

    def calendar(team: int) -> Any:
        text = share.calendar(team)
        if text is None:
            return error(404, "phone_plan_not_shared", lang)
        return reply(200, text.encode("utf-8"), CALENDAR_TYPE, _download("plan.ics"))

    def handout(team: int) -> Any:
        data = share.handout(team)
        if data is None:
            return error(404, "phone_plan_not_shared", lang)
        return reply(200, data, PDF_TYPE, _download("plan.pdf"))

    return {
        "api/room": ("GET", checked(room)),
        "plan.ics": ("GET", checked(calendar)),
        "handout.pdf": ("GET", checked(handout)),
    }


def _download(name: str) -> tuple[tuple[str, str], ...]:
    return (("Content-Disposition", f'attachment; filename="{name}"'),)
