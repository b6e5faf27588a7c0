"""Action plan: the actions for the agreed step, with owner, due date and success measure.

``build_page`` makes the facilitator's page and ``build_view`` the room's view; each
imports its module when first called, so start-up loads only the step it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from msworkshop.ui.services.session import SessionController


def build_page(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.plan.page import PlanPage

    return PlanPage(controller)


def build_view(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.plan.view import PlanView

    return PlanView(controller)
