"""How figures are written everywhere (screen, projector, PDF), before any locale is applied."""

from __future__ import annotations


def format_number(value: float, decimals: int = 1) -> str:
    """A figure with fixed decimals and never "-0.0"."""
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def format_signed(value: float, decimals: int = 1) -> str:
    """A difference: "+0.4", "-1.2", "0.0"."""
    text = format_number(value, decimals)
    return text if text.startswith("-") or float(text) == 0 else "+" + text


DECIMAL_SIGNS: dict[str, str] = {"en": ".", "nl": ","}


def format_decimal(value: float, decimals: int = 1, language: str = "en") -> str:
    """:func:`format_number` with the decimal sign of ``language`` ("2,2" in Dutch), for
    documents that have a language but no Qt locale (PDF, CLI, Markdown)."""
    return format_number(value, decimals).replace(".", DECIMAL_SIGNS.get(language, "."))


def format_signed_decimal(value: float, decimals: int = 1, language: str = "en") -> str:
    """:func:`format_signed` with the decimal sign of ``language`` ("+0,4" in Dutch)."""
    return format_signed(value, decimals).replace(".", DECIMAL_SIGNS.get(language, "."))
