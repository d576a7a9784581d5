"""Chart colours: the Okabe–Ito colour-blind-safe set, and light or dark from the app palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Okabe & Ito (2008): distinguishable with the common colour-vision deficiencies.
BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"


@dataclass(frozen=True)
class ChartColours:
    """Colours of one chart theme."""

    background: str
    foreground: str
    grid: str
    spasms: str = BLUE
    severity: str = VERMILLION
    completed: str = GREEN
    partial: str = ORANGE
    adherence: str = SKY
    habits: str = PURPLE
    marker: str = "#7a7a7a"
    dark: bool = False


def chart_colours() -> ChartColours:
    """Return chart colours following the application's light or dark palette."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    grid = QColor(text)
    grid.setAlpha(60)
    return ChartColours(
        background=base.name(),
        foreground=text.name(),
        grid=grid.name(QColor.NameFormat.HexArgb),
        spasms=SKY if dark else BLUE,
        marker="#b0b0b0" if dark else "#6a6a6a",
        dark=dark,
    )
