"""The kiosk: a full-screen ballot at the laptop, passed round the room.

Team -> function -> stage (if asked) -> statements in pages of four (if asked) -> optional
comment -> submit -> "thank you" -> a clean start. After each vote every input is cleared, so
the next person sees nothing of the previous one. Leaving needs Ctrl+Shift+Q and a yes.
Participant texts follow the session's language (``strings/kiosk.toml``), not the app's;
the first screen also carries the anonymity promise, the same ``general.promise`` text the
phone page shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.ballot import COMMENT_MAX_LENGTH, Source
from msworkshop.domain.messages import UserError
from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import mark_room
from msworkshop.ui.kiosk.widgets import (
    KIOSK_STYLE,
    ChoiceButton,
    CommentEdit,
    PromiseBox,
    StageButton,
    StatementRow,
    ThanksPage,
    button_grid,
    choice_button,
    nav_button,
    prompt_label,
    statements_body,
)
from msworkshop.ui.services.session import SessionController

STATEMENTS_PER_PAGE = 4
LEAVE_SHORTCUT = "Ctrl+Shift+Q"


class Kiosk(QWidget):
    """A top-level ballot window; the app calls ``showFullScreen()``, tests ``show()``."""

    left = Signal()  # the facilitator has closed the kiosk

    def __init__(
        self,
        controller: SessionController,
        reset_delay_ms: int = 5000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(KIOSK_STYLE)
        self._controller = controller
        self._workshop = controller.workshop
        self._content = controller.content
        self._lang = self._workshop.language
        self._leaving = False
        self._team_id: int | None = None
        self._function: str | None = None
        self._stage: int | None = None
        self.setWindowTitle(self._text("window_title", title=self._workshop.title))
        mark_room(self, self._lang)  # a UI-language switch leaves the kiosk as it is

        self.crumbs = QLabel()
        self.crumbs.setObjectName("crumbs")
        self.start_over_button = nav_button(self._text("start_over"))
        self.start_over_button.clicked.connect(self.reset)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.pages = QStackedWidget()
        self._build_pages()

        top = QHBoxLayout()
        self.title_label = QLabel(self._workshop.title)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setStyleSheet("font-size: 16pt; color: #444444;")
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.crumbs)
        top.addSpacing(24)
        top.addWidget(self.start_over_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pages, 1)

        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.setInterval(reset_delay_ms)
        self.reset_timer.timeout.connect(self.reset)
        self.leave_shortcut = QShortcut(QKeySequence(LEAVE_SHORTCUT), self)
        self.leave_shortcut.activated.connect(self.request_leave)
        controller.round_changed.connect(self._update_round_state)
        controller.workshop_changed.connect(self._setup_changed)
        controller.session_closed.connect(self.force_close)
        self.reset()

    def _setup_changed(self, *_: object) -> None:
        """The facilitator edited the set-up (a team renamed or added, another language...):
        the choices are rebuilt at once; a ballot being filled in starts over."""
        self._workshop = self._controller.workshop
        self._content = self._controller.content
        self._lang = self._workshop.language
        mark_room(self, self._lang)
        self.setWindowTitle(self._text("window_title", title=self._workshop.title))
        self.title_label.setText(self._workshop.title)
        self.start_over_button.setText(self._text("start_over"))
        while self.pages.count():
            page = self.pages.widget(0)
            assert page is not None  # count() > 0
            self.pages.removeWidget(page)
            page.deleteLater()
        self._build_pages()
        self.reset()

    def _text(self, key: str, **params: object) -> str:
        """A participant-facing text in the session's language (not the app's)."""
        return self._content.text(f"kiosk.{key}", **params)

    # -- pages ----------------------------------------------------------------------------
    def _build_pages(self) -> None:
        workshop, content = self._workshop, self._content
        self.team_buttons: dict[int, QPushButton] = {}
        for team in workshop.teams:
            button = ChoiceButton(team.name)
            button.clicked.connect(lambda _=False, t=team.id: self._choose_team(t))
            self.team_buttons[team.id] = button
        self.promise = PromiseBox(  # the phone page's promise, in the session's language
            content.text("general.promise_title"), content.text("general.promise")
        )
        first = QVBoxLayout()
        first.addLayout(button_grid(list(self.team_buttons.values()), 3))
        first.addStretch(1)
        first.addWidget(self.promise)
        self.team_page = self._page(self._text("choose_team"), first, back=False, fill=True)
        self.function_buttons: dict[str, QPushButton] = {}
        for function in workshop.functions:
            choice = ChoiceButton(content.function_name(function.key, function.name))
            choice.clicked.connect(lambda _=False, f=function.key: self._choose_function(f))
            self.function_buttons[function.key] = choice
        self.function_page = self._page(
            self._text("choose_function"), button_grid(list(self.function_buttons.values()), 3)
        )
        self.stage_buttons: dict[int, StageButton] = {}
        for stage in content.stages:
            stage_button = StageButton(stage)
            stage_button.clicked.connect(lambda _=False, s=int(stage.stage): self._choose_stage(s))
            self.stage_buttons[int(stage.stage)] = stage_button
        self.stage_page = self._page(
            self._text("stage_question"),
            button_grid(list(self.stage_buttons.values()), 1),
        )
        self.statement_rows: list[StatementRow] = []
        self.statement_pages: list[QWidget] = []
        statements = content.statements if workshop.mode.asks_statements else ()
        for start in range(0, len(statements), STATEMENTS_PER_PAGE):
            chunk = statements[start : start + STATEMENTS_PER_PAGE]
            rows = [StatementRow(s, content.scale) for s in chunk]
            self.statement_rows.extend(rows)
            hint = self._text(
                "statements_hint",
                first=start + 1,
                last=start + len(chunk),
                total=len(statements),
            )
            self.statement_pages.append(
                self._page(
                    self._text("statements_question"),
                    statements_body(rows, hint),
                    next_=True,
                    fill=True,
                )
            )
        self.comment_edit = CommentEdit(COMMENT_MAX_LENGTH)
        self.comment_edit.setPlaceholderText(self._text("comment_placeholder"))
        self.submit_button = choice_button(self._text("submit"))
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submit)
        body = QVBoxLayout()
        body.addWidget(self.comment_edit)
        body.addWidget(self.comment_edit.counter, 0, Qt.AlignmentFlag.AlignRight)
        body.addWidget(self.submit_button)
        self.finish_page = self._page(self._text("finish_prompt"), body)
        self.thanks_page = ThanksPage(self._text("thanks"), self._text("tap_to_restart"))
        self.thanks_page.tapped.connect(self.reset)
        self.pages.addWidget(self.thanks_page)

    def _page(
        self, prompt: str, body: QLayout, back: bool = True, next_: bool = False, fill: bool = False
    ) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(prompt_label(prompt))
        layout.addSpacing(8)
        layout.addLayout(body, 1 if fill else 0)
        if not fill:
            layout.addStretch(1)
        buttons = QHBoxLayout()
        if back:
            back_button = nav_button(self._text("back"))
            back_button.clicked.connect(self._back)
            buttons.addWidget(back_button)
        buttons.addStretch(1)
        if next_:
            next_button = nav_button(self._text("next"))
            next_button.setObjectName("nav")
            next_button.clicked.connect(self._next)
            buttons.addWidget(next_button)
            page.setProperty("next_button", next_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        return page

    def _sequence(self) -> list[QWidget]:
        pages: list[QWidget] = [self.team_page, self.function_page]
        if self._workshop.mode.asks_stage:
            pages.append(self.stage_page)
        return [*pages, *self.statement_pages, self.finish_page]

    def _go(self, page: QWidget) -> None:
        self.error_label.hide()
        self.pages.setCurrentWidget(page)
        self._update_crumbs()

    def _step(self, delta: int) -> None:
        sequence = self._sequence()
        current = self.pages.currentWidget()
        index = sequence.index(current) if current in sequence else 0
        self._go(sequence[min(max(0, index + delta), len(sequence) - 1)])

    def _next(self) -> None:
        self._step(1)

    def _back(self) -> None:
        self._step(-1)

    # -- choices --------------------------------------------------------------------------
    def _choose_team(self, team_id: int) -> None:
        self._team_id = team_id
        self._next()

    def _choose_function(self, function: str) -> None:
        self._function = function
        self._next()

    def _choose_stage(self, stage: int) -> None:
        self._stage = stage
        self._next()

    def answers(self) -> tuple[int | None, ...] | None:
        if not self.statement_rows:
            return None
        return tuple(row.answer() for row in self.statement_rows)

    def _update_crumbs(self) -> None:
        parts = []
        if self._team_id is not None:
            parts.append(self._workshop.team(self._team_id).name)
        if self._function is not None:
            function = self._workshop.function(self._function)
            parts.append(self._content.function_name(function.key, function.name))
        if self._stage is not None:
            parts.append(self._content.stage(self._stage).name)
        self.crumbs.setText("  ·  ".join(parts))

    def _update_round_state(self) -> None:
        round_ = self._controller.current_round() if self._controller.is_open else None
        error = None
        if round_ is None:
            error = UserError("no_open_round")
        elif not round_.is_open:
            error = UserError("round_closed", round=round_.number)
        for button in self.team_buttons.values():
            button.setEnabled(error is None)
        if self.pages.currentWidget() is self.team_page:
            if error is None:
                self.error_label.hide()
            else:
                self.show_error(error.message(self._lang))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- submit and reset -----------------------------------------------------------------
    def submit(self) -> None:
        try:
            self._controller.intake.cast(
                team_id=self._team_id,
                function=self._function,
                stage=self._stage,
                answers=self.answers(),
                comment=self.comment_edit.toPlainText(),
                source=Source.KIOSK,
            )
        except UserError as error:
            self.show_error(error.message(self._lang))
            return
        self._clear_inputs()
        self._go(self.thanks_page)
        self.reset_timer.start()

    def _clear_inputs(self) -> None:
        self._team_id = self._function = self._stage = None
        for row in self.statement_rows:
            row.clear()
        self.comment_edit.clear()

    def reset(self) -> None:
        """Back to the first question with every input cleared."""
        self.reset_timer.stop()
        self._clear_inputs()
        self._go(self.team_page)
        self._update_round_state()

    # -- leaving --------------------------------------------------------------------------
    def request_leave(self) -> None:
        text = self.tr("Leave the kiosk and return to the facilitator screen?")
        if dialogs.ask_confirm(self, text):
            self.force_close()

    def force_close(self) -> None:
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._leaving:
            event.ignore()
            return
        self.reset_timer.stop()
        self._clear_inputs()
        super().closeEvent(event)
        self.left.emit()
