"""The rules for room comments: cleaning, limits, which cards may be projected, the shuffle."""

from __future__ import annotations

import pytest

from msworkshop.domain.messages import UserError
from msworkshop.domain.room_comments import (
    ROOM_COMMENT_MAX_LENGTH,
    Card,
    CommentStatus,
    Hold,
    RoomComment,
    card_pages,
    clean_text,
    hold,
    make_room_comment,
    projector_cards,
    shuffled,
)
from msworkshop.domain.workshop import Function, Team, VotingMode, Workshop

WORKSHOP = Workshop(
    title="T",
    teams=(Team(1, "North"), Team(2, "South")),
    functions=(Function("marketing"), Function("sales")),
    language="en",
    mode=VotingMode.QUICK,
    threshold=3,
)


def _approved(text: str, team: int = 1, function: str = "sales", cid: str = "") -> RoomComment:
    return RoomComment(cid or text, team, function, text, CommentStatus.APPROVED)


def test_text_is_cleaned_trimmed_and_limited() -> None:
    assert clean_text("  Why\u202e not\u200b now?\t ") == "Why not now?"
    assert clean_text("x" * ROOM_COMMENT_MAX_LENGTH) == "x" * ROOM_COMMENT_MAX_LENGTH
    for bad, key in (
        ("   \n ", "room_comment_empty"),
        ("\u200b\u202e", "room_comment_empty"),
        ("x" * (ROOM_COMMENT_MAX_LENGTH + 1), "room_comment_too_long"),
        (42, "room_comment_invalid"),
        (None, "room_comment_invalid"),
    ):
        with pytest.raises(UserError) as caught:
            clean_text(bad)
        assert caught.value.key == key


def test_make_checks_team_and_function() -> None:
    made = make_room_comment(WORKSHOP, team_id=2, function="marketing", text=" Hi ")
    assert made == RoomComment("", 2, "marketing", "Hi", CommentStatus.NEW)
    for team, function, key in (
        (9, "sales", "unknown_team"),
        (True, "sales", "team_invalid"),
        ("1", "sales", "team_invalid"),
        (1, "finance", "unknown_function"),
        (1, 3, "function_invalid"),
    ):
        with pytest.raises(UserError) as caught:
            make_room_comment(WORKSHOP, team_id=team, function=function, text="x")
        assert caught.value.key == key


def test_only_approved_comments_of_large_enough_groups_are_projected() -> None:
    counts = {(1, "sales"): 3, (1, "marketing"): 2}
    new = RoomComment("a", 1, "sales", "Still in the queue")
    small = _approved("From two people", function="marketing")
    fine = _approved("From three people")
    assert hold(new, counts, 3) is Hold.NOT_APPROVED
    assert hold(small, counts, 3) is Hold.GROUP_TOO_SMALL
    assert hold(_approved("No ballots", team=2), counts, 3) is Hold.GROUP_TOO_SMALL
    assert hold(fine, counts, 3) is Hold.NONE
    assert projector_cards([new, small, fine], counts, 3) == (Card("From three people"),)
    # The threshold decides: at 2, the marketing comment may be shown as well.
    assert len(projector_cards([new, small, fine], counts, 2)) == 2


def test_team_and_function_only_with_the_option_and_a_large_enough_group() -> None:
    counts = {(1, "sales"): 4}
    comment = _approved("Labelled?")
    assert projector_cards([comment], counts, 3) == (Card("Labelled?"),)  # off by default
    assert projector_cards([comment], counts, 3, show_groups=True) == (
        Card("Labelled?", 1, "sales"),
    )
    assert projector_cards([comment], counts, 5, show_groups=True) == ()


def test_the_order_is_shuffled_and_does_not_follow_arrival_or_id() -> None:
    comments = [_approved(f"Comment {n:02}", cid=f"{n:02}") for n in range(20)]
    counts = {(1, "sales"): 5}
    orders = {tuple(c.text for c in projector_cards(comments, counts, 3, seed=s)) for s in range(5)}
    assert len(orders) > 1  # different seeds, different orders
    assert all(order != tuple(c.text for c in comments) for order in orders)
    # Fixed by the seed, and the same whatever order the comments arrive in.
    assert shuffled(comments, 7) == shuffled(list(reversed(comments)), 7)


def test_cards_page() -> None:
    cards = [Card(str(n)) for n in range(7)]
    assert [len(p) for p in card_pages(cards, 3)] == [3, 3, 1]
    assert card_pages([], 3) == [()]
