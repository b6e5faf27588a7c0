"""What each column of an export means: a statement, team, function, stage, comment, or
nothing we keep.

Recognised, in this order: the user's own choice (a mapping file or the dialog), columns that
identify people or times (always dropped), our own CSV layout (``team``, ``s1`` …), statement
texts (the statement alone or inside ``Question [statement]``, in either language, ignoring
case, punctuation, quotes and spacing), headers that name team, function, stage or comment,
and finally columns whose answers are the session's team, function or stage names. A header
that is only *close* to a statement is offered, and used only when the user says yes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import islice

from msworkshop.domain.content import Content
from msworkshop.domain.stages import STATEMENT_COUNT
from msworkshop.domain.workshop import Workshop
from msworkshop.importing.table import Table
from msworkshop.importing.text import contains_words, normalise, similarity
from msworkshop.importing.values import (
    AnswerResolver,
    FunctionResolver,
    StageResolver,
    TeamResolver,
)

STATEMENT_KEYS = tuple(f"s{n}" for n in range(1, STATEMENT_COUNT + 1))
CLOSE_MATCH = 0.8  # similarity from which a header is offered as a statement
VALUE_SHARE = 0.6  # share of a column's answers that must be names for it to count as names
SAMPLE_SIZE = 4

TIME_HEADERS = frozenset(
    normalise(text)
    for text in (
        "Timestamp", "Tijdstempel", "Start time", "Starttijd", "Begintijd", "Completion time",
        "Tijd van voltooien", "Voltooiingstijd", "Eindtijd", "End time", "Last modified time",
        "Laatst gewijzigd", "Tijd laatst gewijzigd", "Tijdstip van laatste wijziging",
        "Date", "Datum", "Time", "Tijd", "Submitted at", "Submission time", "Ingediend op",
        "Datum en tijd", "Date and time", "Created", "Aangemaakt",
    )
)  # fmt: skip
PERSONAL_HEADERS = frozenset(
    normalise(text)
    for text in (
        "Email", "E-mail", "Email address", "E-mail address", "E-mailadres", "Emailadres",
        "Mail", "Name", "Naam", "Full name", "Volledige naam", "Voornaam", "Achternaam",
        "First name", "Last name", "Surname", "ID", "Respondent", "Respondent ID",
        "Response ID", "Responder", "User", "Gebruiker", "Username", "Gebruikersnaam",
        "IP address", "IP-adres", "Phone", "Telefoon", "Telefoonnummer", "Phone number",
    )
)  # fmt: skip
HEADER_WORDS: dict[str, frozenset[str]] = {
    "team": frozenset({"team", "teamnaam", "teams"}),
    "function": frozenset({"function", "functie", "afdeling", "department", "discipline"}),
    "stage": frozenset({"stage", "fase", "relatiefase", "phase"}),
    "comment": frozenset(
        {"comment", "comments", "opmerking", "opmerkingen", "toelichting", "remarks"}
    ),
}
_LONGEST_PART = 600  # longer than any statement by far: not worth comparing
_SHORT_HEADER_WORDS = 8  # longer headers are questions, not labels such as "Welk team?"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE_TIME = re.compile(
    r"^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]+\d{1,2}:\d{2}(:\d{2})?.*)?|\d{1,2}:\d{2}(:\d{2})?.*)$"
)
_BRACKETED = re.compile(r"\[([^\]]*)\]\s*$")


class Role(StrEnum):
    TEAM = "team"
    FUNCTION = "function"
    STAGE = "stage"
    STATEMENT = "statement"
    COMMENT = "comment"
    IGNORE = "ignore"


class Reason(StrEnum):
    """How a column got its meaning, or why it is dropped (message key ``import_reason_*``)."""

    CHOSEN = "chosen"  # the user's mapping or choice
    REMEMBERED = "remembered"  # the user's choice for an earlier file with the same headers
    HEADER = "header"  # the header names it
    STATEMENT_TEXT = "statement_text"  # the header is the statement's text
    CLOSE_ACCEPTED = "close_accepted"  # close to a statement's text, and the user said yes
    VALUES = "values"  # its answers are the session's names
    PERSONAL = "personal"  # name, e-mail, ID: identifies people
    TIME = "time"  # a moment: identifies people together with other data
    CLOSE_OFFERED = "close_offered"  # close to a statement's text: needs a yes
    DUPLICATE = "duplicate"  # another column already has this meaning
    NOT_ASKED = "not_asked"  # this session does not ask it
    UNRECOGNISED = "unrecognised"
    ANSWERS_UNNAMED = "answers_unnamed"  # answers on the scale under a header that is no statement
    IGNORED = "ignored"  # the user's mapping says to ignore it


KEPT_REASONS = frozenset(
    {
        Reason.CHOSEN,
        Reason.REMEMBERED,
        Reason.HEADER,
        Reason.STATEMENT_TEXT,
        Reason.CLOSE_ACCEPTED,
        Reason.VALUES,
    }
)


@dataclass(frozen=True)
class Meaning:
    """What a column stands for; ``statement`` is ``s1``..``s20`` for a statement column."""

    role: Role
    statement: str | None = None

    @classmethod
    def parse(cls, text: str) -> Meaning | None:
        """From a mapping file or the dialog: team, function, stage, comment, ignore, s1..s20."""
        key = text.strip().casefold()
        if key in STATEMENT_KEYS:
            return cls(Role.STATEMENT, key)
        if key in {role.value for role in Role} and key != Role.STATEMENT:
            return cls(Role(key))
        return None

    @property
    def key(self) -> str:
        return self.statement if self.role is Role.STATEMENT and self.statement else self.role


IGNORE = Meaning(Role.IGNORE)


@dataclass(frozen=True)
class ColumnPlan:
    """One column's meaning as proposed (or chosen), with a sample of its values."""

    index: int
    header: str
    meaning: Meaning  # what the import uses; IGNORE when the column is dropped
    reason: Reason
    # CLOSE_OFFERED: the statement it seems to be (waiting for a yes); DUPLICATE, NOT_ASKED:
    # the meaning it would have had
    suggested: Meaning | None = None
    similarity: float = 1.0
    samples: tuple[str, ...] = ()

    @property
    def kept(self) -> bool:
        return self.meaning.role is not Role.IGNORE


class _Statements:
    """The statements' texts in every language, normalised, with their keys."""

    def __init__(self, contents: Iterable[Content]) -> None:
        self.texts: list[tuple[str, str]] = []
        for content in contents:
            for statement in content.statements:
                self.texts.append((normalise(statement.text), statement.key))
        self.texts.sort(key=lambda item: -len(item[0]))  # longest first: the most specific

    def exact(self, header: str) -> str | None:
        normal = normalise(header)
        for text, key in self.texts:
            if contains_words(normal, text):
                return key
        return None

    def closest(self, header: str) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for part in _header_parts(header):
            for text, key in self.texts:
                matcher_score = similarity(part, text, CLOSE_MATCH)
                if matcher_score >= CLOSE_MATCH and (best is None or matcher_score > best[1]):
                    best = (key, matcher_score)
        return best


def _header_parts(header: str) -> list[str]:
    """The whole header and the parts a form tool may wrap a statement in."""
    parts = [normalise(header)]
    bracketed = _BRACKETED.search(header)
    if bracketed:
        parts.append(normalise(bracketed.group(1)))
    for separator in (". ", ": ", " - "):
        if separator in header.strip().rstrip(".:"):
            parts.append(normalise(header.strip().rstrip(".:").rsplit(separator, 1)[1]))
    return [part for part in dict.fromkeys(parts) if 10 <= len(part) <= _LONGEST_PART]


def recognise_columns(
    table: Table,
    workshop: Workshop,
    contents: Sequence[Content],
    chosen: Mapping[int, Meaning] | None = None,
    accept_close: bool | Iterable[int] = False,
    remembered: Mapping[int, Meaning] | None = None,
) -> list[ColumnPlan]:
    """Propose a meaning for every column. ``chosen`` (column index → meaning) wins over any
    guess; ``accept_close`` is True for all close statement matches, or the indexes of those
    the user accepted; ``remembered`` holds earlier choices, used where ``chosen`` says nothing."""
    chosen = chosen or {}
    remembered = remembered or {}
    accept_all = accept_close is True
    accepted = set() if isinstance(accept_close, bool) else set(accept_close)
    statements = _Statements(contents)
    resolvers: dict[Role, TeamResolver | FunctionResolver | StageResolver] = {
        Role.TEAM: TeamResolver(workshop),
        Role.FUNCTION: FunctionResolver(workshop, contents),
        Role.STAGE: StageResolver(contents),
    }
    answers = AnswerResolver(contents)
    plans: list[ColumnPlan] = []
    for index, header in enumerate(table.headers):
        values = table.column(index)
        filled = Counter(value for value in values if value)
        samples = tuple(islice(filled, SAMPLE_SIZE))  # the first distinct values, in file order
        identifying = _identifying(normalise(header), filled)
        if identifying is not None:  # never kept, whatever a mapping says
            plan = ColumnPlan(index, header, IGNORE, identifying, samples=samples)
        elif index in chosen:
            meaning = chosen[index]
            reason = Reason.IGNORED if meaning.role is Role.IGNORE else Reason.CHOSEN
            plan = ColumnPlan(index, header, meaning, reason, samples=samples)
        elif index in remembered:
            meaning = remembered[index]
            reason = Reason.IGNORED if meaning.role is Role.IGNORE else Reason.REMEMBERED
            plan = ColumnPlan(index, header, meaning, reason, samples=samples)
        else:
            plan = _guess(index, header, filled, statements, resolvers, samples, answers)
            offered = plan.suggested if plan.reason is Reason.CLOSE_OFFERED else None
            if offered is not None and (accept_all or index in accepted):
                plan = replace(plan, meaning=offered, reason=Reason.CLOSE_ACCEPTED)
        plans.append(plan)
    return _settle(plans, workshop)


def _identifying(normal: str, filled: Counter[str]) -> Reason | None:
    """TIME or PERSONAL for a column that tells who answered or when, by header or values."""
    if normal in TIME_HEADERS:
        return Reason.TIME
    if normal in PERSONAL_HEADERS or contains_words(normal, "e mail") or "email" in normal.split():
        return Reason.PERSONAL
    if filled and _share(filled, lambda v: bool(_EMAIL.match(v))) >= 0.5:
        return Reason.PERSONAL
    if filled and _share(filled, lambda v: bool(_DATE_TIME.match(v))) >= 0.5:
        return Reason.TIME
    return None


def _guess(
    index: int,
    header: str,
    filled: Counter[str],
    statements: _Statements,
    resolvers: Mapping[Role, TeamResolver | FunctionResolver | StageResolver],
    samples: tuple[str, ...],
    answers: AnswerResolver,
) -> ColumnPlan:
    normal = normalise(header)

    def plan(
        meaning: Meaning, reason: Reason, suggested: Meaning | None = None, score: float = 1.0
    ) -> ColumnPlan:
        return ColumnPlan(index, header, meaning, reason, suggested, score, samples)

    own = Meaning.parse(normal)
    if own is not None and own.role is not Role.IGNORE:
        return plan(own, Reason.HEADER)
    statement = statements.exact(header)
    if statement is not None:
        return plan(Meaning(Role.STATEMENT, statement), Reason.STATEMENT_TEXT)
    words = normal.split()
    if len(words) <= _SHORT_HEADER_WORDS:
        for role_name, keywords in HEADER_WORDS.items():
            if keywords.intersection(words):
                return plan(Meaning(Role(role_name)), Reason.HEADER)
    close = statements.closest(header)
    if close is not None:
        offered = Meaning(Role.STATEMENT, close[0])
        return plan(IGNORE, Reason.CLOSE_OFFERED, suggested=offered, score=close[1])
    if filled:
        for role, resolver in resolvers.items():
            counted = (
                Counter({v: n for v, n in filled.items() if not v.isdigit()})
                if role is Role.STAGE
                else filled
            )
            if counted and _share(counted, resolver.matches) >= VALUE_SHARE:
                share = _share(filled, resolver.matches)
                return plan(Meaning(role), Reason.VALUES, score=share)
        if _share(filled, answers.matches) >= VALUE_SHARE:
            return plan(IGNORE, Reason.ANSWERS_UNNAMED)
    return plan(IGNORE, Reason.UNRECOGNISED)


def _share(filled: Counter[str], test: Callable[[str], bool]) -> float:
    """The share of the (non-empty) cells that pass ``test``, testing each distinct value once."""
    total = filled.total()
    return sum(count for value, count in filled.items() if test(value)) / total if total else 0.0


_PRIORITY = {
    Reason.CHOSEN: 0,
    Reason.REMEMBERED: 0,
    Reason.HEADER: 1,
    Reason.STATEMENT_TEXT: 1,
    Reason.CLOSE_ACCEPTED: 2,
    Reason.VALUES: 3,
}


def _settle(plans: list[ColumnPlan], workshop: Workshop) -> list[ColumnPlan]:
    """One column per meaning (the surest wins); drop what this session does not ask."""
    winners: dict[str, ColumnPlan] = {}
    for plan in sorted((p for p in plans if p.kept), key=lambda p: (_PRIORITY[p.reason], p.index)):
        winners.setdefault(plan.meaning.key, plan)
    settled: list[ColumnPlan] = []
    for plan in plans:
        if plan.kept and winners[plan.meaning.key] is not plan:
            plan = replace(plan, meaning=IGNORE, reason=Reason.DUPLICATE, suggested=plan.meaning)
        elif plan.kept and not _asked(plan.meaning, workshop):
            plan = replace(plan, meaning=IGNORE, reason=Reason.NOT_ASKED, suggested=plan.meaning)
        settled.append(plan)
    return settled


def _asked(meaning: Meaning, workshop: Workshop) -> bool:
    if meaning.role is Role.STAGE:
        return workshop.mode.asks_stage
    if meaning.role is Role.STATEMENT:
        return workshop.mode.asks_statements
    return True
