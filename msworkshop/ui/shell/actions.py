"""The facilitator window's actions and their shortcuts, in one place.

Keys like presentation software: PageDown/PageUp and the arrows for next/previous step
(arrows stay with text fields and tables, see :mod:`msworkshop.ui.shell.shortcuts`), F5 present,
Esc stop, B blank, R reveal, Ctrl+Shift+O/C open/close a voting round, F1 or ? the overview.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from msworkshop.ui.common import undo_texts
from msworkshop.ui.common.i18n import LANGUAGE_NAMES, on_language_change

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class MainActions(QObject):
    """Actions of the facilitator window. The window connects ``triggered`` to its slots."""

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        key = QKeySequence.StandardKey
        self._undo_stack = undo_stack
        self.new = self._action(key.New)
        self.new_followup = self._action()
        self.open = self._action(key.Open)
        self.setup = self._action("Ctrl+E")
        self.close = self._action(key.Close)
        self.quit = self._action(key.Quit)
        self.recent_menu = QMenu(parent)
        self.clear_recent = QAction(self)

        # Our own undo/redo actions (not QUndoStack.createUndoAction): their prefix follows a
        # change of the UI language.
        self.undo = self._action(key.Undo)
        self.undo.triggered.connect(undo_stack.undo)
        self.redo = self._action(key.Redo)
        self.redo.triggered.connect(undo_stack.redo)
        undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        undo_stack.undoTextChanged.connect(self._undo_texts)
        undo_stack.redoTextChanged.connect(self._undo_texts)
        self.undo.setEnabled(undo_stack.canUndo())
        self.redo.setEnabled(undo_stack.canRedo())

        self.next_step = self._action("PgDown")
        self.previous_step = self._action("PgUp")
        # The arrows do the same unless the focused widget needs them (see shortcuts.py).
        self.next_arrow = self._action("Right")
        self.previous_arrow = self._action("Left")
        self.present = self._action("F5")
        self.stop = self._action("Esc")
        self.blank = self._action("B")
        self.blank.setCheckable(True)
        self.reveal = self._action("R")
        self.open_round = self._action("Ctrl+Shift+O")
        self.close_round = self._action("Ctrl+Shift+C")
        self.kiosk = self._action("Ctrl+Shift+K")
        self.tally = self._action("Ctrl+Shift+T")
        self.import_answers = self._action()
        self.show_timer = self._action()
        self.show_timer.setCheckable(True)
        self.mirrored = self._action()
        self.mirrored.setCheckable(True)
        self.dark_theme = self._action()
        self.dark_theme.setCheckable(True)
        self.screen_menu = QMenu(parent)
        self.language_menu = QMenu(parent)
        self.languages = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():  # each language's name in itself
            action = QAction(name, self.languages)
            action.setData(code)
            action.setCheckable(True)
            self.language_menu.addAction(action)
        self.shortcuts = self._action("F1", "?", "Shift+?")
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

        # Available in the projector window as well (when it has the focus).
        self.presenting = [
            self.next_step,
            self.previous_step,
            self.next_arrow,
            self.previous_arrow,
            self.present,
            self.stop,
            self.blank,
            self.reveal,
            self.open_round,
            self.close_round,
            self.shortcuts,
        ]
        self.session_only = [
            self.new_followup,
            self.setup,
            self.close,
            self.next_step,
            self.previous_step,
            self.next_arrow,
            self.previous_arrow,
            self.present,
            self.blank,
            self.reveal,
            self.open_round,
            self.close_round,
            self.kiosk,
            self.tally,
            self.import_answers,
        ]

    def retranslate_ui(self) -> None:
        self.new.setText(self.tr("&New session…"))
        self.new_followup.setText(self.tr("New &follow-up session…"))
        self.new_followup.setToolTip(
            self.tr("A new session with the same teams that starts from this one's results")
        )
        self.open.setText(self.tr("&Open session…"))
        self.setup.setText(self.tr("Session &set-up…"))
        self.close.setText(self.tr("&Close session"))
        self.quit.setText(self.tr("&Quit"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.clear_recent.setText(self.tr("Clear list"))
        self.next_step.setText(self.tr("Next step"))
        self.previous_step.setText(self.tr("Previous step"))
        self.next_arrow.setText(self.tr("Next step"))
        self.previous_arrow.setText(self.tr("Previous step"))
        self.present.setText(self.tr("Start &presenting"))
        self.stop.setText(self.tr("&Stop presenting"))
        self.blank.setText(self.tr("&Blank the projector"))
        self.reveal.setText(self.tr("&Reveal the results"))
        self.open_round.setText(self.tr("&Open a voting round"))
        self.close_round.setText(self.tr("&Close the voting round"))
        self.kiosk.setText(self.tr("Start the &kiosk"))
        self.tally.setText(self.tr("Type in &paper ballots…"))
        self.import_answers.setText(self.tr("Import &answers…"))
        self.show_timer.setText(self.tr("Show the &timer on the projector"))
        self.mirrored.setText(self.tr("&Mirrored display: present full screen on this screen"))
        self.mirrored.setToolTip(
            self.tr(
                "For a projector that shows a copy of the laptop screen. Esc returns to "
                "this window."
            )
        )
        self.dark_theme.setText(self.tr("&Dark projector theme"))
        self.screen_menu.setTitle(self.tr("Projector &screen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        undo_texts.retranslate(self._undo_stack)
        self._undo_texts()

    def _undo_texts(self, *_: object) -> None:
        """ "Undo Edit set-up": the prefix in the UI language, the command's own text after it."""
        stack = self._undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def _action(self, *shortcuts: Shortcut) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        return action

    def set_session_open(self, is_open: bool) -> None:
        for action in self.session_only:
            action.setEnabled(is_open)

    def overview(self) -> list[tuple[str, str]]:
        """(what, keys) rows for the shortcut overview."""
        rows = []
        for action in (
            self.next_step,
            self.previous_step,
            self.present,
            self.stop,
            self.blank,
            self.reveal,
            self.open_round,
            self.close_round,
            self.kiosk,
            self.tally,
            self.setup,
            self.undo,
            self.redo,
            self.new,
            self.open,
            self.shortcuts,
        ):
            arrows = {self.next_step: "→", self.previous_step: "←"}.get(action)
            keys = [
                s.toString(QKeySequence.SequenceFormat.NativeText)
                for s in action.shortcuts()
                if s.toString() != "Shift+?"
            ] + ([arrows] if arrows else [])
            plain = {self.undo: self.tr("&Undo"), self.redo: self.tr("&Redo")}.get(action)
            rows.append(((plain or action.text()).replace("&", ""), " / ".join(keys)))
        rows.append(
            (
                self.tr("Leave the kiosk (with confirmation)"),
                QKeySequence("Ctrl+Shift+Q").toString(),
            )
        )
        return rows
