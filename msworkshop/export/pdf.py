"""The printed action plan: a reportlab (platypus) PDF of the session's results and agreements.

Page 1 (cover and summary) holds the session details, a short introduction and a summary of
the agreements; each team follows on a new page with its votes (table and bar chart, anonymity
already applied by the analysis), the agreed stage, the largest gaps with the facilitator's
notes, the team's action plan (or, without one, the suggested actions) and room for
signatures. When the plan's round is not the first, a movement page after page 1 shows how
each team moved since the first round (see ``pdf_movement``). The handout variant has one
page per team only (see ``pdf_handout``). Every fixed text comes from the content strings
``pdf.*`` in the output language; every user or content text is escaped before it enters
Paragraph markup. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from msworkshop import __version__
from msworkshop.domain.analysis import SessionResult, TeamResult
from msworkshop.domain.content import Content
from msworkshop.domain.followup import Predecessor
from msworkshop.domain.plan_basis import (
    Transition,
    most_chosen_stage,
    suggested_transition,
)
from msworkshop.domain.plans import PlanAction
from msworkshop.domain.workshop import Workshop
from msworkshop.export.pdf_checklist import checklist_section
from msworkshop.export.pdf_handout import handout_page
from msworkshop.export.pdf_layout import (
    FONT,
    FRAME_PADDING,
    MARGIN,
    PAPER_SIZES,
    PageDecoration,
    esc,
    format_date,
    page_numbers_canvas,
    styles,
)
from msworkshop.export.pdf_movement import movement_section
from msworkshop.export.pdf_previous import previous_section
from msworkshop.export.pdf_tables import table_style
from msworkshop.export.pdf_team import actions_section, gaps_section, signatures
from msworkshop.export.pdf_texts import PdfTexts
from msworkshop.export.pdf_votes import votes_section

__all__ = [
    "PlanDocument",
    "Transition",
    "export_plan_pdf",
    "most_chosen_stage",
    "plan_pdf_bytes",
    "suggested_transition",
]

APP_NAME = "msworkshop"


@dataclass(frozen=True)
class PlanDocument:
    """Everything the PDF needs, gathered by the caller (no store access inside export/)."""

    workshop: Workshop
    result: SessionResult
    content: Content  # in the output language
    # team_id -> (agreed current stage, target stage); target == current: stay and strengthen
    agreements: dict[int, tuple[int, int]] = field(default_factory=dict, hash=False)
    notes: dict[int, str] = field(default_factory=dict, hash=False)  # team_id -> notes
    # team_id -> the team's plan in order; a team without one shows the suggested actions
    actions: dict[int, tuple[PlanAction, ...]] = field(default_factory=dict, hash=False)
    # team_id -> keys of the "stay or move?" items the team ticked (StayOrMove.item_keys)
    checklist_ticks: dict[int, frozenset[str]] = field(default_factory=dict, hash=False)
    # An earlier round's analysis: the plan then gets a movement page (earlier -> result).
    earlier: SessionResult | None = None
    # A follow-up session's predecessor: each team page opens with "last time -> today"
    previous: Predecessor | None = None


def export_plan_pdf(
    document: PlanDocument,
    out: Path,
    paper: str = "a4",
    *,
    today: dt.date | None = None,
    handout: bool = False,
) -> Path:
    """Write the action plan to ``out`` on ``paper`` ("a4" or "letter") and return ``out``.

    The file is written in one go after the whole PDF is built, so a failed build leaves
    no half-written file. ``today`` (default: the real date) is printed in the footer.
    ``handout`` gives one page per team instead of the full plan.
    """
    out = Path(out)
    out.write_bytes(plan_pdf_bytes(document, paper, today=today, handout=handout))
    return out


def plan_pdf_bytes(
    document: PlanDocument,
    paper: str = "a4",
    *,
    today: dt.date | None = None,
    handout: bool = False,
) -> bytes:
    """The action plan PDF in memory (for a preview without a file)."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}: use one of {sorted(PAPER_SIZES)}")
    return _Builder(document, PAPER_SIZES[paper], today or dt.date.today(), handout).build()


class _Builder:
    def __init__(
        self,
        document: PlanDocument,
        pagesize: tuple[float, float],
        today: dt.date,
        handout: bool = False,
    ) -> None:
        self.doc = document
        self.handout = handout
        self.texts = PdfTexts(document.content, document.workshop)
        self.pagesize = pagesize
        self.today = today
        self.styles = styles()
        self.width = pagesize[0] - 2 * (MARGIN + FRAME_PADDING)

    def t(self, key: str, **params: object) -> str:
        return self.texts.t(key, **params)

    def build(self) -> bytes:
        """One pass; "page X of Y" is drawn when the document is saved (see PageNumbers)."""
        buffer = io.BytesIO()
        template = self._template(buffer)
        decoration = PageDecoration(
            session_title=self.doc.workshop.title,
            generated=self.texts.plain("generated", date=format_date(self.today, self.doc.content)),
            page_of=self.doc.content.strings["pdf.page_of"],
            total_pages=None,
        )
        template.build(
            self._story(),
            onFirstPage=decoration,
            onLaterPages=decoration,
            canvasmaker=page_numbers_canvas(decoration.page_of),
        )
        return buffer.getvalue()

    def _template(self, buffer: io.BytesIO) -> SimpleDocTemplate:
        workshop = self.doc.workshop
        return SimpleDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{self.texts.plain('document_title')}: {workshop.title}",
            author=workshop.facilitator.strip() or APP_NAME,
            subject=self.texts.plain("subject"),
            creator=f"{APP_NAME} {__version__}",
            lang=self.doc.content.language,
            initialFontName=FONT,  # otherwise every page references (unembedded) Helvetica
            initialFontSize=10,
        )

    def _story(self) -> list[Flowable]:
        if self.handout:
            story: list[Flowable] = []
            for team in self.doc.result.teams:
                if story:
                    story.append(PageBreak())
                story.append(
                    handout_page(
                        team,
                        self.texts,
                        self.width,
                        self._frame_height(),
                        agreement=self.doc.agreements.get(team.team_id),
                        actions=self.doc.actions.get(team.team_id, ()),
                    )
                )
            return story
        story = self._title_page()
        if self.doc.earlier is not None:
            story.append(PageBreak())
            story.extend(
                movement_section(self.doc.earlier, self.doc.result, self.texts, self.width)
            )
        for team in self.doc.result.teams:
            story.append(PageBreak())
            story.extend(self._team_page(team))
        return story

    def _frame_height(self) -> float:
        return self.pagesize[1] - 2 * (MARGIN + FRAME_PADDING)

    # -- page 1 --------------------------------------------------------------------------------

    def _title_page(self) -> list[Flowable]:
        s, workshop = self.styles, self.doc.workshop
        story: list[Flowable] = [
            Paragraph(self.t("document_title"), s.title),
            Paragraph(esc(workshop.title), s.subtitle),
        ]
        date = format_date(workshop.date, self.doc.content) if workshop.date else ""
        details = [
            ("organisation", workshop.organisation.strip()),
            ("date", date),
            ("facilitator", workshop.facilitator.strip()),
            ("round", str(self.doc.result.round_number or "")),
        ]
        rows = [
            [Paragraph(self.t(key), s.cell_bold), Paragraph(esc(value), s.cell)]
            for key, value in details
            if value
        ]
        if rows:
            story.append(
                Table(
                    rows,
                    colWidths=[40 * mm, self.width - 40 * mm],
                    hAlign="LEFT",
                    style=table_style(grid=False),
                )
            )
        story += [
            Spacer(1, 10),
            Paragraph(self.t("subtitle"), s.subheading),
            Paragraph(self.t("intro"), s.body),
            Paragraph(self.t("anonymity", threshold=self.doc.result.threshold), s.small),
            Paragraph(self.t("summary_heading"), s.subheading),
            self._summary_table(),
        ]
        return story

    def _summary_table(self) -> Table:
        s = self.styles
        rows: list[list[Flowable]] = [
            [
                Paragraph(self.t(key), s.cell_head)
                for key in ("col_team", "col_agreed", "col_target", "col_actions")
            ]
        ]
        for team in self.doc.result.teams:
            agreement = self.doc.agreements.get(team.team_id)
            if agreement is None:
                agreed, target = self.t("not_agreed"), "\u2013"
            else:
                agreed, target = (
                    esc(self.texts.stage(agreement[0])),
                    esc(self.texts.target(agreement)),
                )
            count = len(self.doc.actions.get(team.team_id, ()))
            rows.append(
                [
                    Paragraph(esc(team.team_name), s.cell),
                    Paragraph(agreed, s.cell),
                    Paragraph(target, s.cell),
                    Paragraph(str(count or "\u2013"), s.cell),
                ]
            )
        widths = [self.width * f for f in (0.3, 0.3, 0.3, 0.1)]
        return Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=table_style())

    # -- team pages ----------------------------------------------------------------------------

    def _team_page(self, team: TeamResult) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [Paragraph(esc(team.team_name), s.heading)]
        agreement = self.doc.agreements.get(team.team_id)
        if self.doc.previous is not None:
            story.extend(
                previous_section(team.team_id, self.doc.previous, agreement, self.texts, self.width)
            )
        if agreement is None:
            story.append(Paragraph(self.t("not_agreed"), s.body))
        else:
            story.append(Paragraph(self.texts.agreement_line(agreement), s.body))
        story.extend(votes_section(team, self.texts, self.width))
        story.extend(
            gaps_section(team, self.texts, self.width, self.doc.notes.get(team.team_id, ""))
        )
        stage = agreement[0] if agreement is not None else most_chosen_stage(team)
        ticks = self.doc.checklist_ticks.get(team.team_id, frozenset())
        story.extend(checklist_section(self.texts, stage, ticks, self.width))
        story.extend(
            actions_section(
                team,
                self.texts,
                self.width,
                suggested_transition(team, agreement),
                self.doc.actions.get(team.team_id, ()),
            )
        )
        story.append(signatures(self.texts, self.width))
        return story
