"""Last time: in a follow-up session, per team what was agreed last time and where each of
its actions stands, decided with the room.

``build_page`` makes the facilitator's page and ``build_view`` the room's view; each
imports its module when first called, so start-up loads only the step it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from msworkshop.ui.services.session import SessionController


def build_page(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.lasttime.page import LastTimePage

    return LastTimePage(controller)


def build_view(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.lasttime.view import LastTimeView

    return LastTimeView(controller)
