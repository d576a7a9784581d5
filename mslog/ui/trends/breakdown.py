"""Breakdown bars (triggers, body locations, types) and the factor effects table."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from mslog.core.trends import MIN_DAYS_EACH_SIDE, Breakdown, FactorEffect
from mslog.ui.trends.palette import ChartColours


class BarsChart(QWidget):
    """Horizontal bars with the labels on the left and exact counts on hover.

    Args:
        title: What the bars count.
        colour: Bar colour.
    """

    def __init__(self, title: str, colour: str, colours: ChartColours, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.widget = pg.PlotWidget()
        self.widget.setBackground(colours.background)
        self.widget.setAccessibleName(title)
        self.widget.setMinimumHeight(200)
        plot = self.widget.getPlotItem()
        plot.setTitle(title, color=colours.foreground, size="11pt", justify="left")
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.invertY(True)
        pen = pg.mkPen(colours.foreground)
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen(pen)
            plot.getAxis(name).setTextPen(pen)
        plot.getAxis("left").setWidth(150)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[], brush=colour, pen=None)
        plot.addItem(self.bars)
        self.empty = pg.TextItem("None recorded in this range", color=colours.foreground,
                                 anchor=(0.5, 0.5))  # fmt: skip
        plot.addItem(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        self.items: list[tuple[str, str, int]] = []
        self.hover = ""
        self.widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_items(self, items: list[tuple[str, str, int]]) -> None:
        """Show ``(key, label, count)`` items, most first (the top ten)."""
        items = items[:10]
        self.items = items
        # Room for every label: pyqtgraph drops tick labels that would overlap.
        self.widget.setMinimumHeight(90 + 34 * max(len(items), 3))
        counts = np.asarray([n for _, _, n in items], dtype=float)
        rows = np.arange(len(items), dtype=float)
        self.bars.setOpts(x0=np.zeros(len(items)), y=rows, width=counts, height=0.7)
        plot = self.widget.getPlotItem()
        short = [label if len(label) <= 16 else label[:15] + "…" for _, label, _ in items]
        plot.getAxis("left").setTicks([list(enumerate(short))])
        top = float(counts.max()) if len(counts) else 1.0
        plot.setXRange(0, top * 1.05, padding=0)
        plot.setYRange(-0.6, max(len(items), 3) - 0.4, padding=0)
        self.empty.setVisible(not items)
        self.empty.setPos(top / 2, 1)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        point = self.widget.getPlotItem().vb.mapSceneToView(pos)
        row = round(point.y())
        if 0 <= row < len(self.items):
            _, label, count = self.items[row]
            self.hover = f"{label}: {count} spasm{'s' if count != 1 else ''}"
            self.widget.setToolTip(self.hover)


def effects_html(effects: list[FactorEffect], has_enough_days: bool) -> str:
    """Return the factor effects as a small rich-text table with its caveat."""
    caveat = (
        "<p>Average spasms on the <b>day after</b> a day with or without each factor. "
        "This shows an <b>association, not proof</b>: other things change on the same days. "
        "Talk it over with your clinician before changing anything.</p>"
    )
    if not effects:
        need = f"at least {MIN_DAYS_EACH_SIDE} days with and {MIN_DAYS_EACH_SIDE} days without it"
        reason = (
            f"No factor has {need} in this range yet."
            if has_enough_days
            else "Choose a longer range to compare days."
        )
        return caveat + f"<p><i>{reason}</i></p>"
    rows = "".join(
        f"<tr><td>{html.escape(e.label)}</td><td align='right'>{e.mean_with:.1f}</td>"
        f"<td align='right'>{e.mean_without:.1f}</td>"
        f"<td align='right'>{e.days_with} / {e.days_without}</td>"
        f"<td>{'more' if e.difference > 0 else 'fewer' if e.difference < 0 else 'same'}</td></tr>"
        for e in effects[:10]
    )
    return (
        caveat + "<table cellpadding='4'><tr><th align='left'>Factor</th><th>After days with</th>"
        "<th>After days without</th><th>Days with / without</th><th>Next day</th></tr>"
        f"{rows}</table>"
    )


class BreakdownPage(QWidget):
    """Three bar charts and the factor effects."""

    def __init__(self, colours: ChartColours, parent=None) -> None:
        super().__init__(parent)
        self.triggers = BarsChart("Triggers", colours.spasms, colours)
        self.locations = BarsChart("Body locations", colours.completed, colours)
        self.types = BarsChart("Types", colours.partial, colours)
        self.effects = QLabel()
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.RichText)
        self.effects.setAccessibleName("Factor effects")
        title = QLabel("Factor effects")
        title.setObjectName("sectionTitle")
        grid = QGridLayout()
        grid.addWidget(self.triggers, 0, 0)
        grid.addWidget(self.locations, 0, 1)
        grid.addWidget(self.types, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 3)
        layout.addWidget(title)
        layout.addWidget(self.effects, 2, Qt.AlignmentFlag.AlignTop)

    def set_data(self, breakdown: Breakdown, effects: list[FactorEffect], days: int) -> None:
        """Redraw the bars and the effects."""
        self.triggers.set_items(breakdown.triggers)
        self.locations.set_items(breakdown.locations)
        self.types.set_items(breakdown.types)
        self.effects.setText(effects_html(effects, days > 2 * MIN_DAYS_EACH_SIDE))
