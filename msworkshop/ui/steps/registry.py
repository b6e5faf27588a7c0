"""Which widget each session step shows on the laptop and on the projector.

Each step module provides widget classes constructed as ``Cls(controller, parent=None)``.
Register a step's widgets here with one line; the main window and the projector window build
them from these tables. A step without an entry gets a placeholder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from msworkshop.domain.content import STEP_KEYS
from msworkshop.ui.controller import SessionController

PageFactory = Callable[[SessionController], QWidget]

SIDEBAR_STEPS: tuple[str, ...] = tuple(k for k in STEP_KEYS if k != "prepare")


def facilitator_pages() -> dict[str, PageFactory]:
    """Step key -> facilitator page factory (imported lazily to keep start-up light)."""
    from msworkshop.ui.agree_page import AgreePage
    from msworkshop.ui.close_page import ClosePage
    from msworkshop.ui.gaps_page import GapsPage
    from msworkshop.ui.plan_page import PlanPage
    from msworkshop.ui.results_page import ResultsPage
    from msworkshop.ui.steps.stages import StagesPage
    from msworkshop.ui.steps.welcome import WelcomePage
    from msworkshop.ui.vote_page import VotePage

    return {
        "welcome": WelcomePage,
        "stages": StagesPage,
        "vote": VotePage,
        "reveal": ResultsPage,
        "gaps": GapsPage,
        "agree": AgreePage,
        "plan": PlanPage,
        "close": ClosePage,
    }


def projector_views() -> dict[str, PageFactory]:
    """Step key -> projector view factory: only what the room may see."""
    from msworkshop.ui.agree_page import AgreeView
    from msworkshop.ui.plan_view import PlanView
    from msworkshop.ui.projector_reveal import GapsProjectorView, RevealProjectorView
    from msworkshop.ui.steps.stages import StagesView
    from msworkshop.ui.steps.vote import VoteView
    from msworkshop.ui.steps.welcome import WelcomeView

    return {
        "welcome": WelcomeView,
        "stages": StagesView,
        "vote": VoteView,
        "reveal": RevealProjectorView,
        "gaps": GapsProjectorView,
        "agree": AgreeView,
        "plan": PlanView,
    }


def tool_pages() -> dict[str, PageFactory]:
    """Pages outside the step list, opened from a button or menu (e.g. during the vote)."""
    from msworkshop.ui.tally_page import TallyPage

    return {"tally": TallyPage}
