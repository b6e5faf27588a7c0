"""One team's results on the laptop: each function side by side, then scores and dimensions.

Lays out only: every figure comes from the analysis through the chart models.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from msworkshop.domain.analysis import GroupResult, TeamResult
from msworkshop.domain.chart_builders import (
    dimension_chart_data,
    perception_gap,
    reading_talking_points,
    score_chart_data,
    series_style,
    stage_profile_chart_data,
)
from msworkshop.domain.charts import PerceptionGap
from msworkshop.domain.content import Content
from msworkshop.domain.workshop import Workshop
from msworkshop.ui.charts.stage_profile import StageProfileChart
from msworkshop.ui.charts.widgets import (
    DimensionChart,
    ScoreChart,
    StageBarChart,
    chart_texts,
    stage_chart_data,
)
from msworkshop.ui.common.i18n import format_number


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class GapTexts:
    """The perception gap's sentences, with %1 (higher), %2 (how much) and %3 (lower)."""

    stages: str
    points: str
    none: str


def gap_texts() -> GapTexts:
    """In the UI language (the laptop); the projector passes the session's texts instead."""
    return GapTexts(
        stages=QCoreApplication.translate(
            "results", "%1 sees the relationship %2 stages further than %3"
        ),
        points=QCoreApplication.translate("results", "%1 scores it %2 points higher than %3"),
        none=QCoreApplication.translate("results", "No perception gap to show yet"),
    )


def gap_lines(
    gap: PerceptionGap, texts: GapTexts | None = None, locale: QLocale | None = None
) -> list[str]:
    """The perception gap in words: in stages and in score points (plain text)."""
    texts = texts or gap_texts()
    lines = []
    if gap.stages is not None:
        lines.append(
            texts.stages.replace("%1", gap.stages.higher)
            .replace("%2", format_number(gap.stages.value, 1, locale))
            .replace("%3", gap.stages.lower)
        )
    if gap.points is not None:
        lines.append(
            texts.points.replace("%1", gap.points.higher)
            .replace("%2", format_number(gap.points.value, 0, locale))
            .replace("%3", gap.points.lower)
        )
    if not lines:
        lines.append(texts.none)
    return lines


class GroupPanel(QFrame):
    """One function of one team: ballots, stage chart, most chosen stage, score and band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel()
        self.ballots_label = QLabel()
        self.chart = StageBarChart()
        self.modal_label = QLabel()
        self.diagnostic_label = QLabel()
        for label in (self.modal_label, self.diagnostic_label):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.ballots_label)
        layout.addLayout(header)
        layout.addWidget(self.chart)
        layout.addWidget(self.modal_label)
        layout.addWidget(self.diagnostic_label)
        layout.addStretch(1)

    def show_group(self, workshop: Workshop, content: Content, group: GroupResult) -> None:
        style = series_style(workshop, content, group.function)
        self.title_label.setText(
            f'<span style="color:{style.colour}; font-size:16pt">■</span> '
            f'<b style="font-size:13pt">{escape(style.name)}</b>'
        )
        self.chart.set_data(stage_chart_data(workshop, content, group))
        if group.suppressed:
            for label in (self.ballots_label, self.modal_label, self.diagnostic_label):
                label.setText("")
            return
        self.ballots_label.setText(self.tr("Ballots: %1").replace("%1", str(group.ballots or 0)))
        if group.modal_stage is not None:
            self.modal_label.setText(
                self.tr("Most chosen: %1").replace("%1", content.stage_label(group.modal_stage))
                + (
                    self.tr(" · mean %1").replace("%1", format_number(group.mean_stage))
                    if group.mean_stage is not None
                    else ""
                )
            )
        else:
            self.modal_label.setText(self.tr("No stage votes"))
        if group.diagnostic_mean is not None and group.band is not None:
            text = (
                self.tr("Diagnostic: %1 of 100 — band %2")
                .replace("%1", format_number(group.diagnostic_mean, 0))
                .replace("%2", content.stage_label(group.band))
            )
            if group.diagnostic_stage is not None:
                text += self.tr(" — the statements point to %1").replace(
                    "%1", content.stage_label(group.diagnostic_stage)
                )
            self.diagnostic_label.setText(text)
        elif group.diagnostic_ballots:
            self.diagnostic_label.setText(self.tr("Diagnostic: too few answers to show"))
        else:
            self.diagnostic_label.setText("")


class TeamPanel(QGroupBox):
    """A team: the perception gap, the functions side by side, scores and dimensions."""

    def __init__(self, workshop: Workshop, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setStyleSheet("QGroupBox { font-size: 13pt; font-weight: bold; }")
        self.gap_label = QLabel()
        self.gap_label.setWordWrap(True)
        self.gap_label.setStyleSheet("font-size: 12pt; font-weight: normal;")
        self.panels: dict[str, GroupPanel] = {}
        self._shown: tuple[object, object, object] = (None, None, None)
        row = QHBoxLayout()
        for key in workshop.function_keys:
            panel = GroupPanel()
            panel.setStyleSheet("font-size: 11pt; font-weight: normal;")
            row.addWidget(panel, 1)
            self.panels[key] = panel
        self.score_chart = ScoreChart()
        self.profile_chart = StageProfileChart()
        self.dimension_chart = DimensionChart()
        self.scores_heading = QLabel()
        self.profile_heading = QLabel()
        self.dimensions_heading = QLabel()
        self.retranslate_ui()
        layout = QVBoxLayout(self)
        layout.addWidget(self.gap_label)
        layout.addLayout(row)
        for widget in (
            self.scores_heading,
            self.score_chart,
            self.profile_heading,
            self.profile_chart,
            self.dimensions_heading,
            self.dimension_chart,
        ):
            widget.setStyleSheet("font-size: 11pt; font-weight: normal;")
            layout.addWidget(widget)

    def retranslate_ui(self) -> None:
        """Fixed texts now; the next :meth:`show_team` redraws everything else."""
        self.scores_heading.setText(self.tr("Diagnostic score and band"))
        self.dimensions_heading.setText(self.tr("Per dimension (mean answer, 1 to 5)"))
        self.profile_heading.setText(
            self.tr("Stage profile: how far each stage's hallmarks are met")
        )
        self._shown = (None, None, None)

    def show_team(self, workshop: Workshop, content: Content, team: TeamResult) -> None:
        shown = (workshop, content, team)
        if all(a is b for a, b in zip(shown, self._shown, strict=True)):
            return  # the analysis hands back the same object for a team that did not change
        self._shown = shown
        self.setTitle(team.team_name.replace("&", "&&"))  # a title's & marks a shortcut
        for group in team.groups:
            self.panels[group.function].show_group(workshop, content, group)
        talking = reading_talking_points(workshop, content, team)  # vote vs. statements
        self.gap_label.setText(
            "\n".join(
                [
                    self.tr("Perception gap: %1").replace(
                        "%1", "; ".join(gap_lines(perception_gap(workshop, content, team)))
                    ),
                    *(self.tr("To discuss: %1").replace("%1", point) for point in talking),
                ]
            )
        )
        scores = workshop.mode.asks_statements or any(g.has_diagnostic for g in team.groups)
        for widget in (
            self.scores_heading,
            self.score_chart,
            self.profile_heading,
            self.profile_chart,
            self.dimensions_heading,
            self.dimension_chart,
        ):
            widget.setVisible(scores)
        if scores:
            texts = chart_texts()
            self.score_chart.set_data(score_chart_data(workshop, content, team, texts))
            self.profile_chart.set_data(stage_profile_chart_data(workshop, content, team, texts))
            self.dimension_chart.set_data(dimension_chart_data(workshop, content, team, texts))
