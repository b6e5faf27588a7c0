"""The keys of paper-ballot typing: one-key answer fields that decide every key themselves.

A digit in range fills its field and moves on; Space or "-" leaves an answer blank on purpose
and moves on; anything else is refused (the page says why, beside the field) and nothing
moves. The Tab a typist presses out of habit right after such a key is eaten once
(:class:`OneTabPerStep`), so "digit" and "digit, Tab" both land on the next statement.
Enter is a signal in every field, never passed on to a dialog's buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

BLANK_KEYS = (" ", "-")  # leave an answer blank on purpose
BLANK = "\N{EM DASH}"
_REFUSED_STYLE = "border: 2px solid #B00020;"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DigitField(QLineEdit):
    """One key's worth of answer. Every key is decided here, never by a validator alone."""

    typed = Signal()  # the value changed through a key
    advance = Signal(bool)  # move on; True when a typed key did it (a Tab may follow)
    back = Signal()
    refused = Signal(str)  # the key's text, refused: nothing changed
    submitted = Signal()  # Enter

    def __init__(
        self, low: int, high: int, allow_blank: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.allow_blank = low, high, allow_blank
        self.skipped = False  # left blank on purpose (Space or -), not forgotten
        self.setMaxLength(1)
        self.setValidator(QIntValidator(low, high, self))  # for anything not a key press
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.textChanged.connect(self._changed)  # a cut (Ctrl+X) also reaches the preview
        self.setFixedWidth(34)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def value(self) -> int | None:
        return int(self.text()) if self.hasAcceptableInput() else None

    def reset(self) -> None:
        self.clear()
        self.skipped = False
        self.setPlaceholderText("")
        self.mark_refused(False)

    def mark_refused(self, refused: bool) -> None:
        self.setStyleSheet(_REFUSED_STYLE if refused else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in _ENTER:
            self.submitted.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.refused.emit(QGuiApplication.clipboard().text()[:12])  # one key at a time
        elif event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            super().keyPressEvent(event)  # shortcuts, select all, ...
            return
        elif key == Qt.Key.Key_Backspace and not self.text():
            self.back.emit()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._set("", skipped=False)
        elif key == Qt.Key.Key_Left:
            self.back.emit()
        elif key == Qt.Key.Key_Right:
            self.advance.emit(False)
        elif (text := event.text()) and text.isprintable():
            self._key(text)
        else:
            super().keyPressEvent(event)  # Escape, Home, ... (Tab never arrives here)
            return
        event.accept()

    def _key(self, text: str) -> None:
        if len(text) == 1 and text in "0123456789" and self.low <= int(text) <= self.high:
            self._set(text, skipped=False)
            self.advance.emit(True)
        elif self.allow_blank and text in BLANK_KEYS:
            self._set("", skipped=True)
            self.advance.emit(True)
        else:
            self.refused.emit(text)

    def _changed(self, text: str) -> None:
        if text:
            self.skipped = False
            self.setPlaceholderText("")
        self.typed.emit()

    def _set(self, text: str, skipped: bool) -> None:
        self.setText(text)
        self.skipped = skipped
        self.setPlaceholderText(BLANK if skipped else "")  # blank on purpose, and seen so
        self.mark_refused(False)
        self.typed.emit()


class CommentField(QLineEdit):
    """The comment: Enter adds the ballot and goes no further (no dialog button fires)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _ENTER:
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CountBox(QSpinBox):
    """A count per stage: Enter takes the typed number and adds the counts."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _ENTER:
            self.interpretText()
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class OneTabPerStep(QObject):
    """After a typed key moved the focus on, the Tab a typist presses out of habit is eaten,
    once, so that "digit, Tab" moves one field and not two. Any other key, or the focus
    leaving by other means, ends that."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.armed: QObject | None = None

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.armed:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.armed = None
            if event.key() == Qt.Key.Key_Tab and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                return True  # this Tab belongs to the key that already moved on
        elif event.type() == QEvent.Type.FocusOut:
            self.armed = None
        return False


def number_ranges(numbers: Sequence[int]) -> str:
    """1, 2, 3, 7, 9, 10 -> '1-3, 7, 9-10' with en dashes (statement numbers, in order)."""
    parts: list[str] = []
    run: list[int] = []
    for number in [*numbers, 0]:
        if run and number == run[-1] + 1:
            run.append(number)
            continue
        if run:
            parts.append(str(run[0]) if len(run) == 1 else f"{run[0]}\N{EN DASH}{run[-1]}")
        run = [number]
    return ", ".join(parts)
