"""The History tab's month calendar: big days, the days that hold entries in bold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QTableView, QToolButton, QWidget

from mslog.ui.widgets.arrows import back_arrow, forward_arrow

# A day is a target: at least 44 px inside its grid lines, growing with the text.
DAY_WIDTH, DAY_HEIGHT = 48, 46  # a grid line each side
# The month's grid shows up to a week before and two after the month itself.
SHOWN_BEFORE, SHOWN_AFTER = timedelta(days=7), timedelta(days=15)


def to_qdate(day: date) -> QDate:
    """Return ``day`` as Qt's date."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """Return Qt's date as a ``date``."""
    return date(day.year(), day.month(), day.day())


class DayCalendar(QCalendarWidget):
    """A month of days to pick from, Monday first, no day after today.

    Args:
        marked: Returns the days from the first to the last given that hold entries.

    Signals:
        dayChosen: A day was picked (clicked, or moved to with the arrow keys).
    """

    dayChosen = Signal(object)  # noqa: N815 - Qt naming

    def __init__(
        self, marked: Callable[[date, date], set[date]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._marked = marked
        self._bold: set[date] = set()
        self.setAccessibleName(self.tr("Calendar: pick a day to see"))
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)
        plain = self.weekdayTextFormat(Qt.DayOfWeek.Monday)
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekend, plain)  # red says nothing here, and reads poorly
        for name, text, said in (
            ("qt_calendar_prevmonth", back_arrow(self), self.tr("Previous month")),
            ("qt_calendar_nextmonth", forward_arrow(self), self.tr("Next month")),
        ):
            button = self.findChild(QToolButton, name)
            if button is not None:
                # Qt's arrow icons are drawn dark: unseen on the dark and high-contrast themes.
                button.setIcon(QIcon())
                button.setText(text)
                button.setAccessibleName(said)
                button.setToolTip(said)
        self.selectionChanged.connect(lambda: self.dayChosen.emit(from_qdate(self.selectedDate())))
        self.currentPageChanged.connect(lambda _year, _month: self.mark_days())
        self.fit_text()

    def fit_text(self) -> None:
        """Grow the days with the text size, so each stays a big target with its number in it."""
        line = self.fontMetrics().height()
        width = max(DAY_WIDTH, round(2.4 * line))
        height = max(DAY_HEIGHT, round(2.2 * line))
        rows = 7  # the weekday names and six weeks
        grid = self.findChild(QTableView)
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        # The days' own grid, and the whole with the bar of month and year above it.
        if grid is not None:
            grid.setMinimumSize(7 * width, rows * height)
        above = bar.sizeHint().height() if bar is not None else height
        self.setMinimumSize(7 * width, rows * height + above)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Fit the days to a new text size."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.fit_text()

    def show_day(self, day: date, today: date) -> None:
        """Select ``day`` (without saying it was chosen), with nothing after ``today``."""
        self.blockSignals(True)
        self.setMaximumDate(to_qdate(today))
        self.setSelectedDate(to_qdate(day))
        self.blockSignals(False)
        self.mark_days()

    def mark_days(self) -> None:
        """Show in bold the days of the month shown that hold any entry."""
        first = date(self.yearShown(), self.monthShown(), 1)
        days = self._marked(first - SHOWN_BEFORE, first + timedelta(days=31) + SHOWN_AFTER)
        plain = QTextCharFormat()
        for day in self._bold - days:
            self.setDateTextFormat(to_qdate(day), plain)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)  # not by weight alone: bold is hard to tell when blurred
        for day in days:
            self.setDateTextFormat(to_qdate(day), bold)
        self._bold = days

    def marked_days(self) -> set[date]:
        """Return the days shown in bold."""
        return set(self._bold)
