"""Fuzz the CSV import: any text gives ballots or clear per-line errors, never a crash.

Bounded for the normal run; MSWORKSHOP_FUZZ_SCALE multiplies the examples (tests/fuzzing.py).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from msworkshop.domain.ballot import make_ballot
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Round
from msworkshop.voting.csv_import import STATEMENT_COLUMNS, parse_ballots
from tests.domain.factories import workshop
from tests.fuzzing import fuzz_settings

CONTENTS = [load_content("en"), load_content("nl")]
WORKSHOP = workshop(third="Service")
HEADER = ",".join(("team", "function", "stage", *STATEMENT_COLUMNS, "comment"))

cell = st.one_of(
    st.sampled_from(
        [
            "North",
            "south",
            "marketing",
            "Verkoop",
            "SALES",
            "service",
            "1",
            "4",
            "5",
            "0",
            "6",
            "dating",
            "Getrouwd",
            "Aligned",
            "",
            " ",
            "3.5",
            "-1",
            "\ufeff",
            '"',
            ";",
            ",",
            "\n",
            "ĳ",
            "²",
            "\uff13",
            "x" * 600,
        ]
    ),
    st.text(max_size=12),
)
row = st.lists(cell, min_size=0, max_size=26).map(lambda cells: ",".join(cells))


def _check(text: str) -> None:
    try:
        parsed = parse_ballots(text, WORKSHOP, 1, CONTENTS)
    except UserError as error:
        assert error.message("nl") and error.message("en")
        return
    for problem in parsed.errors:
        assert problem.line >= 2 and problem.message("nl")
    for ballot in parsed.ballots:  # everything accepted is a valid ballot
        again = make_ballot(
            WORKSHOP,
            Round(1),
            team_id=ballot.team_id,
            function=ballot.function,
            stage=ballot.stage,
            answers=list(ballot.answers),
            comment=ballot.comment,
            source=ballot.source,
        )
        assert again == ballot


@fuzz_settings(300)
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    _check(text)


@fuzz_settings(300)
@given(st.lists(row, max_size=8), st.sampled_from([",", ";"]))
def test_rows_under_a_valid_header(rows: list[str], delimiter: str) -> None:
    text = "\n".join([HEADER, *rows]).replace(",", delimiter)
    _check(text)


@fuzz_settings(200)
@given(st.data())
def test_mutations_of_a_valid_file(data: st.DataObject) -> None:
    valid = HEADER + "\n" + "North,marketing,2," + ",".join(["3"] * 20) + ",fine\n"
    chars = list(valid)
    for _ in range(data.draw(st.integers(0, 6))):
        index = data.draw(st.integers(0, len(chars) - 1))
        chars[index] = data.draw(st.sampled_from([",", ";", "\n", '"', "9", "", "x", "é"]))
    _check("".join(chars))


def test_unicode_digits_are_answer_errors_not_crashes() -> None:
    text = HEADER + "\nNorth,marketing,2,²," + ",".join(["3"] * 19) + ",\n"
    parsed = parse_ballots(text, WORKSHOP, 1, CONTENTS)
    assert not parsed.ballots
    assert parsed.errors[0].error.key == "import_answer_unknown"
    assert parsed.errors[0].line == 2
