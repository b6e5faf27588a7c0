"""Typed workshop content (stages, statements, actions, notes, prompts) in one language.

The texts are data in ``resources/content/<lang>/*.toml``; ``load_content`` reads and validates
them (see ``content_loader``). Everything here is language-specific text hung on
language-neutral keys (stage numbers, statement keys ``s1``..``s20``, dimension keys).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from msworkshop.domain.stages import Stage

DIMENSION_KEYS: tuple[str, ...] = ("communication", "process", "goals", "structure", "culture")
STEP_KEYS: tuple[str, ...] = (
    "prepare",
    "welcome",
    "stages",
    "lasttime",  # only in a follow-up session (see domain.followup)
    "vote",
    "reveal",
    "gaps",
    "agree",
    "plan",
    "close",
)
HORIZONS_DAYS: tuple[int, ...] = (30, 90, 180)
THIRD = "{third}"  # the third function's name in the texts of its actions


@dataclass(frozen=True)
class StageText:
    stage: Stage
    key: str  # single, dating, living_together, married
    name: str  # the column's playful name, e.g. "Dating" / "Verkering"
    formal: str  # the article's name, e.g. "Defined" / "Gedefinieerd"
    summary: str  # one line
    hallmarks: tuple[str, ...]  # 4-6
    slide: str  # short projected text with the metaphor


@dataclass(frozen=True)
class Dimension:
    key: str
    name: str


@dataclass(frozen=True)
class Statement:
    key: str  # s1..s20
    number: int  # 1..20
    dimension: str  # one of DIMENSION_KEYS
    stage: Stage  # the stage whose hallmark this statement reflects
    text: str


@dataclass(frozen=True)
class ActionTemplate:
    """A suggested action for moving from one stage to the next, or for staying (from == to)."""

    key: str
    from_stage: Stage
    to_stage: Stage
    title: str
    description: str
    owner: str  # a default owner role
    horizon_days: int  # one of HORIZONS_DAYS
    measure: str  # how the team will know it worked
    # Only for a session with a third function (e.g. service); its texts name it as {third}.
    third_function: bool = False

    @property
    def is_stay(self) -> bool:
        return self.from_stage == self.to_stage

    def for_third(self, name: str) -> ActionTemplate:
        """This action with the third function's name filled in for ``{third}``."""
        return replace(
            self,
            title=self.title.replace(THIRD, name),
            description=self.description.replace(THIRD, name),
            owner=self.owner.replace(THIRD, name),
            measure=self.measure.replace(THIRD, name),
        )


@dataclass(frozen=True)
class StayOrMove:
    """The "stay or move?" checklist of one stage: two lists to tick, under their headings, and
    a line of advice that is help text, not an item (stage 4 has nowhere to move to: its
    second list says what to keep working on)."""

    stage: Stage
    stay_when: tuple[str, ...]
    move_when: tuple[str, ...]
    stay_heading: str = ""
    move_heading: str = ""
    advice: str = ""

    def item_keys(self) -> tuple[str, ...]:
        """Stable keys of the items, for saving what a team ticked: stay_1.., move_1.."""
        return tuple(f"stay_{i}" for i in range(1, len(self.stay_when) + 1)) + tuple(
            f"move_{i}" for i in range(1, len(self.move_when) + 1)
        )


@dataclass(frozen=True)
class StepNotes:
    step: str  # one of STEP_KEYS
    title: str
    purpose: str
    say: tuple[str, ...]
    watch: tuple[str, ...]
    objections: tuple[str, ...]
    timebox_minutes: int


@dataclass(frozen=True)
class Content:
    language: str
    stages: tuple[StageText, ...]
    dimensions: tuple[Dimension, ...]
    statements: tuple[Statement, ...]
    scale: tuple[str, ...]  # labels for answers 1..5
    actions: tuple[ActionTemplate, ...]
    stay_or_move: tuple[StayOrMove, ...]
    notes: tuple[StepNotes, ...]
    prompts: dict[str, tuple[str, ...]] = field(hash=False)  # per dimension key
    strings: dict[str, str] = field(hash=False)  # short UI strings for phone page, PDF, CLI

    def stage(self, number: int) -> StageText:
        return self.stages[Stage(number) - 1]

    def stage_label(self, number: int) -> str:
        """E.g. 'Dating (Defined)'."""
        text = self.stage(number)
        return f"{text.name} ({text.formal})"

    def statement(self, key: str) -> Statement:
        for statement in self.statements:
            if statement.key == key:
                return statement
        raise KeyError(key)

    def dimension_name(self, key: str) -> str:
        return next(d.name for d in self.dimensions if d.key == key)

    def actions_for(
        self, from_stage: int, to_stage: int, third: str = ""
    ) -> tuple[ActionTemplate, ...]:
        """The suggestions for a transition (or stay). ``third``: the name of the session's
        third function; its own actions follow, with the name filled in. Without one they are
        left out."""
        group = [a for a in self.actions if a.from_stage == from_stage and a.to_stage == to_stage]
        own = tuple(a for a in group if not a.third_function)
        if not third:
            return own
        return own + tuple(a.for_third(third) for a in group if a.third_function)

    def notes_for(self, step: str) -> StepNotes:
        return next(n for n in self.notes if n.step == step)

    def text(self, key: str, **params: object) -> str:
        """A short UI string by key, with {placeholders} filled in; with ``count=1`` the
        singular ``<key>_one`` when the strings have it ("1 ballot", not "1 ballots")."""
        one = f"{key}_one"
        chosen = one if params.get("count") == 1 and one in self.strings else key
        return self.strings[chosen].format(**params)

    def plural(self, key: str, count: int, **params: object) -> str:
        """``key`` for ``count`` (see :meth:`text`)."""
        return self.text(key, count=count, **params)

    def format_date(self, date: dt.date) -> str:
        """26-11-2026 in Dutch, 26 November 2026 in English (month names from the strings)."""
        if self.language == "nl":
            return f"{date.day:02d}-{date.month:02d}-{date.year}"
        return f"{date.day} {self.text(f'pdf.month_{date.month}')} {date.year}"

    def function_name(self, key: str, custom_name: str = "") -> str:
        """Display name of a function: built-ins from the strings, a third by its own name."""
        return self.strings.get(f"function.{key}") or custom_name or key
