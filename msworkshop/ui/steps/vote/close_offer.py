"""The offer to close the round: shown on the Vote page once everyone the facilitator expects
has voted, or when the vote step's timebox is over, with one key (C) to close.

The room is never asked and nothing closes by itself: the offer only saves the facilitator a
search for the button. "Keep it open" hides it for this round and reason; a new reason (the
time runs out after all had voted, or more people were expected) brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import on_language_change

CLOSE_KEY = "C"
EVERYONE = "everyone"
TIME_UP = "time"


class CloseOffer(QFrame):
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#closeOffer {{ border: 2px solid {theme.MARKETING_COLOUR}; border-radius: 6px; }}"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 12pt;")
        self.close_button = QPushButton()
        self.keep_button = QPushButton()
        self.close_button.setMinimumHeight(36)
        self.close_button.clicked.connect(self._close)
        self.keep_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.close_button)
        layout.addWidget(self.keep_button)
        # One key while offered (a shortcut of the window: the focus may be anywhere on it).
        self.shortcut = QShortcut(QKeySequence(CLOSE_KEY), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self._close)
        self.reason = ""
        self._round: int | None = None
        self._dismissed: set[tuple[int, str]] = set()
        self.hide()
        self.shortcut.setEnabled(False)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("Close the round (%1)").replace("%1", CLOSE_KEY))
        self.keep_button.setText(self.tr("Keep it open"))
        self._set_message()

    def offer(self, round_number: int | None, *reasons: str) -> None:
        """Offer for the first of ``reasons`` (EVERYONE, TIME_UP) not dismissed in this round,
        or withdraw the offer when there is none."""
        self._round = round_number
        offered = () if round_number is None else reasons
        reason = next((r for r in offered if r and (round_number, r) not in self._dismissed), "")
        self.reason = reason
        self._set_message()
        self.setVisible(bool(reason))
        self.shortcut.setEnabled(bool(reason))

    @property
    def offered(self) -> bool:
        return bool(self.reason)

    def dismiss(self) -> None:
        if self._round is not None and self.reason:
            self._dismissed.add((self._round, self.reason))
        self.offer(self._round)

    def _close(self) -> None:
        if self.offered:
            self.offer(self._round)
            self.close_requested.emit()

    def _set_message(self) -> None:
        if self.reason == EVERYONE:
            self.message.setText(self.tr("Everyone you expected has voted. Close the round?"))
        elif self.reason == TIME_UP:
            self.message.setText(
                self.tr("The time for the vote is up. Close the round, or give a minute more?")
            )
        else:
            self.message.setText("")
