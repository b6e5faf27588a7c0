"""The function colours and fill patterns, one palette for screen, projector and paper.

Okabe-Ito colours, safe for the common forms of colour blindness. Marketing is always blue,
sales always orange, a third function always bluish green; labels and patterns say the same
for print in black and white.
"""

from __future__ import annotations

FUNCTION_COLOURS: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73")
PATTERNS: tuple[str, ...] = ("solid", "hatch", "cross")  # per function, in the same order


def function_colour(index: int) -> str:
    return FUNCTION_COLOURS[index % len(FUNCTION_COLOURS)]


def function_pattern(index: int) -> str:
    return PATTERNS[index % len(PATTERNS)]
