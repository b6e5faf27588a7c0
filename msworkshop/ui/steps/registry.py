"""The session's steps: which page the laptop shows and which view the room sees for each.

Each step is a package under ``ui/steps/`` with a ``page`` and a ``view`` builder (see its
``__init__``); the main window and the projector window build them from these tables. The
builders import their widgets when first called, so start-up loads only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from msworkshop.domain.content import STEP_KEYS
from msworkshop.ui.services.session import SessionController
from msworkshop.ui.steps import agree, close, gaps, lasttime, plan, reveal, stages, vote, welcome

PageFactory = Callable[[SessionController], QWidget]

SIDEBAR_STEPS: tuple[str, ...] = tuple(k for k in STEP_KEYS if k != "prepare")
# Steps shown only in a follow-up session (one that knows its predecessor).
FOLLOWUP_STEPS: frozenset[str] = frozenset({"lasttime"})


def session_steps(followup: bool) -> tuple[str, ...]:
    """The sidebar's steps for an ordinary session, or for a follow-up session."""
    return tuple(k for k in SIDEBAR_STEPS if followup or k not in FOLLOWUP_STEPS)


def first_step(followup: bool) -> str:
    """Where a session opens the first time: a follow-up on "Last time"."""
    return "lasttime" if followup else "welcome"


_STEPS = {
    "welcome": welcome,
    "stages": stages,
    "lasttime": lasttime,
    "vote": vote,
    "reveal": reveal,
    "gaps": gaps,
    "agree": agree,
    "plan": plan,
    "close": close,
}


def facilitator_pages() -> dict[str, PageFactory]:
    """Step key -> facilitator page factory."""
    return {key: step.build_page for key, step in _STEPS.items()}


def projector_views() -> dict[str, PageFactory]:
    """Step key -> projector view factory: only what the room may see."""
    return {key: step.build_view for key, step in _STEPS.items()}


def tool_pages() -> dict[str, PageFactory]:
    """Pages outside the step list, opened from a button or menu (e.g. during the vote)."""
    from msworkshop.ui.steps.vote.tally import TallyPage

    return {"tally": TallyPage}
