"""Close: preview, print and export the plan; the room sees the session's title.

``build_page`` makes the facilitator's page and ``build_view`` the room's view; each
imports its module when first called, so start-up loads only the step it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from msworkshop.ui.services.session import SessionController


def build_page(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.close.page import ClosePage

    return ClosePage(controller)


def build_view(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.close.view import TitleView

    return TitleView(controller)
