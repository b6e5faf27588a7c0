"""Discuss the gaps: the statements the functions disagree on most, and the team's notes.

``build_page`` makes the facilitator's page and ``build_view`` the room's view; each
imports its module when first called, so start-up loads only the step it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from msworkshop.ui.services.session import SessionController


def build_page(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.gaps.page import GapsPage

    return GapsPage(controller)


def build_view(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.gaps.view import GapsProjectorView

    return GapsProjectorView(controller)
