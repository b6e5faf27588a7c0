"""The one place that decides which round the plan and every document are based on."""

from __future__ import annotations

from collections.abc import Sequence

from msworkshop.domain.messages import UserError
from msworkshop.domain.plan_basis import basis_round
from msworkshop.store.session_store import SessionStore

EN_DASH = "\u2013"


def plan_round(store: SessionStore) -> int | None:
    """The plan's round: the facilitator's pick, else the round the room agreed on, else the
    latest closed round, else the latest round (see :func:`basis_round`); None without rounds."""
    return basis_round(store.rounds(), store.agreed_rounds(), store.chosen_plan_round())


def plan_agreements(store: SessionStore, round_number: int | None) -> dict[int, tuple[int, int]]:
    """The agreements that belong with a plan based on ``round_number``: that round's.

    A file without any per-round record (agreed before there were rounds) keeps showing its
    agreements, whatever the round.
    """
    if round_number is None or not store.agreed_rounds():
        return store.agreements()
    return store.round_agreements(round_number)


def starting_round(store: SessionStore, round_number: int | None) -> int | None:
    """The round a plan based on ``round_number`` is compared with on its movement page: the
    first earlier round with ballots (where the workshop started); None when there is none."""
    if round_number is None:
        return None
    counts = store.ballot_counts_by_source()
    earlier = [n for n in sorted(counts) if n < round_number and any(counts[n].values())]
    return earlier[0] if earlier else None


def rounds_text(numbers: Sequence[int]) -> str:
    """``1\u20133`` (an en dash) for consecutive rounds, else ``1, 3, 4``."""
    ordered = sorted(numbers)
    if len(ordered) > 1 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}{EN_DASH}{ordered[-1]}"
    return ", ".join(str(n) for n in ordered)


def missing_round_error(
    round_number: int, numbers: Sequence[int], *, can_start: bool = False
) -> UserError:
    """ "There is no voting round 5; this session has rounds 1-2" (with ``can_start``: and how
    to start the next one, for the import)."""
    next_number = max(numbers, default=0) + 1
    if not numbers:
        key = "round_missing_none_start" if can_start else "round_missing_none"
        return UserError(key, round=round_number, next=next_number)
    key = "round_missing_start" if can_start else "round_missing"
    return UserError(
        key, round=round_number, rounds=rounds_text(numbers), count=len(numbers), next=next_number
    )
