"""Participants' comments of the current round, per team, in random order.

Shown only once the round is closed and only for groups at or above the anonymity threshold
(``domain.comments``). The order is shuffled once per view, so it stays put while the
facilitator reads but never follows the order the votes came in.
"""

from __future__ import annotations

import random

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from msworkshop.domain.chart_builders import series_style
from msworkshop.domain.comments import TeamComments, visible_comments
from msworkshop.ui.services.session import SessionController


class CommentsView(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.seed = random.SystemRandom().getrandbits(32)
        self.comments: tuple[TeamComments, ...] = ()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setStyleSheet("font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)

    def refresh(self) -> None:
        c = self._controller
        self.list.clear()
        self.comments = ()
        result = c.result if c.is_open else None
        round_ = c.current_round() if c.is_open else None
        if result is None or round_ is None:
            self.message.setText(self.tr("No voting round yet."))
            return
        if round_.is_open:
            self.message.setText(
                self.tr(
                    "Comments appear here once the round is closed, in random order, so that "
                    "no comment can be linked to a vote."
                )
            )
            return
        self.comments = visible_comments(
            result, c.round_ballots(round_.number), round_closed=True, seed=self.seed
        )
        shown = sum(len(t.comments) for t in self.comments)
        self.message.setText(
            self.tr("Comments in random order; groups below the anonymity threshold are left out.")
            if shown
            else self.tr("No comments in this round.")
        )
        for team in self.comments:
            if not team.comments:
                continue
            heading = QListWidgetItem(team.team_name)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.list.addItem(heading)
            for comment in team.comments:
                style = series_style(c.workshop, c.content, comment.function)
                item = QListWidgetItem(f"{style.name}: “{comment.text}”")
                item.setForeground(QColor(style.colour).darker(140))
                self.list.addItem(item)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
