"""Extra look of the Checklists tab, built from the theme in use (light, dark, high contrast)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from mslog.ui.style import BASE_POINT_SIZE, DARK, HIGH_CONTRAST, LIGHT, Colours, current_colours


def _theme_in_use() -> tuple[Colours, float]:
    # Read from the palette and font, which apply_style sets before the style sheet:
    # the widgets restyle while the new sheet is being applied.
    if QGuiApplication.instance() is None:
        return current_colours(), 1.0
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window).name().lower()
    theme = next((c for c in (LIGHT, DARK, HIGH_CONTRAST) if c.window == window), LIGHT)
    scale = max(1.0, QGuiApplication.font().pointSizeF() / BASE_POINT_SIZE)
    return theme, scale


def checklists_style() -> str:
    """Return the tab's style sheet for the current theme and text size."""
    c, scale = _theme_in_use()

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    return f"""
QFrame#doseRow {{ background: {c.row}; border: 2px solid {c.row}; border-radius: 10px; }}
QFrame#doseRow[state="taken"] {{ border: 2px solid {c.primary}; }}
QFrame#doseRow[state="open"][late="true"] {{ border: 3px solid {c.focus}; }}
QFrame#doseRow QLabel {{ background: transparent; }}
QLabel#doseName {{ font-size: {pt(14)}; font-weight: bold; }}
QLabel#lateText {{ color: {c.error}; font-weight: bold; }}
QLabel#progress {{ font-size: {pt(16)}; font-weight: bold; }}
QLabel#dayTitle {{ font-size: {pt(18)}; font-weight: bold; }}
QPushButton#tickButton {{ min-width: {px(110)}; font-weight: bold; }}
QPushButton#habitTick {{
    text-align: left; padding: 0 {px(18)}; min-height: {px(52)}; font-size: {pt(14)};
    border-radius: 12px;
}}
QLabel#bannerTitle {{ font-size: {pt(15)}; font-weight: bold; }}
QLabel#refillDue {{ font-size: {pt(14)}; font-weight: bold; }}
QLabel#bannerDose {{ font-size: {pt(14)}; }}
"""


class ThemedMixin:
    """Re-applies :func:`checklists_style` whenever the application's style changes."""

    def restyle(self) -> None:
        """Apply the style sheet for the theme in use (only if it changed)."""
        sheet = checklists_style()
        widget: QWidget = self  # type: ignore[assignment]
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow theme and text-size changes."""
        if event.type() == QEvent.Type.StyleChange:
            self.restyle()
        super().changeEvent(event)  # type: ignore[misc]
