"""The room's questions and comments on the Discuss-the-gaps page: the facilitator's queue.

Comments arrive here as phones send them (never to the room). The facilitator approves,
edits (takes out a name) or drops each one; each is one undoable step (Edit → Undo). Three
switches: phones may send comments, the cards are on the projector, cards show team and
function (only for groups at or above the anonymity threshold). "Next cards" moves the room
to the next slide when the cards take more than one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.chart_builders import function_name
from msworkshop.domain.messages import UserError
from msworkshop.domain.room_comments import ROOM_COMMENT_MAX_LENGTH, CommentStatus, RoomComment
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.common.tables import row_table
from msworkshop.ui.models.room_comments import RoomCommentsModel
from msworkshop.ui.models.rows import KEY_ROLE
from msworkshop.ui.services.room_comments import room_comments_for
from msworkshop.ui.services.session import SessionController


def ask_comment_text(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    """The edited text, or None when cancelled (tests monkeypatch this)."""
    edited, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    return edited if ok else None


class RoomCommentQueue(QWidget):
    new_count_changed = Signal(int)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.service = room_comments_for(controller)
        self.open_box = QCheckBox()
        self.project_box = QCheckBox()
        self.labels_box = QCheckBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RoomCommentsModel(self)
        self.table = row_table(self.model)
        self.table.horizontalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setStyleSheet("QTableView { font-size: 11pt; }")
        self.approve_button = QPushButton()
        self.edit_button = QPushButton()
        self.drop_button = QPushButton()
        self.next_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.edit_button, self.drop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_box)
        layout.addWidget(self.project_box)
        layout.addWidget(self.labels_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.next_button)

        self.open_box.toggled.connect(self.service.set_open)
        self.project_box.toggled.connect(self.service.set_projected)
        self.labels_box.toggled.connect(self.service.set_show_groups)
        self.approve_button.clicked.connect(self.approve_or_take_off)
        self.edit_button.clicked.connect(self.edit_selected)
        self.drop_button.clicked.connect(self.drop_selected)
        self.next_button.clicked.connect(self.service.next_slide)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.service.changed.connect(self.refresh)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.open_box.setText(self.tr("Phones may send comments"))
        self.open_box.setToolTip(
            self.tr("While ticked, phones show a box for a question or comment for the room.")
        )
        self.project_box.setText(self.tr("Cards on the projector"))
        self.project_box.setToolTip(
            self.tr("The room sees the approved comments as cards instead of the gaps.")
        )
        self.labels_box.setText(self.tr("Show team and function"))
        self.edit_button.setText(self.tr("Edit…"))
        self.drop_button.setText(self.tr("Drop"))
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(KEY_ROLE)) if rows else None

    def select(self, comment_id: str) -> None:
        row = self.model.row_of(comment_id)
        if row >= 0:
            self.table.selectRow(row)

    def row_texts(self) -> list[str]:
        return [str(self.model.index(r, 0).data()) for r in range(self.model.rowCount())]

    # -- acting ----------------------------------------------------------------------------
    def approve_or_take_off(self) -> None:
        comment = self._selected()
        if comment is None:
            return
        if comment.status is CommentStatus.APPROVED:
            self.service.unapprove(comment.id)
        else:
            self.service.approve(comment.id)

    def edit_selected(self) -> None:
        comment = self._selected()
        if comment is None:
            return
        text = ask_comment_text(
            self,
            self.tr("Edit the comment"),
            self.tr(
                "Take out names or anything that points at a person (at most %1 characters):"
            ).replace("%1", str(ROOM_COMMENT_MAX_LENGTH)),
            comment.text,
        )
        if text is None:
            return
        try:
            self.service.edit(comment.id, text)
        except UserError as error:
            dialogs.show_error(self, error.message(current_ui_language()))

    def drop_selected(self) -> None:
        comment = self._selected()
        if comment is not None:
            self.service.drop(comment.id)

    def _selected(self) -> RoomComment | None:
        wanted = self.selected_id()
        for item in self.service.queue():
            if item.comment.id == wanted:
                return item.comment
        return None

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self._controller
        service = self.service
        for box, on in (
            (self.open_box, service.is_open),
            (self.project_box, service.projected),
            (self.labels_box, service.show_groups),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.setEnabled(c.is_open)
            box.blockSignals(False)
        threshold = service.threshold()
        self.labels_box.setToolTip(
            self.tr(
                "Cards name the writer's team and function. Comments of groups with fewer"
                " than %1 votes this round are never shown."
            ).replace("%1", str(threshold))
        )
        items = service.queue()
        if c.is_open:
            names = {
                key: function_name(c.workshop, c.content, key) for key in c.workshop.function_keys
            }
            self.model.show(items, c.workshop, names)
        else:
            self.model.clear()
        new = service.new_count()
        cards = len(service.cards())
        waiting = sum(1 for i in items if i.comment.status is CommentStatus.APPROVED) - cards
        parts = [
            self.tr("%1 new").replace("%1", str(new)),
            self.tr("%1 on the cards").replace("%1", str(cards)),
        ]
        if waiting:
            parts.append(
                self.tr("%1 approved but waiting for enough votes").replace("%1", str(waiting))
            )
        if not items:
            self.summary.setText(
                self.tr("No comments yet. Phones show a comment box while comments are open.")
            )
        else:
            self.summary.setText(" · ".join(parts))
        slides = service.slide_count if service.projected else 1
        self.next_button.setVisible(slides > 1)
        self.next_button.setText(
            self.tr("Next cards (slide %1 of %2)")
            .replace("%1", str(min(service.slide, slides - 1) + 1))
            .replace("%2", str(slides))
        )
        self._update_buttons()
        self.new_count_changed.emit(new)

    def _update_buttons(self, *_: object) -> None:
        comment = self._selected()
        for button in (self.approve_button, self.edit_button, self.drop_button):
            button.setEnabled(comment is not None)
        approved = comment is not None and comment.status is CommentStatus.APPROVED
        self.approve_button.setText(
            self.tr("Take off the cards") if approved else self.tr("Approve")
        )
