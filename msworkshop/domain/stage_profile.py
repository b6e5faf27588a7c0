"""The diagnostic's stage: which stage the statements point to, read from their stage tags.

The article's reading (sum the 20 answers, 20-100, and cut at 40/60/80) mislabels rooms:
"neither agree nor disagree" to everything sums to 60, which it calls Aligned. The statements
themselves know better: each is tagged with the stage whose hallmark it describes. So, per
stage, we ask how far that stage's hallmarks are met, and read the stage from that profile.

The rule (documented in the README too):

* A person's **share** for a stage is the fraction of that stage's statements they answered
  with "agree" or "strongly agree" (4 or 5), counted over the statements they answered; a
  person who answered none of a stage's statements gives no share for it. Missing answers are
  thus left out, as the score does (it lets the given answers stand for the missing ones).
* A group's **stage profile** holds, per stage 1-4, the mean of its people's shares (every
  person counts once, as in the dimension means). A stage with fewer people than the anonymity
  threshold behind it has no value.
* A stage's hallmarks are **met** when its profile value is at least ``HALLMARKS_MET`` (half).
* The **diagnostic's stage** is the highest stage whose hallmarks are met together with those
  of every lower stage; a stage without a value counts as not met. When not even the first
  stage's hallmarks are met the reading is still 1 (single): there is nothing below it.

Every share can only rise when an answer rises, so the reading never drops when anyone answers
more positively (a property the tests check).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from msworkshop.domain.content import Statement
from msworkshop.domain.stages import Stage

AGREE = 4  # "agree": the lowest answer that counts a hallmark as present
HALLMARKS_MET = 0.5  # a stage is met when at least half of its answers agree
STAGES: tuple[int, ...] = tuple(int(stage) for stage in Stage)

Profile = dict[int, float]  # stage 1..4 -> mean share 0.0..1.0 (absent: no value)


def stage_indexes(statements: Sequence[Statement]) -> dict[int, tuple[int, ...]]:
    """Per stage, the answer positions (0-based) of the statements tagged with it."""
    return {
        stage: tuple(s.number - 1 for s in statements if int(s.stage) == stage) for stage in STAGES
    }


def person_shares(
    answers: Sequence[int | None], indexes: Mapping[int, tuple[int, ...]]
) -> dict[int, float]:
    """One person's share of agreed statements per stage (stages they left blank are absent)."""
    shares: dict[int, float] = {}
    for stage, positions in indexes.items():
        given = [a for a in (answers[i] for i in positions) if a is not None]
        if given:
            shares[stage] = sum(1 for a in given if a >= AGREE) / len(given)
    return shares


def group_profile(
    answer_sets: Iterable[Sequence[int | None]],
    statements: Sequence[Statement],
    min_people: int = 1,
) -> Profile:
    """The stage profile of a group: per stage the mean share over its people.

    A stage answered by fewer than ``min_people`` people (the anonymity threshold) is left out.
    """
    tags = [0] * len(statements)  # stage tag per answer position, in one pass per person
    for statement in statements:
        tags[statement.number - 1] = int(statement.stage)
    # Each person's share per stage, summed with fsum: exactly rounded, so the profile does
    # not depend on the order the ballots come in (they come in random-id order).
    shares: list[list[float]] = [[] for _ in range(len(STAGES) + 1)]
    for answers in answer_sets:
        given = [0] * (len(STAGES) + 1)
        agreed = [0] * (len(STAGES) + 1)
        for tag, answer in zip(tags, answers, strict=True):
            if answer is not None:
                given[tag] += 1
                if answer >= AGREE:
                    agreed[tag] += 1
        for stage in STAGES:
            if given[stage]:
                shares[stage].append(agreed[stage] / given[stage])
    return {
        stage: math.fsum(shares[stage]) / len(shares[stage])
        for stage in STAGES
        if shares[stage] and len(shares[stage]) >= min_people
    }


def is_met(profile: Mapping[int, float], stage: int) -> bool:
    value = profile.get(stage)
    return value is not None and value >= HALLMARKS_MET


def diagnostic_stage(profile: Mapping[int, float]) -> int | None:
    """The highest stage met together with all lower ones; 1 when none is; None without values."""
    if not profile:
        return None
    reading = int(Stage.UNDEFINED)
    for stage in STAGES:
        if not is_met(profile, stage):
            break
        reading = stage
    return reading


def stage_of_answers(answers: Sequence[int | None], statements: Sequence[Statement]) -> int | None:
    """The diagnostic's stage of one ballot's answers (None when nothing was answered)."""
    return diagnostic_stage(group_profile([answers], statements))


def textbook_answers(
    stage: int, statements: Sequence[Statement], agree: int = 4, unsure: int = 3, disagree: int = 2
) -> tuple[int, ...]:
    """The answers of someone who sees the relationship at ``stage``: agree with its own and
    lower stages' statements, unsure one stage up, disagree beyond (calibration and demo)."""
    result = [0] * len(statements)
    for statement in statements:
        tag = int(statement.stage)
        if tag <= stage:
            value = agree
        elif tag == stage + 1:
            value = unsure
        else:
            value = disagree
        result[statement.number - 1] = value
    return tuple(result)
