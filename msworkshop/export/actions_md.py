"""The action plan as Markdown: for an e-mail, a wiki page or a shared document."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from msworkshop.domain.content import Content
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import Workshop
from msworkshop.export.action_rows import agreement_texts
from msworkshop.export.pdf_layout import format_date

COLUMNS = (
    "col_number",
    "col_action",
    "col_owner",
    "col_due",
    "col_measure",
    "col_priority",
    "col_status",
)


# Characters that make markup anywhere in a line, and starts of a line that make a block
# (heading, list, quote, rule). Parentheses, '#' or '+' inside a text make nothing: escaping
# them only leaves stray backslashes ("Verkering \(Gedefinieerd\)") in a plain-text reader.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_BLOCK_START = re.compile(r"^(#|[+\-=]|\d+(?=[.)]))")


def md_escape(text: str, *, line_start: bool = False) -> str:
    """Text safe inside a Markdown table cell or heading (no markup, no line breaks);
    ``line_start``: the text begins a line of its own, where '#', '-' or '1.' make a block."""
    text = _INLINE.sub(r"\\\1", " ".join(text.split()))
    match = _BLOCK_START.match(text) if line_start else None
    if match is None:
        return text
    end = match.end()
    if match.group(1)[0].isdigit():  # "1. " would start a numbered list: escape the dot
        return text[:end] + "\\" + text[end:]
    return "\\" + text


def actions_markdown(
    workshop: Workshop,
    content: Content,
    agreements: Mapping[int, tuple[int, int]],
    actions: Mapping[int, Sequence[PlanAction]],
) -> str:
    t = content.text
    lines = [f"# {md_escape(t('pdf.document_title'))}: {md_escape(workshop.title)}", ""]
    for key, value in (
        ("pdf.organisation", workshop.organisation),
        ("pdf.date", format_date(workshop.date, content) if workshop.date else ""),
        ("pdf.facilitator", workshop.facilitator),
    ):
        if value.strip():
            lines.append(f"- **{md_escape(t(key))}:** {md_escape(value)}")
    for team in workshop.teams:
        lines += ["", f"## {md_escape(team.name)}", ""]
        agreed, target = agreement_texts(content, agreements.get(team.id))
        if agreed:
            lines.append(f"- **{md_escape(t('pdf.col_agreed'))}:** {md_escape(agreed)}")
            lines.append(f"- **{md_escape(t('pdf.col_target'))}:** {md_escape(target)}")
        else:
            lines.append(f"- {md_escape(t('pdf.not_agreed'))}")
        team_actions = actions.get(team.id, ())
        lines.append("")
        if not team_actions:
            lines.append(md_escape(t("pdf.handout_no_actions"), line_start=True))
            continue
        lines.append("| " + " | ".join(md_escape(t(f"pdf.{k}")) for k in COLUMNS) + " |")
        lines.append("|" + "---|" * len(COLUMNS))
        for number, a in enumerate(team_actions, start=1):
            title = f"**{md_escape(a.title)}**"
            if a.description.strip():
                title += f"<br>{md_escape(a.description)}"
            cells = [
                str(number),
                title,
                md_escape(a.owner),
                format_date(a.due, content) if a.due else "",
                md_escape(a.measure),
                md_escape(t(f"pdf.priority_{a.priority}")),
                md_escape(t(f"pdf.status_{a.status}")),
            ]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def export_actions_md(
    out: Path,
    workshop: Workshop,
    content: Content,
    agreements: Mapping[int, tuple[int, int]],
    actions: Mapping[int, Sequence[PlanAction]],
) -> Path:
    out = Path(out)
    out.write_text(
        actions_markdown(workshop, content, agreements, actions), encoding="utf-8", newline="\n"
    )
    return out
