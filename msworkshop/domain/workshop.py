"""The workshop set-up: teams, functions, voting mode, rounds."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from msworkshop.domain.messages import LANGUAGES, UserError

MARKETING = "marketing"
SALES = "sales"
BUILTIN_FUNCTIONS: tuple[str, ...] = (MARKETING, SALES)
DEFAULT_THRESHOLD = 3
MAX_NAME_LENGTH = 80
MAX_TEAMS = 50


class VotingMode(StrEnum):
    QUICK = "quick"  # one stage vote per person
    DIAGNOSTIC = "diagnostic"  # the 20 statements
    BOTH = "both"

    @property
    def asks_stage(self) -> bool:
        return self in (VotingMode.QUICK, VotingMode.BOTH)

    @property
    def asks_statements(self) -> bool:
        return self in (VotingMode.DIAGNOSTIC, VotingMode.BOTH)


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Function:
    """A function in the room. Marketing and sales are built in; a third has its own name."""

    key: str
    name: str = ""  # only for a third function; built-ins are named by the content files

    @property
    def builtin(self) -> bool:
        return self.key in BUILTIN_FUNCTIONS


@dataclass(frozen=True)
class Team:
    id: int
    name: str


@dataclass(frozen=True)
class Round:
    number: int
    status: RoundStatus = RoundStatus.OPEN

    @property
    def is_open(self) -> bool:
        return self.status is RoundStatus.OPEN


@dataclass(frozen=True)
class Workshop:
    title: str
    teams: tuple[Team, ...]
    functions: tuple[Function, ...] = (Function(MARKETING), Function(SALES))
    language: str = "en"
    mode: VotingMode = VotingMode.BOTH
    threshold: int = DEFAULT_THRESHOLD
    date: dt.date | None = None
    organisation: str = ""
    facilitator: str = ""

    def team(self, team_id: int) -> Team:
        for team in self.teams:
            if team.id == team_id:
                return team
        raise UserError("unknown_team", team=team_id)

    def team_by_name(self, name: str) -> Team | None:
        wanted = name.strip().casefold()
        return next((t for t in self.teams if t.name.casefold() == wanted), None)

    def function(self, key: str) -> Function:
        for function in self.functions:
            if function.key == key:
                return function
        raise UserError("unknown_function", function=key)

    @property
    def function_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.functions)

    def with_changes(self, **changes: object) -> Workshop:
        return replace(self, **changes)  # type: ignore[arg-type]


def slugify_function(name: str) -> str:
    """A stable key for a custom third function, e.g. 'Customer service' -> 'customer_service'."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.strip().casefold()).strip("_")
    return slug or "other"


def validate_workshop(workshop: Workshop) -> None:
    """Raise UserError when the set-up cannot run a session."""
    if not workshop.title.strip():
        raise UserError("title_required")
    if len(workshop.title) > 200:
        raise UserError("title_too_long", limit=200)
    if not workshop.teams:
        raise UserError("teams_required")
    if len(workshop.teams) > MAX_TEAMS:
        raise UserError("too_many_teams", limit=MAX_TEAMS)
    names = [t.name.strip().casefold() for t in workshop.teams]
    for team in workshop.teams:
        if not team.name.strip():
            raise UserError("team_name_required")
        if len(team.name) > MAX_NAME_LENGTH:
            raise UserError("team_name_too_long", team=team.name[:20], limit=MAX_NAME_LENGTH)
    if len(set(names)) != len(names):
        raise UserError("duplicate_team")
    keys = workshop.function_keys
    if keys[:2] != BUILTIN_FUNCTIONS or len(keys) > 3:
        raise UserError("functions_invalid")
    if len(keys) == 3:
        third = workshop.functions[2]
        if not third.name.strip() or third.key in BUILTIN_FUNCTIONS:
            raise UserError("third_function_name_required")
    if workshop.language not in LANGUAGES:
        raise UserError("language_invalid", language=workshop.language)
    if not 1 <= workshop.threshold <= 20:
        raise UserError("threshold_invalid")
