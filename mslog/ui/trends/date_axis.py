"""A date axis whose labels never run into each other, its names in the person's language."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    MONTH_DAY_ZOOM_LEVEL,
    MONTH_SPACING,
    YEAR_SPACING,
    adjustTimestampToPreferredUtcOffset,
)
from PySide6.QtGui import QFontMetricsF

from mslog.core.formatting import month_name, weekday_name

# The least room a date label needs, in pixels ("Jan", "2026", "08"), as at 100 % text;
# a larger text takes more (label_room_px).
LABEL_ROOM_PX = 44
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _label(moment: datetime, spacing: float, days_only: bool) -> str | None:
    """Write ``moment`` as pyqtgraph would for a tick ``spacing`` apart, in the person's words.

    pyqtgraph writes months and weekdays with strftime, whose names follow the C library's
    locale, not the language MSLog shows. ``days_only``: the day ticks between months (a
    day's number), else beside the hours (weekday and day). None for a tick left to
    pyqtgraph (times of day: digits only).
    """
    if spacing == YEAR_SPACING:
        return str(moment.year)
    if spacing == MONTH_SPACING:
        return month_name(moment.month, short=True)
    if spacing == DAY_SPACING:
        if days_only:
            return f"{moment.day:02d}"
        return f"{weekday_name(moment.weekday(), short=True)} {moment.day:02d}"
    return None


def label_room_px(axis: pg.AxisItem) -> float:
    """The room a date's label takes on ``axis``, in pixels, at its text size (gap included)."""
    return max(LABEL_ROOM_PX, QFontMetricsF(axis.font()).horizontalAdvance("00000"))


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis, dropping a finer tick that would sit on a coarser one.

    Around 90 days pyqtgraph labels both months and every few days, so "Jan" and "02"
    can land on the same spot and read "Jan02". The month (the coarser level) wins.
    Month and weekday names are MSLog's (the language shown), not strftime's.
    """

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803
        """Pyqtgraph's ticks, less those crowding a kept one (of a coarser level or its own)."""
        levels = super().tickValues(minVal, maxVal, size)
        if size <= 0 or maxVal <= minVal:
            return levels
        room = label_room_px(self) * (maxVal - minVal) / size
        taken: list[float] = []
        spaced = []
        for spacing, values in levels:  # coarsest level first
            kept = []
            for value in values:
                # Thinned within a level too: at a large text size every month's label
                # does not fit a year, and pyqtgraph would then drop them all.
                if all(abs(value - t) >= room for t in taken):
                    kept.append(value)
                    taken.append(value)
            spaced.append((spacing, kept))
        return spaced

    def tickStrings(self, values, scale, spacing) -> list[str]:  # noqa: N802 - pyqtgraph's
        """The labels of ``values``: names from MSLog's formatting, times from pyqtgraph."""
        days_only = self.zoomLevel is MONTH_DAY_ZOOM_LEVEL
        if _label(_EPOCH, spacing, days_only) is None:
            return super().tickStrings(values, scale, spacing)
        labels = []
        for value in values:
            try:
                local = adjustTimestampToPreferredUtcOffset(value, self.utcOffset)
                moment = _EPOCH + timedelta(seconds=local)
            except (OverflowError, ValueError):
                labels.append("")
                continue
            labels.append(_label(moment, spacing, days_only) or "")
        return labels
