"""Fuzz the header matcher and the value mapper: any input gives a meaning or a clear error,
never a crash. Bounded; MSWORKSHOP_FUZZ_SCALE multiplies the examples (tests/fuzzing.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from msworkshop.domain.ballot import make_ballot
from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import Round
from msworkshop.importing.columns import Meaning, Reason, Role, recognise_columns
from msworkshop.importing.mapping_file import parse_mapping
from msworkshop.importing.plan import plan_import
from msworkshop.importing.table import Row, Table, read_table, table_from_csv
from msworkshop.importing.values import (
    AnswerResolver,
    FunctionResolver,
    StageResolver,
    TeamResolver,
)
from tests.domain.factories import workshop
from tests.fuzzing import fuzz_settings

CONTENTS = [load_content("en"), load_content("nl")]
WORKSHOP = workshop(third="Service")
STATEMENTS = [s.text for c in CONTENTS for s in c.statements]
WORDS = ["Timestamp", "Tijdstempel", "E-mail", "Naam", "ID", "team", "Functie", "fase", "s3"]
WORDS += ["Helemaal mee eens", "Neutraal", "Strongly agree", "Verkering (Gedefinieerd)", "4"]


def _mutated(text: str, data: st.DataObject) -> str:
    chars = list(text)
    for _ in range(data.draw(st.integers(0, 5))):
        if not chars:
            break
        index = data.draw(st.integers(0, len(chars) - 1))
        chars[index] = data.draw(
            st.sampled_from(["", " ", "\u2019", '"', "[", "]", "x", "É", "\n"])
        )
    return "".join(chars)


header = st.one_of(
    st.text(max_size=80),
    st.sampled_from(STATEMENTS + WORDS),
    st.builds(lambda q, s: f"{q} [{s}]", st.text(max_size=20), st.sampled_from(STATEMENTS)),
)
cell = st.one_of(st.text(max_size=20), st.sampled_from([*WORDS, "North", "sales", ""]))


@fuzz_settings(200)
@given(st.lists(header, min_size=1, max_size=12), st.data())
def test_the_header_matcher_never_crashes(headers: list[str], data: st.DataObject) -> None:
    headers = [_mutated(h, data) if data.draw(st.booleans()) else h for h in headers]
    rows = data.draw(st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers))))
    table = Table(tuple(headers), tuple(Row(n + 2, tuple(r)) for n, r in enumerate(rows)))
    accept = data.draw(st.booleans())
    columns = recognise_columns(table, WORKSHOP, CONTENTS, accept_close=accept)
    assert [c.index for c in columns] == list(range(len(headers)))
    kept = [c.meaning.key for c in columns if c.kept]
    assert len(kept) == len(set(kept))  # one column per meaning
    for column in columns:
        assert column.kept == (column.meaning.role is not Role.IGNORE)
        if column.reason in (Reason.PERSONAL, Reason.TIME, Reason.CLOSE_OFFERED):
            assert not column.kept
        if column.reason is Reason.CLOSE_OFFERED:
            assert not accept and column.suggested is not None


@fuzz_settings(100)
@given(st.sampled_from(STATEMENTS), st.data())
def test_small_changes_to_a_statement_are_found_or_offered(text: str, data: st.DataObject) -> None:
    changed = _mutated(text, data).upper()
    table = Table((changed,), (Row(2, ("4",)),))
    (column,) = recognise_columns(table, WORKSHOP, CONTENTS)
    key = next(s.key for c in CONTENTS for s in c.statements if s.text == text)
    assert column.meaning == Meaning(Role.STATEMENT, key) or column.suggested is not None


@fuzz_settings(300)
@given(st.one_of(st.text(max_size=30), st.sampled_from(WORDS)), st.integers(1, 20))
def test_the_value_mapper_gives_a_value_or_a_clear_error(value: str, statement: int) -> None:
    answers = AnswerResolver(CONTENTS)
    try:
        answer = answers.answer(value, statement)
        assert answer is None or 1 <= answer <= 5
    except UserError as error:
        assert error.message("nl") != error.key and error.message("en") != error.key
    for resolver in (TeamResolver(WORKSHOP), FunctionResolver(WORKSHOP, CONTENTS)):
        try:
            resolver.resolve(value)
        except UserError as error:
            assert error.message("nl") != error.key
    try:
        assert 1 <= StageResolver(CONTENTS).resolve(value) <= 4
    except UserError as error:
        assert error.message("en") != error.key


@fuzz_settings(150)
@given(st.text(max_size=600))
def test_any_csv_text_plans_or_fails_clearly(text: str) -> None:
    try:
        plan = plan_import(table_from_csv(text), WORKSHOP, CONTENTS, 1)
    except UserError as error:
        assert error.message("nl") != error.key
        return
    for ballot in plan.ballots:  # everything accepted is a valid ballot
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
    for problem in (*plan.blockers, *(p.error for p in plan.problems)):
        assert problem.message("nl") != problem.key


@fuzz_settings(60)
@given(st.binary(max_size=300), st.booleans())
def test_any_bytes_read_or_fail_clearly(tmp_path: Path, data: bytes, as_zip: bool) -> None:
    if as_zip:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("xl/workbook.xml", data)
        data = buffer.getvalue()
    path = tmp_path / "export.xlsx"
    path.write_bytes(data)
    try:
        read_table(path)
    except UserError as error:
        assert error.message("nl") != error.key


@fuzz_settings(100)
@given(
    st.dictionaries(
        st.sampled_from(["columns", "answers", "teams", "functions", "stages", "x"]),
        st.one_of(
            st.dictionaries(st.text(max_size=8), st.one_of(st.text(max_size=8), st.integers())),
            st.integers(),
            st.text(max_size=5),
        ),
        max_size=4,
    )
)
def test_any_mapping_is_accepted_or_named(data: dict[str, object]) -> None:
    try:
        parse_mapping(data, "map.toml")
    except UserError as error:
        assert error.message("nl") != error.key
