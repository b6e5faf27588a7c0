"""The questionnaire to build in a form tool before the day, so that its export comes back
recognisable: the exact question titles, choices, statements and answer words, in the
session's language. ``questionnaire`` gives the questions as data (tests build exports from
it); ``questionnaire_markdown`` words them for the facilitator to copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from msworkshop.domain.content import Content
from msworkshop.domain.messages import translate
from msworkshop.domain.workshop import Workshop


@dataclass(frozen=True)
class Question:
    title: str
    choices: tuple[str, ...] = ()  # empty: a free-text answer


@dataclass(frozen=True)
class Questionnaire:
    team: Question
    function: Question
    stage: Question | None  # None when the session does not ask for the stage
    grid_title: str
    statements: tuple[str, ...]  # the grid's rows; empty when no statements are asked
    scale: tuple[str, ...]  # the grid's columns, 1 … 5
    comment: Question


def questionnaire(workshop: Workshop, content: Content) -> Questionnaire:
    lang = content.language
    functions = tuple(content.function_name(f.key, f.name) for f in workshop.functions)
    stage = None
    if workshop.mode.asks_stage:
        labels = tuple(content.stage_label(int(s.stage)) for s in content.stages)
        stage = Question(translate("import_questionnaire_stage", lang), labels)
    asks = workshop.mode.asks_statements
    return Questionnaire(
        team=Question(
            translate("import_questionnaire_team", lang), tuple(t.name for t in workshop.teams)
        ),
        function=Question(translate("import_questionnaire_function", lang), functions),
        stage=stage,
        grid_title=translate("import_questionnaire_statements", lang),
        statements=tuple(s.text for s in content.statements) if asks else (),
        scale=content.scale if asks else (),
        comment=Question(translate("import_questionnaire_comment", lang)),
    )


def questionnaire_markdown(workshop: Workshop, content: Content) -> str:
    lang = content.language
    form = questionnaire(workshop, content)
    required = translate("import_questionnaire_required", lang)
    lines = [
        f"# {translate('import_questionnaire_heading', lang, title=workshop.title)}",
        "",
        translate("import_questionnaire_intro", lang),
        "",
    ]
    number = 0
    for question in (form.team, form.function, form.stage):
        if question is None:
            continue
        number += 1
        lines += [f"## {number}. {question.title}", "", f"*{required}*", ""]
        if question is form.stage:
            lines += [translate("import_questionnaire_stage_help", lang), ""]
            for stage in content.stages:
                lines.append(f"- **{content.stage_label(int(stage.stage))}**: {stage.summary}")
            lines += ["", translate("import_questionnaire_choices", lang), ""]
        lines += [f"- {choice}" for choice in question.choices] + [""]
    if form.statements:
        number += 1
        per_row = translate("import_questionnaire_required_grid", lang)
        lines += [f"## {number}. {form.grid_title}", "", f"*{per_row}*", ""]
        lines += [translate("import_questionnaire_grid", lang), ""]
        lines += [translate("import_questionnaire_rows", lang), ""]
        lines += [f"{n}. {text}" for n, text in enumerate(form.statements, start=1)] + [""]
        lines += [translate("import_questionnaire_columns", lang), ""]
        lines += [f"- {word}" for word in form.scale] + [""]
    number += 1
    optional = translate("import_questionnaire_optional", lang)
    lines += [f"## {number}. {form.comment.title}", "", f"*{optional}*", ""]
    return "\n".join(lines)
