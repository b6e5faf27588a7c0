"""Comments keep their text and emoji, and lose what is invisible or turns text around."""

from __future__ import annotations

import pytest

from msworkshop.domain.comment_text import clean_comment
from msworkshop.voting import tokens


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("Meer overleg, graag! Çà va? ĳs", "Meer overleg, graag! Çà va? ĳs"),
        ("emoji 👍🏽 ❤️ 🇳🇱 👩‍💻 👨‍👩‍👧", "emoji 👍🏽 ❤️ 🇳🇱 👩‍💻 👨‍👩‍👧"),
        ("two\nlines\r\nand\rthree", "two\nlines\nand\nthree"),
        ("tab\there", "tab here"),
        (
            "nul\x00 esc\x1b[31m bell\x07 back\x08space del\x7f c1\x85",
            "nul esc[31m bell backspace del c1",
        ),
        ("abc\u202egnp.exe", "abcgnp.exe"),  # right-to-left override
        ("\u2066isolate\u2069 \u200fmark\u200e", "isolate mark"),
        ("zero\u200bwidth\u2060join\ufeffbom\u00adsoft", "zerowidthjoinbomsoft"),
        ("a\u200db", "ab"),  # a joiner only stays between emoji
    ],
)
def test_clean_comment(sent: str, kept: str) -> None:
    assert clean_comment(sent) == kept


@pytest.mark.parametrize(
    "value", ["abcdefghijklmnopq\n", "abcdefghijklmnopq\r", "\nabcdefghijklmnopq"]
)
def test_tokens_with_a_trailing_or_leading_newline_are_refused(value: str) -> None:
    assert not tokens.valid_device(value)
    assert tokens.TOKEN_PATTERN.fullmatch(value) is None
    assert tokens.valid_device(value.strip())
