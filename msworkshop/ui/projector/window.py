"""The projector window: a second top-level window that shows the room the current step.

With a second screen it opens full screen there and follows screens being plugged in or
out (the window and its views stay alive, so nothing is lost); with one screen it is an
ordinary resizable window. It shows only the step views registered in
``steps.registry.projector_views`` (never the laptop pages), a black screen when blanked,
and the step's timer only when the facilitator chose to show it.

The room sees one language, the session's: the views show content strings and the window
carries the session's locale (``i18n.mark_room``). Only the window title, which the
facilitator sees in the task bar, follows the UI language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common import settings, theme
from msworkshop.ui.common.i18n import mark_room, on_language_change
from msworkshop.ui.common.lazy_widgets import LazyWidgets
from msworkshop.ui.projector.screens import choose_screen
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.services.timers import TimerBank
from msworkshop.ui.steps.close.view import TitleView
from msworkshop.ui.steps.registry import SIDEBAR_STEPS, projector_views

WINDOWED_SIZE = QSize(1280, 720)


class ProjectorWindow(QWidget):
    presenting_changed = Signal(bool)
    blank_changed = Signal(bool)
    step_changed = Signal(str)

    def __init__(
        self,
        controller: SessionController,
        timers: TimerBank | None = None,
        facilitator_screen: Callable[[], QScreen | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._controller = controller
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        self._follow_session()
        controller.session_opened.connect(self._follow_session)
        self._timers = timers
        self._facilitator_screen = facilitator_screen
        self._step = SIDEBAR_STEPS[0]
        self._blank = False
        self._presenting = False
        self._show_timer = settings.show_timer_on_projector()
        self._mirrored = settings.mirrored_full_screen()
        self._palette = theme.palette(settings.projector_theme())

        self._factories = projector_views()
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for key in SIDEBAR_STEPS:
            page = QWidget()
            page.setObjectName("projectorPage")
            page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            QVBoxLayout(page)
            self._pages[key] = page
            self.stack.addWidget(page)
        self.views = LazyWidgets(SIDEBAR_STEPS, self._build_view)
        self.blank_page = QWidget()
        self.blank_page.setObjectName("blank")
        self.blank_page.setStyleSheet("QWidget#blank { background: #000000; }")
        self.blank_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.stack.addWidget(self.blank_page)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.hide()
        top = QHBoxLayout()
        self._top = top
        top.addStretch(1)
        top.addWidget(self.timer_label)
        layout = QVBoxLayout(self)
        # The type follows the window size: the content may never hold the window's size up.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        if timers is not None:
            timers.tick.connect(self._update_timer)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)
        self.resize(WINDOWED_SIZE)
        self._show_current()  # styled and built when first shown (start-up stays quick)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("msworkshop — projector: what the room sees"))

    def _follow_session(self, *_: object) -> None:
        """Dates and numbers (charts) in the session's language."""
        mark_room(self, self._controller.language)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def step(self) -> str:
        return self._step

    def set_step(self, key: str) -> None:
        if key in self._pages:
            self._step = key
            self._show_current()
            self.step_changed.emit(key)

    @property
    def blank(self) -> bool:
        return self._blank

    def set_blank(self, blank: bool) -> None:
        if blank != self._blank:
            self._blank = blank
            self._show_current()
            self.blank_changed.emit(blank)

    def toggle_blank(self) -> None:
        self.set_blank(not self._blank)

    def set_show_timer(self, show: bool) -> None:
        self._show_timer = show
        settings.set_show_timer_on_projector(show)
        self._update_timer()

    def set_theme(self, name: str) -> None:
        self._palette = theme.palette(name)
        settings.set_projector_theme(self._palette.name)
        self._restyle()

    @property
    def palette_name(self) -> str:
        return self._palette.name

    def current_view(self) -> QWidget | None:
        return None if self._blank else self.views[self._step]

    def _build_view(self, key: str) -> QWidget:
        """A step's projector view, built when first shown (see LazyWidgets)."""
        view = self._factories.get(key, TitleView)(self._controller)
        _layout(self._pages[key]).addWidget(view)
        view.show()  # a child added to a page already on screen would otherwise stay hidden
        return view

    def _show_current(self) -> None:
        if not self._blank and self.isVisible():
            self.views[self._step]  # build it now if this is its first showing
        self.stack.setCurrentWidget(self.blank_page if self._blank else self._pages[self._step])
        self._update_timer()

    def _update_timer(self) -> None:
        timer = self._timers[self._step] if self._timers is not None else None
        visible = (
            self._show_timer and not self._blank and timer is not None and timer.duration_s > 0
        )
        self.timer_label.setVisible(visible)
        if visible and timer is not None:
            self.timer_label.setText(timer.text())
            if self.timer_label.property("overrun") != timer.overrun:
                self.timer_label.setProperty("overrun", timer.overrun)
                self.timer_label.style().unpolish(self.timer_label)
                self.timer_label.style().polish(self.timer_label)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._restyle()
        self._show_current()
        super().showEvent(event)

    # -- type that scales with the window -----------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._restyle()

    def _restyle(self) -> None:
        scale = theme.scale_for(self.width(), self.height())
        sheet = theme.projection_stylesheet(self._palette, scale)
        if sheet != self.styleSheet():  # re-polishing every widget is not free
            self.setStyleSheet(sheet)
        margin_x, margin_y = round(self.width() * 0.05), round(self.height() * 0.05)
        self._top.setContentsMargins(0, margin_y // 2, margin_x // 2, 0)
        for page in self._pages.values():
            _layout(page).setContentsMargins(margin_x, margin_y, margin_x, margin_y)

    # -- presenting on the right screen -------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self._presenting

    def present(self) -> None:
        """Show the window: full screen on a second screen; with one screen an ordinary window,
        or full screen when the facilitator chose a mirrored display."""
        self._presenting = True
        self.place()
        self.raise_()
        self.presenting_changed.emit(True)

    def stop(self) -> None:
        if self._presenting:
            self._presenting = False
            self.hide()
            self.presenting_changed.emit(False)

    def target_screen(self) -> QScreen | None:
        facilitator = self._facilitator_screen() or QGuiApplication.primaryScreen()
        return choose_screen(QGuiApplication.screens(), facilitator, settings.projector_screen())

    def set_mirrored(self, on: bool) -> None:
        """With one screen: present full screen on it (a mirrored projector), or in a window."""
        self._mirrored = on
        settings.set_mirrored_full_screen(on)
        if self._presenting:
            self.place()

    def place(self) -> None:
        screen = self.target_screen()
        if screen is not None:
            settings.set_projector_screen(screen.name())
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            return
        if self._mirrored:
            self.showFullScreen()  # the only screen, which the projector copies
            return
        if self.isFullScreen():
            self.showNormal()
            self.resize(WINDOWED_SIZE)
        else:
            self.show()

    def _screens_changed(self, *_: object) -> None:
        if self._presenting:
            QTimer.singleShot(0, self.place)  # after Qt has moved the window off a lost screen

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closing the window by hand is the same as stopping the presentation."""
        self.stop()
        event.accept()


def _layout(page: QWidget) -> QLayout:
    """A step's page on the projector: always built with a layout (see ``__init__``)."""
    layout = page.layout()
    assert layout is not None
    return layout
