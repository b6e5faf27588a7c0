"""Chart data models and their layout maths, shared by the screen (QPainter) and paper (PDF).

A chart is a pure function of one of the frozen models below: the laptop, the projector and
the PDF draw the same object, so they always agree. The models carry display-ready labels
(already in the session's language) and no Qt types; ``msworkshop.domain.chart_builders``
makes them from the analysis.

Layout maths (scales, ticks, label fitting) lives here so it is unit tested once and used by
every renderer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

ELLIPSIS = "…"

Measure = Callable[[str], float]


# -- scales ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Scale:
    """A linear value axis from ``low`` to ``high`` with a tick every ``step``."""

    low: float
    high: float
    step: float

    @property
    def ticks(self) -> tuple[float, ...]:
        count = round((self.high - self.low) / self.step)
        return tuple(self.low + i * self.step for i in range(count + 1))

    def fraction(self, value: float) -> float:
        """Where ``value`` lies on the axis, 0.0 at ``low`` to 1.0 at ``high`` (clamped)."""
        span = self.high - self.low
        if span <= 0:
            return 0.0
        return min(1.0, max(0.0, (value - self.low) / span))

    def position(self, value: float, start: float, length: float) -> float:
        return start + self.fraction(value) * length


def nice_step(span: float, max_ticks: int = 6) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k giving at most ``max_ticks`` intervals."""
    if span <= 0:
        return 1.0
    raw = span / max(1, max_ticks)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if factor * magnitude >= raw - 1e-12:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def count_scale(maximum: float, max_ticks: int = 6) -> Scale:
    """A 0-based axis for counts: whole-number steps, a little headroom above ``maximum``."""
    step = max(1.0, float(math.ceil(nice_step(max(maximum, 1), max_ticks))))
    high = max(step, math.ceil(maximum * 1.1 / step) * step)
    return Scale(0.0, float(high), step)


SCORE_SCALE = Scale(20.0, 100.0, 20.0)  # the diagnostic total
ANSWER_SCALE = Scale(1.0, 5.0, 1.0)  # one statement or a dimension mean
STAGE_SCALE = Scale(1.0, 4.0, 1.0)  # a mean stage vote
PROFILE_SCALE = Scale(0.0, 1.0, 0.25)  # share of a stage's statements agreed with


def lerp(old: float, new: float, t: float) -> float:
    return old + (new - old) * t


# -- labels ----------------------------------------------------------------------------------
def fit_label(text: str, width: float, measure: Measure) -> str:
    """``text`` shortened with an ellipsis until ``measure`` says it fits in ``width``."""
    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits together with the ellipsis
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


def wrap_label(text: str, width: float, measure: Measure, max_lines: int = 2) -> tuple[str, ...]:
    """``text`` in at most ``max_lines`` lines of ``width``, broken between words; what does
    not fit is cut with an ellipsis on the last line (a single over-long word too)."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and measure(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if measure(line) > width:  # one word wider than the line
            line = fit_label(line, width, measure)
        lines.append(line)
    if words:
        lines.append(fit_label(" ".join(words), width, measure))
    return tuple(lines)


def label_width(
    labels: Sequence[str],
    measure: Measure,
    available: float,
    max_share: float = 0.4,
    padding: float = 8.0,
) -> float:
    """Width of a label column: the widest label plus padding, at most ``max_share``."""
    widest = max((measure(label) for label in labels), default=0.0)
    return min(widest + padding, available * max_share)


# -- models ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SeriesStyle:
    """How one function is drawn everywhere: its name, colour and fill pattern."""

    key: str
    name: str
    colour: str  # '#RRGGBB'
    pattern: str  # one of palette.PATTERNS


@dataclass(frozen=True)
class StageChartData:
    """The stage-vote distribution of one team/function group, ready to paint."""

    title: str  # the function's name
    colour: str  # '#RRGGBB'
    stage_labels: tuple[str, ...]  # stage 1..4, e.g. 'Dating'
    counts: tuple[int, ...] | None  # votes per stage 1..4; None when suppressed
    suppressed_text: str = ""
    pattern: str = "solid"

    @property
    def suppressed(self) -> bool:
        return self.counts is None

    @property
    def total(self) -> int:
        return sum(self.counts or ())

    def share(self, index: int) -> float:
        """Fraction of this group's stage votes that went to stage ``index + 1``."""
        total = self.total
        return (self.counts or ())[index] / total if total else 0.0

    def percent(self, index: int) -> int:
        return round(100 * self.share(index))


@dataclass(frozen=True)
class TeamStageChart:
    """Stage votes of every function of one team (the grouped bar chart in the PDF)."""

    categories: tuple[str, ...]  # stage names 1..4
    groups: tuple[StageChartData, ...]  # every function, hidden ones too (counts None)

    @property
    def visible(self) -> tuple[StageChartData, ...]:
        return tuple(g for g in self.groups if g.counts is not None)

    @property
    def scale(self) -> Scale:
        return count_scale(max((max(g.counts or (0,)) for g in self.visible), default=0))


@dataclass(frozen=True)
class Band:
    stage: int
    low: float
    high: float
    label: str


@dataclass(frozen=True)
class ScoreMarker:
    style: SeriesStyle
    score: float | None  # None: hidden (anonymity) or too few answers
    band_label: str = ""  # the article's band of the score
    note: str = ""  # shown instead of a score
    stage_label: str = ""  # the diagnostic's stage (what the statements point to)


@dataclass(frozen=True)
class ScoreChartData:
    """The diagnostic score (20-100) of each function on one axis with the four bands."""

    bands: tuple[Band, ...]
    markers: tuple[ScoreMarker, ...]
    scale: Scale = SCORE_SCALE
    # Beside each marker: its score and the stage the statements point to (the bands under
    # the axis are the article's; the words say what the statements mean).
    reading: str = "{score} · {stage}"


@dataclass(frozen=True)
class ProfileSeries:
    """One function's stage profile: per stage 1..4 the share of its statements agreed with."""

    style: SeriesStyle
    shares: tuple[float | None, ...] | None  # None: the group is hidden or has no answers
    stage: int | None = None  # the diagnostic's stage
    stage_label: str = ""  # its name, e.g. 'Dating'
    note: str = ""  # shown instead of bars

    def percent(self, index: int) -> int | None:
        value = (self.shares or (None,) * 4)[index]
        return None if value is None else round(100 * value)


@dataclass(frozen=True)
class StageProfileChartData:
    """Four stage bars per function, side by side, with the line where a stage counts as met.

    The bar of the function's diagnostic stage is the one to emphasise: stages up to it are
    met (all of them, by the rule in ``domain.stage_profile``).
    """

    categories: tuple[str, ...]  # stage names 1..4
    series: tuple[ProfileSeries, ...]
    threshold: float  # the share at which a stage's hallmarks are met
    threshold_text: str = ""  # explains the line in the legend
    scale: Scale = PROFILE_SCALE

    @property
    def visible(self) -> tuple[ProfileSeries, ...]:
        return tuple(s for s in self.series if s.shares is not None)


@dataclass(frozen=True)
class DimensionSeries:
    style: SeriesStyle
    values: tuple[float | None, ...] | None  # one per category; None: the group is hidden
    note: str = ""


@dataclass(frozen=True)
class DimensionChartData:
    """Mean answer (1-5) per dimension, one bar per function."""

    categories: tuple[str, ...]
    series: tuple[DimensionSeries, ...]
    scale: Scale = ANSWER_SCALE


@dataclass(frozen=True)
class GapRow:
    key: str  # statement key
    label: str  # the statement text
    means: tuple[float | None, ...]  # per series (function order)
    spreads: tuple[float | None, ...]  # standard deviation within each function
    difference: float  # the analysis' difference (largest pair)
    rank: int = 0  # 1 = the largest gap: the number every surface shows first
    reference: str = ""  # the statement's own number as a quiet aside, e.g. 'statement 8'


@dataclass(frozen=True)
class GapChartData:
    """Statements with the largest difference: each function's mean and spread on 1-5."""

    styles: tuple[SeriesStyle, ...]
    rows: tuple[GapRow, ...]
    scale: Scale = ANSWER_SCALE
    empty_text: str = ""
    spread_text: str = ""  # explains the spread lines in the legend


@dataclass(frozen=True)
class GapFigure:
    """``higher`` sees the relationship ``value`` further along than ``lower`` (value >= 0)."""

    higher: str  # function name
    lower: str
    value: float


@dataclass(frozen=True)
class PerceptionGap:
    """The headline gap of a team, in stages (mean stage vote) and in score points."""

    stages: GapFigure | None
    points: GapFigure | None


@dataclass(frozen=True)
class MovementRow:
    """One function's position on the stage axis (1-4) in the earlier and the later round."""

    style: SeriesStyle
    measure: str  # what the position is, e.g. 'vote' or 'statements'
    before: float | None  # None with a note: hidden (anonymity) or nothing to show
    after: float | None
    before_text: str = ""  # the positions as the room reads them, e.g. '2.1'
    after_text: str = ""
    note: str = ""  # shown instead of the arrow

    @property
    def shown(self) -> bool:
        return self.before is not None and self.after is not None

    @property
    def figures(self) -> str:
        """Both positions as the room reads them, e.g. '1.6 → 2.6' ('' when not shown)."""
        return f"{self.before_text} \u2192 {self.after_text}" if self.shown else ""


@dataclass(frozen=True)
class MovementChartData:
    """Then and now on one stage axis: per function an arrow from the earlier round's
    position to the later one's (the mean stage vote, and the stage the statements point to)."""

    before_label: str  # e.g. 'Round 1'
    after_label: str
    categories: tuple[str, ...]  # stage names 1..4: the axis
    rows: tuple[MovementRow, ...]
    legend: str = ""  # which dot is which round
    explain: str = ""  # what the measures are
