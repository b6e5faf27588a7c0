"""Discuss the gaps, projected: the statements on which the functions differ most.

A real exception to "steps are independent": it reuses the reveal step's room view.
"""

from __future__ import annotations

from msworkshop.ui.steps.reveal.view import RevealProjectorView


class GapsProjectorView(RevealProjectorView):
    """The Discuss-the-gaps step: the focus team's largest gaps, once revealed that far."""

    shows_gaps_only = True
