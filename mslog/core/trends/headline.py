"""The headline figures of a range, each said with the days it rests on, and their wording.

One place for the numbers the Trends cards, the report and ``mslog report`` show, so
the three say the same thing:

* spasms per day and the Snow score from the log rest on the coverage basis days
  (complete days when there are at least 7, else the complete and partial days);
* the severity headline is the daily check-in NRS, its change against the period
  before given in % only when both periods have enough check-in days;
* ties (two busiest hours, two triggers marked as often) are shown as ties;
* a busiest hour is named only from :data:`MIN_HOUR_SPASMS` spasms on
  :data:`MIN_HOUR_DAYS` different days or more (one or two spasms are no pattern);
* a period wholly before the diary began shows "—", never 0.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from peewee import fn

from mslog.core.checkin import CheckIn, CheckIns
from mslog.core.checklists.tables import DoseRow, HabitTickRow, MedicationRow
from mslog.core.clock import from_epoch_and_offset
from mslog.core.formatting import fmt_number
from mslog.core.i18n import Words, translate
from mslog.core.storage.models import StretchSessionRow
from mslog.core.trends import (
    SNOW_LABELS,
    DailySpasms,
    DateRange,
    Trends,
    day_from_number,
    day_number,
    snow_score,
)
from mslog.core.trends.coverage import Coverage, coverage
from mslog.core.trends.tables import DoseSlotRow

BEFORE_DIARY = "—"  # a figure for days before the diary began: not zero, not known
MIN_NRS_DAYS = 7  # check-in days with a rating each period needs before a % change is given
MEANINGFUL_CHANGE = 30  # % change of the daily NRS that trials treat as meaningful
MAX_TIES_NAMED = 3  # more tied hours or triggers than this are summarised, not listed
MIN_HOUR_SPASMS = 10  # spasms a busiest hour needs, spread over...
MIN_HOUR_DAYS = 7  # ...at least this many different days


class Headline(Words):
    """The translation context of the headline figures' wording (cards, report, CLI)."""


def too_few_for_hour() -> str:
    """Why no busiest hour is named: ``too little data: 10 spasms on 7 days needed``."""
    text = Headline.tr("too little data: {spasms} spasms on {days} days needed")
    return text.format(spasms=MIN_HOUR_SPASMS, days=MIN_HOUR_DAYS)


def _spasms(n: int) -> str:
    return Headline.tr("%n spasms", "", n)


def _number(value: float) -> str:
    return fmt_number(value)


def _hour(hour: int) -> str:
    return f"{hour:02d}:00–{(hour + 1) % 24:02d}:00"


def _joined(words: Sequence[str]) -> str:
    if len(words) == 1:
        return words[0]
    text = Headline.tr("{items} and {last}", "a list: the items before the last, and the last")
    return text.format(items=Headline.tr(", ", "between the items of a list").join(words[:-1]),
                       last=words[-1])  # fmt: skip


def _tied(labels: Sequence[str], peak: int, crowd: tuple[str, str]) -> tuple[str, str]:
    # The busiest hours and the top triggers say a tie alike: one label with its spasms,
    # up to MAX_TIES_NAMED labels joined with "N each", more than that in ``crowd``'s words.
    if len(labels) == 1:
        return labels[0], _spasms(peak)
    if len(labels) > MAX_TIES_NAMED:
        return crowd
    return _joined(labels), _each(peak)


def _each(peak: int) -> str:
    return Headline.tr("{count} each", "tied hours or triggers, each with this many spasms").format(
        count=peak
    )


def _bracketed(parts: tuple[str, str]) -> str:
    value, note = parts
    return f"{value} ({note})" if note else value


@dataclass(frozen=True)
class Figures:
    """The headline figures of one range.

    Attributes:
        range: The days summarised.
        coverage: Which days are complete, partial or unknown.
        in_diary: False when the whole range is before the diary began (show "—").
        spasms: Spasms logged in the range (today's so far included).
        rated: How many of them have a 0-10 rating.
        rating_sum: Sum of those ratings.
        nrs: The check-in NRS of each day of the range that has one, in day order.
        hours: Spasms logged in each local hour 0-23.
        triggers: (label, spasms marked with it), most first.
    """

    range: DateRange
    coverage: Coverage
    in_diary: bool
    spasms: int
    rated: int
    rating_sum: int
    nrs: tuple[int, ...]
    hours: tuple[int, ...]
    triggers: tuple[tuple[str, int], ...]

    @property
    def per_day(self) -> float | None:
        """Spasms per day over the coverage basis days, or None without any."""
        return self.coverage.per_day()

    @property
    def mean_rating(self) -> float | None:
        """Mean 0-10 rating of the logged spasms that have one, or None."""
        return self.rating_sum / self.rated if self.rated else None

    @property
    def nrs_mean(self) -> float | None:
        """Mean daily check-in NRS, or None when no day has one."""
        return sum(self.nrs) / len(self.nrs) if self.nrs else None

    @cached_property
    def snow(self) -> int | None:
        """Typical (lower median) Snow score from the log over the basis days, or None.

        The score only grows with the count, so it is the score of the median count.
        """
        counts = self.coverage.basis_counts()
        return snow_score(statistics.median_low(counts)) if counts else None

    @property
    def spasm_days(self) -> int:
        """Days of the range with at least one spasm logged."""
        return sum(1 for n in self.coverage.counts.values() if n)

    @property
    def busiest_hours(self) -> tuple[list[int], int]:
        """The hours tied for the most spasms, and that number (no hours when none)."""
        peak = max(self.hours, default=0)
        return ([h for h, n in enumerate(self.hours) if n == peak] if peak else []), peak

    @property
    def top_triggers(self) -> tuple[list[str], int]:
        """The triggers tied for being marked on the most spasms, and that number."""
        if not self.triggers:
            return [], 0
        peak = self.triggers[0][1]
        return [label for label, n in self.triggers if n == peak], peak


def figures_of(
    rng: DateRange,
    today: date,
    daily: DailySpasms,
    checkins: Mapping[date, CheckIn],
    hours: Sequence[int],
    triggers: Sequence[tuple[str, int]],
    diary_began: date | None,
) -> Figures:
    """Work out the figures of ``rng`` from aggregates already read.

    Args:
        rng: The days.
        today: Today's diary day (counted in per-day figures only once complete).
        daily: Spasms per day covering ``rng``.
        checkins: The range's check-ins by day.
        hours: Spasms per local hour 0-23 in the range.
        triggers: (label, spasms marked) most first, in the range.
        diary_began: The first day anything was recorded, or None for an empty diary.
    """
    cov = coverage(rng, today, daily, checkins)
    # The range's rows are one slice of the day-ordered lists.
    begin = bisect_left(daily.day, day_number(rng.first))
    end = bisect_right(daily.day, day_number(rng.last))
    nrs = tuple(
        c.nrs
        for day, c in sorted(checkins.items())
        if rng.first <= day <= rng.last and c.nrs is not None
    )
    return Figures(
        range=rng,
        coverage=cov,
        in_diary=diary_began is not None and diary_began <= rng.last,
        spasms=sum(daily.count[begin:end]),
        rated=sum(daily.rated[begin:end]),
        rating_sum=sum(daily.severity_sum[begin:end]),
        nrs=nrs,
        hours=tuple(hours),
        triggers=tuple(triggers),
    )


# Tables whose first row can begin a diary: (model, epoch column, offset column).
_FIRST_MOMENTS = (
    (StretchSessionRow, StretchSessionRow.started_at, StretchSessionRow.utc_offset),
    (HabitTickRow, HabitTickRow.done_at, HabitTickRow.utc_offset),
    (DoseRow, DoseRow.taken_at, DoseRow.utc_offset),
)


def diary_began(trends: Trends, checkins: CheckIns) -> date | None:
    """Return the first diary day anything was recorded (spasm, check-in, dose...), or None."""
    days = [trends.earliest_day(), checkins.first_day()]
    for model, epoch, offset in _FIRST_MOMENTS:
        if not trends.table_exists(model):
            continue
        row = trends._select(
            model.select(epoch, offset).where(epoch.is_null(False)).order_by(epoch).limit(1)
        )
        if row:
            days.append(trends.day_rule.day_of(from_epoch_and_offset(*row[0])))
    if trends.table_exists(DoseRow):  # a skipped dose has only its slot's day
        # Each medication's first slot day, one index lookup each (not a scan of every dose);
        # a malformed imported slot has no day.
        slot = DoseSlotRow.alias()
        first_slot = slot.select(fn.MIN(slot.day)).where(
            (slot.medication_id == MedicationRow.id) & slot.day.is_null(False)
        )
        ((number,),) = trends._select(MedicationRow.select(fn.MIN(first_slot)))
        if number is not None:
            days.append(day_from_number(number))
    return min((d for d in days if d is not None), default=None)


# --- the NRS and its change ----------------------------------------------------------


@dataclass(frozen=True)
class NrsChange:
    """The daily NRS of a range against the period before.

    Attributes:
        now: Mean NRS of the range, or None.
        before: Mean NRS of the period before, or None.
        days_now: Check-in days with a rating in the range.
        days_before: The same for the period before.
        percent: % change (negative is lower), given only when both periods have
            :data:`MIN_NRS_DAYS` rated days and the earlier mean is above 0.
        before_in_diary: False when the period before is wholly before the diary began.
    """

    now: float | None
    before: float | None
    days_now: int
    days_before: int
    percent: float | None
    before_in_diary: bool = True

    @property
    def meaningful(self) -> bool:
        """Whether the change reaches the size trials treat as meaningful."""
        return self.percent is not None and abs(self.percent) >= MEANINGFUL_CHANGE - 0.05


def nrs_change(now: Figures, before: Figures) -> NrsChange:
    """Compare the daily NRS of ``now`` with ``before``."""
    percent = None
    enough = len(now.nrs) >= MIN_NRS_DAYS and len(before.nrs) >= MIN_NRS_DAYS and before.in_diary
    if enough and now.nrs_mean is not None and before.nrs_mean:
        percent = 100 * (now.nrs_mean - before.nrs_mean) / before.nrs_mean
    return NrsChange(
        now.nrs_mean, before.nrs_mean, len(now.nrs), len(before.nrs), percent, before.in_diary
    )


def fmt_percent_change(percent: float) -> str:
    """Return ``−32 %`` or ``+12 %`` (a true minus sign), ``0 %`` for no change."""
    rounded = round(percent)
    if rounded == 0:
        return "0 %"
    return f"{'+' if rounded > 0 else '−'}{abs(rounded)} %"


def nrs_value(change: NrsChange) -> str:
    """The range's NRS with its days, e.g. ``4.2 on 24 days``."""
    if change.now is None:
        return Headline.tr("– (no check-in with a rating)")
    return _on_days(change.now, change.days_now)


def _on_days(nrs: float, days: int) -> str:
    return Headline.tr("{nrs} on %n days", "a mean rating and the days it rests on", days).format(
        nrs=_number(nrs)
    )


def nrs_comparison(change: NrsChange) -> str:
    """The change against the period before, calmly, or why there is none."""
    if change.percent is not None:
        text = fmt_percent_change(change.percent)
        if change.meaningful:
            said = Headline.tr(
                "{change}: a change of {meaningful} % or more is what trials call meaningful"
            )
        else:
            said = Headline.tr(
                "{change}, less than the {meaningful} % change trials call meaningful"
            )
        return said.format(change=text, meaningful=MEANINGFUL_CHANGE)
    if change.now is None:
        return Headline.tr("check in daily to see it")
    if not change.before_in_diary:
        return Headline.tr("nothing to compare with before your diary began")
    if change.before == 0 and min(change.days_now, change.days_before) >= MIN_NRS_DAYS:
        return Headline.tr("no % change from a rating of 0")
    said = Headline.tr(
        "too few check-in days to compare ({now} and {before}; {needed} needed in each period)"
    )
    return said.format(now=change.days_now, before=change.days_before, needed=MIN_NRS_DAYS)


def nrs_before(change: NrsChange, before: Figures) -> str:
    """The period before's NRS cell."""
    if not before.in_diary:
        return BEFORE_DIARY
    if change.before is None:
        return "–"
    return _on_days(change.before, change.days_before)


# --- spasms, the Snow score, hours and triggers ---------------------------------------


def per_day_value(f: Figures) -> str:
    """Spasms per day, e.g. ``2.1 a day``; "—" before the diary, "–" with no basis."""
    if not f.in_diary:
        return BEFORE_DIARY
    if f.per_day is None:
        return "–"
    return Headline.tr("{value} a day", "spasms per day").format(value=_number(f.per_day))


def basis_note(f: Figures) -> str:
    """Which days the per-day figures of ``f`` rest on."""
    return f.coverage.basis_text() if f.in_diary else _before_diary()


def _before_diary() -> str:
    return Headline.tr("before your diary began")


def coverage_line(f: Figures) -> str:
    """The coverage line of a range, e.g. ``30 days counted: 24 complete, 4 partial, 2 unknown``."""
    return f.coverage.summary() if f.in_diary else _before_diary()


def rating_parts(f: Figures) -> tuple[str, str]:
    """Mean rating of logged spasms and how many are rated, e.g. ``("5.0", "18 of 20 rated")``."""
    if not f.in_diary:
        return BEFORE_DIARY, ""
    if not f.spasms:
        return "–", Headline.tr("no spasms logged")
    rated = Headline.tr("{rated} of {spasms} rated").format(rated=f.rated, spasms=f.spasms)
    mean = f.mean_rating
    return ("–" if mean is None else _number(mean)), rated


def rating_value(f: Figures) -> str:
    """Mean rating of logged spasms, e.g. ``5.0 (18 of 20 rated)``."""
    return _bracketed(rating_parts(f))


def snow_parts(f: Figures) -> tuple[str, str]:
    """The typical Snow score from the log and its level, e.g. ``("3", "one to five a day")``.

    A typical score of 1 beside logged spasms reads "none on most of these days",
    never "no spasms".
    """
    if not f.in_diary:
        return BEFORE_DIARY, ""
    score = f.snow
    if score is None:
        return "–", ""
    if score == 1 and f.spasms:
        return "1", Headline.tr("none on most of these days")
    return str(score), translate("SnowScore", SNOW_LABELS[score])


def snow_value(f: Figures) -> str:
    """The typical Snow score from the log with its level, e.g. ``3 – one to five a day``."""
    score, level = snow_parts(f)
    return f"{score} – {level}" if level else score


def hours_parts(f: Figures) -> tuple[str, str]:
    """The busiest hour (or tied hours) and its count, e.g. ``("07:00–08:00", "9 spasms")``.

    With fewer than :data:`MIN_HOUR_SPASMS` spasms or :data:`MIN_HOUR_DAYS` days with
    spasms, no hour is named and the count says what is needed.
    """
    if not f.in_diary:
        return BEFORE_DIARY, ""
    hours, peak = f.busiest_hours
    if not hours:
        return "–", ""
    if f.spasms < MIN_HOUR_SPASMS or f.spasm_days < MIN_HOUR_DAYS:
        return "–", too_few_for_hour()
    crowd = (
        Headline.tr("no single busiest hour"),
        Headline.tr("%n hours have {count} each", "", len(hours)).format(count=peak),
    )
    return _tied([_hour(h) for h in hours], peak, crowd)


def hours_value(f: Figures) -> str:
    """The busiest hour, or the tied ones, e.g. ``07:00–08:00 and 22:00–23:00 (9 each)``."""
    return _bracketed(hours_parts(f))


def triggers_parts(f: Figures) -> tuple[str, str]:
    """The trigger marked on most spasms (or tied ones) and the count: ``("Heat", "12 spasms")``."""
    if not f.in_diary:
        return BEFORE_DIARY, ""
    labels, peak = f.top_triggers
    if not labels:
        return "–", ""
    shown = labels[:MAX_TIES_NAMED]
    more = Headline.tr("{triggers} and %n more", "", len(labels) - len(shown))
    crowd = (more.format(triggers=Headline.tr(", ", "between the items of a list").join(shown)),
             _each(peak))  # fmt: skip
    return _tied(labels, peak, crowd)


def triggers_value(f: Figures) -> str:
    """The trigger marked on most spasms, or the tied ones, e.g. ``Heat and Stress (12 each)``."""
    return _bracketed(triggers_parts(f))
