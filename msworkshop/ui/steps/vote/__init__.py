"""Vote: open and close a round; live counts, kiosk and paper tally on the laptop; the join
code and progress for the room.

``build_page`` makes the facilitator's page and ``build_view`` the room's view; each
imports its module when first called, so start-up loads only the step it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from msworkshop.ui.services.session import SessionController


def build_page(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.vote.page import VotePage

    return VotePage(controller)


def build_view(controller: SessionController) -> QWidget:
    from msworkshop.ui.steps.vote.view import VoteView

    return VoteView(controller)
