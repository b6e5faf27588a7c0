"""What every chart widget shares: its immutable model, a short animation, PNG/SVG export.

A chart widget paints exactly the model it was given (``data()``), so tests read the model
and the laptop, the projector and the exported files show the same thing. Painting uses
vectors and text in logical pixels only, so it is crisp at any size and device pixel ratio.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPicture,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QWidget

from msworkshop.ui.charts import placed_text
from msworkshop.ui.charts.placed_text import PlacedText, recording_texts
from msworkshop.ui.common.i18n import format_number

ANIMATION_MS = 220


class _Switch:
    """Animations on value change; off with MSWORKSHOP_NO_ANIMATION=1 or in tests."""

    enabled = os.environ.get("MSWORKSHOP_NO_ANIMATION", "") not in ("1", "true")


def set_animations_enabled(enabled: bool) -> None:
    _Switch.enabled = enabled


def animations_enabled() -> bool:
    return _Switch.enabled


@dataclass(frozen=True)
class ChartColours:
    text: str
    muted: str
    grid: str
    surface: str  # hidden groups, empty tracks
    background: str | None  # None: transparent (on screen); exports use white


def colours_for(widget: QWidget) -> ChartColours:
    """Colours that follow the widget's palette (a dark projector theme gets light text)."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    dark = base.lightness() < 128
    return ChartColours(
        text=text.name(),
        muted="#D0D0D0" if dark else "#404040",
        grid="#707070" if dark else "#BDBDBD",
        surface="#3A3A3A" if dark else "#ECECEC",
        background=None,
    )


EXPORT_COLOURS = ChartColours("#000000", "#404040", "#BDBDBD", "#ECECEC", "#FFFFFF")


def ask_export_path(parent: QWidget | None, suggested: str, kind: str) -> Path | None:
    """Where to save an exported chart; None when cancelled. Tests monkeypatch this."""
    pattern = "*.png" if kind == "png" else "*.svg"
    caption = QCoreApplication.translate("charts", "Export chart")
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, f"{kind.upper()} ({pattern})")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(f".{kind}")


class ChartWidget(QWidget):
    """Base class: subclasses implement :meth:`paint_chart` and :meth:`preferred_height`."""

    export_name = "chart"

    def __init__(self, data: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        # Where the last paint put each text (widget coordinates): read by the layout audit.
        self.placed_texts: tuple[PlacedText, ...] = ()
        self.context_menu: QMenu | None = None
        self._previous: Any = None
        self._t = 1.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._step)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self._refresh_geometry()

    def _num(self, value: float, decimals: int = 1) -> str:
        """A figure in this widget's locale: the UI's on the laptop, the session's on the
        projector (``i18n.mark_room``)."""
        return format_number(value, decimals, self.locale())

    # -- the model -----------------------------------------------------------------------
    def data(self) -> Any:
        return self._data

    def set_data(self, data: Any) -> None:
        if data == self._data:
            return
        old, self._data = self._data, data
        self.setAccessibleDescription(self.describe())
        self._refresh_geometry()
        if animations_enabled() and old is not None and data is not None and self.isVisible():
            self._previous = old
            self._animation.stop()
            self._t = 0.0
            self._animation.start()
        else:
            self._previous, self._t = None, 1.0
        self.update()

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def _step(self, value: object) -> None:
        self._t = float(value)  # type: ignore[arg-type]
        if self._t >= 1.0:
            self._previous = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refresh_geometry()  # the rows follow the type

    def _refresh_geometry(self) -> None:
        height = self.preferred_height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.updateGeometry()

    # -- to override ---------------------------------------------------------------------
    def preferred_height(self) -> int:
        return 160

    def describe(self) -> str:
        """A plain-text version of the chart (accessibility, tests)."""
        return ""

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, t: float, previous: Any
    ) -> None:
        raise NotImplementedError

    # -- painting and export ---------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, self.preferred_height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._data is None:
            self.placed_texts = ()
            return
        if not placed_text.RECORD_ON_SCREEN:
            with QPainter(self) as painter:
                self._paint(painter)
            return
        with QPainter(self) as painter, recording_texts() as placed:
            self._paint(painter)
        self.placed_texts = tuple(placed)

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        self.paint_chart(painter, QRectF(self.rect()), colours_for(self), self._t, self._previous)

    def texts_fit(self) -> bool:
        """Whether, at this size and type, every text would be painted whole and inside the
        chart (painted into a throw-away picture, nothing shown)."""
        if self._data is None:
            return True
        picture = QPicture()
        height = max(self.height(), self.preferred_height())
        rect = QRectF(0, 0, self.width(), height)
        with QPainter(picture) as painter, recording_texts() as placed:
            painter.setFont(self.font())
            self.paint_chart(painter, rect, colours_for(self), 1.0, None)
        inside = rect.adjusted(-1, -1, 1, 1)
        return all(not t.elided and inside.contains(t.box) for t in placed)

    def _render(self, painter: QPainter, size: QSize) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        rect = QRectF(0, 0, size.width(), size.height())
        painter.fillRect(rect, QColor(EXPORT_COLOURS.background or "#FFFFFF"))
        self.paint_chart(painter, rect.adjusted(8, 8, -8, -8), EXPORT_COLOURS, 1.0, None)

    def export_size(self) -> QSize:
        width = max(self.width(), 640)
        return QSize(width, self.preferred_height() + 16)

    def export_png(self, path: Path, scale: float = 2.0) -> Path:
        """A PNG at ``scale`` times the logical size (sharp on slides)."""
        size = self.export_size()
        image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("#FFFFFF"))
        with QPainter(image) as painter:
            self._render(painter, size)
        # PySide6 6.12 wants the format as str; its stubs say bytes.
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"could not write {path}")
        return path

    def export_svg(self, path: Path) -> Path:
        size = self.export_size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.export_name)
        generator.setDescription(self.describe())
        with QPainter(generator) as painter:
            self._render(painter, size)
        return path

    def svg_bytes(self) -> QByteArray:
        """The SVG in memory (for copy and tests)."""
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        size = self.export_size()
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        with QPainter(generator) as painter:
            self._render(painter, size)
        return buffer.data()

    def export_menu(self) -> QMenu:
        menu = QMenu(self)
        # Built when opened, so always in the current language.
        menu.addAction(
            QCoreApplication.translate("charts", "Export as PNG…"), lambda: self.export_as("png")
        )
        menu.addAction(
            QCoreApplication.translate("charts", "Export as SVG…"), lambda: self.export_as("svg")
        )
        return menu

    def export_as(self, kind: str) -> Path | None:
        path = ask_export_path(self, f"{self.export_name}.{kind}", kind)
        if path is None:
            return None
        return self.export_png(path) if kind == "png" else self.export_svg(path)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        if self._data is None:
            return
        menu = self.export_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())  # not exec(): no nested event loop
        self.context_menu = menu
