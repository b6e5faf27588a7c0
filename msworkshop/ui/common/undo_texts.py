"""Undo texts that follow a change of the UI language.

A command is described by a function that returns its text in the current language (e.g.
``lambda: self.tr("Add an action")``) rather than by the text itself; :func:`retranslate`
asks every command on the stack again after a language switch, so "Undo Add an action"
becomes "Ongedaan maken Actie toevoegen" without closing the session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

Text = str | Callable[[], str]
_ATTRIBUTE = "_msworkshop_describe"  # kept on the command's Python object, which Qt keeps


def describe(command: QUndoCommand, text: Text) -> None:
    """Give ``command`` its text now, and again in the new language after a switch."""
    if callable(text):
        setattr(command, _ATTRIBUTE, text)
        command.setText(text())
    else:
        command.setText(text)


def retranslate(stack: QUndoStack) -> None:
    """Ask every command on ``stack`` for its text again (the UI language changed)."""
    for index in range(stack.count()):
        command = stack.command(index)
        describer = getattr(command, _ATTRIBUTE, None)
        if describer is not None:
            command.setText(describer())
