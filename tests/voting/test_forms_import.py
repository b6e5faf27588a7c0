"""Importing form-tool exports through the API the CLI and the app's dialog use: real files,
real session files in tmp_path, every stored ballot checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from msworkshop.domain.content_loader import load_content
from msworkshop.domain.messages import UserError
from msworkshop.domain.workshop import VotingMode
from msworkshop.importing.apply import apply_import, earlier_import, remembered_mapping
from msworkshop.importing.columns import Meaning, Reason, Role
from msworkshop.importing.mapping_file import parse_mapping
from msworkshop.importing.plan import ImportPlan, header_key, plan_import
from msworkshop.importing.table import read_table, table_from_csv
from msworkshop.store import SessionStore
from tests.voting.forms_exports import (
    GOOGLE_EN,
    GOOGLE_EN_BALLOTS,
    GOOGLE_NL,
    GOOGLE_NL_BALLOTS,
    expected_ms,
    make_session,
    with_shared_strings,
    write_ms_forms_csv,
    write_ms_forms_xlsx,
    write_questionnaire_export,
)

CONTENTS = [load_content("en"), load_content("nl")]
Stored = tuple[str, str, int | None, str, str]


def stored(path: Path) -> list[Stored]:
    """Every ballot in the file as (team, function, stage, answers, comment), sorted."""
    with SessionStore.open(path) as store:
        teams = {team.id: team.name for team in store.workshop().teams}
        ballots = store.ballots()
    assert all(ballot.source == "import" for ballot in ballots)
    return sorted(
        (
            teams[b.team_id],
            b.function,
            b.stage,
            "".join("-" if a is None else str(a) for a in b.answers),
            b.comment,
        )
        for b in ballots
    )


def plan_file(session: Path, export: Path, **options: object) -> ImportPlan:
    with SessionStore.open(session) as store:
        round_ = store.current_round() or store.open_round()
        return plan_import(
            read_table(export),
            store.workshop(),
            CONTENTS,
            round_.number,
            **options,  # type: ignore[arg-type]
        )


def import_file(session: Path, export: Path, **options: object) -> ImportPlan:
    plan = plan_file(session, export, **options)
    with SessionStore.open(session) as store:
        apply_import(store, plan)
    return plan


def reasons(plan: ImportPlan) -> list[str]:
    return [f"{c.reason}:{c.meaning.key}" for c in plan.columns]


def test_google_forms_dutch_grid(tmp_path: Path) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    plan = import_file(session, GOOGLE_NL)
    assert reasons(plan)[:5] == [
        "time:ignore",
        "personal:ignore",
        "header:team",
        "header:function",
        "values:stage",  # "Hoe zou je de relatie … omschrijven?": recognised by its answers
    ]
    assert reasons(plan)[5:25] == [f"statement_text:s{n}" for n in range(1, 21)]
    assert reasons(plan)[25] == "header:comment"
    assert stored(session) == sorted(GOOGLE_NL_BALLOTS)


def test_google_forms_english_one_question_per_statement(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    plan = import_file(session, GOOGLE_EN)
    assert reasons(plan)[-1] == "unrecognised:ignore"
    assert [c.header for c in plan.dropped] == [
        "Timestamp",
        "Email Address",
        "Anything else you would like to tell us?",
    ]
    assert stored(session) == sorted(GOOGLE_EN_BALLOTS)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["xlsx", "xlsx-shared", "csv"])
def test_microsoft_forms_exports(tmp_path: Path, lang: str, kind: str) -> None:
    session = make_session(tmp_path / "s.msworkshop", lang)
    writer = write_ms_forms_csv if kind == "csv" else write_ms_forms_xlsx
    export = writer(tmp_path / f"Form1.{kind[:4]}", lang)
    if kind == "xlsx-shared":
        with_shared_strings(export)
    plan = import_file(session, export)
    identifying = {"ID", "E-mail", "Email", "Naam", "Name"}
    times = {"Begintijd", "Tijd van voltooien", "Start time", "Completion time"}
    for column in plan.columns:
        if column.header in identifying:
            assert column.reason is Reason.PERSONAL
        elif column.header in times or column.header == "Last modified time":
            assert column.reason is Reason.TIME
        else:
            assert column.kept, column
    assert stored(session) == sorted(expected_ms(lang))


def test_the_same_answers_in_our_own_layout_still_import(tmp_path: Path) -> None:
    session = make_session(tmp_path / "s.msworkshop", "en")
    header = "team;function;stage;" + ";".join(f"s{n}" for n in range(1, 21)) + ";comment\n"
    row = "north;Sales;verkering;" + ";".join(["4"] * 20) + ";fine\n"
    (tmp_path / "own.csv").write_text("\ufeff" + header + row, encoding="utf-8")
    import_file(session, tmp_path / "own.csv")
    assert stored(session) == [("North", "sales", 2, "4" * 20, "fine")]


def _reworded(tmp_path: Path) -> Path:
    text = GOOGLE_EN.read_text(encoding="utf-8")
    old = "We know what the other function is working on at the moment."
    new = "We know what the other function is working on right now."
    assert old in text
    path = tmp_path / "reworded.csv"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_a_close_match_is_offered_never_applied_silently(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    export = _reworded(tmp_path)
    plan = plan_file(session, export)
    (offered,) = plan.offered
    assert offered.index == 5 and offered.suggested == Meaning(Role.STATEMENT, "s1")
    assert not offered.kept and 0.8 <= offered.similarity < 1
    assert [b.key for b in plan.blockers] == ["import_close_waiting"]
    with SessionStore.open(session) as store, pytest.raises(UserError) as refused:
        apply_import(store, plan)
    assert refused.value.key == "import_close_waiting"
    assert stored(session) == []

    accepted = import_file(session, export, accept_close=[5])
    assert accepted.columns[5].reason is Reason.CLOSE_ACCEPTED
    assert sorted(b[3][0] for b in stored(session)) == sorted(b[3][0] for b in GOOGLE_EN_BALLOTS)


def test_a_choice_is_remembered_for_the_next_file_with_the_same_headers(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    export = _reworded(tmp_path)
    import_file(session, export, accept_close=True)
    later = tmp_path / "later.csv"
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    later.write_text(lines[0] + lines[2], encoding="utf-8")  # next week's export: one answer
    table = read_table(later)
    with SessionStore.open(session) as store:
        remembered = remembered_mapping(store, header_key(table.headers), len(table.headers))
        plan = plan_import(table, store.workshop(), CONTENTS, 1, remembered=remembered)
    assert remembered == {5: Meaning(Role.STATEMENT, "s1")}
    assert plan.columns[5].reason is Reason.REMEMBERED and plan.ready


def test_identifying_columns_are_never_kept_even_when_mapped(tmp_path: Path) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    chosen = {0: Meaning(Role.COMMENT), 1: Meaning(Role.COMMENT), 25: Meaning(Role.IGNORE)}
    plan = import_file(session, GOOGLE_NL, chosen=chosen)
    assert [c.reason for c in plan.columns[:2]] == [Reason.TIME, Reason.PERSONAL]
    assert plan.columns[25].reason is Reason.IGNORED
    assert all(comment == "" for *_, comment in stored(session))


def test_a_second_import_of_the_same_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    import_file(session, GOOGLE_NL)
    before = stored(session)
    # The same answers saved again by a spreadsheet: BOM, semicolons, other quoting.
    resaved = tmp_path / "opnieuw.csv"
    table = read_table(GOOGLE_NL)
    lines = [";".join(f'"{c}"' if ";" in c or "\n" in c else c for c in table.headers)]
    for row in table.rows:
        lines.append(";".join('"' + c.replace('"', '""') + '"' if c else "" for c in row.cells))
    resaved.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    for export in (GOOGLE_NL, resaved):
        plan = plan_file(session, export)
        with SessionStore.open(session) as store:
            settings_before = store._query("SELECT key, value FROM settings ORDER BY key")
            with pytest.raises(UserError) as refused:
                apply_import(store, plan)
            assert store._query("SELECT key, value FROM settings ORDER BY key") == settings_before
        assert refused.value.key == "import_duplicate"
        assert refused.value.params["round"] == 1
        assert "ronde 1" in refused.value.message("nl") and "--allow-duplicate" in str(
            refused.value
        )
        assert stored(session) == before

    plan = plan_file(session, GOOGLE_NL)
    with SessionStore.open(session) as store:
        apply_import(store, plan, allow_duplicate=True)
    assert len(stored(session)) == 2 * len(before)


def test_the_same_file_may_go_into_another_round(tmp_path: Path) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    import_file(session, GOOGLE_NL)
    with SessionStore.open(session) as store:
        store.open_round()
    import_file(session, GOOGLE_NL)
    with SessionStore.open(session) as store:
        assert [store.ballot_count(n) for n in (1, 2)] == [5, 5]


def test_an_import_taken_back_does_not_block_importing_it_again(tmp_path: Path) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    plan = plan_file(session, GOOGLE_NL)
    with SessionStore.open(session) as store:
        result = apply_import(store, plan)
        assert earlier_import(store, plan) is not None
        assert store.remove_ballots(result.ballot_ids) == 5
        assert earlier_import(store, plan) is None
        apply_import(store, plan)
    assert stored(session) == sorted(GOOGLE_NL_BALLOTS)


def test_lines_with_errors_block_unless_skipped(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    text = GOOGLE_EN.read_text(encoding="utf-8").replace('"South","Sales"', '"West","Sales"')
    text = text.replace(
        '"Living together (Aligned)","4"', '"Living together (Aligned)","Very much"'
    )
    export = tmp_path / "errors.csv"
    export.write_text(text, encoding="utf-8")
    plan = plan_file(session, export)
    assert [(p.line, p.error.key) for p in plan.problems] == [
        (4, "import_team"),
        (5, "import_answer_unknown"),
    ]
    assert '"West"' in plan.problems[0].message("en")
    assert "Stelling" in plan.problems[1].message("nl") and "Very much" in plan.problems[1].message(
        "nl"
    )
    with SessionStore.open(session) as store:
        with pytest.raises(UserError) as refused:
            apply_import(store, plan)
        assert refused.value.key == "csv_has_errors"
        assert store.ballot_count() == 0
        result = apply_import(store, plan, skip_invalid=True)
    assert (result.added, result.skipped) == (2, 2)
    assert stored(session) == sorted(GOOGLE_EN_BALLOTS[:2])


def test_ballots_go_through_the_domain_validation(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    text = GOOGLE_EN.read_text(encoding="utf-8").replace("Thanks, Anna", "x" * 501)
    text = text.replace('"North","Sales","Single (Undefined)"', '"North","Sales",""')
    export = tmp_path / "long.csv"
    export.write_text(text, encoding="utf-8")
    mapping = parse_mapping({"columns": {"Anything else you would like to tell us?": "comment"}})
    plan = plan_file(session, export, mapping=mapping)
    assert [(p.line, p.error.key) for p in plan.problems] == [
        (2, "comment_too_long"),
        (3, "stage_required"),
    ]


def test_one_column_per_meaning(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    text = GOOGLE_EN.read_text(encoding="utf-8")
    export = tmp_path / "twice.csv"
    export.write_text(text.replace("Which function do you work in?", "Your team"), "utf-8")
    plan = plan_file(session, export)
    assert plan.columns[2].reason is Reason.HEADER and plan.columns[2].meaning.role is Role.TEAM
    assert plan.columns[3].reason is Reason.DUPLICATE
    assert plan.columns[3].suggested == Meaning(Role.TEAM)
    assert [b.key for b in plan.blockers] == ["import_missing_function"]
    with pytest.raises(UserError) as broken:
        plan_file(session, GOOGLE_EN, mapping=parse_mapping({"columns": {"Nope?": "team"}}))
    assert broken.value.key == "import_map_no_such_column"


def test_a_mapping_file_names_columns_answers_and_teams(tmp_path: Path) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    export = tmp_path / "eigen.csv"
    export.write_text(
        "Wanneer;Waar werk je?;Wie ben je?;Hoe gaat het nu?;Kennen jullie elkaars planning?\n"
        "24-11-2026 09:12;BNL;Verkoop;Verkering;Klopt helemaal\n"
        "24-11-2026 09:14;DACH;marketing;2;klopt niet\n",
        encoding="utf-8",
    )
    plan = plan_file(session, export)
    assert [b.key for b in plan.blockers] == ["import_missing_team"]  # "BNL" is no team
    assert [c.reason for c in plan.columns] == [
        Reason.TIME,  # recognised by its values
        Reason.UNRECOGNISED,
        Reason.VALUES,  # function: "Verkoop", "marketing"
        Reason.VALUES,  # stage: "Verkering" ("2" alone could be an answer)
        Reason.UNRECOGNISED,
    ]
    mapping = parse_mapping(
        {
            "columns": {
                "waar werk je": "team",
                "Wie ben je?": "function",
                "Hoe gaat het nu?": "stage",
                "Kennen jullie elkaars planning?": "s1",
            },
            "answers": {"Klopt helemaal": 5, "Klopt niet": 1},
            "teams": {"BNL": "Benelux"},
        }
    )
    import_file(session, export, mapping=mapping)
    assert stored(session) == [
        ("Benelux", "sales", 2, "5" + "-" * 19, ""),
        ("DACH", "marketing", 2, "1" + "-" * 19, ""),
    ]


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"columns": {"A": "boss"}}, "import_map_bad_meaning"),
        ({"columns": {"A": 3}}, "import_map_bad_meaning"),
        ({"answers": {"Ja": 6}}, "import_map_invalid"),
        ({"answers": {"Ja": True}}, "import_map_invalid"),
        ({"stages": {"x": 0}}, "import_map_invalid"),
        ({"teams": {"x": ""}}, "import_map_invalid"),
        ({"column": {}}, "import_map_invalid"),
        ({"columns": []}, "import_map_invalid"),
    ],
)
def test_a_broken_mapping_is_named(data: dict[str, object], key: str) -> None:
    with pytest.raises(UserError) as broken:
        parse_mapping(data, "map.toml")
    assert broken.value.key == key
    assert broken.value.message("nl") != key


def test_a_mapping_to_a_team_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    with pytest.raises(UserError) as broken:
        plan_file(session, GOOGLE_EN, mapping=parse_mapping({"teams": {"N": "Norht"}}))
    assert broken.value.key == "import_map_unknown_target"


def test_a_quick_session_drops_the_statements(tmp_path: Path) -> None:
    session = make_session(tmp_path / "q.msworkshop", "en", VotingMode.QUICK)
    plan = import_file(session, GOOGLE_EN)
    assert {c.reason for c in plan.columns[5:25]} == {Reason.NOT_ASKED}
    assert stored(session) == sorted((*b[:3], "-" * 20, "") for b in GOOGLE_EN_BALLOTS)


def test_a_broken_workbook_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "Form1.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(UserError) as refused:
        read_table(broken)
    assert refused.value.key == "import_xlsx_broken"
    assert "Form1.xlsx" in refused.value.message("nl")


def test_a_workbook_sheet_without_answers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["ID", "Start time"])  # type: ignore[union-attr]
    workbook.save(tmp_path / "empty.xlsx")
    with pytest.raises(UserError) as refused:
        read_table(tmp_path / "empty.xlsx")
    assert refused.value.key == "csv_no_rows"


def test_csv_rows_keep_the_line_they_start_on() -> None:
    table = table_from_csv('a,b\n1,"two\nlines"\n\n3,4\n')
    assert [(row.line, row.cells) for row in table.rows] == [
        (2, ("1", "two\nlines")),
        (5, ("3", "4")),
    ]


def test_the_import_code_does_not_load_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, msworkshop.importing as p\n"
        "for m in pkgutil.walk_packages(p.__path__, 'msworkshop.importing.'):\n"
        "    importlib.import_module(m.name)\n"
        "import msworkshop.voting.csv_import\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_dialog_draft_plans_changes_and_applies(tmp_path: Path) -> None:
    from msworkshop.importing.draft import CHOICES, ImportDraft

    session = make_session(tmp_path / "en.msworkshop", "en")
    export = _reworded(tmp_path)
    with SessionStore.open(session) as store:
        draft = ImportDraft.open(store, store.workshop(), export, CONTENTS)
        assert draft.round_number == 1 and store.rounds() == []  # nothing written yet
        first = draft.plan()
        assert draft.plan() is first  # kept until something changes
        assert [c.index for c in first.offered] == [5] and not first.ready
        assert first.columns[2].samples == ("North", "South")
        draft.accept(5)
        assert draft.plan().columns[5].reason is Reason.CLOSE_ACCEPTED and draft.plan().ready
        draft.choose(6, Meaning(Role.IGNORE))
        assert draft.plan().columns[6].reason is Reason.IGNORED
        assert draft.plan().counts == {
            (1, "marketing"): 1,
            (1, "sales"): 1,
            (2, "sales"): 1,
            (2, "marketing"): 1,
        }
        draft.forget(6)
        assert draft.plan().columns[6].reason is Reason.STATEMENT_TEXT
        assert Meaning(Role.STATEMENT, "s20") in CHOICES and len(CHOICES) == 25
        assert draft.earlier(store) is None
        result = draft.apply(store)
        assert result.added == 4 and [r.number for r in store.rounds()] == [1]
        assert draft.earlier(store) is not None
        with pytest.raises(UserError) as refused:
            draft.apply(store)
        assert refused.value.key == "import_duplicate"
        assert store.ballot_count(1) == 4
        again = ImportDraft.open(store, store.workshop(), export, CONTENTS)
        assert again.plan().columns[5].reason is Reason.REMEMBERED
        store.open_round()
        again.set_round(2)
        assert again.plan().round_number == 2 and again.earlier(store) is None
        assert again.apply(store).added == 4 and store.ballot_count(2) == 4


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("layout", ["google grid", "microsoft likert"])
def test_a_form_built_from_the_questionnaire_comes_back_recognised(
    tmp_path: Path, lang: str, layout: str
) -> None:
    from msworkshop.importing.questionnaire import questionnaire, questionnaire_markdown

    session = make_session(tmp_path / "s.msworkshop", lang)
    with SessionStore.open(session) as store:
        workshop = store.workshop()
    content = load_content(lang)
    form = questionnaire(workshop, content)
    text = questionnaire_markdown(workshop, content)
    assert form.stage is not None
    for part in (form.team, form.function, form.stage, form.comment):
        assert f". {part.title}\n" in text and all(f"- {c}\n" in text for c in part.choices)
    assert all(f". {s}\n" in text for s in form.statements)
    export = tmp_path / "answers.csv"
    write_questionnaire_export(export, form, layout)
    plan = import_file(session, export)
    assert plan.ready and not plan.problems
    assert [c.reason for c in plan.columns if not c.kept] == [Reason.TIME]
    answers = ["".join(str((n + i) % 5 + 1) for i in range(20)) for n in range(3)]
    teams = [t.name for t in workshop.teams]
    assert stored(session) == sorted(
        [
            (teams[0], "marketing", 1, answers[0], ""),
            (teams[1], "sales", 2, answers[1], "ok"),
            (teams[0], "sales", 3, answers[2], "ok"),
        ]
    )


def test_answers_under_an_unknown_header_are_named_as_such(tmp_path: Path) -> None:
    session = make_session(tmp_path / "en.msworkshop", "en")
    text = GOOGLE_EN.read_text(encoding="utf-8")
    old = "We know what the other function is working on at the moment."
    export = tmp_path / "coffee.csv"
    export.write_text(text.replace(old, "How good is the coffee?"), encoding="utf-8")
    plan = plan_file(session, export)
    assert plan.columns[5].reason is Reason.ANSWERS_UNNAMED and plan.ready
    from msworkshop.importing.report import dropped_lines

    lines = dropped_lines(plan, load_content("nl"))
    assert any(
        "How good is the coffee?" in line and "geen van de stellingen" in line for line in lines
    )


@pytest.mark.parametrize(
    ("cell", "answer"),
    [
        ("5", 5),
        ("1", 1),
        (" 4.0 ", 4),
        ("3,0", 3),
        ("4 - Agree", 4),
        ("2 (Oneens)", 2),
        ("Helemaal mee eens", 5),
        ("helemaal eens", 5),
        ("Mee eens", 4),
        ("EENS!", 4),
        ("Neutraal", 3),
        ("Niet eens, niet oneens", 3),
        ("Mee oneens", 2),
        ("Helemaal mee oneens", 1),
        ("Strongly agree", 5),
        ("Neither agree nor disagree", 3),
        ("Neutral", 3),
        ("Strongly disagree", 1),
        ("“Agree”", 4),
        ("", None),
        ("Weet niet", None),
        ("Don't know", None),
        ("6", UserError),
        ("0", UserError),
        ("4.5", UserError),
        ("45", UserError),
        ("Ja", UserError),
        ("agree-ish", UserError),
    ],
)
def test_the_value_mapper_reads_answers(cell: str, answer: int | type | None) -> None:
    from msworkshop.importing.values import AnswerResolver

    resolver = AnswerResolver(CONTENTS)
    if answer is UserError:
        with pytest.raises(UserError) as refused:
            resolver.answer(cell, 7)
        assert refused.value.key == "import_answer_unknown"
        assert "Stelling 7" in refused.value.message("nl")
    else:
        assert resolver.answer(cell, 7) == answer


@pytest.mark.parametrize(
    ("cell", "stage"),
    [
        ("Verkering", 2),
        ("verkering (gedefinieerd)", 2),
        ("Dating (Defined)", 2),
        ("Defined", 2),
        ("Living together", 3),
        ("samenwonend", 3),
        ("Geïntegreerd", 4),
        ("Geintegreerd", 4),
        ("4", 4),
        ("Fase 1", 1),
        ("1 \u2013 Vrijgezel", 1),
        ("5", None),
        ("Verloofd", None),
    ],
)
def test_the_value_mapper_reads_stages(cell: str, stage: int | None) -> None:
    from msworkshop.importing.values import StageResolver

    assert StageResolver(CONTENTS).find(cell) == stage


def test_a_new_download_of_the_same_form_is_refused_unless_allowed(tmp_path: Path) -> None:
    from msworkshop.importing.apply import earlier_form

    session = make_session(tmp_path / "en.msworkshop", "en")
    lines = GOOGLE_EN.read_text(encoding="utf-8").splitlines(keepends=True)
    monday, tuesday = tmp_path / "monday.csv", tmp_path / "tuesday.csv"
    monday.write_text("".join(lines[:3]), encoding="utf-8")  # two answers by Monday
    tuesday.write_text("".join(lines), encoding="utf-8")  # the same two, and two more
    first = import_file(session, monday)
    plan = plan_file(session, tuesday)
    with SessionStore.open(session) as store:
        assert earlier_form(store, plan) is not None and earlier_import(store, plan) is None
        with pytest.raises(UserError) as refused:
            apply_import(store, plan)
        assert refused.value.key == "import_same_form" and store.ballot_count() == 2
        assert "dubbel" in refused.value.message("nl")
        assert earlier_form(store, first) is None  # the same file is the other check
        # Taking Monday's import back lets Tuesday's full download in.
        monday_ids = [b for b in store._query("SELECT id FROM ballots")]
        store.remove_ballots([row[0] for row in monday_ids])
        apply_import(store, plan)
        assert store.ballot_count() == 4
    two_forms = make_session(tmp_path / "two.msworkshop", "en")
    import_file(two_forms, monday)
    with SessionStore.open(two_forms) as store:
        apply_import(store, plan_file(two_forms, tuesday), allow_duplicate=True)
        assert store.ballot_count() == 6


def test_a_failed_write_leaves_no_record_behind(tmp_path: Path) -> None:
    session = make_session(tmp_path / "nl.msworkshop", "nl")
    plan = plan_file(session, GOOGLE_NL)

    class FailingStore(SessionStore):
        def insert_ballots(self, ballots):  # type: ignore[no-untyped-def]
            raise OSError("disk full")

    with FailingStore.open(session) as store, pytest.raises(OSError):
        apply_import(store, plan)
    with SessionStore.open(session) as store:
        assert store._query("SELECT key FROM settings WHERE key LIKE 'import.%'") == []
        assert store.ballot_count() == 0
        apply_import(store, plan)  # not refused as a duplicate
    assert stored(session) == sorted(GOOGLE_NL_BALLOTS)
