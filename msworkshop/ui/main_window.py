"""The facilitator's window: the session steps in a sidebar driving one page per step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.messages import UserError
from msworkshop.store.paths import default_sessions_folder, suggest_session_path
from msworkshop.ui import dialogs, settings
from msworkshop.ui.actions import MainActions
from msworkshop.ui.controller import SessionController
from msworkshop.ui.kiosk import Kiosk
from msworkshop.ui.steps.registry import SIDEBAR_STEPS, facilitator_pages
from msworkshop.ui.vote_page import VotePage


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: SessionController,
        full_screen_kiosk: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._full_screen_kiosk = full_screen_kiosk
        self.kiosk: Kiosk | None = None
        self.actions_ = MainActions(self)
        self._build_menus()

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("steps")
        self.sidebar.setStyleSheet(
            "QListWidget#steps { font-size: 13pt; } QListWidget#steps::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        factories = facilitator_pages()
        self.pages: dict[str, QWidget] = {}
        for key in SIDEBAR_STEPS:
            factory = factories.get(key)
            page = factory(controller) if factory else self._placeholder(self.step_title(key))
            self.pages[key] = page
            self.stack.addWidget(page)
            self.sidebar.addItem(self.step_title(key))
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.vote_page = self.pages["vote"]
        assert isinstance(self.vote_page, VotePage)
        self.vote_page.kiosk_requested.connect(self.start_kiosk)
        self.results_page = self.pages["reveal"]
        self.empty_page = self._placeholder(
            self.tr("No session open"),
            self.tr("Create a new session (Ctrl+N) or open one (Ctrl+O)."),
        )
        self.body = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1000])
        self.body.addWidget(self.empty_page)
        self.body.addWidget(splitter)
        self.setCentralWidget(self.body)

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        controller.session_opened.connect(self._session_opened)
        controller.session_closed.connect(self._session_closed)
        controller.ballots_changed.connect(self._update_status)
        controller.round_changed.connect(self._update_status)
        self._restore_geometry()
        if controller.is_open:
            self._session_opened(controller.path)
        else:
            self._session_closed()

    # -- set-up ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        actions = self.actions_
        actions.new.triggered.connect(self.new_session)
        actions.open.triggered.connect(self.open_session)
        actions.close.triggered.connect(self.controller.close)
        actions.quit.triggered.connect(self.close)
        actions.next_step.triggered.connect(lambda: self._step_by(1))
        actions.previous_step.triggered.connect(lambda: self._step_by(-1))
        actions.clear_recent.triggered.connect(self._clear_recent)
        actions.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        session = self.menuBar().addMenu(self.tr("&Session"))
        session.addActions([actions.new, actions.open])
        session.addMenu(actions.recent_menu)
        session.addSeparator()
        session.addAction(actions.close)
        session.addSeparator()
        session.addAction(actions.quit)
        go = self.menuBar().addMenu(self.tr("&Go"))
        go.addActions([actions.previous_step, actions.next_step])
        toolbar = self.addToolBar(self.tr("Session"))
        toolbar.setObjectName("sessionToolbar")
        toolbar.addActions([actions.new, actions.open, actions.close])

    def _placeholder(self, title: str, text: str = "") -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        layout.addWidget(heading)
        body = QLabel(text or self.tr("This step comes in a later version."))
        body.setWordWrap(True)
        layout.addWidget(body)
        layout.addStretch(1)
        return page

    def step_title(self, key: str) -> str:
        titles = {
            "welcome": self.tr("Welcome"),
            "stages": self.tr("The four stages"),
            "vote": self.tr("Vote"),
            "reveal": self.tr("Reveal"),
            "gaps": self.tr("Discuss the gaps"),
            "agree": self.tr("Agree"),
            "plan": self.tr("Action plan"),
            "close": self.tr("Close"),
        }
        return titles.get(key, key)

    def show_step(self, key: str) -> None:
        self.sidebar.setCurrentRow(SIDEBAR_STEPS.index(key))

    def current_step(self) -> str:
        return SIDEBAR_STEPS[self.sidebar.currentRow()]

    def _step_by(self, delta: int) -> None:
        row = self.sidebar.currentRow() + delta
        if 0 <= row < self.sidebar.count():
            self.sidebar.setCurrentRow(row)

    # -- sessions -------------------------------------------------------------------------
    def new_session(self) -> None:
        workshop = dialogs.ask_new_workshop(self)
        if workshop is None:
            return
        path = dialogs.ask_save_path(self, suggest_session_path(workshop.title))
        if path is not None:
            self._try(lambda: self.controller.create(path, workshop))

    def open_session(self) -> None:
        folder = self.controller.path.parent if self.controller.path else None
        path = dialogs.ask_open_path(self, folder or default_sessions_folder())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        return self._try(lambda: self.controller.open(path))

    def _try(self, step: Callable[[], None]) -> bool:
        try:
            step()
        except UserError as error:
            dialogs.show_error(self, error.message(self.controller.language))
            return False
        return True

    def _session_opened(self, path: Path | None) -> None:
        if path is not None:
            settings.add_recent_file(path)
        self.body.setCurrentIndex(1)
        self.actions_.set_session_open(True)
        self.setWindowTitle(f"{self.controller.workshop.title} — msworkshop")
        self.show_step("vote")
        self._update_status()

    def _session_closed(self) -> None:
        self.body.setCurrentIndex(0)
        self.actions_.set_session_open(False)
        self.setWindowTitle("msworkshop")
        self._update_status()

    def _update_status(self) -> None:
        controller = self.controller
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

    def _clear_recent(self) -> None:
        settings.clear_recent_files()

    # -- kiosk ----------------------------------------------------------------------------
    def start_kiosk(self) -> Kiosk | None:
        if not self.controller.is_open:
            return None
        if self.kiosk is None:
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
        self.controller.close()
        super().closeEvent(event)
