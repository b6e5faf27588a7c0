"""Short texts several steps show the same way: a stage, a function, a due date, a join URL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from msworkshop.domain.content import Content
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.reveal import RevealLevel
from msworkshop.domain.workshop import Workshop


def stage_text(content: Content, stage: int) -> str:
    """``2. Dating`` in the content's language."""
    return f"{stage}. {content.stage_label(stage)}"


def stage_short(content: Content, stage: int) -> str:
    """``2. Dating``: for narrow places (table cells, drop-downs); the formal name is in
    :func:`stage_text` and in tooltips."""
    return f"{stage}. {content.stage(stage).name}"


def typed_address(url: str) -> str:
    """What people type from the projector: the join URL without ``http://`` (browsers add
    it)."""
    return url.removeprefix("http://")


def function_label(workshop: Workshop, content: Content, function: str) -> str:
    """A function's name as the session calls it (a third function by its own name)."""
    return content.function_name(function, workshop.function(function).name)


def format_due(content: Content, action: PlanAction) -> str:
    """In the session's language, as in the printed plan (for the projector): 26-11-2026 in
    Dutch, 26 November 2026 in English. The laptop uses the UI's locale (``i18n``)."""
    return content.format_date(action.due) if action.due else ""


def level_name(level: RevealLevel) -> str:
    """How far a team's results are revealed, in the UI language."""
    return {
        RevealLevel.NONE: QCoreApplication.translate("reveal", "nothing"),
        RevealLevel.STAGES: QCoreApplication.translate("reveal", "stage votes"),
        RevealLevel.SCORES: QCoreApplication.translate("reveal", "scores"),
        RevealLevel.GAPS: QCoreApplication.translate("reveal", "gaps"),
    }[level]
