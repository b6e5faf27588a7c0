"""The import plan as lines of text in the user's language (the CLI prints them; the app's
dialog may show the same sentences)."""

from __future__ import annotations

from msworkshop.domain.ballot import Ballot
from msworkshop.domain.content import Content
from msworkshop.domain.messages import translate
from msworkshop.domain.workshop import Workshop
from msworkshop.importing.columns import ColumnPlan, Meaning, Reason, Role
from msworkshop.importing.plan import ImportPlan

STATEMENT_PREVIEW = 48  # characters of a statement's text shown next to its key


def meaning_label(meaning: Meaning, content: Content) -> str:
    """'team', 's5 "We have clear rules for handing over leads…"', in the content's language."""
    if meaning.role is Role.STATEMENT and meaning.statement:
        text = content.statement(meaning.statement).text
        short = text if len(text) <= STATEMENT_PREVIEW else text[: STATEMENT_PREVIEW - 1] + "…"
        return f'{meaning.statement} "{short}"'
    return translate(f"import_meaning_{meaning.role}", content.language)


def reason_text(column: ColumnPlan, content: Content) -> str:
    lang = content.language
    params: dict[str, object] = {}
    if column.suggested is not None:
        params["meaning"] = meaning_label(column.suggested, content)
    if column.reason is Reason.CLOSE_OFFERED:
        params["percent"] = round(column.similarity * 100)
    return translate(f"import_reason_{column.reason}", lang, **params)


def column_lines(plan: ImportPlan, content: Content) -> list[str]:
    """One line per column: what it will be used for, or why it is dropped."""
    lines = [translate("import_report_columns", content.language)]
    for column in plan.columns:
        header = _middle(column.header) or "—"
        if column.kept:
            lines.append(
                translate(
                    "import_column_kept",
                    content.language,
                    number=column.index + 1,
                    header=header,
                    meaning=meaning_label(column.meaning, content),
                    reason=reason_text(column, content),
                )
            )
        else:
            lines.append(
                translate(
                    "import_column_dropped",
                    content.language,
                    number=column.index + 1,
                    header=header,
                    reason=reason_text(column, content),
                )
            )
    return lines


def dropped_lines(plan: ImportPlan, content: Content) -> list[str]:
    """The dropped columns and why (shown after every import, not only in a dry run)."""
    dropped = plan.dropped
    if not dropped:
        return []
    lines = [translate("import_dropped_heading", content.language, count=len(dropped))]
    for column in dropped:
        header = _middle(column.header) or "—"
        lines.append(f'  "{header}": {reason_text(column, content)}')
    return lines


def count_lines(plan: ImportPlan, workshop: Workshop, content: Content) -> list[str]:
    """How many ballots each team and function would get."""
    lines = [translate("import_counts_heading", content.language, count=len(plan.ballots))]
    for team in workshop.teams:
        for function in workshop.functions:
            count = plan.counts.get((team.id, function.key), 0)
            if count:
                name = content.function_name(function.key, function.name)
                lines.append(f"  {team.name} / {name}: {count}")
    return lines


def ballot_lines(
    plan: ImportPlan, workshop: Workshop, content: Content, limit: int = 5
) -> list[str]:
    """The first ballots as they would be stored."""
    shown = list(zip(plan.ballot_lines, plan.ballots, strict=True))[:limit]
    if not shown:
        return []
    lines = [translate("import_first_heading", content.language, count=len(shown))]
    lines.extend(_ballot_line(line, ballot, workshop, content) for line, ballot in shown)
    return lines


def _ballot_line(line: int, ballot: Ballot, workshop: Workshop, content: Content) -> str:
    function = workshop.function(ballot.function)
    parts = [workshop.team(ballot.team_id).name, content.function_name(function.key, function.name)]
    if ballot.stage is not None:
        parts.append(content.stage_label(ballot.stage))
    if ballot.has_diagnostic:
        parts.append(" ".join("-" if a is None else str(a) for a in ballot.answers))
    if ballot.comment:
        parts.append(f'"{_short(ballot.comment)}"')
    return translate("import_ballot_line", content.language, line=line, ballot=" | ".join(parts))


def problem_lines(plan: ImportPlan, content: Content, limit: int | None = None) -> list[str]:
    """Lines that would be skipped and why (all of them unless ``limit``)."""
    problems = plan.problems if limit is None else plan.problems[:limit]
    lines = [translate("import_line_problem", content.language, line=p.line,
                       message=p.error.message(content.language)) for p in problems]  # fmt: skip
    if limit is not None and len(plan.problems) > limit:
        more = len(plan.problems) - limit
        lines.append(translate("import_more_problems", content.language, count=more))
    return lines


def blocker_lines(plan: ImportPlan, content: Content) -> list[str]:
    return [error.message(content.language) for error in plan.blockers]


def _short(text: str, limit: int = 70) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _middle(text: str, head: int = 24, tail: int = 44) -> str:
    """A long header with its middle left out: a grid's question and its row's end both show."""
    one_line = " ".join(text.split())
    if len(one_line) <= head + tail + 1:
        return one_line
    return one_line[:head].rstrip() + " … " + one_line[-tail:].lstrip()
