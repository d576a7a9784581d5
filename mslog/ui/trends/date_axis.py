"""A date axis whose labels never run into each other, its names in the person's language."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset

from mslog.core.formatting import month_name, weekday_name

# Room a date label needs, in pixels ("Jan", "2026", "08"; at 200 % text too).
LABEL_ROOM_PX = 44
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _label(moment: datetime, pattern: str) -> str | None:
    """Write ``moment`` as pyqtgraph's strftime ``pattern`` would, in the person's words.

    strftime's ``%b`` and ``%a`` follow the C library's locale, not the language MSLog
    shows; None for a pattern left to pyqtgraph (times of day: digits only).
    """
    if pattern == "%Y":
        return str(moment.year)
    if pattern == "%b":
        return month_name(moment.month, short=True)
    if pattern == "%d":
        return f"{moment.day:02d}"
    if pattern == "%a %d":
        return f"{weekday_name(moment.weekday(), short=True)} {moment.day:02d}"
    return None


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis, dropping a finer tick that would sit on a coarser one.

    Around 90 days pyqtgraph labels both months and every few days, so "Jan" and "02"
    can land on the same spot and read "Jan02". The month (the coarser level) wins.
    Month and weekday names are MSLog's (the language shown), not strftime's.
    """

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803
        """Pyqtgraph's ticks, less those crowding a tick of a coarser level."""
        levels = super().tickValues(minVal, maxVal, size)
        if size <= 0 or maxVal <= minVal:
            return levels
        room = LABEL_ROOM_PX * (maxVal - minVal) / size
        taken: list[float] = []
        spaced = []
        for spacing, values in levels:  # coarsest level first
            kept = [v for v in values if all(abs(v - t) >= room for t in taken)]
            taken.extend(kept)
            spaced.append((spacing, kept))
        return spaced

    def tickStrings(self, values, scale, spacing) -> list[str]:  # noqa: N802 - pyqtgraph's
        """The labels of ``values``: names from MSLog's formatting, times from pyqtgraph."""
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        pattern = getattr(spec, "format", None)
        if pattern is None or _label(_EPOCH, pattern) is None:
            return super().tickStrings(values, scale, spacing)
        labels = []
        for value in values:
            try:
                local = adjustTimestampToPreferredUtcOffset(value, self.utcOffset)
                moment = _EPOCH + timedelta(seconds=local)
            except (OverflowError, ValueError):
                labels.append("")
                continue
            labels.append(_label(moment, pattern) or "")
        return labels
