"""The report's key numbers: this period, the one before and the % change, each on its days."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from mslog.core.checkin import CheckIn
from mslog.core.formatting import fmt_number
from mslog.core.i18n import Words
from mslog.core.trends import DateRange, day_number
from mslog.core.trends.coverage import MIN_COMPLETE_DAYS
from mslog.core.trends.headline import (
    BEFORE_DIARY,
    MEANINGFUL_CHANGE,
    MIN_NRS_DAYS,
    Figures,
    fmt_percent_change,
    nrs_change,
)
from mslog.core.trends.lanes import AdherenceLane, ExtraLanes

MIN_DAYS = MIN_NRS_DAYS  # days each period needs under a mean before a % change is given
MIN_DOSES = 7  # scheduled doses due each period needs before adherence is compared
STRETCH_HABIT = "stretch"  # a habit whose name holds this counts as a day with stretching


class KeyNumbers(Words):
    """The translation context of the report's key numbers (measures, cells, changes)."""


def not_compared_before() -> str:
    """The change of a measure whose previous period lies wholly before the diary."""
    return KeyNumbers.tr("– (nothing before the diary)")


def _on_days(mean: float, days: int) -> str:
    """A mean with the days it rests on: ``4.2 on 24 days``."""
    return KeyNumbers.tr("{mean} on %n days", "", days).format(mean=fmt_number(mean, 1))


class KeyRow(NamedTuple):
    """One row of the key numbers: the measure, both periods and the change between them."""

    measure: str
    now: str
    before: str
    change: str


@dataclass(frozen=True)
class Period:
    """What the key numbers of one period are read from.

    Attributes:
        figures: The headline figures with their coverage.
        checkins: The period's check-ins by day.
        lanes: Stretching, adherence and habit lanes.
        whole: Whether every day of the period lies in the diary (from its first day on).
    """

    figures: Figures
    checkins: Mapping[date, CheckIn]
    lanes: ExtraLanes
    whole: bool = True

    @property
    def range(self) -> DateRange:
        """The period's days."""
        return self.figures.range

    @property
    def in_diary(self) -> bool:
        """Whether any of the period lies in the diary."""
        return self.figures.in_diary


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _relative(now: float | None, before: float | None) -> str:
    if now is None or before is None:
        return ""
    if before == 0:
        return KeyNumbers.tr("no % change from 0")
    return fmt_percent_change(100 * (now - before) / before)


def _mean_row(
    measure: str,
    now: Period,
    before: Period,
    value: Callable[[CheckIn], int | None],
    nights: bool = False,
) -> KeyRow:
    # A check-in answer's mean "on N days" (``nights``: "on N nights"), compared when both
    # periods have enough days.
    def values(p: Period) -> list[int]:
        return [v for c in p.checkins.values() if (v := value(c)) is not None]

    mine, theirs = values(now), values(before)

    def cell(p: Period, vals: list[int]) -> str:
        if not p.in_diary:
            return BEFORE_DIARY
        mean = _mean(vals)
        if mean is None:
            return KeyNumbers.tr("– (not answered)")
        if nights:
            return KeyNumbers.tr("{mean} on %n nights", "", len(vals)).format(
                mean=fmt_number(mean, 1)
            )
        return _on_days(mean, len(vals))

    return KeyRow(
        measure, cell(now, mine), cell(before, theirs), _change(now, before, mine, theirs)
    )


def _change(now: Period, before: Period, mine: list[int], theirs: list[int]) -> str:
    if not mine:
        return "–"
    if not before.in_diary:
        return not_compared_before()
    if len(mine) < MIN_DAYS or len(theirs) < MIN_DAYS:
        return KeyNumbers.tr("– (fewer than %n days in a period)", "", MIN_DAYS)
    return _relative(_mean(mine), _mean(theirs))


def per_day_row(now: Period, before: Period) -> KeyRow:
    """Spasms per complete day, the per-day basis said when it is not complete days."""

    def cell(p: Period) -> str:
        f = p.figures
        if not f.in_diary:
            return BEFORE_DIARY
        c = f.coverage
        if f.per_day is None:
            return KeyNumbers.tr("– (no day with entries)")
        mean = fmt_number(f.per_day, 1)
        if c.uses_complete_days:
            return KeyNumbers.tr("{mean} on %n complete days", "", len(c.complete)).format(
                mean=mean
            )
        if c.complete:
            text = KeyNumbers.tr(
                "{mean} on %n days (only {complete} complete: spasms may be missing)",
                "",
                len(c.basis),
            )
        else:
            text = KeyNumbers.tr(
                "{mean} on %n days (none complete: spasms may be missing)", "", len(c.basis)
            )
        return text.format(mean=mean, complete=len(c.complete))

    a, b = now.figures, before.figures
    if a.per_day is None:
        change = "–"
    elif not b.in_diary:
        change = not_compared_before()
    elif not (a.coverage.uses_complete_days and b.coverage.uses_complete_days):
        change = KeyNumbers.tr("– (fewer than %n complete days in a period)", "", MIN_COMPLETE_DAYS)
    else:
        change = _relative(a.per_day, b.per_day)
    # Named for what it is: per complete day, unless this period has too few of them.
    complete = not a.in_diary or a.coverage.uses_complete_days
    if complete:
        name = KeyNumbers.tr("Spasms per complete day")
    else:
        name = KeyNumbers.tr("Spasms per day with entries")
    return KeyRow(name, cell(now), cell(before), change)


def nrs_row(now: Period, before: Period) -> KeyRow:
    """The daily check-in NRS with its change and where that stands against the 30 % mark."""
    change = nrs_change(now.figures, before.figures)

    def cell(mean: float | None, days: int, p: Period) -> str:
        if not p.in_diary:
            return BEFORE_DIARY
        return KeyNumbers.tr("– (no rating)") if mean is None else _on_days(mean, days)

    if change.now is None:
        text = "–"
    elif not change.before_in_diary:
        text = not_compared_before()
    elif change.percent is not None:
        if change.meaningful:
            text = KeyNumbers.tr("{change} (reaches the {mark} % mark)")
        else:
            text = KeyNumbers.tr("{change} (under the {mark} % mark)")
        text = text.format(change=fmt_percent_change(change.percent), mark=MEANINGFUL_CHANGE)
    elif change.before == 0 and min(change.days_now, change.days_before) >= MIN_NRS_DAYS:
        text = KeyNumbers.tr("no % change from 0")
    else:
        text = KeyNumbers.tr("– (fewer than %n days rated in a period)", "", MIN_NRS_DAYS)
    return KeyRow(
        KeyNumbers.tr("Spasticity NRS (0–10), daily mean"),
        cell(change.now, change.days_now, now),
        cell(change.before, change.days_before, before),
        text,
    )


def stretch_days(p: Period) -> set[int]:
    """Day numbers with a stretch session in MSLog or a stretching habit ticked."""
    days: set[int] = set()
    if p.lanes.stretch is not None:
        days |= set(p.lanes.stretch.day)
    if p.lanes.habits is not None:
        for name, ticked in p.lanes.habits.by_habit.items():
            if STRETCH_HABIT in name.lower():
                days |= ticked
    first, last = day_number(p.range.first), day_number(p.range.last)
    return {d for d in days if first <= d <= last}


def stretch_row(now: Period, before: Period) -> KeyRow | None:
    """Days with stretching, or None when the diary has never recorded any."""
    habits = now.lanes.habits.by_habit if now.lanes.habits is not None else {}
    if now.lanes.stretch is None and not any(STRETCH_HABIT in name.lower() for name in habits):
        return None
    mine, theirs = len(stretch_days(now)), len(stretch_days(before))

    def cell(n: int, p: Period) -> str:
        if not p.in_diary:
            return BEFORE_DIARY
        return KeyNumbers.tr("{count} of %n days", "", p.range.days).format(count=n)

    if not before.in_diary:
        change = not_compared_before()
    elif not before.whole:
        change = KeyNumbers.tr("– (the previous period began before the diary)")
    else:
        change = _relative(mine / now.range.days, theirs / before.range.days)
    return KeyRow(
        KeyNumbers.tr("Days with stretching"), cell(mine, now), cell(theirs, before), change
    )


def adherence_cell(lane: AdherenceLane | None) -> str:
    """Scheduled doses taken as a share of those due, e.g. ``92 % (222 of 241)``."""
    if lane is None:
        return "–"
    overall = lane.overall()
    if overall is None:
        return KeyNumbers.tr("– (no doses recorded yet)") if lane.untracked else "–"
    return KeyNumbers.tr("{percent} % ({taken} of {due})").format(
        percent=fmt_number(overall, 0), taken=sum(lane.taken), due=sum(lane.scheduled)
    )


def points_text(points: int) -> str:
    """A change of a percentage in points: ``+2 points``, ``−1 point``, ``no change``."""
    if points == 0:
        return KeyNumbers.tr("no change")
    if points > 0:
        return KeyNumbers.tr("+%n points", "", points)
    return KeyNumbers.tr("−%n points", "", -points)


def adherence_row(now: Period, before: Period) -> KeyRow | None:
    """Scheduled doses taken, compared in percentage points; None without medication."""
    lane, earlier = now.lanes.adherence, before.lanes.adherence
    if lane is None:
        return None
    due = sum(lane.scheduled)
    due_before = sum(earlier.scheduled) if earlier is not None else 0
    if lane.overall() is None:
        change = "–"
    elif not before.in_diary:
        change = not_compared_before()
    elif min(due, due_before) < MIN_DOSES or earlier is None:
        change = KeyNumbers.tr("– (fewer than %n doses due in a period)", "", MIN_DOSES)
    else:
        points = round(lane.overall() - earlier.overall())  # type: ignore[operator]
        change = points_text(points)
    return KeyRow(
        KeyNumbers.tr("Scheduled doses taken"),
        adherence_cell(lane),
        adherence_cell(earlier) if before.in_diary else BEFORE_DIARY,
        change,
    )


def key_rows(now: Period, before: Period) -> list[KeyRow]:
    """Return the key numbers, in the order a clinician asks for them."""
    rows = [
        per_day_row(now, before),
        nrs_row(now, before),
        _mean_row(
            KeyNumbers.tr("Times woken by spasms a night"),
            now,
            before,
            lambda c: c.nights_woken,
            nights=True,
        ),
        _mean_row(KeyNumbers.tr("Pain (0–10), daily mean"), now, before, lambda c: c.pain),
    ]
    rows += [r for r in (stretch_row(now, before), adherence_row(now, before)) if r is not None]
    return rows


def key_notes(now: Period) -> list[str]:
    """What the key numbers rest on and what they are, said once under the table."""
    return [
        KeyNumbers.tr(
            "A complete day is one the daily check-in says had every spasm logged (or none);"
            " days with nothing logged or said are unknown and never counted as calm."
            " NRS, nights woken and pain are the person's own daily check-in answers"
            " (3 nights woken means three or more). "
            "The {mark} % mark: the change in the daily NRS that trials treat as"
            " meaningful. Changes compare the two periods only; they do not show a cause."
            " Means are compared only with {days} days or more in each period. {before}:"
            " before the diary began; –: nothing to rest on. Nothing here is a clinical"
            " assessment."
        ).format(mark=MEANINGFUL_CHANGE, days=MIN_DAYS, before=BEFORE_DIARY)
    ]
