"""The four relationship stages (Kotler, Rackham and Krishnaswamy) and the score bands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Stage(IntEnum):
    """Stage numbers 1-4, in order of integration."""

    UNDEFINED = 1
    DEFINED = 2
    ALIGNED = 3
    INTEGRATED = 4


@dataclass(frozen=True)
class StageInfo:
    number: Stage
    key: str  # language-neutral key used in data files: single, dating, ...
    formal: str  # the article's name


STAGE_INFO: tuple[StageInfo, ...] = (
    StageInfo(Stage.UNDEFINED, "single", "Undefined"),
    StageInfo(Stage.DEFINED, "dating", "Defined"),
    StageInfo(Stage.ALIGNED, "living_together", "Aligned"),
    StageInfo(Stage.INTEGRATED, "married", "Integrated"),
)
STAGE_KEYS: tuple[str, ...] = tuple(info.key for info in STAGE_INFO)

STATEMENT_COUNT = 20
ANSWER_MIN, ANSWER_MAX = 1, 5
TOTAL_MIN, TOTAL_MAX = STATEMENT_COUNT * ANSWER_MIN, STATEMENT_COUNT * ANSWER_MAX

# Band lower bounds of the 20-100 diagnostic total: 20-39 -> 1, 40-59 -> 2, 60-79 -> 3, 80-100 -> 4.
_BAND_LOWER_BOUNDS = ((80, Stage.INTEGRATED), (60, Stage.ALIGNED), (40, Stage.DEFINED))


def stage_info(stage: int) -> StageInfo:
    return STAGE_INFO[Stage(stage) - 1]


def band_for_total(total: float) -> Stage:
    """Map a diagnostic total (20-100, may be fractional after scaling) to its stage band.

    Fractional totals are compared to the band's lower bound, so 39.9 is still band 1.
    """
    if not TOTAL_MIN <= total <= TOTAL_MAX:
        raise ValueError(f"diagnostic total {total} outside {TOTAL_MIN}-{TOTAL_MAX}")
    for lower, stage in _BAND_LOWER_BOUNDS:
        if total >= lower:
            return stage
    return Stage.UNDEFINED


def next_stage(stage: int) -> Stage | None:
    """The stage after ``stage``, or None when already integrated."""
    return Stage(stage + 1) if stage < Stage.INTEGRATED else None
