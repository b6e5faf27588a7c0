"""Agreements and action plans: where a team stands, where it goes, and what it will do.

An :class:`Agreement` records the agreed current stage and the target (the next stage, or the
same stage for "stay and strengthen"). A team's plan is an ordered list of
:class:`PlanAction`; the plan builder starts from the content's suggestions for the team's
transition (:func:`suggested_actions`) and the facilitator edits from there. Pure Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from msworkshop.domain.content import ActionTemplate, Content, StayOrMove
from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import Stage, next_stage
from msworkshop.domain.workshop import BUILTIN_FUNCTIONS, Workshop

MAX_TITLE_LENGTH = 200
MAX_TEXT_LENGTH = 2000
MAX_ACTIONS_PER_TEAM = 50

PLAN_SHARED_SETTING = "phone.plan_shared"  # "1": phones may show each team its plan to take home
CHECKLIST_SETTING = "checklist.{team}"  # session setting: the stay-or-move items a team ticked


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    """Where an action stands; updated in a follow-up session."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True)
class Agreement:
    team_id: int
    current_stage: int
    target_stage: int  # == current_stage: stay and strengthen

    @property
    def is_stay(self) -> bool:
        return self.current_stage == self.target_stage

    @property
    def stages(self) -> tuple[int, int]:
        return (self.current_stage, self.target_stage)


def default_target(current: int) -> int:
    """The next stage, or the same stage when already integrated."""
    return int(next_stage(current) or current)


def make_agreement(team_id: int, current: int, move: bool = True) -> Agreement:
    """An agreement on ``current``, moving one stage on (``move``) or staying."""
    check_stage(current)
    return Agreement(team_id, current, default_target(current) if move else current)


def check_stage(stage: object) -> int:
    if isinstance(stage, bool) or not isinstance(stage, int) or not 1 <= stage <= 4:
        raise UserError("stage_invalid")
    return stage


def check_agreement(current: int, target: int) -> None:
    """A target is the current stage (stay) or the next one; anything else is refused."""
    check_stage(current)
    check_stage(target)
    if target not in (current, default_target(current)):
        raise UserError("stage_invalid")


@dataclass(frozen=True)
class PlanAction:
    """One action of a team's plan. ``id`` 0 means not stored yet."""

    team_id: int
    title: str
    description: str = ""
    owner: str = ""  # a name or a role
    due: dt.date | None = None
    measure: str = ""
    priority: Priority = Priority.MEDIUM
    status: ActionStatus = ActionStatus.OPEN
    position: int = 0
    template_key: str = ""  # the content action it started from; "" for a custom action
    id: int = 0

    def with_changes(self, **changes: object) -> PlanAction:
        return replace(self, **changes)  # type: ignore[arg-type]


def base_date(session_date: dt.date | None, today: dt.date | None = None) -> dt.date:
    """Due dates count from the session date, or from today when the session has none."""
    return session_date or today or dt.date.today()


def due_for(
    horizon_days: int, session_date: dt.date | None, today: dt.date | None = None
) -> dt.date:
    return base_date(session_date, today) + dt.timedelta(days=horizon_days)


def action_from_template(
    team_id: int,
    template: ActionTemplate,
    session_date: dt.date | None,
    today: dt.date | None = None,
    position: int = 0,
) -> PlanAction:
    """A plan action from a content suggestion, due after its horizon."""
    priority = (
        Priority.HIGH
        if template.horizon_days <= 30
        else (Priority.MEDIUM if template.horizon_days <= 90 else Priority.LOW)
    )
    return PlanAction(
        team_id=team_id,
        title=template.title,
        description=template.description,
        owner=template.owner,
        due=due_for(template.horizon_days, session_date, today),
        measure=template.measure,
        priority=priority,
        position=position,
        template_key=template.key,
    )


def suggestions_for(
    content: Content, agreement: Agreement | None, third: str = ""
) -> tuple[ActionTemplate, ...]:
    """The content's suggested actions for the agreed transition (or stay); with ``third``
    (the name of the session's third function, see :func:`third_function_name`) also the
    actions for that function."""
    if agreement is None:
        return ()
    return content.actions_for(agreement.current_stage, agreement.target_stage, third)


def third_function_name(workshop: Workshop, content: Content) -> str:
    """The display name of the session's third function (e.g. 'Klantenservice'), or ''."""
    extra = [f for f in workshop.functions if f.key not in BUILTIN_FUNCTIONS]
    if not extra:
        return ""
    return content.function_name(extra[0].key, extra[0].name)


def suggested_actions(
    content: Content,
    agreement: Agreement,
    session_date: dt.date | None,
    today: dt.date | None = None,
    keys: Iterable[str] | None = None,
    third: str = "",
) -> list[PlanAction]:
    """Plan actions from the suggestions (all, or those whose key is in ``keys``); ``third``
    as for :func:`suggestions_for`."""
    wanted = None if keys is None else set(keys)
    templates = [
        t for t in suggestions_for(content, agreement, third) if wanted is None or t.key in wanted
    ]
    return [
        action_from_template(agreement.team_id, t, session_date, today, position=i)
        for i, t in enumerate(templates)
    ]


def stay_or_move_for(content: Content, stage: int) -> StayOrMove | None:
    return next((s for s in content.stay_or_move if s.stage == Stage(stage)), None)


def validate_action(action: PlanAction) -> PlanAction:
    """Trimmed texts; raises UserError for a missing title or over-long texts."""
    title = action.title.strip()
    if not title:
        raise UserError("action_title_required")
    if len(title) > MAX_TITLE_LENGTH:
        raise UserError("action_text_too_long", limit=MAX_TITLE_LENGTH)
    texts = {
        name: str(getattr(action, name)).strip() for name in ("description", "owner", "measure")
    }
    for text in texts.values():
        if len(text) > MAX_TEXT_LENGTH:
            raise UserError("action_text_too_long", limit=MAX_TEXT_LENGTH)
    return action.with_changes(
        title=title, priority=Priority(action.priority), status=ActionStatus(action.status), **texts
    )


def renumbered(actions: Sequence[PlanAction]) -> list[PlanAction]:
    """The actions with positions 0..n-1 in their current order."""
    return [a if a.position == i else a.with_changes(position=i) for i, a in enumerate(actions)]


def moved(actions: Sequence[PlanAction], index: int, delta: int) -> list[PlanAction]:
    """The list with the action at ``index`` moved ``delta`` places (clamped), renumbered."""
    items = list(actions)
    target = max(0, min(len(items) - 1, index + delta))
    items.insert(target, items.pop(index))
    return renumbered(items)
