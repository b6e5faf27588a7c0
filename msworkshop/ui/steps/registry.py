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
    from msworkshop.ui.results_page import ResultsPage
    from msworkshop.ui.vote_page import VotePage

    return {
        "vote": VotePage,
        "reveal": ResultsPage,
    }


def projector_views() -> dict[str, PageFactory]:
    """Step key -> projector view factory: only what the room may see."""
    return {}
