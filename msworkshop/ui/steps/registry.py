"""Which widget each session step shows on the laptop and on the projector.

Each step module provides widget classes constructed as ``Cls(controller, parent=None)``.
Register a step's widgets here with one line; the main window and the projector window build
them from these tables. A step without an entry gets a placeholder.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from msworkshop.domain.content import STEP_KEYS
from msworkshop.ui.services.session import SessionController

PageFactory = Callable[[SessionController], QWidget]

SIDEBAR_STEPS: tuple[str, ...] = tuple(k for k in STEP_KEYS if k != "prepare")


def _lazy(module: str, name: str) -> PageFactory:
    """A factory that imports its module on first use, so start-up loads only what it shows."""

    def build(controller: SessionController) -> QWidget:
        widget_class = getattr(importlib.import_module(module), name)
        return widget_class(controller)

    return build


def facilitator_pages() -> dict[str, PageFactory]:
    """Step key -> facilitator page factory."""
    return {
        "welcome": _lazy("msworkshop.ui.steps.welcome.page", "WelcomePage"),
        "stages": _lazy("msworkshop.ui.steps.stages.page", "StagesPage"),
        "vote": _lazy("msworkshop.ui.steps.vote.page", "VotePage"),
        "reveal": _lazy("msworkshop.ui.steps.reveal.page", "ResultsPage"),
        "gaps": _lazy("msworkshop.ui.steps.gaps.page", "GapsPage"),
        "agree": _lazy("msworkshop.ui.steps.agree.page", "AgreePage"),
        "plan": _lazy("msworkshop.ui.steps.plan.page", "PlanPage"),
        "close": _lazy("msworkshop.ui.steps.close.page", "ClosePage"),
    }


def projector_views() -> dict[str, PageFactory]:
    """Step key -> projector view factory: only what the room may see."""
    return {
        "welcome": _lazy("msworkshop.ui.steps.welcome.view", "WelcomeView"),
        "stages": _lazy("msworkshop.ui.steps.stages.view", "StagesView"),
        "vote": _lazy("msworkshop.ui.steps.vote.view", "VoteView"),
        "reveal": _lazy("msworkshop.ui.steps.reveal.view", "RevealProjectorView"),
        "gaps": _lazy("msworkshop.ui.steps.gaps.view", "GapsProjectorView"),
        "agree": _lazy("msworkshop.ui.steps.agree.view", "AgreeView"),
        "plan": _lazy("msworkshop.ui.steps.plan.view", "PlanView"),
    }


def tool_pages() -> dict[str, PageFactory]:
    """Pages outside the step list, opened from a button or menu (e.g. during the vote)."""
    from msworkshop.ui.steps.vote.tally import TallyPage

    return {"tally": TallyPage}
