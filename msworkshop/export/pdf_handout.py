"""The handout: one page per team with its stage, where the functions differ, and its actions.

Meant to be copied for every participant of the team. The page content is shrunk to fit
(``KeepInFrame``), so a long plan never spills onto a second page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepInFrame, Paragraph

from msworkshop.domain.analysis import GroupResult, TeamResult
from msworkshop.domain.plan_basis import suggested_transition
from msworkshop.domain.plans import PlanAction
from msworkshop.export.pdf_layout import esc, format_date, styles
from msworkshop.export.pdf_team import gaps_table, plan_heading, plan_table
from msworkshop.export.pdf_texts import PdfTexts

HANDOUT_GAPS = 3


def group_summary(group: GroupResult, texts: PdfTexts) -> str:
    """Plain text: what one function voted (most chosen stage, diagnostic band)."""
    if group.suppressed:
        return texts.plain("suppressed")
    parts = []
    if group.modal_stage is not None:
        parts.append(texts.plain("voted_most", stage=texts.stage(group.modal_stage)))
    elif texts.workshop.mode.asks_stage:
        parts.append(texts.plain("voted_none"))
    if group.diagnostic_mean is not None and group.band is not None:
        parts.append(
            texts.plain(
                "voted_band", score=f"{group.diagnostic_mean:.0f}", stage=texts.stage(group.band)
            )
        )
    return " · ".join(parts)


def handout_page(
    team: TeamResult,
    texts: PdfTexts,
    width: float,
    height: float,
    *,
    agreement: tuple[int, int] | None,
    actions: Sequence[PlanAction],
) -> Flowable:
    s = styles()
    workshop = texts.workshop
    context = [workshop.organisation.strip()]  # the title is in the page header
    if workshop.date:
        context.append(format_date(workshop.date, texts.content))
    story: list[Flowable] = [
        Paragraph(esc(" · ".join(p for p in context if p)), s.small),
        Paragraph(esc(team.team_name), s.title),
        Paragraph(texts.t("handout_title"), s.subtitle),
        Paragraph(texts.t("handout_where"), s.subheading),
    ]
    if agreement is None:
        story.append(Paragraph(texts.t("not_agreed"), s.body))
    else:
        story.append(Paragraph(texts.agreement_line(agreement, bold_target=True), s.body))
    for group in team.groups:
        summary = group_summary(group, texts)
        if summary:
            story.append(
                Paragraph(
                    f"<b>{esc(texts.function_name(group.function))}</b>: {esc(summary)}", s.body
                )
            )
    gaps = gaps_table(team, texts, width, limit=HANDOUT_GAPS)
    if gaps is not None:
        story += [Paragraph(texts.t("handout_gaps"), s.subheading), gaps]
    transition = suggested_transition(team, agreement) if agreement else None
    heading = (
        plan_heading(texts, transition, plan=True) if transition else texts.t("handout_actions")
    )
    story.append(Paragraph(heading, s.subheading))
    if actions:
        story.append(plan_table(actions, texts, width, compact=True))
    else:
        story.append(Paragraph(texts.t("handout_no_actions"), s.body))
    # Leave a little room for rounding in the frame (header/footer sit outside it).
    return KeepInFrame(width, height - 4, story, mode="shrink")
