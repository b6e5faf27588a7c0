"""The participant API behind the phone page, free of Qt: one request in, one reply out.

``ParticipantApi.handle`` routes a request by method and path, validates it, stores a ballot
through the store, and returns a :class:`Reply`. ``lan_server`` feeds it from QHttpServer; tests
and tools may call it directly. Nothing here records who asked: no address, agent or time.

Paths (everything else, and any wrong token, is 403 with an empty body)::

    GET  /<token>                    the short link on the projector: 308 to /j/<token>/
    GET  /j/<token>/                 the page (index.html)
    GET  /j/<token>/<asset>          app.css, app.js, dom.js, steps.js, dots.js, icon.svg
    GET  /j/<token>/api/session      what the page needs to show a ballot (?lang=nl|en)
    GET  /j/<token>/api/status       {"round": n | null, "open": bool}, polled every ~2 s;
                                     with "dots": [team ids] while action votes are open
    POST /j/<token>/api/ballot       one ballot as JSON (see BALLOT_FIELDS)
    GET  /j/<token>/api/actions      ?team=<id>: the team's actions while its dot vote is open
    POST /j/<token>/api/dots         one phone's dots as JSON (see action_vote.DOTS_FIELDS)
    GET  /j/<token>/api/room, plan.ics, handout.pdf   the take-home view (take_home_api)
    POST /j/<token>/api/comment      a question or comment for the room (see comment_api)
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs

from msworkshop.domain.ballot import COMMENT_MAX_LENGTH, Ballot, Source, make_ballot
from msworkshop.domain.comment_text import clean_comment
from msworkshop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, UserError, translate
from msworkshop.domain.room_comments import RoomComment
from msworkshop.domain.workshop import Round, Workshop
from msworkshop.resource_files import resource_path
from msworkshop.store.errors import SessionFileError
from msworkshop.voting import action_vote, tokens
from msworkshop.voting.arrivals import RoundArrivals
from msworkshop.voting.comment_api import comments_open, post_comment
from msworkshop.voting.guessing import GuessLimit
from msworkshop.voting.json_body import decode_object
from msworkshop.voting.page_bundle import (
    IMMUTABLE,
    Encoded,
    PageBundle,
    accepts_gzip,
    content_security_policy,
)
from msworkshop.voting.page_data import session_payload
from msworkshop.voting.request_guard import RequestGuard, RequestHeaders
from msworkshop.voting.take_home_api import RoomShare, take_home_routes

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 16 * 1024
MAX_FUNCTION_KEY = 64
WORKSHOP_CACHE_SECONDS = 1.0
BALLOT_FIELDS = frozenset(("team", "function", "stage", "answers", "comment", "round", "device"))
REQUIRED_FIELDS = ("team", "function", "round", "device")
JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
STATIC_TYPES: dict[str, str] = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "dom.js": "text/javascript; charset=utf-8",
    "steps.js": "text/javascript; charset=utf-8",
    "comments.js": "text/javascript; charset=utf-8",
    "dots.js": "text/javascript; charset=utf-8",
    "takehome.js": "text/javascript; charset=utf-8",
    "comment_loader.js": "text/javascript; charset=utf-8",
    "comments.css": "text/css; charset=utf-8",
    "icon.svg": "image/svg+xml",
}
INDEX = "index.html"
CONTENT_SECURITY_POLICY = content_security_policy()  # every other reply
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)
# Errors that mean "the round (or the dot vote) moved on", not "your input is wrong".
_CONFLICT_KEYS = frozenset(
    ("round_closed", "phone_round_closed", "phone_round_changed", "dots_vote_closed")
)
_POSTS = frozenset(("api/ballot", "api/dots"))  # what only our own page may send


class BallotStore(action_vote.DotStore, Protocol):
    """The part of ``SessionStore`` the participant API uses."""

    def workshop(self) -> Workshop: ...
    def current_round(self) -> Round | None: ...
    def add_ballot(self, ballot: Ballot, replace_key: str | None = None) -> str: ...
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
    def add_room_comment(self, comment: RoomComment) -> str: ...


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    content_type: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    ballot: Ballot | None = None  # set when a ballot was stored
    dots_team: int = 0  # set to the team id when a phone's dots were stored
    file_lost: bool = False  # the session file was deleted or replaced: tell the facilitator


FORBIDDEN = Reply(403)


def json_reply(status: int, data: object, **extra: Any) -> Reply:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Reply(status, body, JSON_TYPE, **extra)


def error_reply(status: int, key: str, lang: str, **params: Any) -> Reply:
    return json_reply(status, {"error": key, "message": translate(key, lang, **params)})


class ParticipantApi:
    """Routes and answers the phone page's requests for one session."""

    def __init__(
        self,
        store: BallotStore,
        token: str,
        secret: bytes,
        *,
        web_root: Path | None = None,
        share: RoomShare | None = None,
    ) -> None:
        self._store = store
        self.share = share  # what the room saw and the plan, for the take-home view
        self._workshop_cache: tuple[float, Workshop] | None = None
        self._token = token
        self._secret = secret
        # Set by the HTTP server once it knows its port; direct callers (tests, tools) that
        # pass no headers are not checked.
        self.guard: RequestGuard | None = None
        # Phone ballots of the open round, in memory only: the per-address cap and the
        # arrival log the facilitator can look at (see arrivals.py).
        self.arrivals = RoundArrivals()
        self.guesses = GuessLimit()  # wrong join codes per address, in memory only
        # The same cap for dots on the actions: new phones per address (a phone moving its
        # dots always may), in memory only, for as long as the server runs.
        self.dot_arrivals = RoundArrivals()
        root = web_root or resource_path("web")
        # Read once: a missing asset fails at start, not in front of the room.
        self._files = {name: (root / name).read_bytes() for name in (INDEX, *STATIC_TYPES)}
        self._bundle = PageBundle(root)

    @property
    def token(self) -> str:
        return self._token

    @token.setter
    def token(self, value: str) -> None:
        self._token = value

    @property
    def path_prefix(self) -> str:
        return f"/j/{self._token}/"

    def handle(
        self,
        method: str,
        path: str,
        query: str = "",
        body: bytes = b"",
        headers: RequestHeaders | None = None,
        client: str = "",
    ) -> Reply:
        """The reply to one request; never raises. ``headers`` and ``client`` (the sender's
        address, kept in memory for this round only) come from the HTTP server."""
        parts = path.split("/")
        if self.guesses.blocked(client):
            return FORBIDDEN
        short = self._short_link(parts, query)
        if short is None and (
            len(parts) < 3
            or parts[0]
            or parts[1] != "j"
            or not tokens.same_token(parts[2], self._token)
        ):
            if _code_attempt(parts):
                self.guesses.record_wrong(client)
            return FORBIDDEN
        rest = "/".join(parts[3:])
        lang = self._language(query)
        guard = self.guard if headers is not None else None
        try:
            if guard is not None and headers is not None:
                if not guard.host_allowed(headers.host):
                    return error_reply(403, "phone_request_refused", lang)
                if rest in _POSTS and method == "POST" and not guard.ballot_allowed(headers):
                    return error_reply(403, "phone_request_refused", lang)
                if rest == "api/comment" and method == "POST" and not guard.ballot_allowed(headers):
                    return error_reply(403, "phone_request_refused", lang)
            if short is not None:
                return short
            gzip_ok = headers is not None and accepts_gzip(headers.accept_encoding)
            return self._route(method, parts, rest, query, body, lang, client, gzip_ok=gzip_ok)
        except Exception:
            log.exception("participant request failed")
            return error_reply(500, "phone_server_error", lang)

    def _short_link(self, parts: list[str], query: str = "") -> Reply | None:
        """``/<code>`` (what people type from the projector) leads to the page, or None.

        Phones capitalise the first letter typed, and codes are lower case: case is ignored."""
        if len(parts) == 3 and parts[2] == "":
            parts = parts[:2]  # /<code>/
        if len(parts) != 2 or parts[0] or not parts[1]:
            return None
        if not tokens.same_token(parts[1].lower(), self._token):
            return None
        location = self.path_prefix + (f"?{query}" if query else "")
        return Reply(308, headers=(("Location", location),))

    def _route(
        self,
        method: str,
        parts: list[str],
        rest: str,
        query: str,
        body: bytes,
        lang: str,
        client: str = "",
        *,
        gzip_ok: bool = False,
    ) -> Reply:
        if len(parts) == 3:  # /j/<token> without the slash: relative asset links need it
            return Reply(308, headers=(("Location", self.path_prefix),))
        routes: dict[str, tuple[str, Callable[[], Reply]]] = {
            "": ("GET", lambda: self._page(lang, gzip_ok)),
            self._bundle.icon_name: ("GET", lambda: self._icon(gzip_ok)),
            "api/session": ("GET", lambda: self._session(lang)),
            "api/status": ("GET", self._status),
            "api/ballot": ("POST", lambda: self._ballot(body, lang, client)),
            "api/comment": ("POST", lambda: self._room_comment(body, lang)),
            "api/actions": ("GET", lambda: self._actions(query, lang)),
            "api/dots": ("POST", lambda: self._dots(body, lang, client)),
        }
        for name, mime in STATIC_TYPES.items():
            routes[name] = ("GET", functools.partial(Reply, 200, self._files[name], mime))
        routes.update(take_home_routes(self.share, query, lang, Reply, error_reply, json_reply))
        if rest not in routes:
            return error_reply(404, "phone_not_found", lang)
        allowed, answer = routes[rest]
        if method != allowed:
            reply = error_reply(405, "phone_method_not_allowed", lang)
            return Reply(405, reply.body, reply.content_type, (("Allow", allowed),))
        return answer()

    # --- endpoints -----------------------------------------------------------------------

    def _page(self, lang: str, gzip_ok: bool) -> Reply:
        """The whole page in one reply: style, script and session data inlined (page_bundle)."""
        workshop = self._workshop(fresh=True)
        page = self._bundle.page(session_payload(workshop, self._round_state(), lang), lang)
        csp = ("Content-Security-Policy", self._bundle.content_security_policy())
        return _encoded_reply(page, HTML_TYPE, gzip_ok, csp)

    def _icon(self, gzip_ok: bool) -> Reply:
        """The icon under its content-hashed name: cached by the phone for good."""
        cache = ("Cache-Control", IMMUTABLE)
        return _encoded_reply(self._bundle.icon, STATIC_TYPES["icon.svg"], gzip_ok, cache)

    def _session(self, lang: str) -> Reply:
        workshop = self._workshop(fresh=True)
        return json_reply(200, session_payload(workshop, self._round_state(), lang))

    def _status(self) -> Reply:
        return json_reply(200, self._round_state())

    def _round_state(self) -> dict[str, object]:
        current = self._store.current_round()
        state: dict[str, object] = (
            {"round": None, "open": False}
            if current is None
            else {"round": current.number, "open": current.is_open}
        )
        dots = action_vote.open_vote_teams(self._store)
        if dots:
            state["dots"] = dots  # team ids only, never a count
        if comments_open(self._store):  # only while true: the reply stays as small as it was
            state["comments_open"] = True
        return state

    def _actions(self, query: str, lang: str) -> Reply:
        try:
            return json_reply(
                200, action_vote.actions_payload(self._store, self._workshop(fresh=True), query)
            )
        except UserError as error:
            return json_reply(400, {"error": error.key, "message": error.message(lang)})

    def _dots(self, body: bytes, lang: str, client: str = "") -> Reply:
        """One phone's dots, on disk before the phone is thanked."""
        if len(body) > MAX_BODY_BYTES:
            return error_reply(413, "phone_body_too_large", lang, limit=MAX_BODY_BYTES // 1024)
        try:
            data = action_vote.parse_dots(body, self._workshop())
            voter = tokens.dots_key(self._secret, data["device"])
            team = int(data["team"])
            if client and not self.dot_arrivals.allow(0, client, voter):
                return error_reply(429, "dots_too_many_phones", lang)
            counts = self._store.place_dots(team, data["function"], voter, data["dots"])
            if client:
                self.dot_arrivals.record(0, client, voter, "", team, data["function"])
        except SessionFileError as error:
            return _save_failed(error, lang)
        except UserError as error:
            status = 409 if error.key in _CONFLICT_KEYS else 400
            return json_reply(status, {"error": error.key, "message": error.message(lang)})
        placed = {str(action_id): n for action_id, n in sorted(counts.items())}
        return json_reply(200, {"ok": True, "team": team, "dots": placed}, dots_team=team)

    def _room_comment(self, body: bytes, lang: str) -> Reply:
        """A question or comment for the facilitator's queue (see comment_api)."""
        answer = post_comment(self._store, self._workshop(), body, lang)
        return json_reply(answer.status, answer.data, file_lost=answer.file_lost)

    def _ballot(self, body: bytes, lang: str, client: str = "") -> Reply:
        if len(body) > MAX_BODY_BYTES:
            return error_reply(413, "phone_body_too_large", lang, limit=MAX_BODY_BYTES // 1024)
        try:
            data = _parse_ballot_json(body)
            current = self._store.current_round()
            _check_round(data["round"], current)
            assert current is not None
            ballot = make_ballot(
                self._workshop(),
                current,
                team_id=data["team"],
                function=data["function"],
                stage=data.get("stage"),
                answers=data.get("answers"),
                comment=_cleaned(data.get("comment", "")),
                source=Source.PHONE,
            )
            key = tokens.replace_key(self._secret, data["device"], current.number)
            if client and not self.arrivals.allow(current.number, client, key):
                return error_reply(429, "phone_too_many_ballots", lang)
            ballot_id = self._store.add_ballot(ballot, replace_key=key)  # durable before we answer
            if client:
                self.arrivals.record(
                    current.number, client, key, ballot_id, ballot.team_id, ballot.function
                )
        except SessionFileError as error:
            return _save_failed(error, lang)
        except UserError as error:
            status = 409 if error.key in _CONFLICT_KEYS else 400
            return json_reply(status, {"error": error.key, "message": error.message(lang)})
        return json_reply(200, {"ok": True, "round": current.number}, ballot=ballot)

    # --- helpers -------------------------------------------------------------------------

    def _language(self, query: str) -> str:
        """``?lang=`` when it names a language, else the session's language."""
        try:
            asked = parse_qs(query, max_num_fields=10).get("lang", [""])[0]
        except ValueError:  # more than 10 fields: ignore the query, as for any unknown field
            asked = ""
        if asked in LANGUAGES:
            return asked
        try:
            return self._workshop().language
        except Exception:  # the fallback must never fail a request
            return DEFAULT_LANGUAGE

    def _workshop(self, *, fresh: bool = False) -> Workshop:
        """The set-up, re-read at most once a second during a burst of ballots.

        A stale copy is harmless: the store checks team, function and round again inside the
        transaction that adds the ballot.
        """
        now = time.monotonic()
        cached = self._workshop_cache
        if fresh or cached is None or now - cached[0] > WORKSHOP_CACHE_SECONDS:
            cached = (now, self._store.workshop())
            self._workshop_cache = cached
        return cached[1]


def _parse_ballot_json(body: bytes) -> dict[str, Any]:
    """The ballot's JSON object with its fields checked for presence and basic shape."""
    data = decode_object(body, BALLOT_FIELDS, REQUIRED_FIELDS)
    number = data["round"]
    if isinstance(number, bool) or not isinstance(number, int):
        raise UserError("phone_round_invalid")
    if not tokens.valid_device(data["device"]):
        raise UserError("phone_device_invalid")
    function = data["function"]
    if isinstance(function, str) and len(function) > MAX_FUNCTION_KEY:
        raise UserError("function_invalid")
    comment = data.get("comment")
    if isinstance(comment, str) and len(comment) > COMMENT_MAX_LENGTH * 2:
        raise UserError("comment_too_long", limit=COMMENT_MAX_LENGTH)
    return data


def _save_failed(error: SessionFileError, lang: str) -> Reply:
    """503: nothing was stored; a lost session file is also told to the facilitator."""
    log.error("could not store a phone vote: %s", error.key)
    reply = error_reply(503, "phone_save_failed", lang)
    return Reply(503, reply.body, reply.content_type, file_lost=error.key == "session_file_lost")


def _cleaned(comment: object) -> object:
    return clean_comment(comment) if isinstance(comment, str) else comment


def _check_round(number: int, current: Round | None) -> None:
    if current is None or not current.is_open:
        raise UserError("phone_round_closed")
    if number != current.number:
        raise UserError("phone_round_changed", round=current.number)


def _encoded_reply(encoded: Encoded, mime: str, gzip_ok: bool, *extra: tuple[str, str]) -> Reply:
    """A 200 with the compressed body when the phone accepts gzip, else the plain one."""
    headers = [*extra, ("Vary", "Accept-Encoding"), ("ETag", encoded.etag)]
    if gzip_ok:
        headers.append(("Content-Encoding", "gzip"))
    return Reply(200, encoded.gzipped if gzip_ok else encoded.plain, mime, tuple(headers))


def _code_attempt(parts: list[str]) -> bool:
    """Whether a refused path tried a join code (``/j/<code>/...`` or ``/<code>``), so that it
    counts as a guess; ``/favicon.ico`` and the like do not."""
    code = parts[2] if len(parts) >= 3 and parts[1] == "j" else parts[1] if len(parts) > 1 else ""
    return tokens.TOKEN_PATTERN.fullmatch(code) is not None
