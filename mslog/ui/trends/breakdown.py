"""The Triggers page: counts of marked triggers, places and types, and the factor analysis."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from mslog.core.i18n import Words
from mslog.core.trends import Breakdown
from mslog.core.trends import insight_text as words
from mslog.core.trends.insight import Analysis, Finding
from mslog.ui.trends.palette import ChartColours
from mslog.ui.trends.zoom import PlotView

CHART_MIN_WIDTH = 300  # below three of these side by side, the charts stack


class FactorPage(Words):
    """The translation context of the factor analysis and trigger counts as Trends shows them."""


class BarsChart(QWidget):
    """Horizontal bars with the labels on the left and exact counts on hover.

    Args:
        title: What the bars count.
        colour: Bar colour.
    """

    def __init__(self, title: str, colour: str, colours: ChartColours, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.widget = PlotView()
        self.widget.setBackground(colours.background)
        self.widget.setAccessibleName(title)
        self.widget.setMinimumHeight(200)
        plot = self.widget.getPlotItem()
        # The title follows the text size chosen in Settings (the text itself, 11 pt at least).
        size = max(11.0, self.font().pointSizeF())
        plot.setTitle(title, color=colours.foreground, size=f"{size:.0f}pt", justify="left")
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.invertY(True)
        pen = pg.mkPen(colours.foreground)
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen(pen)
            plot.getAxis(name).setTextPen(pen)
        # Room for the labels at any text size.
        plot.getAxis("left").setWidth(max(150, self.fontMetrics().horizontalAdvance("M") * 12))
        self.widget.setMinimumWidth(CHART_MIN_WIDTH)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[], brush=colour, pen=None)
        plot.addItem(self.bars)
        self.empty = pg.TextItem(self.tr("None recorded in this range"), color=colours.foreground,
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
        row = max(34, round(self.fontMetrics().height() * 1.8))
        self.widget.setMinimumHeight(90 + row * max(len(items), 3))
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
            self.hover = self.tr("{label}: %n spasms", "", count).format(label=label)
            self.widget.setToolTip(self.hover)


def _finding_html(finding: Finding, with_verdict: bool) -> str:
    title = f"<b>{html.escape(words.title_text(finding))}</b>"
    if with_verdict:
        title += f"<br><b>{html.escape(finding.verdict[0].upper() + finding.verdict[1:])}</b>"
    spasms = FactorPage.tr("Spasms: {numbers}").format(numbers=words.spasms_text(finding))
    nrs = words.nrs_text(finding.comparison)
    nrs = nrs[0].upper() + nrs[1:]
    return f"<p>{title}<br>{html.escape(spasms)}<br>{html.escape(nrs)}</p>"


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def analysis_html(analysis: Analysis | None) -> str:
    """Return the factor analysis as rich text: caveat, basis, findings, method, what is missing."""
    parts = [f"<p>{html.escape(words.caveat())}</p>"]
    if analysis is None or not analysis.findings:
        nothing = FactorPage.tr(
            "Nothing to compare yet. Tick what was true in the daily check-in "
            "(hot weather, stress, poor sleep…), or tick habits and doses, and say when a "
            "day's spasms are all logged."
        )
        parts.append(f"<p><i>{html.escape(nothing)}</i></p>")
        return "".join(parts)
    parts.append(f"<p>{html.escape(words.coverage_text(analysis))}</p>")
    clear = analysis.clear
    unclear = [f for f in analysis.tested if not f.clear]
    if clear:
        heading = FactorPage.tr("Stood out ({clear} of {tested} tested)")
        parts.append(_heading(heading.format(clear=len(clear), tested=len(analysis.tested))))
        parts += [_finding_html(f, True) for f in clear]
    else:
        parts.append(f"<p><b>{html.escape(analysis.none_stood_out())}</b></p>")
    if unclear:
        heading = FactorPage.tr("No clear difference ({count})")
        parts.append(_heading(heading.format(count=len(unclear))))
        parts.append(f"<p>{html.escape(words.unclear_note())}</p>")
        parts += [_finding_html(f, False) for f in unclear]
    missing = words.missing_text(analysis)
    if missing:
        parts.append(_heading(FactorPage.tr("Not enough days yet")))
        needs = FactorPage.tr(
            "Each needs at least {needed} complete days with it and {needed} without: {factors}."
        )
        parts.append(f"<p>{html.escape(needs.format(needed=words.MIN_DAYS, factors=missing))}</p>")
    how = FactorPage.tr("How: {method}").format(method=analysis.method)
    parts.append(f"<p><i>{html.escape(how)}</i></p>")
    return "".join(parts)


def triggers_line(breakdown: Breakdown) -> str:
    """The marked triggers as a plain count, e.g. ``You marked heat on 12 spasms.``."""
    if not breakdown.triggers:
        return FactorPage.tr("You have not marked a trigger on any spasm in these days.")
    lower = FactorPage.tr("lower", "a trigger's name in a sentence: 'lower' or 'keep' (German)")
    items = [
        FactorPage.tr("{trigger} on %n spasms", "", n).format(
            trigger=label[0].lower() + label[1:]
            if lower != "keep" and label[1:2].islower()
            else label
        )
        for _, label, n in breakdown.triggers[:5]
    ]
    text = FactorPage.tr("You marked {triggers}.", "triggers: e.g. 'heat on 12 spasms, ...'")
    return text.format(triggers=FactorPage.tr(", ", "between the items of a list").join(items))


class BreakdownPage(QWidget):
    """Three bar charts of what was marked on spasms, and the factor analysis."""

    def __init__(self, colours: ChartColours, parent=None) -> None:
        super().__init__(parent)
        self.triggers = BarsChart(self.tr("Triggers marked"), colours.spasms, colours)
        self.locations = BarsChart(self.tr("Body locations"), colours.completed, colours)
        self.types = BarsChart(self.tr("Types"), colours.partial, colours)
        self.trigger_note = QLabel()
        self.trigger_note.setObjectName("hint")
        self.trigger_note.setWordWrap(True)
        self.effects = QLabel()
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.RichText)
        self.effects.setAccessibleName(self.tr("Days with and without each factor"))
        self.effects.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title = QLabel(self.tr("Days with and without each factor"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        self.grid = QGridLayout()
        self._columns = 0
        self._arrange(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.trigger_note)
        layout.addWidget(title)
        layout.addWidget(self.effects)
        layout.addStretch(1)
        self.analysis: Analysis | None = None

    def _arrange(self, columns: int) -> None:
        """Put the three charts in a row, or one under another on a narrow window."""
        if columns == self._columns:
            return
        self._columns = columns
        for index, chart in enumerate((self.triggers, self.locations, self.types)):
            self.grid.removeWidget(chart)
            self.grid.addWidget(chart, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Stack the charts when three would not fit side by side."""
        self._arrange(3 if event.size().width() >= 3 * (CHART_MIN_WIDTH + 20) else 1)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as one chart: a wider window puts three side by side.

        Not the width of the row the charts happen to be in, which would keep the page
        (and the Trends view, even while this page is hidden) too wide to restack.
        """
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), CHART_MIN_WIDTH), hint.height())

    def set_data(self, breakdown: Breakdown, analysis: Analysis | None) -> None:
        """Redraw the bars, the trigger counts and the factor analysis."""
        self.triggers.set_items(breakdown.triggers)
        self.locations.set_items(breakdown.locations)
        self.types.set_items(breakdown.types)
        self.trigger_note.setText(
            self.tr("{counts} {note}", "the trigger counts, then why they are not compared").format(
                counts=triggers_line(breakdown), note=words.trigger_note()
            )
        )
        self.analysis = analysis
        self.effects.setText(analysis_html(analysis))
