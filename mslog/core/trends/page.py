"""What one range of the diary shows (series, figures, breakdowns, factors, markers), read once."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from mslog.core.checkin import CheckIn
from mslog.core.checklists.tables import MedicationRow
from mslog.core.days import DayRule
from mslog.core.storage.writes import Mark, changed
from mslog.core.trends import (
    Breakdown,
    DailySpasms,
    DateRange,
    Summary,
    Trends,
    cache,
    day_number,
)
from mslog.core.trends.coverage import Coverage
from mslog.core.trends.exposures import Exposures
from mslog.core.trends.headline import Figures, diary_began, figures_of
from mslog.core.trends.insight import Analysis, analyse
from mslog.core.trends.lanes import (
    ExtraLanes,
    HabitLane,
    ScheduledCounts,
    StretchLane,
    adherence_lane,
    habit_lane,
    medicine_markers,
    scheduled_counts,
    stretch_lane,
)

if TYPE_CHECKING:
    from mslog.core.appointments import Appointment, Appointments
    from mslog.core.checkin import CheckIns
    from mslog.core.checklists import Checklists
    from mslog.core.checklists.treatments import Treatment
    from mslog.core.diary import Diary

BREAKDOWN_LIMIT = 12  # triggers, places and types listed per breakdown on the Trends tab
# A longer range draws its time-of-day raster one dot per 32-day block and hour: a dot a
# day is narrower than a pixel there, and tens of thousands of them cost a long redraw.
RASTER_DAILY_UP_TO = 731


# The diary's tables each kept part of a page reads, directly or through the aggregates
# SQLite's triggers keep from them (tests/core/trends/test_recent_pages.py checks each part
# against what it really reads). A part not named here is never carried to a new page.
_SPASMS = frozenset({"spasm", "spasm_trigger", "spasm_location"})
_CHECKINS = frozenset({"checkin", "checkin_factor", "day_factor"})
_FIRST_ENTRIES = _SPASMS | _CHECKINS | {"stretch_session", "habit_tick", "dose", "medication"}
_STRETCHING = frozenset({"stretch_session", "stretch_step"})
_HABITS = frozenset({"habit", "habit_tick"})
_MEDICINES = frozenset({"medication", "medication_version", "medication_time"})
PART_TABLES: dict[str, frozenset[str]] = {
    "daily": _SPASMS,
    "hours": _SPASMS,
    "heatmap": _SPASMS,
    "raster": _SPASMS,
    "_tags": _SPASMS,
    "notes": _SPASMS,
    "_checkins_around": _CHECKINS,
    "checkins": _CHECKINS,
    "nrs": _CHECKINS,
    "began": _FIRST_ENTRIES,
    "figures": _SPASMS | _FIRST_ENTRIES,
    "appointments": frozenset({"appointment", "appointment_questions"}),
    "treatments": frozenset({"treatment"}),
    "_stretch_lane": _STRETCHING,
    "_habit_lane": _HABITS,
    "_medicines": _MEDICINES,
    "_scheduled": _MEDICINES | {"dose"},
}
# Parts that also depend on the minute (which doses are due yet): carried only within it.
_MINUTE_PARTS = {"lanes": _STRETCHING | _HABITS | _MEDICINES | {"dose"}}


def _same_minute(one: datetime, other: datetime) -> bool:
    return one.replace(second=0, microsecond=0) == other.replace(second=0, microsecond=0)


class TrendPage:
    """Everything one range of days shows, each part read when first asked for and kept.

    The Trends view makes one page per redraw and the report one per report, so both
    show the same figures for the same days and no aggregate is read twice. A page is
    a snapshot: after the diary changes, make a new one.

    Args:
        trends: The trend aggregates.
        checkins: The daily check-ins (their NRS, completeness and day factors).
        checklists: Medications, doses and habits (for the adherence lane and markers).
        appointments: Appointments, drawn as markers.
        rng: The days shown.
        day_rule: When a diary day starts.
        now: The moment the page is made (doses not yet due then are not counted).
        breakdown_limit: How many triggers, places and types each breakdown lists.
    """

    def __init__(
        self,
        trends: Trends,
        checkins: CheckIns,
        checklists: Checklists,
        appointments: Appointments,
        rng: DateRange,
        day_rule: DayRule,
        now: datetime,
        *,
        breakdown_limit: int = BREAKDOWN_LIMIT,
    ) -> None:
        self._trends = trends
        self._checkins = checkins
        self._checklists = checklists
        self._appointments = appointments
        self.range = rng
        self.day_rule = day_rule
        self.now = now
        self.today: date = day_rule.day_of(self.now)
        self.breakdown_limit = breakdown_limit
        self._later: TrendPage | None = None  # the page this one is the period before of

    @classmethod
    def of(cls, diary: Diary, rng: DateRange, breakdown_limit: int = BREAKDOWN_LIMIT) -> TrendPage:
        """Return the page of ``rng`` from an open diary's services."""
        return cls(
            diary.trends,
            diary.checkins,
            diary.checklists,
            diary.appointments,
            rng,
            diary.day_rule,
            diary.clock.now(),
            breakdown_limit=breakdown_limit,
        )

    @cached_property
    def previous(self) -> TrendPage:
        """The page of the equally long range just before (sharing the diary's first day)."""
        page = TrendPage(
            self._trends,
            self._checkins,
            self._checklists,
            self._appointments,
            self.range.previous(),
            self.day_rule,
            self.now,
            breakdown_limit=self.breakdown_limit,
        )
        page._later = self
        return page

    def carry_from(self, old: TrendPage, written: frozenset[str]) -> None:
        """Take over the parts ``old`` has read that no write to ``written`` touched.

        ``old`` is a page of the same range, made earlier on the same connection, the same
        day and day-start hour; ``written`` holds the tables written to since. Its period
        before is carried over the same way.
        """
        minute = _same_minute(old.now, self.now)
        kept = old.__dict__
        for part, tables in (*PART_TABLES.items(), *(_MINUTE_PARTS.items() if minute else ())):
            if part in kept and not tables & written:
                self.__dict__[part] = kept[part]
        if "previous" in kept:
            self.previous.carry_from(kept["previous"], written)

    # --- the spasm log ---

    @cached_property
    def daily(self) -> DailySpasms:
        """Spasms per diary day (only days with any)."""
        return self._trends.daily(self.range)

    @cached_property
    def hours(self) -> list[int]:
        """Spasms in each local hour 0-23."""
        return self._trends.hours(self.range)

    @cached_property
    def heatmap(self) -> list[list[int]]:
        """Spasms as 7 weekday rows (Monday first) × 24 local hours."""
        return self._trends.heatmap(self.range)

    @cached_property
    def raster_span(self) -> int:
        """How many days one column of the time-of-day raster holds (1, or 32 for long ranges)."""
        return 1 if self.range.days <= RASTER_DAILY_UP_TO else cache.BLOCK

    @cached_property
    def raster(self) -> tuple[list[int], list[int], list[int], list[int]]:
        """Spasms per diary day × hour (see :meth:`Trends.raster`), or per 32-day block.

        For blocks (:attr:`raster_span` > 1) the first list holds each block's first day
        number and the worst severity is not kept (-1).
        """
        if self.raster_span == 1:
            return self._trends.raster(self.range)
        days, hours, counts = self._trends.raster_by_block(self.range)
        return days, hours, counts, [-1] * len(days)

    @cached_property
    def _tags(self) -> Breakdown:
        # Every trigger, place and type: the headline's ties count them all.
        return self._trends.breakdown(self.range, limit=None)

    @cached_property
    def breakdown(self) -> Breakdown:
        """Triggers, locations and types marked most often, :attr:`breakdown_limit` each."""
        tags, n = self._tags, self.breakdown_limit
        return Breakdown(tags.triggers[:n], tags.locations[:n], tags.types[:n])

    @cached_property
    def summary(self) -> Summary:
        """Plain totals of the range."""
        return self._trends.summary(self.range, self.daily, hours=self.hours, breakdown=self._tags)

    @cached_property
    def notes(self) -> list[tuple[int, int, int, str]]:
        """(epoch, utc offset, severity, note) of the most severe noted spasms."""
        return self._trends.notable_notes(self.range)

    # --- check-ins, coverage and the headline figures ---

    @cached_property
    def _checkins_around(self) -> dict[date, CheckIn]:
        # From the day before the range: a next-day factor looks one day back.
        return self._checkins.between(self.range.first - timedelta(days=1), self.range.last)

    @cached_property
    def checkins(self) -> Mapping[date, CheckIn]:
        """The range's check-ins by day."""
        rng = self.range
        return {d: c for d, c in self._checkins_around.items() if rng.first <= d <= rng.last}

    @cached_property
    def nrs(self) -> dict[int, int]:
        """The daily check-in spasticity rating (0-10) by day number, on days that have one."""
        return {day_number(d): c.nrs for d, c in self.checkins.items() if c.nrs is not None}

    @cached_property
    def began(self) -> date | None:
        """The first day anything was recorded in the diary, or None for an empty one."""
        if self._later is not None:
            return self._later.began
        return diary_began(self._trends, self._checkins)

    @cached_property
    def figures(self) -> Figures:
        """The headline figures, with the coverage they rest on."""
        triggers = [(label, n) for _, label, n in self._tags.triggers]
        return figures_of(
            self.range,
            self.today,
            self.daily,
            self.checkins,
            self.hours,
            triggers,
            self.began,
        )

    @property
    def coverage(self) -> Coverage:
        """Which days are complete, partial or unknown."""
        return self.figures.coverage

    # --- lanes beyond spasms and the markers ---

    @cached_property
    def _stretch_lane(self) -> StretchLane | None:
        return stretch_lane(self._trends, self.range)

    @cached_property
    def _habit_lane(self) -> HabitLane | None:
        return habit_lane(self._trends, self.range)

    @cached_property
    def _medicines(self) -> tuple[list[tuple[date, str]], list[str]]:
        return medicine_markers(self._trends, self._checklists, self.range)

    @cached_property
    def _scheduled(self) -> ScheduledCounts | None:
        # None until the person has added a medication: no adherence lane then.
        if not self._trends.table_has_rows(MedicationRow):
            return None
        return scheduled_counts(self._trends, self.range)

    @cached_property
    def lanes(self) -> ExtraLanes:
        """Stretching, adherence and habit lanes, medication changes and what is taken now."""
        scheduled = self._scheduled
        markers, medications = self._medicines
        return ExtraLanes(
            stretch=self._stretch_lane,
            adherence=None
            if scheduled is None
            else adherence_lane(self._trends, self.range, self.now, scheduled),
            habits=self._habit_lane,
            markers=markers,
            medications=medications,
        )

    @property
    def medication_changes(self) -> list[tuple[date, str]]:
        """(day, label) of each medication change in the range, a marker on the charts."""
        return self.lanes.markers

    @cached_property
    def appointments(self) -> list[Appointment]:
        """The appointments in the range, a marker on the charts."""
        return self._appointments.between(self.range.first, self.range.last)

    @cached_property
    def treatments(self) -> list[Treatment]:
        """The treatment events in the range (injections, pump refills), markers on the charts."""
        return self._checklists.treatments.between(self.range.first, self.range.last)

    # --- the factors ---

    @cached_property
    def exposures(self) -> Exposures:
        """The outcomes and exposures the factor analysis compares."""
        return Exposures(
            self._trends,
            self._checkins.factors(),
            self.range,
            self.today,
            self._checkins_around,
            self.coverage,
        )

    @cached_property
    def analysis(self) -> Analysis:
        """Days with and without each factor, compared."""
        exposures = self.exposures
        return analyse(
            exposures.factors(),
            complete_days=len(exposures.coverage.complete),
            days=exposures.coverage.counted,
        )


class RecentPages:
    """The last few pages read, reused while nothing they show has changed.

    Switching between ranges reads each range once. After a write, here or by another
    MSLog (the diary counts its writes per table: :mod:`mslog.core.storage.writes`), a
    page's parts that the write could not touch are carried to a new page (a spasm logged
    leaves the stretching, dose and habit lanes as they were); everything is read afresh
    after a write that could not be told apart, another program's commit that counted
    nothing, a change of day-start hour or day, or once the database was reopened. The
    lanes are read again each minute too: which doses are due depends on the moment.

    Args:
        size: How many pages to keep (each range's page holds its per-day rows).
    """

    def __init__(self, size: int = 4) -> None:
        self._size = size
        # range -> (page, what it rests on, the diary's writes when it was made)
        self._pages: dict[DateRange, tuple[TrendPage, tuple, Mark]] = {}

    def get(self, diary: Diary, rng: DateRange) -> TrendPage:
        """Return the page of ``rng``: the kept one if the diary is as it was, else a new one."""
        now = diary.clock.now()
        diary.trends._ensure()  # a first build of the aggregates writes: before the mark
        stamp = (diary.day_rule.start_hour, diary.day_rule.day_of(now.replace(tzinfo=None)))
        if any(kept_stamp != stamp for _, kept_stamp, _ in self._pages.values()):
            self._pages.clear()  # all of them are out of date
        mark = diary.db.writes.mark(diary.db)
        kept = self._pages.pop(rng, None)
        page = None
        if kept is not None:
            written = changed(kept[2], mark)
            old = kept[0]
            if written is not None and not written and _same_minute(old.now, now):
                page, mark = old, kept[2]
            elif written is not None:
                page = TrendPage.of(diary, rng)
                page.carry_from(old, written)
        if page is None:
            page = TrendPage.of(diary, rng)
        self._pages[rng] = (page, stamp, mark)  # the most recent last
        while len(self._pages) > self._size:
            del self._pages[next(iter(self._pages))]
        return page

    def clear(self) -> None:
        """Forget every page (their rows free for the collector)."""
        self._pages.clear()
