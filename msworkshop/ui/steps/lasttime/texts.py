"""The words for last time's facts, shared by the room's view and the laptop's page: each is
given the content of the language it speaks (the session's for the room, the UI's for the
facilitator)."""

from __future__ import annotations

from msworkshop.domain.content import Content
from msworkshop.domain.followup import Predecessor, PreviousTeam, ReviewStatus
from msworkshop.ui.common.labels import stage_text


def status_text(content: Content, status: ReviewStatus | None) -> str:
    """ "done", "in progress", … or "to decide" for an undecided action."""
    return content.text(f"projector.status_{status or 'undecided'}")


def since_text(content: Content, previous: Predecessor) -> str:
    """ "Spring offsite, 12 March 2026" (the title alone when it had no date)."""
    if previous.date is None:
        return previous.title
    return content.text(
        "projector.lasttime_since", title=previous.title, date=content.format_date(previous.date)
    )


def agreement_lines(content: Content, team: PreviousTeam | None) -> tuple[str, str]:
    """Last time's agreed stage and target, as two lines ("" for the second when none)."""
    if team is None or team.agreed_stage is None or team.target_stage is None:
        return content.text("projector.lasttime_not_agreed"), ""
    agreed = content.text("projector.lasttime_agreed", stage=stage_text(content, team.agreed_stage))
    if team.target_stage == team.agreed_stage:
        target = content.text(
            "projector.lasttime_target_stay", stage=stage_text(content, team.target_stage)
        )
    else:
        target = content.text(
            "projector.lasttime_target_move", stage=stage_text(content, team.target_stage)
        )
    return agreed, target
