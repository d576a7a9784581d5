"""A thick bar under the countdown showing how much of the step (or resume count) is done."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mslog.ui.style import current_colours, current_scale

# Repaint only when the fill moves by about a pixel on a wide bar.
_STEP = 0.002


class CueBar(QWidget):
    """Progress of the phase under way, readable from across a room; paints only on change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setAccessibleName(self.tr("Step progress"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fraction(self) -> float:
        """How much is done, 0 to 1."""
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        """Show ``fraction`` done (clamped to 0..1)."""
        fraction = min(1.0, max(0.0, fraction))
        moved = abs(fraction - self._fraction) >= _STEP or fraction in (0.0, 1.0)
        if moved and fraction != self._fraction:
            self._fraction = fraction
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A bar as tall as a thick finger line, growing with the text size."""
        return QSize(200, round(10 * current_scale()))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the track and its fill."""
        colours = current_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(QColor(colours.soft_border))
        painter.drawRoundedRect(rect, radius, radius)
        if self._fraction > 0:
            filled = QRectF(rect.x(), rect.y(), rect.width() * self._fraction, rect.height())
            painter.setBrush(QColor(colours.primary))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
