"""Questions and comments the room sends from phones, moderated before the room sees them.

A comment arrives in the facilitator's queue (never shown live to the room). The facilitator
approves it (perhaps after editing a name out) or drops it. An approved comment is projected
only while its group (the team and function the writer chose on the phone) has at least the
anonymity threshold of ballots in the current round; a comment from a smaller group waits,
and the laptop says why. Cards are shown in a shuffled order, never the order of arrival.

The group rule for labels: a card shows its team and function only when the facilitator has
switched on "show team and function" (off by default) *and* the group is at or above the
threshold. Since a card from a smaller group is not projected at all, the option can never
point at a group too small to hide in; it stays off by default because a label still narrows
a comment down to a few people.

Nothing here holds a name, address, device or time; a comment's id is random.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from msworkshop.domain.ballot import checked_group
from msworkshop.domain.comment_text import clean_comment
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Workshop

ROOM_COMMENT_MAX_LENGTH = 280  # a card the back row can read: about three lines at 720p
OPEN_SETTING = "comments.open"  # "1" while phones may send comments (session file)
SHOW_SETTING = "comments.projected"  # "1" while the cards are on the projector
LABEL_SETTING = "comments.show_groups"  # "1": cards of large-enough groups show their group
MAX_WAITING = 300  # comments in the queue before phones are told to wait (a flood guard)

GroupCounts = Mapping[tuple[int, str], int]  # (team id, function key) -> ballots this round


class CommentStatus(StrEnum):
    NEW = "new"  # in the queue: not yet seen through by the facilitator
    APPROVED = "approved"  # may be projected (when its group is large enough)


class Hold(StrEnum):
    """Why an approved comment is not on the cards."""

    NONE = "none"
    NOT_APPROVED = "not_approved"
    GROUP_TOO_SMALL = "group_too_small"


@dataclass(frozen=True)
class RoomComment:
    id: str  # random hex; "" before it is stored
    team_id: int
    function: str
    text: str
    status: CommentStatus = CommentStatus.NEW


@dataclass(frozen=True)
class Card:
    """One projected comment; ``team_id``/``function`` only when its label may be shown."""

    text: str
    team_id: int | None = None
    function: str | None = None


def clean_text(text: object) -> str:
    """The comment's text as it may be stored: visible text only, trimmed, within the limit.

    Raises UserError (``room_comment_invalid``, ``room_comment_empty``,
    ``room_comment_too_long``)."""
    if not isinstance(text, str):
        raise UserError("room_comment_invalid")
    cleaned = clean_comment(text).strip()
    if not cleaned:
        raise UserError("room_comment_empty")
    if len(cleaned) > ROOM_COMMENT_MAX_LENGTH:
        raise UserError("room_comment_too_long", limit=ROOM_COMMENT_MAX_LENGTH)
    return cleaned


def make_room_comment(
    workshop: Workshop, *, team_id: object, function: object, text: object
) -> RoomComment:
    """Validate raw values (a phone's JSON) into a new comment; raises UserError."""
    team, key = checked_group(workshop, team_id, function)
    return RoomComment("", team, key, clean_text(text))


def hold(comment: RoomComment, counts: GroupCounts, threshold: int) -> Hold:
    """Whether (and why not) ``comment`` may be on the projected cards now."""
    if comment.status is not CommentStatus.APPROVED:
        return Hold.NOT_APPROVED
    if counts.get((comment.team_id, comment.function), 0) < threshold:
        return Hold.GROUP_TOO_SMALL
    return Hold.NONE


def label_shown(
    comment: RoomComment, counts: GroupCounts, threshold: int, show_groups: bool
) -> bool:
    """Whether the card may carry its team and function (see the module's rule)."""
    return show_groups and counts.get((comment.team_id, comment.function), 0) >= threshold


def shuffled(comments: Iterable[RoomComment], seed: int) -> list[RoomComment]:
    """``comments`` in a random order fixed by ``seed``: first sorted by text, so neither the
    arrival nor the storage order can shine through."""
    ordered = sorted(comments, key=lambda c: (c.text, c.id))
    random.Random(seed).shuffle(ordered)
    return ordered


def projector_cards(
    comments: Iterable[RoomComment],
    counts: GroupCounts,
    threshold: int,
    *,
    show_groups: bool = False,
    seed: int = 0,
) -> tuple[Card, ...]:
    """The cards the room may see: approved, from groups at or above the threshold,
    shuffled, labelled only under the label rule."""
    shown = [c for c in comments if hold(c, counts, threshold) is Hold.NONE]
    cards = []
    for comment in shuffled(shown, seed):
        if label_shown(comment, counts, threshold, show_groups):
            cards.append(Card(comment.text, comment.team_id, comment.function))
        else:
            cards.append(Card(comment.text))
    return tuple(cards)


def card_pages(cards: Sequence[Card], per_page: int) -> list[tuple[Card, ...]]:
    """The cards split into slides of at most ``per_page`` (at least one slide)."""
    per_page = max(1, per_page)
    pages = [tuple(cards[i : i + per_page]) for i in range(0, len(cards), per_page)]
    return pages or [()]
