"""The facilitator's window: menus, the steps of the session and the projector window it drives."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.ui.common import i18n, settings, theme
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.services.files import default_sessions_folder, suggest_session_path
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.services.timers import Clock, TimerBank
from msworkshop.ui.shell.actions import MainActions
from msworkshop.ui.shell.menus import MainMenus
from msworkshop.ui.shell.room_preview import RoomPreview
from msworkshop.ui.shell.steps_view import StepsView
from msworkshop.ui.steps.registry import SIDEBAR_STEPS, tool_pages

if TYPE_CHECKING:
    from msworkshop.ui.kiosk.window import Kiosk
    from msworkshop.ui.steps.vote.page import VotePage

__all__ = ["SIDEBAR_STEPS", "MainWindow"]


def _dialogs() -> ModuleType:
    """The dialogs module, loaded when the first dialog opens rather than at start-up."""
    from msworkshop.ui.common import dialogs

    return dialogs


def _window_dialogs() -> ModuleType:
    """The set-up and shortcut dialogs, loaded when the first of them opens."""
    from msworkshop.ui.shell import window_dialogs

    return window_dialogs


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: SessionController,
        full_screen_kiosk: bool = True,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        timers: TimerBank | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._full_screen_kiosk = full_screen_kiosk
        self.kiosk: Kiosk | None = None
        self._rescuing = False
        self.timers = timers or TimerBank(SIDEBAR_STEPS, clock or time.monotonic, parent=self)
        self.actions_ = MainActions(self, controller.undo_stack)
        self.steps = StepsView(controller, self.timers)
        self.sidebar, self.stack, self.pages = (
            self.steps.sidebar,
            self.steps.stack,
            self.steps.pages,
        )
        self.steps.page_built.connect(self._page_built)
        self.tally_window: QDialog | None = None
        self.projector = ProjectorWindow(controller, self.timers, self.screen)
        self.projector.addActions(self.actions_.presenting)
        self.room_preview = RoomPreview(controller, self.projector, self.steps.step_title)
        self.steps.add_above_notes(self.room_preview)
        self.destroyed.connect(self.projector.deleteLater)
        self._build_menus()

        self.empty_page = QWidget()
        empty = QVBoxLayout(self.empty_page)
        self.empty_labels = (QLabel(), QLabel())
        for label, size in zip(self.empty_labels, (18, 13), strict=True):
            theme.set_point_size(label, size)
            label.setWordWrap(True)
            empty.addWidget(label)
        empty.addStretch(1)
        self.body = QStackedWidget()
        self.body.addWidget(self.empty_page)
        self.body.addWidget(self.steps)
        self.setCentralWidget(self.body)

        self.status_label = QLabel()
        self.projector_label = QLabel()
        self.statusBar().addPermanentWidget(self.projector_label)
        self.statusBar().addPermanentWidget(self.status_label)
        self.steps.step_changed.connect(self.projector.set_step)
        self.projector.presenting_changed.connect(self._update_projector_state)
        self.projector.blank_changed.connect(self._update_projector_state)
        controller.session_opened.connect(self._session_opened)
        controller.session_closed.connect(self._session_closed)
        controller.file_lost.connect(self._file_lost)
        controller.ballots_changed.connect(self._update_status)
        controller.round_changed.connect(self._update_status)
        self._restore_geometry()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)
        if controller.is_open:
            self.steps.load_session()
            self._session_opened(controller.path)
        else:
            self._session_closed()

    # -- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions_
        connections: list[tuple[object, Callable[[], object]]] = [
            (a.new, self.new_session),
            (a.new_followup, self.new_followup_session),
            (a.open, self.open_session),
            (a.setup, self.edit_setup),
            (a.close, self.close_session),
            (a.quit, self.close),
            (a.next_step, lambda: self.steps.step_by(1)),
            (a.previous_step, lambda: self.steps.step_by(-1)),
            (a.next_arrow, lambda: self._arrow(Qt.Key.Key_Right, 1)),
            (a.previous_arrow, lambda: self._arrow(Qt.Key.Key_Left, -1)),
            (a.present, self.present),
            (a.stop, self.escape),
            (a.reveal, self.reveal),
            (a.open_round, lambda: self.vote_page.request_open_round()),
            (a.close_round, lambda: self.vote_page.request_close_round()),
            (a.kiosk, self.start_kiosk),
            (a.tally, self.show_tally),
            (a.import_answers, self.import_answers),
            (a.shortcuts, lambda: _window_dialogs().show_shortcuts(self, a.overview())),
            (a.clear_recent, settings.clear_recent_files),
        ]
        for action, slot in connections:
            action.triggered.connect(lambda _=False, s=slot: s())  # type: ignore[attr-defined]
        a.blank.toggled.connect(self.projector.set_blank)
        a.show_timer.setChecked(settings.show_timer_on_projector())
        a.show_timer.toggled.connect(self.projector.set_show_timer)
        a.mirrored.setChecked(settings.mirrored_full_screen())
        a.mirrored.toggled.connect(self.projector.set_mirrored)
        a.dark_theme.setChecked(self.projector.palette_name == "dark")
        a.dark_theme.toggled.connect(lambda on: self.projector.set_theme("dark" if on else "light"))
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for action in a.languages.actions():
            action.setChecked(action.data() == i18n.current_ui_language())
        a.languages.triggered.connect(lambda action: self.set_ui_language(action.data()))

        self.menu_bar = MainMenus(self, a, self.projector)
        self.menus, self.toolbar = self.menu_bar.menus, self.menu_bar.toolbar

    def retranslate_ui(self) -> None:
        self.empty_labels[0].setText(self.tr("No session open"))
        self.empty_labels[1].setText(self.tr("Create a new session (Ctrl+N) or open one (Ctrl+O)."))
        if self.tally_window is not None:
            self.tally_window.setWindowTitle(self.tr("Paper ballots"))
        self._update_title()
        self._update_status()

    def set_ui_language(self, language: str) -> None:
        """The Language menu: remember the choice and re-translate every open window now."""
        settings.set_ui_language(language)
        i18n.set_ui_language(language)
        for action in self.actions_.languages.actions():
            action.setChecked(action.data() == language)

    def _fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for path in settings.recent_files():
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent sessions")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.actions_.clear_recent)

    # -- steps ----------------------------------------------------------------------------
    def step_title(self, key: str) -> str:
        return self.steps.step_title(key)

    def show_step(self, key: str) -> None:
        self.steps.show_step(key)

    def current_step(self) -> str:
        return self.steps.current_step()

    # -- presenting -------------------------------------------------------------------------
    def present(self) -> None:
        """F5. With one screen the facilitator is asked once: full screen on it (for a
        projector that mirrors the laptop) or in a window; the answer is remembered."""
        projector = self.projector
        if projector.target_screen() is None and settings.one_screen_choice() is None:
            choice = _window_dialogs().ask_one_screen(self)
            if choice is None:
                return
            self.actions_.mirrored.setChecked(choice == "full_screen")
            projector.set_mirrored(choice == "full_screen")  # remembers the choice too
        projector.present()

    def escape(self) -> None:
        """Esc: first for whatever would take it (a cell being edited, a text field); else it
        stops presenting, which asks nothing: F5 brings the same view back."""
        from msworkshop.ui.shell.shortcuts import forward_escape  # loaded on first use

        if forward_escape() or not self.projector.presenting:
            return
        self.projector.stop()
        self.statusBar().showMessage(
            self.tr("Presenting stopped. Press F5 to show the room the same view again."), 10000
        )

    def _arrow(self, key: Qt.Key, delta: int) -> None:
        from msworkshop.ui.shell.shortcuts import (
            forward_arrow,  # its widget types load on first use
        )

        if not forward_arrow(key):
            self.steps.step_by(delta)

    @property
    def results_page(self) -> QWidget:
        """The Reveal step's page (built on first use)."""
        return self.pages["reveal"]

    @property
    def vote_page(self) -> VotePage:
        """The Vote step's page (built on first use)."""
        from msworkshop.ui.steps.vote.page import VotePage  # the page module loads with the page

        page = self.pages["vote"]
        assert isinstance(page, VotePage)
        return page

    def _page_built(self, key: str, page: QWidget) -> None:
        if key == "vote":
            page.kiosk_requested.connect(self.start_kiosk)  # type: ignore[attr-defined]
            page.tally_requested.connect(self.show_tally)  # type: ignore[attr-defined]
            page.watch_timers(self.timers)  # type: ignore[attr-defined]

    def reveal(self) -> None:
        """R: go to the reveal step and reveal the next part of the results."""
        self.show_step("reveal")
        if self.controller.is_open:
            self.controller.reveal.reveal_next()

    # -- sessions -------------------------------------------------------------------------
    def new_session(self) -> None:
        workshop = _window_dialogs().ask_new_workshop(self)
        if workshop is None:
            return
        path = _dialogs().ask_save_path(self, suggest_session_path(workshop.title))
        if path is not None:
            self.timers.pause_all()
            self._try(lambda: self.controller.create(path, workshop))

    def new_followup_session(self) -> None:
        """Session → New follow-up session…: a new file that starts from the open session
        (whose file is only read), opened on its Last time step."""
        controller = self.controller
        if not controller.is_open or controller.path is None:
            return
        answer = _window_dialogs().ask_followup(self, controller.workshop.title)
        if answer is None:
            return
        title, date = answer
        suggested = suggest_session_path(title, controller.path.parent)
        path = _dialogs().ask_save_path(self, suggested)
        if path is None:
            return
        self.timers.pause_all()

        def make() -> None:
            controller.followup.create_from_open_session(path, date=date, title=title)

        self._try(make)

    def open_session(self) -> None:
        folder = self.controller.path.parent if self.controller.path else None
        path = _dialogs().ask_open_path(self, folder or default_sessions_folder())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        self.timers.pause_all()
        return self._try(lambda: self.controller.open(path))

    def _file_lost(self) -> None:
        """The open file was deleted or replaced: say so, and offer to save what is open."""
        controller = self.controller
        if not controller.is_open or self._rescuing:
            return
        self._rescuing = True
        try:
            name = controller.path.name if controller.path else ""
            dialogs = _dialogs()
            dialogs.show_error(
                self,
                self.tr(
                    "The session file %1 was deleted or replaced by another file. Nothing "
                    "is lost yet: phones are told their vote was not stored, and nothing is "
                    "written to that path. Save the session under a new name to go on."
                ).replace("%1", name),
            )
            target = dialogs.ask_save_path(self, suggest_session_path(controller.workshop.title))
            if target is not None:
                try:
                    controller.save_copy_and_reopen(target)
                except UserError as error:
                    dialogs.show_error(self, error.message(i18n.current_ui_language()))
        finally:
            self._rescuing = False

    def close_session(self) -> None:
        self.timers.pause_all()  # written to the file before it closes
        self.controller.close()

    def edit_setup(self) -> None:
        if not self.controller.is_open:
            return
        from msworkshop.ui.services.commands import ballot_counts, edit_workshop

        team_counts, function_counts = ballot_counts(self.controller)
        answer = _window_dialogs().ask_edit_workshop(
            self, self.controller.workshop, team_counts, function_counts
        )
        if answer is not None:
            edit_workshop(self.controller, *answer)

    def _try(self, step: Callable[[], None]) -> bool:
        try:
            step()
        except UserError as error:
            _dialogs().show_error(self, error.message(i18n.current_ui_language()))
            return False
        return True

    def _session_opened(self, path: Path | None) -> None:
        if path is not None:
            settings.add_recent_file(path)
        self.body.setCurrentWidget(self.steps)
        self.actions_.set_session_open(True)
        self._update_title()
        self._update_status()

    def _session_closed(self) -> None:
        self.projector.stop()
        self.projector.set_blank(False)
        self.body.setCurrentWidget(self.empty_page)
        self.actions_.set_session_open(False)
        self._update_title()
        self._update_status()

    def _update_title(self) -> None:
        if self.controller.is_open:
            self.setWindowTitle(f"{self.controller.workshop.title} — msworkshop")
        else:
            self.setWindowTitle("msworkshop")

    def _update_status(self) -> None:
        controller = self.controller
        self._update_projector_state()
        if not controller.is_open or controller.path is None:
            self.status_label.setText(self.tr("No session open"))
            return
        round_ = controller.current_round()
        if round_ is None:
            text = self.tr("%1 — no voting round yet")
        else:
            text = self.tr("%1 — round %2 — ballots: %3")
            text = text.replace("%2", str(round_.number)).replace(
                "%3", str(controller.ballot_count())
            )
        self.status_label.setText(text.replace("%1", controller.path.name))

    def _update_projector_state(self, *_: object) -> None:
        projector = self.projector
        self.actions_.blank.setChecked(projector.blank)
        if not projector.presenting:
            text = self.tr("Projector: off (F5)")
        elif projector.blank:
            text = self.tr("Projector: BLANK (B)")
        else:
            text = self.tr("Projector: on")
        self.projector_label.setText(text)

    # -- kiosk ----------------------------------------------------------------------------
    def start_kiosk(self) -> Kiosk | None:
        if not self.controller.is_open:
            return None
        if self.kiosk is None:
            from msworkshop.ui.kiosk.window import Kiosk  # loaded when the kiosk is first opened

            self.kiosk = Kiosk(self.controller)
            self.kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.kiosk.left.connect(self._kiosk_left)
        if self._full_screen_kiosk:
            self.kiosk.showFullScreen()
        else:
            self.kiosk.resize(1280, 720)
            self.kiosk.show()
        self.kiosk.raise_()
        self.kiosk.activateWindow()
        return self.kiosk

    def show_tally(self) -> QDialog | None:
        """The paper-ballot entry (a tool page of the vote step) in its own window."""
        factory = tool_pages().get("tally")
        if factory is None or not self.controller.is_open:
            return None
        if self.tally_window is None:
            self.tally_window = QDialog(self)
            self.tally_window.setWindowTitle(self.tr("Paper ballots"))
            self.tally_window.resize(900, 640)
            QVBoxLayout(self.tally_window).addWidget(factory(self.controller))
        self.tally_window.show()
        self.tally_window.raise_()
        return self.tally_window

    def import_answers(self) -> QDialog | None:
        """Vote → Import answers…; the dialog's module is loaded only now."""
        if not self.controller.is_open:
            return None
        from msworkshop.ui.steps.vote.import_dialog import start_import

        return start_import(self, self.controller)

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.activateWindow()

    # -- window ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.load_bytes(settings.GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.load_bytes(settings.STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings.save_bytes(settings.GEOMETRY_KEY, self.saveGeometry())
        settings.save_bytes(settings.STATE_KEY, self.saveState())
        if self.kiosk is not None:
            self.kiosk.force_close()
        self.projector.stop()
        self.close_session()
        super().closeEvent(event)
