"""Turning what people answered into the ballot's values: answers 1-5, team, function, stage.

Answers may be numbers ("4", "4.0", "4 - Agree") or the scale's words in either language,
including the usual variants form tools offer ("Helemaal mee eens", "Neutraal",
"Strongly agree"). Team, function and stage cells match the session's names in either
language, with or without the formal stage name in brackets. Extra words can come from a
mapping file. Every resolver raises :class:`UserError` with the offending value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from msworkshop.domain.content import Content
from msworkshop.domain.messages import UserError
from msworkshop.domain.stages import ANSWER_MAX, ANSWER_MIN
from msworkshop.domain.workshop import Workshop
from msworkshop.importing.text import normalise

# Common answer words of form tools and surveys, beyond the two scales in the content.
ANSWER_WORDS: dict[str, int] = {
    "strongly disagree": 1,
    "totally disagree": 1,
    "completely disagree": 1,
    "disagree": 2,
    "somewhat disagree": 2,
    "mostly disagree": 2,
    "neither agree nor disagree": 3,
    "neither agree or disagree": 3,
    "neutral": 3,
    "undecided": 3,
    "agree": 4,
    "somewhat agree": 4,
    "mostly agree": 4,
    "strongly agree": 5,
    "totally agree": 5,
    "completely agree": 5,
    "fully agree": 5,
    "helemaal oneens": 1,
    "helemaal mee oneens": 1,
    "helemaal niet mee eens": 1,
    "volledig oneens": 1,
    "zeer oneens": 1,
    "oneens": 2,
    "mee oneens": 2,
    "niet mee eens": 2,
    "niet eens": 2,
    "zeer mee oneens": 1,
    "helemaal niet eens": 1,
    "enigszins oneens": 2,
    "deels oneens": 2,
    "niet eens niet oneens": 3,
    "niet eens of oneens": 3,
    "niet eens en niet oneens": 3,
    "neutraal": 3,
    "eens noch oneens": 3,
    "eens": 4,
    "mee eens": 4,
    "enigszins eens": 4,
    "deels eens": 4,
    "helemaal eens": 5,
    "helemaal mee eens": 5,
    "volledig eens": 5,
    "volledig mee eens": 5,
    "zeer eens": 5,
    "zeer mee eens": 5,
}
# Answers that mean "no answer" (the ballot keeps the statement unanswered).
NO_ANSWER_WORDS = frozenset(
    {"weet niet", "weet ik niet", "geen mening", "nvt", "n v t", "niet van toepassing"}
    | {"don t know", "dont know", "no opinion", "n a", "na", "not applicable"}
)
FUNCTION_ALIASES: dict[str, str] = {"verkoop": "sales", "sales": "sales", "mkt": "marketing"}

_LEADING_NUMBER = re.compile(
    r"^\s*([0-9]{1,3})(?:[.,]0+)?(?=$|\s*[-\u2013\u2014:=(](?!\s*\d)|\s+\D|[.)]\s*(?:$|\D))"
)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_INNER_BRACKETS = re.compile(r"[(\[]([^)\]]*)[)\]]")


def leading_number(cell: str) -> int | None:
    """4 for "4", "4.0", "4 - Agree", "4 (Eens)"; None when the text does not start so."""
    found = _LEADING_NUMBER.match(cell.strip())
    return int(found.group(1)) if found else None


def _variants(cell: str) -> list[str]:
    """The cell, then without anything in brackets, then what is in the brackets."""
    found = [normalise(cell)]
    outside = _BRACKETS.sub(" ", cell)
    if outside != cell:
        found.append(normalise(outside))
        found.extend(normalise(inner) for inner in _INNER_BRACKETS.findall(cell))
    return [text for text in found if text]


class Resolver[T]:
    """Looks cells up by their normal form, with a cache (5,000 rows repeat a few values)."""

    error_key = "import_value_unknown"

    def __init__(self, names: Mapping[str, T]) -> None:
        self._names = dict(names)
        self._cache: dict[str, T | None] = {}

    def add(self, extra: Mapping[str, T]) -> None:
        for text, value in extra.items():
            self._names[normalise(text)] = value
        self._cache.clear()

    def find(self, cell: str) -> T | None:
        if cell not in self._cache:
            self._cache[cell] = self._lookup(cell)
        return self._cache[cell]

    def matches(self, cell: str) -> bool:
        return self.find(cell) is not None

    def _lookup(self, cell: str) -> T | None:
        for text in _variants(cell):
            if text in self._names:
                return self._names[text]
        return None

    def resolve(self, cell: str) -> T:
        if not cell:
            raise UserError(self.error_key + "_empty")
        found = self.find(cell)
        if found is None:
            raise UserError(self.error_key, value=_shown(cell))
        return found


class TeamResolver(Resolver[int]):
    error_key = "import_team"

    def __init__(self, workshop: Workshop) -> None:
        super().__init__({normalise(team.name): team.id for team in workshop.teams})


class FunctionResolver(Resolver[str]):
    error_key = "import_function"

    def __init__(self, workshop: Workshop, contents: Iterable[Content]) -> None:
        names: dict[str, str] = {}
        keys = set(workshop.function_keys)
        for alias, key in FUNCTION_ALIASES.items():
            if key in keys:
                names[alias] = key
        for function in workshop.functions:
            names[normalise(function.key)] = function.key
            if function.name:
                names[normalise(function.name)] = function.key
            for content in contents:
                names[normalise(content.function_name(function.key, function.name))] = function.key
        super().__init__(names)


class StageResolver(Resolver[int]):
    error_key = "import_stage"

    def __init__(self, contents: Iterable[Content]) -> None:
        names: dict[str, int] = {}
        for content in contents:
            for stage in content.stages:
                for text in (stage.key, stage.name, stage.formal, content.stage_label(stage.stage)):
                    names[normalise(text)] = int(stage.stage)
        super().__init__(names)

    def _lookup(self, cell: str) -> int | None:
        found = super()._lookup(cell)
        if found is not None:
            return found
        number = leading_number(cell)
        if number is None:  # "Fase 2", "Stage 2"
            words = normalise(cell).split()
            if len(words) == 2 and words[0] in ("fase", "stage") and words[1].isdigit():
                number = int(words[1])
        return number if number is not None and 1 <= number <= 4 else None


class AnswerResolver(Resolver[int]):
    """An answer cell to 1-5; empty or "don't know" to None (the statement stays unanswered)."""

    error_key = "import_answer"

    def __init__(self, contents: Iterable[Content]) -> None:
        names = {normalise(word): value for word, value in ANSWER_WORDS.items()}
        for content in contents:
            for value, word in enumerate(content.scale, start=ANSWER_MIN):
                names[normalise(word)] = value
        super().__init__(names)

    def _lookup(self, cell: str) -> int | None:
        number = leading_number(cell)
        if number is not None:
            return number if ANSWER_MIN <= number <= ANSWER_MAX else None
        return super()._lookup(cell)

    def answer(self, cell: str, statement: int) -> int | None:
        if not cell or normalise(cell) in NO_ANSWER_WORDS:
            return None
        found = self.find(cell)
        if found is None:
            raise UserError("import_answer_unknown", statement=statement, value=_shown(cell))
        return found


def _shown(cell: str, limit: int = 40) -> str:
    """The value as a message may show it: one line, not too long."""
    one_line = " ".join(cell.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
