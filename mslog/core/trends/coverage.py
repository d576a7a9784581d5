"""Which days of a range are known completely, partly or not at all; what per-day figures use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from mslog.core.checkin import CheckIn
from mslog.core.i18n import Words
from mslog.core.trends import DailySpasms, DateRange, day_number

# Per-day figures use only complete days once there are this many.
MIN_COMPLETE_DAYS = 7


class DaysCounted(Words):
    """The translation context of which days a figure rests on."""


@dataclass(frozen=True)
class Coverage:
    """How much of a range the diary knows.

    A day is *complete* when its check-in says every spasm was logged or that there
    were none; *partial* when spasms were logged but the day was not said to be
    complete; *unknown* otherwise (no entries is not the same as no spasms). Today
    counts only once it is complete; before that it is *in progress*.

    Attributes:
        range: The days asked about.
        complete: Day numbers of complete days.
        partial: Day numbers of partial days.
        unknown: Day numbers of unknown days.
        in_progress: Whether today is in the range and not complete (it is not counted).
        counts: Spasms logged on each counted day with any (day number → count).
    """

    range: DateRange
    complete: frozenset[int]
    partial: frozenset[int]
    unknown: frozenset[int]
    in_progress: bool
    counts: Mapping[int, int]

    @property
    def counted(self) -> int:
        """Days that are over (and today if complete)."""
        return len(self.complete) + len(self.partial) + len(self.unknown)

    @property
    def uses_complete_days(self) -> bool:
        """Whether per-day figures rest on complete days only."""
        return len(self.complete) >= MIN_COMPLETE_DAYS

    # Kept once worked out: a thirty-year range has eleven thousand days to go through,
    # and the cards read these at every redraw.
    @cached_property
    def basis(self) -> frozenset[int]:
        """The days per-day figures use: complete days, or else every day with entries."""
        return self.complete if self.uses_complete_days else self.complete | self.partial

    @cached_property
    def _basis_counts(self) -> tuple[int, ...]:
        counts = self.counts
        return tuple(counts.get(d, 0) for d in sorted(self.basis))

    def per_day(self) -> float | None:
        """Spasms per day over :attr:`basis`, or None when it is empty."""
        counts = self._basis_counts
        return sum(counts) / len(counts) if counts else None

    def basis_counts(self) -> list[int]:
        """The spasm count of every day in :attr:`basis`, in day order."""
        return list(self._basis_counts)

    def summary(self) -> str:
        """The coverage line, e.g. ``30 days counted: 24 complete, 4 partial, 2 unknown``."""
        if self.in_progress:
            text = DaysCounted.tr(
                "%n days counted: {complete} complete, {partial} partial, {unknown} unknown"
                " (today counts once it is over or checked in as complete)",
                "",
                self.counted,
            )
        else:
            text = DaysCounted.tr(
                "%n days counted: {complete} complete, {partial} partial, {unknown} unknown",
                "",
                self.counted,
            )
        return text.format(
            complete=len(self.complete), partial=len(self.partial), unknown=len(self.unknown)
        )

    def basis_text(self) -> str:
        """Which days per-day figures rest on, in words."""
        if self.uses_complete_days:
            text = DaysCounted.tr("based on {complete} of {counted} days (complete days)")
            return text.format(complete=len(self.complete), counted=self.counted)
        days = self.basis
        if not days:
            return DaysCounted.tr("no day with entries yet")
        complete = len(self.complete)
        if not self.partial:
            text = DaysCounted.tr(
                "based on only %n complete days ({steadier} make a steadier figure)", "", complete
            )
            return text.format(steadier=MIN_COMPLETE_DAYS)
        text = DaysCounted.tr(
            "based on %n days ({complete} complete, {partial} partial: fewer than {steadier}"
            " complete, so spasms may be missing)",
            "",
            len(days),
        )
        return text.format(complete=complete, partial=len(self.partial), steadier=MIN_COMPLETE_DAYS)


def coverage(
    rng: DateRange, today: date, daily: DailySpasms, checkins: Mapping[date, CheckIn]
) -> Coverage:
    """Classify every day of ``rng`` as complete, partial or unknown.

    Args:
        rng: The days to classify.
        today: Today's diary day (not counted until it is complete).
        daily: Spasms per day (covering at least ``rng``).
        checkins: The check-ins of the range, by day.
    """
    # Day numbers throughout: turning each of a long range's days into a date costs more
    # than the classification itself.
    first, last_day = day_number(rng.first), day_number(rng.last)
    counts = {d: n for d, n in zip(daily.day, daily.count, strict=True) if first <= d <= last_day}
    said_on = {day_number(d): c.spasms for d, c in checkins.items()}
    today_number = day_number(today)
    # Set arithmetic over day numbers rather than a test of each day: a thirty-year range
    # is eleven thousand days, most of them with nothing to classify but "unknown".
    complete = {
        number
        for number, said in said_on.items()
        if first <= number <= last_day
        and (said == "all_logged" or (said == "none" and not counts.get(number, 0)))
    }
    over = min(last_day, today_number - 1)  # the last day that is over
    partial = {number for number, n in counts.items() if n and number <= over} - complete
    unknown = set(range(first, over + 1)) - complete - partial
    in_progress = first <= today_number <= last_day and today_number not in complete
    return Coverage(
        rng, frozenset(complete), frozenset(partial), frozenset(unknown), in_progress, counts
    )
