"""Discuss the gaps, projected: the statements on which the functions differ most, or the
room's approved questions and comments as cards while the facilitator shows them.

A real exception to "steps are independent": it reuses the reveal step's room view, and adds
one page for the comment cards (``comment_cards``). What the cards may show is decided by the
room-comments service and its domain rules; nothing unapproved ever reaches this view.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from msworkshop.domain.chart_builders import function_name
from msworkshop.domain.reveal import RevealLevel
from msworkshop.ui.common import theme
from msworkshop.ui.services.room_comments import room_comments_for
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps.gaps.comment_cards import CommentCards
from msworkshop.ui.steps.reveal.view import RevealProjectorView


class GapsProjectorView(RevealProjectorView):
    """The Discuss-the-gaps step: the focus team's largest gaps, once revealed that far; or
    the comment cards."""

    shows_gaps_only = True

    def __init__(
        self, controller: SessionController, parent: QWidget | None = None, preview: bool = False
    ) -> None:
        super().__init__(controller, parent, preview)
        self._comments = room_comments_for(controller)
        self.cards = CommentCards(self._slide_text)
        self.cards.on_slides = self._comments.set_slide_count
        self.cards_none = theme.label("", "body")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cards_none)
        layout.addWidget(self.cards, 1)
        self.cards_page = self.pages.addWidget(page)
        self.showing_cards = False
        self._comments.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        cards = getattr(self, "cards", None)  # the base class refreshes before we are built
        c = self._controller
        if cards is None or not c.is_open or not self._comments.projected:
            if cards is not None:
                self.showing_cards = False
                cards.set_cards((), 0, cards.scale)  # nothing stays behind to leak
                self.cards_none.setText("")
            super().refresh()
            return
        self._clear_charts()
        self.showing_cards = True
        self.shown_level = RevealLevel.NONE
        self.shown_team = None
        self.kicker.setText(c.content.text("comments.room_title"))
        self.heading.setText("")
        shown = self._comments.cards()
        self.cards_none.setText("" if shown else c.content.text("comments.room_none"))
        self.cards_none.setVisible(not shown)
        screen = self if self.preview else self.window()
        scale = theme.scale_for(screen.width(), screen.height())
        cards.set_cards(
            [(card.text, self._label(card.team_id, card.function)) for card in shown],
            self._comments.slide,
            scale,
        )
        self.pages.setCurrentIndex(self.cards_page)

    def _label(self, team_id: int | None, function: str | None) -> str:
        c = self._controller
        if team_id is None or function is None:
            return ""
        team = c.workshop.team(team_id).name
        return f"{team} · {function_name(c.workshop, c.content, function)}"

    def _slide_text(self, first: int, last: int, total: int) -> str:
        return self._controller.content.text(
            "projector.rows_shown", first=first, last=last, total=total
        )

    def visible_texts(self) -> list[str]:
        texts = super().visible_texts()
        cards = getattr(self, "cards", None)
        if cards is not None:
            texts += [self.cards_none.text(), *cards.texts(), cards.footer.text()]
        return texts
