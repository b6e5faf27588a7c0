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


def md_escape(text: str) -> str:
    """Text safe inside a Markdown table cell or heading (no markup, no line breaks)."""
    text = " ".join(text.split())
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)


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
            lines.append(md_escape(t("pdf.handout_no_actions")))
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
