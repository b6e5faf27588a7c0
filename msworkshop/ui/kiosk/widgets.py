"""Big touch-friendly building blocks of the kiosk ballot (layout only, no flow)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPaintEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.content import StageText, Statement

LONG_CHOICE = 18  # characters: a longer team or function name is set smaller
KIOSK_STYLE = """
QWidget#kiosk { background: #FAFAF7; }
QWidget#kiosk QLabel { color: #1A1A1A; font-size: 18pt; }
QWidget#kiosk QLabel#prompt { font-size: 24pt; font-weight: bold; }
QWidget#kiosk QLabel#hint { font-size: 16pt; color: #444444; }
QWidget#kiosk QLabel#crumbs { font-size: 16pt; color: #444444; }
QWidget#kiosk QLabel#error { font-size: 18pt; font-weight: bold; color: #FFFFFF;
    background: #B00020; padding: 8px 14px; border-radius: 6px; }
QWidget#kiosk QLabel#thanks { font-size: 40pt; font-weight: bold; }
QWidget#kiosk QLabel#statement { font-size: 17pt; }
QWidget#kiosk QPushButton { font-size: 20pt; padding: 14px 22px; border-radius: 10px;
    border: 2px solid #5A5A5A; background: #FFFFFF; color: #1A1A1A; }
QWidget#kiosk QPushButton:hover { background: #EAF2FA; }
QWidget#kiosk QPushButton:checked { background: #0072B2; color: #FFFFFF; border-color: #004F7C; }
QWidget#kiosk QPushButton:disabled { color: #9A9A9A; border-color: #C8C8C8; }
QWidget#kiosk QPushButton#choice { font-size: 24pt; font-weight: bold; min-height: 100px; }
QWidget#kiosk QLabel#choiceText { font-size: 24pt; font-weight: bold; }
QWidget#kiosk QLabel#choiceText[long="true"] { font-size: 18pt; }
QWidget#kiosk QPushButton#choice[long="true"] { min-height: 84px; }
QWidget#kiosk QPushButton#answer { padding: 4px; border-radius: 8px; }
QWidget#kiosk QPushButton#nav { font-size: 16pt; padding: 10px 18px; }
QWidget#kiosk QPushButton#submit { font-size: 24pt; font-weight: bold; background: #0072B2;
    color: #FFFFFF; border-color: #004F7C; min-height: 72px; }
QWidget#kiosk QScrollArea { background: transparent; border: none; }
QWidget#kiosk QPlainTextEdit { font-size: 18pt; background: #FFFFFF; }
QWidget#kiosk QFrame#promise { background: #FFFFFF; border: 2px solid #0072B2;
    border-radius: 10px; }
QWidget#kiosk QLabel#promiseTitle { font-size: 20pt; font-weight: bold; }
QWidget#kiosk QLabel#promiseText { font-size: 16pt; color: #333333; }
"""


def choice_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("choice")
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class ChoiceButton(QPushButton):
    """A big choice (a team, a function) whose name wraps onto more lines instead of widening
    the kiosk past the screen: forty-character team names, three to a row, at 1024 px.
    ``text()`` is the whole name, as for any button; the label inside paints it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("choice")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = QLabel(text)
        self.label.setObjectName("choiceText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        for widget in (self, self.label):  # a long name: smaller, two lines rather than three
            widget.setProperty("long", len(text) > LONG_CHOICE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.label)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the name up to a third of a small screen; the layout gives the height."""
        hint = super().sizeHint()
        return QSize(min(hint.width(), 300), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the frame only: the wrapping label draws the name
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def nav_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("nav")
    return button


def prompt_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("prompt")
    label.setWordWrap(True)
    return label


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class PromiseBox(QFrame):
    """The anonymity promise, as the phone page shows it, on the kiosk's first screen."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promise")
        self.title = QLabel(title)
        self.title.setObjectName("promiseTitle")
        self.text = QLabel(text)
        self.text.setObjectName("promiseText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(4)
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)


def button_grid(buttons: Sequence[QPushButton], columns: int) -> QGridLayout:
    grid = QGridLayout()
    grid.setSpacing(16)
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // columns, index % columns)
    return grid


class StageButton(QPushButton):
    """A big button showing the stage's name, its formal name and a one-line summary."""

    def __init__(self, stage: StageText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_number = int(stage.stage)
        self.setObjectName("stage")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)
        self.setAccessibleName(f"{stage.name} ({stage.formal}). {stage.summary}")
        name = QLabel(
            f"<b>{stage.stage}. {_escape(stage.name)}</b>"
            f"  <span style='color:#555555'>({_escape(stage.formal)})</span>"
        )
        name.setStyleSheet("font-size: 22pt;")
        summary = QLabel(stage.summary)
        summary.setWordWrap(True)
        summary.setStyleSheet("font-size: 15pt; color: #333333;")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.setContentsMargins(20, 8, 20, 8)
        for label in (name, summary):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)


class AnswerButton(QPushButton):
    """A checkable 1-5 answer; its scale label wraps instead of widening the window."""

    def __init__(self, value: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName("answer")
        self.setCheckable(True)
        self.setAccessibleName(f"{value} {label}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(62)
        self._label = QLabel(f"<b>{value}</b>&nbsp;&nbsp;{_escape(label)}")
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self._label)
        self.toggled.connect(self._style_label)
        self._style_label(False)

    def _style_label(self, checked: bool) -> None:
        colour = "#FFFFFF" if checked else "#1A1A1A"
        self._label.setStyleSheet(f"font-size: 14pt; color: {colour};")


class StatementRow(QWidget):
    """One statement with its 1-5 answer buttons. Clicking the chosen answer again clears it."""

    changed = Signal()

    def __init__(
        self, statement: Statement, scale: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.statement = statement
        text = QLabel(f"{statement.number}. {statement.text}")
        text.setObjectName("statement")
        text.setWordWrap(True)
        self.buttons: list[AnswerButton] = []
        row = QHBoxLayout()
        row.setSpacing(8)
        for value, label in enumerate(scale, start=1):
            button = AnswerButton(value, label)
            button.clicked.connect(lambda checked, v=value: self._clicked(v, checked))
            self.buttons.append(button)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(text)
        layout.addLayout(row)

    def answer(self) -> int | None:
        return next((v for v, b in enumerate(self.buttons, start=1) if b.isChecked()), None)

    def clear(self) -> None:
        for button in self.buttons:
            button.setChecked(False)

    def _clicked(self, value: int, checked: bool) -> None:
        for other_value, button in enumerate(self.buttons, start=1):
            if other_value != value:
                button.setChecked(False)
        self.buttons[value - 1].setChecked(checked)
        self.changed.emit()


def statements_body(rows: Sequence[StatementRow], hint: str) -> QVBoxLayout:
    """A hint line above the statement rows, scrolling only when the screen is too small."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, 8, 0)
    for row in rows:
        column.addWidget(row)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    inner.setAutoFillBackground(False)  # setWidget turned it on: keep the kiosk colour
    scroll.viewport().setAutoFillBackground(False)
    body = QVBoxLayout()
    body.addWidget(hint_label(hint))
    body.addWidget(scroll, 1)
    return body


class CommentEdit(QPlainTextEdit):
    """The optional comment, cut at ``limit`` characters, with a visible counter."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.counter = QLabel(f"0/{limit}")
        self.setFixedHeight(200)
        self.textChanged.connect(self._limit)

    def _limit(self) -> None:
        text = self.toPlainText()
        if len(text) > self.limit:
            self.setPlainText(text[: self.limit])  # emits textChanged again
            self.moveCursor(QTextCursor.MoveOperation.End)
            return
        self.counter.setText(f"{len(text)}/{self.limit}")


class ThanksPage(QWidget):
    """The thank-you screen; a tap anywhere on it starts the next ballot."""

    tapped = Signal()

    def __init__(self, thanks: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        big = QLabel(thanks)
        big.setObjectName("thanks")
        big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big.setWordWrap(True)
        small = QLabel(hint)
        small.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(big)
        column.addWidget(small)
        column.addStretch(1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.tapped.emit()
        event.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
