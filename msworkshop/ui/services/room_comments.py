"""The room's questions and comments for the open session: the facilitator's queue and the
cards the projector may show (``room_comments_for(controller)``). No widgets in here.

Phones send comments through the participant server, which stores them through the intake's
phone door; ``BallotIntake.room_comment_stored`` tells this service, which adds them to the
queue at once (never to the room). Approving, editing and dropping are undoable commands on
the session's undo stack, each written to the file at once. Which approved comments the room
sees, in which shuffled order and with which label, is decided by
:mod:`msworkshop.domain.room_comments` from the current round's ballots per group.

Three switches live in the session file (so a restarted laptop shows the same): phones may
send comments, the cards are on the projector, cards show team and function. The queue's
arrival order, the shuffle seed and the card slide shown are kept in memory only.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from msworkshop.domain import room_comments as rules
from msworkshop.domain.messages import UserError
from msworkshop.domain.room_comments import Card, CommentStatus, Hold, RoomComment
from msworkshop.ui.common.undo_texts import describe

if TYPE_CHECKING:
    from msworkshop.ui.services.session import SessionController

log = logging.getLogger(__name__)

OBJECT_NAME = "roomComments"


@dataclass(frozen=True)
class QueueItem:
    """One comment as the facilitator sees it, with why it is not projected (if so)."""

    comment: RoomComment
    hold: Hold
    votes: int  # the group's ballots in the current round (the laptop may show counts)


class RoomComments(QObject):
    changed = Signal()  # the queue, a switch, or what the cards show changed
    arrived = Signal(str)  # a new comment from a phone (its id)

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.setObjectName(OBJECT_NAME)
        self._controller = controller
        self._comments: dict[str, RoomComment] = {}
        self._order: list[str] = []  # arrival order while the laptop runs (memory only)
        self._seed = random.SystemRandom().randrange(2**32)  # the cards' order, memory only
        self.slide = 0  # the card slide the room sees (the view clamps it)
        self.slide_count = 1  # told by the projector view: how many slides the cards take
        controller.session_opened.connect(self._reload)  # also after a set-up change
        controller.session_closed.connect(self._reset)
        controller.ballots_changed.connect(self.changed)
        controller.intake.room_comment_stored.connect(self._stored)
        if controller.is_open:
            self._reload()

    # -- reading ---------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        """Whether phones may send comments now."""
        return self._flag(rules.OPEN_SETTING)

    @property
    def projected(self) -> bool:
        """Whether the Discuss-the-gaps view shows the cards instead of the gaps."""
        return self._flag(rules.SHOW_SETTING)

    @property
    def show_groups(self) -> bool:
        """Whether cards of large-enough groups carry their team and function."""
        return self._flag(rules.LABEL_SETTING)

    def queue(self) -> list[QueueItem]:
        """Every comment, in the order it arrived (comments stored before this run first)."""
        counts, threshold = self._counts()
        items = []
        for comment_id in self._order:
            comment = self._comments.get(comment_id)
            if comment is not None:
                votes = counts.get((comment.team_id, comment.function), 0)
                items.append(QueueItem(comment, rules.hold(comment, counts, threshold), votes))
        return items

    def new_count(self) -> int:
        return sum(1 for c in self._comments.values() if c.status is CommentStatus.NEW)

    def cards(self) -> tuple[Card, ...]:
        """What the room may see: approved comments of large-enough groups, shuffled."""
        counts, threshold = self._counts()
        return rules.projector_cards(
            self._comments.values(),
            counts,
            threshold,
            show_groups=self.show_groups,
            seed=self._seed,
        )

    def threshold(self) -> int:
        return self._controller.workshop.threshold if self._controller.is_open else 0

    # -- switches ----------------------------------------------------------------------------
    def set_open(self, on: bool) -> None:
        self._set_flag(rules.OPEN_SETTING, on)

    def set_projected(self, on: bool) -> None:
        if on and not self.projected:
            self.slide = 0
        self._set_flag(rules.SHOW_SETTING, on)

    def set_show_groups(self, on: bool) -> None:
        self._set_flag(rules.LABEL_SETTING, on)

    def next_slide(self) -> None:
        self.slide = (self.slide + 1) % max(1, self.slide_count)
        self.changed.emit()

    def set_slide_count(self, count: int) -> None:
        """The projector view's count of slides for the cards at its size."""
        self.slide_count = max(1, count)
        if self.slide >= self.slide_count:
            self.slide = 0

    # -- moderating (undoable) -------------------------------------------------------------
    def approve(self, comment_id: str) -> None:
        comment = self._comments[comment_id]
        after = replace(comment, status=CommentStatus.APPROVED)
        self._push(
            comment, after, lambda: QCoreApplication.translate("RoomComments", "Approve a comment")
        )

    def unapprove(self, comment_id: str) -> None:
        comment = self._comments[comment_id]
        after = replace(comment, status=CommentStatus.NEW)
        self._push(
            comment,
            after,
            lambda: QCoreApplication.translate("RoomComments", "Take a comment off the cards"),
        )

    def edit(self, comment_id: str, text: str) -> None:
        """Change the text (e.g. leave out a name); raises UserError for empty or long text."""
        comment = self._comments[comment_id]
        after = replace(comment, text=rules.clean_text(text))
        if after != comment:
            self._push(
                comment, after, lambda: QCoreApplication.translate("RoomComments", "Edit a comment")
            )

    def drop(self, comment_id: str) -> None:
        """Remove the comment from the file (undo puts it back, from memory)."""
        self._push(
            self._comments[comment_id],
            None,
            lambda: QCoreApplication.translate("RoomComments", "Drop a comment"),
        )

    def _push(
        self, before: RoomComment, after: RoomComment | None, text: Callable[[], str]
    ) -> None:
        command = _CommentCommand(self, before, after, text)
        self._write(before, after)  # raises before anything is pushed
        self._controller.undo_stack.push(command)

    def _write(self, before: RoomComment, after: RoomComment | None) -> None:
        store = self._controller.store()
        if after is None:
            store.remove_room_comment(before.id)
            self._comments.pop(before.id, None)
        else:
            store.restore_room_comment(after)
            self._comments[after.id] = after
        if after is None or after.text != before.text:
            # A name taken out (edited or dropped) leaves the file now, WAL included, not
            # only when the round or the session closes.
            store.compact()
        self.changed.emit()

    # -- plumbing ----------------------------------------------------------------------------
    def _counts(self) -> tuple[dict[tuple[int, str], int], int]:
        if not self._controller.is_open:
            return {}, 0
        return self._controller.ballot_counts(), self.threshold()

    def _flag(self, key: str) -> bool:
        return self._controller.setting(key) == "1"

    def _set_flag(self, key: str, on: bool) -> None:
        if on != self._flag(key):
            self._controller.set_setting(key, "1" if on else None)
            self.changed.emit()

    def _reload(self, *_: object) -> None:
        if not self._controller.is_open:
            self._reset()
            return
        stored = self._controller.store().room_comments()
        self._comments = {c.id: c for c in stored}
        known = set(self._order)
        self._order += [c.id for c in stored if c.id not in known]
        self.changed.emit()

    def _reset(self) -> None:
        self._comments, self._order, self.slide = {}, [], 0
        self.changed.emit()

    def _stored(self, comment_id: str) -> None:
        found = self._controller.store().room_comment(comment_id)
        if found is None:
            return
        self._comments[comment_id] = found
        if comment_id not in self._order:
            self._order.append(comment_id)
        self.arrived.emit(comment_id)
        self.changed.emit()


class _CommentCommand(QUndoCommand):
    """One moderation step: the comment ``before`` becomes ``after`` (None: dropped)."""

    def __init__(
        self,
        service: RoomComments,
        before: RoomComment,
        after: RoomComment | None,
        text: Callable[[], str],
    ) -> None:
        super().__init__()
        describe(self, text)
        self._service, self._before, self._after = service, before, after
        self._done = True  # written before it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._before, self._after)

    def undo(self) -> None:
        self._apply(self._after, self._before)

    def _apply(self, old: RoomComment | None, new: RoomComment | None) -> None:
        try:
            if new is None and old is not None:
                self._service._write(old, None)
            elif new is not None:
                self._service._write(new, new)
        except UserError as error:
            log.warning("could not undo/redo a comment: %s", error.key)


def room_comments_for(controller: SessionController) -> RoomComments:
    """The controller's room comments (made on first use, owned by the controller)."""
    found = controller.findChild(RoomComments, OBJECT_NAME)
    return found if isinstance(found, RoomComments) else RoomComments(controller)
