"""The facilitator window's menu bar and toolbar: which action sits where, in the UI language.

The actions themselves (texts, shortcuts) live in :mod:`msworkshop.ui.shell.actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from msworkshop.ui.common import settings
from msworkshop.ui.common.i18n import on_language_change
from msworkshop.ui.projector.window import ProjectorWindow
from msworkshop.ui.shell.actions import MainActions

MENU_KEYS: tuple[str, ...] = ("session", "edit", "go", "present", "vote", "view", "help")


class MainMenus(QObject):
    def __init__(
        self, window: QMainWindow, actions: MainActions, projector: ProjectorWindow
    ) -> None:
        super().__init__(window)
        a = actions
        self._projector = projector
        self._screen_menu = a.screen_menu
        self.menus: dict[str, QMenu] = {key: QMenu(window) for key in MENU_KEYS}
        bar = window.menuBar()
        for menu in self.menus.values():
            bar.addMenu(menu)
        session = self.menus["session"]
        session.addActions([a.new, a.new_followup, a.open])
        session.addMenu(a.recent_menu)
        session.addSeparator()
        session.addActions([a.setup, a.close])
        session.addSeparator()
        session.addAction(a.quit)
        self.menus["edit"].addActions([a.undo, a.redo])
        self.menus["go"].addActions([a.previous_step, a.next_step])
        window.addActions([a.next_arrow, a.previous_arrow])
        present = self.menus["present"]
        present.addActions([a.present, a.stop, a.blank, a.reveal])
        present.addSeparator()
        present.addActions([a.show_timer, a.dark_theme, a.mirrored])
        present.addMenu(a.screen_menu)
        vote = [a.open_round, a.close_round, a.kiosk, a.tally, a.import_answers]
        self.menus["vote"].addActions(vote)
        self.menus["view"].addMenu(a.language_menu)
        self.menus["help"].addAction(a.shortcuts)
        self.toolbar = toolbar = window.addToolBar("")
        toolbar.setObjectName("sessionToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([a.new, a.open, a.setup])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addActions([a.present, a.blank])
        a.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        titles = {
            "session": self.tr("&Session"),
            "edit": self.tr("&Edit"),
            "go": self.tr("&Go"),
            "present": self.tr("&Present"),
            "vote": self.tr("&Vote"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.toolbar.setWindowTitle(self.tr("Session"))

    def _fill_screen_menu(self) -> None:
        menu = self._screen_menu
        menu.clear()
        chosen = settings.projector_screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            action = menu.addAction(f"{screen.name()} ({size.width()} x {size.height()})")
            action.setCheckable(True)
            action.setChecked(screen.name() == chosen)
            name = screen.name()
            action.triggered.connect(lambda _=False, n=name: self._choose_screen(n))

    def _choose_screen(self, name: str) -> None:
        settings.set_projector_screen(name)
        if self._projector.presenting:
            self._projector.place()
