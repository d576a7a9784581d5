"""The Trends view: range choice, summary cards and the chart pages, redrawn on diary changes."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mslog.core.formatting import Formatting
from mslog.core.trends import DateRange, headline, range_choices, resolve_range
from mslog.core.trends.page import RecentPages, TrendPage
from mslog.ui.trends.appointments import AppointmentsPage
from mslog.ui.trends.breakdown import BreakdownPage
from mslog.ui.trends.cards import SummaryCards
from mslog.ui.trends.lanes import LanesChart
from mslog.ui.trends.palette import chart_colours
from mslog.ui.trends.timeofday import TimeOfDayCharts
from mslog.ui.widgets.chips import ChipGroup
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.scrolling import fill_with_scrolling

if TYPE_CHECKING:
    from mslog.ui.operations.diary import DiaryOperations

DEFAULT_RANGE = "30"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class CustomRangeDialog(QDialog):
    """Asks for a first and last day."""

    def __init__(self, current: DateRange, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the days to show"))
        self.first = QDateEdit(_qdate(current.first))
        self.last = QDateEdit(_qdate(current.last))
        pattern = Formatting.tr("d MMM yyyy", "date pattern: day, short month, year")
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(pattern)
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(name)
        form = QFormLayout(self)
        form.addRow(self.tr("From", "the first day of a range"), self.first)
        form.addRow(self.tr("To", "the last day of a range"), self.last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> DateRange:
        """Return the range chosen (swapped if given backwards)."""
        a, b = _day(self.first.date()), _day(self.last.date())
        return DateRange(min(a, b), max(a, b))


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("placeholder")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class TrendsView(QWidget):
    """Everything on the Trends tab once it has been opened.

    Args:
        diary: The open diary.
        notifier: Change signals; the view redraws on them.
        operations: How appointments and self-rated answers are saved (undoably).

    Signals:
        redrawn: Emitted after a redraw with the seconds it took.
    """

    redrawn = Signal(float)

    def __init__(self, diary, notifier, operations: DiaryOperations, parent=None) -> None:
        super().__init__(parent)
        self._diary = diary
        self.colours = chart_colours()
        self.range_key = DEFAULT_RANGE
        self.custom: DateRange | None = None
        self.range: DateRange = DateRange(diary.today(), diary.today())
        self._dirty = {"lanes", "timeofday", "breakdown", "cards"}
        self.page: TrendPage  # what the range shows, read afresh once the diary changed
        self._pages = RecentPages()

        self.range_chips = ChipGroup(range_choices(), exclusive=True, name=self.tr("Range of days"))
        self.range_chips.set_selected([DEFAULT_RANGE])
        self.range_chips.changed.connect(self._on_range_chosen)
        self.range_label = QLabel("")
        self.range_label.setObjectName("status")
        self.range_label.setWordWrap(True)
        # Which days the figures rest on, on its own full-width line.
        self.coverage_label = QLabel("")
        self.coverage_label.setObjectName("hint")
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setToolTip(
            self.tr(
                "Complete: the check-in says every spasm was logged, or that there were none. "
                "Partial: spasms logged without that. Unknown: nothing logged or said."
            )
        )
        self.report_button = QPushButton(self.tr("Print / save report…"))
        self.report_button.setObjectName("primarySmall")
        self.report_button.clicked.connect(self.open_report)
        self.image_button = QPushButton(self.tr("Save chart image…"))
        self.image_button.clicked.connect(lambda: self.save_chart_image())
        # The range and its coverage get the full width (they wrap at large text sizes);
        # the buttons sit on their own row below, one under the other when the window is
        # too narrow for both side by side.
        header = QWidget()
        buttons = FlowLayout(header)
        buttons.addWidget(self.image_button)
        buttons.addWidget(self.report_button)

        self.cards = SummaryCards()
        self.lanes = LanesChart(self.colours)
        self.timeofday = TimeOfDayCharts(self.colours, diary.day_rule.start_hour)
        self.breakdown = BreakdownPage(self.colours)
        self.appointments = AppointmentsPage(
            diary.appointments,
            operations.appointments,
            diary.today,
            ratings=(diary.self_ratings, operations.self_ratings, notifier),
        )
        empty = self.tr(
            "Nothing logged in these days yet. Choose a longer range, or log spasms on the "
            "Log tab and they will show here."
        )
        self._stacks: dict[str, QStackedWidget] = {}
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Trend views"))
        for key, widget, title in (
            ("lanes", self.lanes, self.tr("Over time")),
            ("timeofday", self.timeofday, self.tr("Time of day")),
            ("breakdown", self.breakdown, self.tr("Triggers")),
        ):
            stack = QStackedWidget()
            stack.addWidget(widget)
            stack.addWidget(_placeholder(empty))
            self._stacks[key] = stack
            self.pages.addTab(stack, title)
        self.pages.addTab(self.appointments, self.tr("Appointments"))
        self.pages.currentChanged.connect(lambda _: self._draw_current())

        self.pages.setMinimumHeight(520)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.range_chips)
        column.addWidget(self.range_label)
        column.addWidget(self.coverage_label)
        column.addWidget(header)
        column.addWidget(self.cards)
        column.addWidget(self.pages, 1)
        # On small screens the whole view scrolls rather than squashing the charts.
        fill_with_scrolling(self, content)

        notifier.spasmsChanged.connect(self.mark_dirty)
        for name in ("checklistsChanged", "stretchesChanged", "checkinsChanged"):
            signal = getattr(notifier, name, None)  # each feature's signal, when it exists
            if signal is not None:
                signal.connect(self.mark_dirty)
        notifier.appointmentsChanged.connect(self._on_appointments_changed)
        notifier.reloaded.connect(self._on_appointments_changed)
        self.refresh()

    # --- range ---

    def _on_range_chosen(self, keys: list[str]) -> None:
        if not keys:  # clicking the chosen chip again keeps it chosen
            self.range_chips.set_selected([self.range_key])
            return
        key = keys[0]
        if key == "custom":
            dialog = CustomRangeDialog(self.range, self._diary.today(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.range_chips.set_selected([self.range_key])
                return
            self.custom = dialog.chosen()
        self.set_range(key)

    def set_range(self, key: str, custom: DateRange | None = None) -> None:
        """Show range ``key`` (from :data:`RANGE_CHOICES`) and redraw."""
        if custom is not None:
            self.custom = custom
        self.range_key = key
        self.range_chips.set_selected([key])
        self.mark_dirty()

    def resolve(self) -> DateRange:
        """Return the days the chosen range means today."""
        today = self._diary.today()
        last = self._diary.appointments.last_before(today)
        return resolve_range(
            self.range_key,
            today,
            earliest=self._diary.trends.earliest_day(),
            last_appointment=last.day if last else None,
            custom=self.custom,
        )

    # --- redrawing ---

    def mark_dirty(self, *_args) -> None:
        """Note that the diary changed; redraw now if visible, else when next shown."""
        self._dirty = {"lanes", "timeofday", "breakdown", "cards"}
        if self.isVisible():
            self.refresh()

    def _on_appointments_changed(self, *_args) -> None:
        self.appointments.reload()
        self.mark_dirty()

    def refresh(self) -> float:
        """Read the range afresh, redraw the cards and the visible page; return the seconds."""
        started = time.perf_counter()
        self.range = self.resolve()
        rng = self.range
        # One page a range while the diary is unchanged: each chart page reads its parts
        # from it when first drawn, and switching back to a range reads nothing again.
        self.page = page = self._pages.get(self._diary, rng)
        ratings = self._diary.self_ratings
        self.cards.set_data(
            page,
            ratings.latest(rng.first, rng.last),
            ratings.latest(date.min, page.today) is not None,
        )
        if page.previous.figures.in_diary:
            said = self.tr("{range} · %n days, compared with the %n before", "", rng.days)
        else:
            said = self.tr(
                "{range} · %n days (your diary had not begun in the days before)", "", rng.days
            )
        self.range_label.setText(said.format(range=rng.label()))
        self.coverage_label.setText(headline.coverage_line(page.figures))
        lanes = page.lanes
        self._has_data = bool(page.daily.day) or any(
            lane is not None and bool(lane.day)
            for lane in (lanes.stretch, lanes.adherence, lanes.habits)
        )
        self._dirty = {"lanes", "timeofday", "breakdown"}
        self._draw_current()
        elapsed = time.perf_counter() - started
        self.redrawn.emit(elapsed)
        return elapsed

    def _draw_current(self) -> None:
        index = self.pages.currentIndex()
        key = ("lanes", "timeofday", "breakdown", None)[index]
        if key is None or key not in self._dirty:
            return
        self._dirty.discard(key)
        page = self.page
        shown = self._has_data if key == "lanes" else bool(page.daily.day)
        self._stacks[key].setCurrentIndex(0 if shown else 1)
        if key == "lanes":
            self.lanes.set_data(
                page.range,
                page.daily,
                page.lanes,
                page.appointments,
                page.nrs,
                treatments=page.treatments,
            )
        elif key == "timeofday":
            self.timeofday.set_data(
                page.range, page.raster, page.heatmap, page.appointments, span=page.raster_span
            )
        elif key == "breakdown":
            self.breakdown.set_data(page.breakdown, page.analysis)

    def draw_all(self) -> None:
        """Draw every page now (for tests, image export and benchmarks)."""
        current = self.pages.currentIndex()
        for index in range(3):
            self.pages.setCurrentIndex(index)
        self.pages.setCurrentIndex(current)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a change of theme (light, dark, high contrast)."""
        if event.type() == QEvent.Type.PaletteChange:
            colours = chart_colours()
            if colours != self.colours:
                self.colours = colours
                self.apply_colours()
                self.lanes.set_colours(colours)
                self.timeofday.colours = colours
                self.mark_dirty()  # markers are drawn afresh in the new colours
        super().changeEvent(event)

    def apply_colours(self) -> None:
        """Give every chart the current theme's background and text colours."""
        import pyqtgraph as pg

        pen = pg.mkPen(self.colours.foreground)
        views = [self.lanes.widget, self.timeofday.widget] + [
            chart.widget
            for chart in (self.breakdown.triggers, self.breakdown.locations, self.breakdown.types)
        ]
        for view in views:
            view.setBackground(self.colours.background)
            for item in view.scene().items():
                if isinstance(item, pg.PlotItem):
                    for name in ("left", "bottom"):
                        item.getAxis(name).setPen(pen)
                        item.getAxis(name).setTextPen(pen)
                    title = item.titleLabel
                    title.setText(title.text, color=self.colours.foreground)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Catch up with changes made while hidden."""
        if "cards" in self._dirty:
            self.refresh()
        super().showEvent(event)

    # --- actions ---

    def open_report(self) -> QDialog:
        """Offer the appointment report for the range shown."""
        from mslog.ui.trends.report import ReportDialog

        dialog = ReportDialog(self._diary, self.range, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.report_dialog = dialog
        return dialog

    def save_chart_image(self, path: Path | None = None) -> Path | None:
        """Save the visible chart page as a PNG image."""
        if path is None:
            name = f"MSLog {self.pages.tabText(self.pages.currentIndex())} {self.range.first}.png"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart image"),
                str(Path.home() / name),
                self.tr("PNG image (*.png)"),
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".png") else chosen + ".png")
        widget = self.pages.currentWidget()
        if not widget.grab().save(str(path), "PNG"):
            self.range_label.setText(
                self.tr("The image could not be saved to {path}.").format(path=path)
            )
            return None
        return path
