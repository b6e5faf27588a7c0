"""Start the GUI: the QApplication, the one SessionController and the facilitator window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from msworkshop.domain.messages import UserError
from msworkshop.ui.common import i18n, settings
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.services.timers import TimerBank
from msworkshop.ui.shell.first_paint import after_first_paint
from msworkshop.ui.shell.main_window import MainWindow
from msworkshop.ui.steps.registry import SIDEBAR_STEPS

log = logging.getLogger(__name__)

APP_NAME = "msworkshop"


def ensure_application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication, created (and named, for QSettings) when there is none."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(list(argv if argv is not None else sys.argv))
    )
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setDesktopFileName(APP_NAME)  # Wayland/GNOME match msworkshop.desktop
    return app


def apply_ui_language() -> str:
    """The remembered UI language (the system's on the first start), installed before any
    window is built; returns it."""
    language = settings.ui_language() or i18n.system_ui_language()
    if not i18n.set_ui_language(language):
        language = "en"
        i18n.set_ui_language(language)
    return language


def demo_session_path(language: str = "en") -> Path:
    """A fresh demo session file (replacing an earlier one) in the sessions folder."""
    from msworkshop.domain.content_loader import load_content
    from msworkshop.store.demo_session import build_demo_session

    return build_demo_session(load_content(language).statements, language=language)


def create_main_window(
    path: Path | None = None, demo: bool = False, full_screen_kiosk: bool = True
) -> MainWindow:
    """The facilitator window with ``path`` (or a fresh demo session) opened, if given.

    The composition root: the session (which owns its focus, reveal, plans and ballot intake,
    each made when first used), the step timers and the phone door are made here once and
    handed to the windows, which pass each page and view the services it uses.
    """
    controller = SessionController()
    timers = TimerBank(SIDEBAR_STEPS, time.monotonic, parent=controller)
    window = MainWindow(controller, full_screen_kiosk=full_screen_kiosk, timers=timers)
    controller.setParent(window)
    after_first_paint(window, lambda: _after_first_paint(controller))
    if demo:
        try:
            path = demo_session_path(i18n.current_ui_language())
        except UserError as error:
            from msworkshop.ui.common import dialogs

            dialogs.show_error(window, error.message(i18n.current_ui_language()))
            path = None
    if path is not None:
        window.open_path(Path(path))
    return window


def _after_first_paint(controller: SessionController) -> None:
    apply_app_icon()
    _start_phone_voting(controller)


def apply_app_icon() -> None:
    """Every window (the projector's too) carries the app's icon. Set once the first window
    is on screen: reading the SVG loads Qt's SVG plug-in, which the first paint can do without."""
    from PySide6.QtGui import QIcon

    from msworkshop.app_icon import app_icon_path

    QApplication.setWindowIcon(QIcon(str(app_icon_path())))


def _start_phone_voting(controller: SessionController) -> None:
    """The phone door, started once the window is on screen (it is not on the first screen's
    critical path: loading Qt's network modules and finding the interfaces takes a while)."""
    from msworkshop.ui.services.phones import attach_phone_voting

    attach_phone_voting(controller)


def run_app(path: Path | None, demo: bool = False, argv: Sequence[str] | None = None) -> int:
    """Run the GUI until the facilitator quits; the process exit code."""
    app = ensure_application(argv)
    apply_ui_language()
    window = create_main_window(path, demo)
    window.show()
    log.info("GUI started")
    return app.exec()
