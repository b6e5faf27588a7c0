"""A follow-up session's predecessor: what the earlier workshop agreed and planned per team,
and the status of each earlier action as decided with the room today.

A session file without a predecessor is an ordinary session. Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from msworkshop.domain.messages import UserError
from msworkshop.domain.plans import ActionStatus

MAX_REVIEW_NOTE_LENGTH = 300


class ReviewStatus(StrEnum):
    """Where an earlier action stands, decided with the room in the follow-up."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    DROPPED = "dropped"


REVIEW_STATUSES: tuple[ReviewStatus, ...] = tuple(ReviewStatus)


@dataclass(frozen=True)
class PreviousAction:
    """One action of the earlier plan. ``status`` None: not yet decided with the room."""

    id: int
    team_id: int
    title: str
    owner: str = ""
    due: dt.date | None = None
    measure: str = ""
    old_status: ActionStatus = ActionStatus.OPEN  # as the earlier file had it
    status: ReviewStatus | None = None
    note: str = ""
    position: int = 0

    def reviewed(self, status: ReviewStatus | None, note: str) -> PreviousAction:
        return replace(self, status=status, note=note)


@dataclass(frozen=True)
class PreviousTeam:
    """A team's facts from last time (matched to this file's team by id)."""

    team_id: int
    agreed_stage: int | None  # None: the room agreed nothing for this team last time
    target_stage: int | None
    actions: tuple[PreviousAction, ...] = ()

    @property
    def decided(self) -> int:
        return sum(1 for a in self.actions if a.status is not None)


@dataclass(frozen=True)
class Predecessor:
    """The earlier session a follow-up starts from."""

    title: str
    date: dt.date | None
    teams: tuple[PreviousTeam, ...]

    def team(self, team_id: int) -> PreviousTeam | None:
        return next((t for t in self.teams if t.team_id == team_id), None)

    def action(self, action_id: int) -> PreviousAction | None:
        return next((a for t in self.teams for a in t.actions if a.id == action_id), None)

    @property
    def action_count(self) -> int:
        return sum(len(t.actions) for t in self.teams)


def check_review(status: object, note: str) -> tuple[ReviewStatus | None, str]:
    """A storable review: a known status (or None) and a short note (trimmed)."""
    checked: ReviewStatus | None = None
    if status is not None:
        try:
            checked = ReviewStatus(str(status))
        except ValueError:
            raise UserError("review_status_invalid") from None
    note = note.strip()
    if len(note) > MAX_REVIEW_NOTE_LENGTH:
        raise UserError("review_note_too_long", limit=MAX_REVIEW_NOTE_LENGTH)
    return checked, note
