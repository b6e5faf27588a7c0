"""The facilitator's queue of room comments: one row per comment, keyed by its id (so the
selected comment stays selected while new ones arrive), with its group and why it is or is
not on the projected cards. For the laptop only: it may name the group and its count."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from msworkshop.domain.room_comments import CommentStatus, Hold
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.models.rows import Cell, Row, RowsModel
from msworkshop.ui.services.room_comments import QueueItem


class RoomCommentsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def show(
        self, items: Sequence[QueueItem], workshop: Workshop, function_names: dict[str, str]
    ) -> None:
        threshold = workshop.threshold
        rows = []
        for item in items:
            comment = item.comment
            group = f"{workshop.team(comment.team_id).name} · {function_names[comment.function]}"
            state = self.state_text(item, threshold)
            text = f"{_breakable(comment.text)}\n— {group}: {state}"
            rows.append(Row(comment.id, (Cell(text, tooltip=text),)))
        self.set_table([self.tr("Comment")], rows)

    def state_text(self, item: QueueItem, threshold: int) -> str:
        if item.comment.status is CommentStatus.NEW:
            return self.tr("new, not approved yet")
        if item.hold is Hold.GROUP_TOO_SMALL:
            return (
                self.tr("approved, waits: this group has %1 of the %2 votes it needs this round")
                .replace("%1", str(item.votes))
                .replace("%2", str(threshold))
            )
        return self.tr("approved, on the cards")


LONG_WORD = 20  # characters: a longer word is shown in hyphenated pieces (the list is narrow)


def _breakable(text: str) -> str:
    """``text`` as the queue shows it: a word longer than ``LONG_WORD`` characters broken into
    hyphenated pieces, so the narrow list wraps it instead of cutting it off."""
    words = []
    for word in text.split(" "):
        pieces = [word[i : i + LONG_WORD] for i in range(0, len(word), LONG_WORD)] or [""]
        words.append("- ".join(pieces))
    return " ".join(words)
