"""The animated exercise picture: key poses shown in turn, cross-fading from one to the next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

HOLD_S = 1.4  # each pose stays still this long...
FADE_S = 0.6  # ...then fades into the next
ASPECT = 4 / 3


class IllustrationView(QWidget):
    """Draws an exercise's key poses, animated by the time it is given (no timer of its own).

    Nothing is repainted while a pose is held, so a running player costs little.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderers: list[QSvgRenderer] = []
        self._cache: dict[tuple[int, QSize, bool], QPixmap] = {}
        self._mirrored = False
        self._position = (0, 0.0)  # (pose index, fade 0..1 towards the next)
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Exercise illustration")

    def set_frames(self, paths: list[Path], description: str = "", mirrored: bool = False) -> None:
        """Show these SVG key poses from the first (``mirrored`` for the other side)."""
        self._mirrored = mirrored
        self._renderers = [QSvgRenderer(str(path), self) for path in paths]
        self._renderers = [r for r in self._renderers if r.isValid()]
        self._cache.clear()
        self._position = (0, 0.0)
        self.setAccessibleDescription(description)
        self.update()

    def is_mirrored(self) -> bool:
        """Whether the poses are shown flipped (for the right side)."""
        return self._mirrored

    def frame_count(self) -> int:
        """How many key poses are loaded."""
        return len(self._renderers)

    def set_time(self, seconds: float, moving: bool = True) -> None:
        """Show the picture for ``seconds`` into the step (held still when not ``moving``)."""
        count = len(self._renderers)
        if count < 2:
            position = (0, 0.0)
        else:
            cycle = seconds % ((HOLD_S + FADE_S) * count)
            index = int(cycle // (HOLD_S + FADE_S))
            into = cycle - index * (HOLD_S + FADE_S)
            fade = max(0.0, (into - HOLD_S) / FADE_S) if moving else 0.0
            position = (index, round(fade, 2))
        if position != self._position:
            self._position = position
            self.update()

    def position(self) -> tuple[int, float]:
        """The pose shown and how far it has faded into the next."""
        return self._position

    def _pixmap(self, index: int, size: QSize) -> QPixmap:
        key = (index, size, self._mirrored)
        pixmap = self._cache.get(key)
        if pixmap is None:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self._mirrored:  # the poses are drawn for the left side
                painter.translate(size.width(), 0)
                painter.scale(-1, 1)
            self._renderers[index].render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            if len(self._cache) > 8:  # sizes change on resize; keep only recent ones
                self._cache.clear()
            self._cache[key] = pixmap
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the current pose, blended with the next while fading."""
        if not self._renderers:
            return
        width = min(self.width(), int(self.height() * ASPECT))
        size = QSize(width, int(width / ASPECT))
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        painter = QPainter(self)
        index, fade = self._position
        painter.drawPixmap(x, y, self._pixmap(index, size))
        if fade > 0:
            painter.setOpacity(fade)
            following = (index + 1) % len(self._renderers)
            painter.drawPixmap(x, y, self._pixmap(following, size))
        painter.end()
