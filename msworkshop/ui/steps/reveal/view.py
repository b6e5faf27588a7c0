"""What the room sees in the Reveal and Gaps steps: only what the facilitator has revealed.

Everything here is read by the room, so every text is a content string in the session's
language (``strings/projector.toml``), whatever the facilitator's UI language.

A view shows the reveal controller's focus team at the level revealed for it: the stage votes,
then the scores, then the statement gaps. Unrevealed parts get no data at all (their charts are
empty), so nothing can leak. With ``preview=True`` the same view shows what the next reveal
would show (the laptop's preview).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msworkshop.domain.analysis import TeamResult
from msworkshop.domain.chart_builders import (
    dimension_chart_data,
    discussion_prompt,
    function_name,
    gap_chart_data,
    perception_gap,
    reading_talking_points,
    room_chart_texts,
    stage_chart_data,
    stage_profile_chart_data,
)
from msworkshop.domain.charts import PerceptionGap
from msworkshop.domain.comparison import compare_rounds
from msworkshop.domain.content import Content
from msworkshop.domain.movement_chart import (
    gap_movement_text,
    movement_chart_data,
    movement_heading,
)
from msworkshop.domain.reveal import RevealLevel, RevealState
from msworkshop.ui.charts.base import ChartWidget
from msworkshop.ui.charts.dimension_dots import DimensionDotChart
from msworkshop.ui.charts.movement import MovementChart
from msworkshop.ui.charts.stage_profile import StageProfileChart
from msworkshop.ui.charts.team_panel import GapTexts, gap_lines
from msworkshop.ui.charts.widgets import GapChart, StageBarChart
from msworkshop.ui.common import theme
from msworkshop.ui.common.i18n import format_number
from msworkshop.ui.services.reveal import reveal_for
from msworkshop.ui.services.session import SessionController

PROJECTOR_GAPS = 3  # statements on one projected slide: at 720p each gets ~25 px type
CHART_ROLE = "body"  # the charts' type before fitting; never below MIN_ROOM_PX (scaled)
MIN_ROOM_PX = 24  # at 720p: the smallest text the back row is shown
MOVEMENT_PAGE = 4  # after the pages of the reveal levels (0: nothing, 1-3: the levels)


def room_gap_texts(content: Content) -> GapTexts:
    def template(key: str) -> str:
        return content.text(key, higher="%1", value="%2", lower="%3")

    return GapTexts(
        stages=template("projector.gap_stages"),
        points=template("projector.gap_points"),
        none=content.text("projector.gap_none"),
    )


class RevealProjectorView(QWidget):
    """The staged reveal of one team's results, for the projector (or its preview)."""

    shows_gaps_only = False

    def __init__(
        self, controller: SessionController, parent: QWidget | None = None, preview: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self._controller = controller
        self._reveal = reveal_for(controller)
        self.preview = preview
        self.shown_level = RevealLevel.NONE
        self.shown_team: int | None = None
        self.kicker = theme.label("", "kicker")
        self.heading = theme.label("", "h2")  # a data slide: the charts get the room
        self.last_time = theme.label("", "body")  # a follow-up: last time's agreement
        self.last_time.hide()
        self.waiting = theme.label("", "h2")
        self.stage_charts: dict[str, StageBarChart] = {}
        self.stage_titles: dict[str, QLabel] = {}
        self.stage_gap = theme.label("", "body")
        self.profile_chart = StageProfileChart()  # what the statements point to, per stage
        self.dimension_chart = DimensionDotChart()
        self.score_gap = theme.label("", "body")
        self.gap_chart = GapChart()
        self.prompt = theme.label("", "body")
        self.movement_chart = MovementChart()  # then and now, when the facilitator shows it
        self.movement_gap = theme.label("", "body")
        self.shown_movement: tuple[int, int] | None = None
        self._stage_row = QHBoxLayout()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._page(self.waiting))
        self.pages.addWidget(self._page(self._stage_row, self.stage_gap))
        self.pages.addWidget(self._page(self.profile_chart, self.dimension_chart, self.score_gap))
        self.pages.addWidget(self._page(self.gap_chart, self.prompt))
        self.pages.addWidget(self._page(self.movement_chart, self.movement_gap))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the projector window keeps the margins
        layout.addWidget(self.kicker)
        layout.addWidget(self.heading)
        layout.addWidget(self.last_time)
        layout.addWidget(self.pages, 1)
        self._fitted_slide: object = None
        self._chart_px = 0
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self._scale_fonts)
        self._reveal.changed.connect(self.refresh)
        controller.results_changed.connect(self.refresh)
        controller.session_closed.connect(self.refresh)
        self.refresh()

    def _page(self, *items: object) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in items:
            if isinstance(item, QHBoxLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)  # type: ignore[arg-type]
        layout.addStretch(1)
        return page

    def state(self) -> RevealState:
        return self._reveal.preview_state() if self.preview else self._reveal.state

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # After the window's style sheet has followed the new size (the labels' type).
        self._fit_soon.start()

    def _scale_fonts(self) -> None:
        """Chart text follows the projection theme's type for the window size, as large as
        the slide allows: from the body size down to the smallest the room is shown, the
        largest at which the revealed part fits (a view too small for even that, such as the
        laptop's preview, scrolls or shows less rather than printing smaller)."""
        screen = self if self.preview else self.window()  # the room's type follows its screen
        scale = theme.scale_for(screen.width(), screen.height())
        floor = round(MIN_ROOM_PX * scale)
        largest = max(floor, theme.type_px(CHART_ROLE, scale))
        # The same slide (part, team, functions, size) as last time keeps its type while it
        # still fits: a new ballot does not start the search again.
        if not self.isVisible():
            self._fitted_slide = None  # fitted when shown (showEvent): nobody sees it now
            return
        slide = (
            self.shown_level,
            self.shown_movement,
            self.shown_team,
            self._controller.language,
            self.size(),
        )
        if slide == self._fitted_slide and self._chart_px and self._fits(check_texts=False):
            return
        self._fitted_slide = slide
        for px in range(largest, floor - 1, -1):
            self._chart_px = px
            self._set_chart_px(px)
            if self._fits():
                return

    def _set_chart_px(self, px: int) -> None:
        for chart in self._page_charts():
            font = QFont(self.font())
            font.setPixelSize(px)
            chart.setFont(font)
            chart.updateGeometry()

    def _page_charts(self) -> list[ChartWidget]:
        return [
            *self.stage_charts.values(),
            self.profile_chart,
            self.dimension_chart,
            self.gap_chart,
            self.movement_chart,
        ]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            # Built before it joined the projector window (which speaks the session's
            # language): the figures in the texts follow its locale ("2,2" in Dutch).
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_soon.start()

    def _fits(self, check_texts: bool = True) -> bool:
        """Whether the current page's charts and texts fit the height the page has."""
        page = self.pages.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is None or self.height() <= 0:
            return True
        top_layout = self.layout()
        margins = top_layout.contentsMargins() if top_layout is not None else None
        width = self.width() - (margins.left() + margins.right() if margins else 0)
        used = sum(
            label.heightForWidth(width) if label.text() else 0
            for label in (self.kicker, self.heading, self.last_time)
            if not label.isHidden()
        )
        spacing = top_layout.spacing() if top_layout is not None else 0
        available = self.height() - used - 3 * spacing
        if margins:
            available -= margins.top() + margins.bottom()
        if _needed_height(layout, width) > available:
            return False
        if not check_texts:  # the same slide with new figures: its labels were checked
            return True
        return all(chart.texts_fit() for chart in self._page_charts() if chart.isVisibleTo(self))

    def refresh(self) -> None:
        c = self._controller
        result = c.result if c.is_open else None
        focus = self._reveal.focus
        if result is None or focus is None:
            self._show_nothing(self._text("results_waiting"))
            return
        state = self.state()
        team = result.team(focus)
        level = state.level(focus)
        if self.shows_gaps_only and level < RevealLevel.GAPS:
            level = RevealLevel.NONE
        self.kicker.setText(team.team_name)
        self.shown_team = focus
        if state.movement is not None and not self.shows_gaps_only:
            self._show_movement(focus, state.movement)
            return
        if level == RevealLevel.NONE:
            self._show_nothing(self._text("results_not_revealed"), keep_kicker=True)
            return
        self._clear_charts()
        self.shown_level = level
        # Beside today's stage votes (the later slides are full with three functions).
        self._show_last_time(focus if level == RevealLevel.STAGES else None)
        if level == RevealLevel.STAGES:
            self._show_stages(team)
        elif level == RevealLevel.SCORES:
            self._show_scores(team)
        else:
            self._show_gaps(team)
        self.pages.setCurrentIndex(int(level))
        self._scale_fonts()

    def _text(self, key: str, **params: object) -> str:
        c = self._controller
        return c.content.text(f"projector.{key}", **params) if c.is_open else ""

    def _gap_lines(self, gap: PerceptionGap) -> list[str]:
        return gap_lines(gap, room_gap_texts(self._controller.content), self.locale())

    def _show_last_time(self, team_id: int | None) -> None:
        """Beside today's votes, in a follow-up: what the team agreed last time."""
        previous = self._controller.previous if self._controller.is_open else None
        team = previous.team(team_id) if previous is not None and team_id else None
        text = ""
        if team is not None and team.agreed_stage is not None and team.target_stage is not None:
            content = self._controller.content
            stay = team.target_stage == team.agreed_stage
            text = self._text(
                "reveal_last_stay" if stay else "reveal_last_move",
                stage=content.stage_label(team.agreed_stage),
                target=content.stage_label(team.target_stage),
            )
        self.last_time.setText(text)
        self.last_time.setVisible(bool(text))

    def _show_nothing(self, text: str, keep_kicker: bool = False) -> None:
        self._show_last_time(None)
        self._clear_charts()
        self.shown_level = RevealLevel.NONE
        self.shown_movement = None
        if not keep_kicker:
            self.kicker.setText("")
            self.shown_team = None
        self.heading.setText("")
        self.waiting.setText(text)
        self.pages.setCurrentIndex(0)

    def _build_stage_columns(self, keys: tuple[str, ...]) -> None:
        while self._stage_row.count():
            item = self._stage_row.takeAt(0)
            old = item.layout() if item is not None else None
            while old is not None and old.count():
                taken = old.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.stage_charts, self.stage_titles = {}, {}
        for index, key in enumerate(keys):
            column = QVBoxLayout()
            title = theme.label("", "h2")
            title.setStyleSheet(f"color: {theme.function_colour(index)};")
            chart = StageBarChart()
            column.addWidget(title)
            column.addWidget(chart)
            self._stage_row.addLayout(column, 1)
            self.stage_charts[key], self.stage_titles[key] = chart, title
        self._scale_fonts()

    def _clear_charts(self) -> None:
        for chart in (
            *self.stage_charts.values(),
            self.profile_chart,
            self.dimension_chart,
            self.gap_chart,
            self.movement_chart,
        ):
            chart.set_data(None)
        labels = (self.stage_gap, self.score_gap, self.prompt, self.movement_gap)
        for label in (*labels, *self.stage_titles.values()):
            label.setText("")
        self.shown_movement = None

    def _show_stages(self, team: TeamResult) -> None:
        c = self._controller
        self.heading.setText(self._text("results_stages"))
        keys = c.workshop.function_keys
        if tuple(self.stage_charts) != keys:
            self._build_stage_columns(keys)
        for group in team.groups:
            data = stage_chart_data(c.workshop, c.content, group, room_chart_texts(c.content))
            self.stage_charts[group.function].set_data(data)
            self.stage_titles[group.function].setText(
                f"{theme.function_marker(keys.index(group.function))} {data.title}"
            )
        gap = perception_gap(c.workshop, c.content, team)
        gap = PerceptionGap(gap.stages, None)
        self.stage_gap.setText("\n".join(self._gap_lines(gap)))

    def _show_scores(self, team: TeamResult) -> None:
        c = self._controller
        self.heading.setText(self._text("results_scores"))
        texts = room_chart_texts(c.content)
        self.profile_chart.set_data(stage_profile_chart_data(c.workshop, c.content, team, texts))
        self.dimension_chart.set_data(dimension_chart_data(c.workshop, c.content, team, texts))
        gap = perception_gap(c.workshop, c.content, team)
        gap = PerceptionGap(None, gap.points)  # the stage line was on the previous slide
        self.score_gap.setText("\n".join(self._gap_lines(gap)))

    def _show_gaps(self, team: TeamResult) -> None:
        c = self._controller
        self.heading.setText(self._text("results_gaps"))
        data = gap_chart_data(
            c.workshop, c.content, team, PROJECTOR_GAPS, room_chart_texts(c.content)
        )
        if not data.rows and any(g.suppressed for g in team.groups):
            self.gap_chart.set_data(None)  # a grey line would say nothing: say why instead
            self.gap_chart.hide()
            self.prompt.setText(self._hidden_text(team))
            return
        self.gap_chart.show()
        self.gap_chart.set_data(data)
        if data.rows:
            # Where a function's vote and its statements disagree, that comes first.
            talking = reading_talking_points(c.workshop, c.content, team)
            prompt = talking[0] if talking else discussion_prompt(c.content, data.rows[0].key)
            self.prompt.setText(self._text("to_discuss", prompt=prompt))

    def _show_movement(self, team_id: int, rounds: tuple[int, int]) -> None:
        """How the focus team moved from one round to the other (both analysed with the
        anonymity rule; a group hidden in either round shows no movement)."""
        c = self._controller
        before, after = rounds
        known = {r.number for r in c.rounds()}
        if before not in known or after not in known:
            self._show_nothing(self._text("results_not_revealed"), keep_kicker=True)
            return
        comparison = compare_rounds(c.round_result(before), c.round_result(after))
        self._clear_charts()
        self._show_last_time(None)  # then and now of the rounds: room for the chart
        self.shown_level = RevealLevel.NONE
        self.shown_movement = rounds
        self.heading.setText(movement_heading(c.content, before, after))
        team = comparison.team(team_id)
        self.movement_chart.set_data(
            movement_chart_data(c.workshop, c.content, team, before, after)
        )
        self.movement_gap.setText(gap_movement_text(c.content, team))
        self.pages.setCurrentIndex(MOVEMENT_PAGE)
        self._scale_fonts()

    def _hidden_text(self, team: TeamResult) -> str:
        """What the room cannot see and why (anonymity), and what it can: each shown
        function's statement it agrees with most and least."""
        c = self._controller
        hidden = [
            function_name(c.workshop, c.content, g.function) for g in team.groups if g.suppressed
        ]
        lines = [self._text("gaps_hidden", functions=", ".join(hidden))]
        for group in team.groups:
            if group.suppressed or not group.statements:
                continue
            ranked = sorted(group.statements.items(), key=lambda item: item[1].mean)
            (least, low), (most, high) = ranked[0], ranked[-1]
            lines.append(
                self._text(
                    "gaps_own",
                    function=function_name(c.workshop, c.content, group.function),
                    most=c.content.statement(most).text,
                    most_value=format_number(high.mean, 1, self.locale()),
                    least=c.content.statement(least).text,
                    least_value=format_number(low.mean, 1, self.locale()),
                )
            )
        return "\n\n".join(lines)

    def visible_texts(self) -> list[str]:
        """Every text and chart description this view holds (for leak tests)."""
        labels = [
            self.kicker,
            self.heading,
            self.last_time,
            self.waiting,
            self.stage_gap,
            self.score_gap,
            self.prompt,
            self.movement_gap,
            *self.stage_titles.values(),
        ]
        charts = [
            *self.stage_charts.values(),
            self.profile_chart,
            self.dimension_chart,
            self.gap_chart,
            self.movement_chart,
        ]
        return [w.text() for w in labels] + [ch.describe() for ch in charts]


def _needed_height(layout: QLayout, width: int) -> int:
    """The height ``layout`` needs at ``width``: its widgets' minimum (a chart's preferred
    height, a wrapped label's height for the width), nested rows by their tallest column."""
    total = 0
    count = 0
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None and not widget.isHidden():
            if isinstance(widget, QLabel):
                total += widget.heightForWidth(width) if widget.text() else 0
            elif isinstance(widget, ChartWidget):
                total += widget.preferred_height()
            else:
                total += widget.minimumSizeHint().height()
            count += 1
        elif isinstance(inner, QHBoxLayout):
            columns = max(1, inner.count())
            total += max(
                (
                    _needed_height(column, width // columns)
                    for column in (_item_layout(inner, i) for i in range(inner.count()))
                    if column is not None
                ),
                default=0,
            )
            count += 1
        elif inner is not None:
            total += _needed_height(inner, width)
            count += 1
    return total + max(0, count - 1) * max(0, layout.spacing())


def _item_layout(layout: QLayout, index: int) -> QLayout | None:
    item = layout.itemAt(index)
    return item.layout() if item is not None else None
