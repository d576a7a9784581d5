"""A date axis whose labels never run into each other."""

from __future__ import annotations

import pyqtgraph as pg

# Room a date label needs, in pixels ("Jan", "2026", "08"; at 200 % text too).
LABEL_ROOM_PX = 44


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis, dropping a finer tick that would sit on a coarser one.

    Around 90 days pyqtgraph labels both months and every few days, so "Jan" and "02"
    can land on the same spot and read "Jan02". The month (the coarser level) wins.
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
