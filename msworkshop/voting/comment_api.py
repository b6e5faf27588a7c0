"""``POST /j/<token>/api/comment``: a question or comment for the room, queued for the
facilitator (never shown live). Free of Qt, like the rest of the participant API.

As strict as the ballot: a JSON object with exactly ``team``, ``function`` and ``text``; an
unknown or missing field, a wrong type, empty or over-long text, an unknown team or function
gets a clear 4xx in the phone's language and nothing is stored. While the facilitator has
comments closed (the default; the ``comments.open`` setting in the session file) the answer
is 409. A comment is on disk before the 200. No name, address, device or time is kept.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from msworkshop.domain.messages import UserError, translate
from msworkshop.domain.room_comments import (
    OPEN_SETTING,
    ROOM_COMMENT_MAX_LENGTH,
    RoomComment,
    make_room_comment,
)
from msworkshop.domain.workshop import Workshop
from msworkshop.store.errors import SessionFileError
from msworkshop.voting.json_body import decode_object

log = logging.getLogger(__name__)

COMMENT_FIELDS = ("team", "function", "text")  # all required, nothing else allowed
MAX_COMMENT_BODY = 4 * 1024  # 280 characters of any script fit many times over
MAX_FUNCTION_KEY = 64
# Refusals that are not about the phone's input: comments closed, the queue full for now.
_STATUS = {"phone_comments_closed": 409, "room_comments_full": 429}


class CommentStore(Protocol):
    """The part of ``SessionStore`` this endpoint uses."""

    def get_setting(self, key: str, default: str | None = None) -> str | None: ...
    def add_room_comment(self, comment: RoomComment) -> str: ...


@dataclass(frozen=True)
class CommentAnswer:
    status: int
    data: dict[str, Any]
    file_lost: bool = False


def comments_open(store: CommentStore) -> bool:
    """Whether the facilitator takes comments now (read from the file: always current)."""
    return store.get_setting(OPEN_SETTING) == "1"


def post_comment(store: CommentStore, workshop: Workshop, body: bytes, lang: str) -> CommentAnswer:
    """Validate, store durably and answer one comment; never raises."""
    if len(body) > MAX_COMMENT_BODY:
        return _error(413, UserError("phone_comment_too_large"), lang)
    try:
        data = _parse(body)
        if not comments_open(store):
            raise UserError("phone_comments_closed")
        comment = make_room_comment(
            workshop, team_id=data["team"], function=data["function"], text=data["text"]
        )
        store.add_room_comment(comment)  # durable before we answer
    except SessionFileError as error:
        log.error("could not store a phone comment: %s", error.key)
        lost = error.key == "session_file_lost"
        return _error(503, UserError("phone_comment_save_failed"), lang, file_lost=lost)
    except UserError as error:
        return _error(_STATUS.get(error.key, 400), error, lang)
    return CommentAnswer(200, {"ok": True})


def _error(status: int, error: UserError, lang: str, *, file_lost: bool = False) -> CommentAnswer:
    message = translate(error.key, lang, **error.params)
    return CommentAnswer(status, {"error": error.key, "message": message}, file_lost)


def _parse(body: bytes) -> dict[str, Any]:
    data = decode_object(
        body,
        COMMENT_FIELDS,
        COMMENT_FIELDS,
        invalid="phone_comment_invalid",
        unknown_field="phone_comment_field_unknown",
        missing_field="phone_comment_field_missing",
    )
    function, text = data["function"], data["text"]
    if isinstance(function, str) and len(function) > MAX_FUNCTION_KEY:
        raise UserError("function_invalid")
    if isinstance(text, str) and len(text) > ROOM_COMMENT_MAX_LENGTH * 2:
        raise UserError("room_comment_too_long", limit=ROOM_COMMENT_MAX_LENGTH)
    return data
