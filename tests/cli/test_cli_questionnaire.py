"""``msworkshop export FILE --questionnaire OUT.md``: the file a facilitator copies into a form
tool, read back as a person would (titles, choices, statements, answers), built as a form,
exported and imported again without a mapping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from msworkshop.cli import main
from msworkshop.domain.content_loader import load_content
from msworkshop.importing.questionnaire import Question, Questionnaire, questionnaire_markdown
from msworkshop.store import SessionStore
from tests.voting.forms_exports import make_session, write_questionnaire_export

_SECTION = re.compile(r"^## \d+\. (.+)$")
_ROW = re.compile(r"^\d+\. (.+)$")


def read_questionnaire(text: str) -> Questionnaire:
    """The questions as the Markdown shows them: each section's title, its plain bullets
    (the choices; bold bullets describe the stages) and its numbered rows (the statements)."""
    sections: list[tuple[str, list[str], list[str]]] = []
    for line in text.splitlines():
        if found := _SECTION.match(line):
            sections.append((found.group(1), [], []))
        elif sections and line.startswith("- ") and not line.startswith("- **"):
            sections[-1][1].append(line[2:])
        elif sections and (found := _ROW.match(line)):
            sections[-1][2].append(found.group(1))
    team, function, stage, grid, comment = sections
    return Questionnaire(
        team=Question(team[0], tuple(team[1])),
        function=Question(function[0], tuple(function[1])),
        stage=Question(stage[0], tuple(stage[1])),
        grid_title=grid[0],
        statements=tuple(grid[2]),
        scale=tuple(grid[1]),
        comment=Question(comment[0]),
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("layout", ["google grid", "microsoft likert"])
def test_the_questionnaire_filled_in_as_a_form_imports_without_a_mapping(
    tmp_path: Path, lang: str, layout: str, capsys: pytest.CaptureFixture[str]
) -> None:
    session = make_session(tmp_path / "s.msworkshop", lang)
    out = tmp_path / "vragen.md"
    assert main(["export", str(session), "--questionnaire", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    with SessionStore.open(session) as store:
        workshop = store.workshop()
    text = out.read_text(encoding="utf-8")
    assert text == questionnaire_markdown(workshop, load_content(lang))  # the session's language
    form = read_questionnaire(text)
    assert form.statements == tuple(s.text for s in load_content(lang).statements)
    assert form.scale == load_content(lang).scale and len(form.stage.choices) == 4  # type: ignore[union-attr]
    assert form.team.choices == tuple(t.name for t in workshop.teams)

    export = tmp_path / "responses.csv"
    expected = write_questionnaire_export(export, form, layout)
    assert main(["import", str(session), str(export)]) == 0
    capsys.readouterr()
    teams = [t.name for t in workshop.teams]
    functions = [f.key for f in workshop.functions]
    with SessionStore.open(session) as store:
        stored = sorted(
            (
                teams[b.team_id - 1],
                b.function,
                b.stage,
                "".join("-" if a is None else str(a) for a in b.answers),
                b.comment,
            )
            for b in store.ballots(1)
        )
        assert {b.source for b in store.ballots(1)} == {"import"}
    assert stored == sorted(
        (teams[t], functions[f], stage, answers, comment)
        for t, f, stage, answers, comment in expected
    )
    assert len(stored) == 3


def test_the_questionnaire_flag_alone_is_enough(tmp_path: Path, capsys) -> None:
    session = make_session(tmp_path / "s.msworkshop", "en")
    with pytest.raises(SystemExit) as usage:
        main(["export", str(session)])
    assert usage.value.code == 2 and "--questionnaire" in capsys.readouterr().err
    out = tmp_path / "missing" / "q.md"
    assert main(["export", str(session), "--questionnaire", str(out)]) == 1
    assert capsys.readouterr().err.startswith("msworkshop: ")  # one line, no traceback
