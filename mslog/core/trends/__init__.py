"""Trend aggregates for a range of diary days, read from the rollup tables as plain lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from peewee import Expression, Model, Query, Value, fn

from mslog.core import vocab
from mslog.core.days import DayRule
from mslog.core.formatting import fmt_date, short_type_label
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.storage.models import SpasmRow
from mslog.core.storage.writes import Mark, changed
from mslog.core.trends import cache, queries
from mslog.core.trends.tables import (
    TrendCellRow,
    TrendDayRow,
    TrendHourBlockRow,
    TrendTagBlockRow,
    TrendTagRow,
)

if TYPE_CHECKING:
    from mslog.core.storage.database import Database

EPOCH_DAY = date(1970, 1, 1)


class TrendRange(Words):
    """The translation context of the ranges of days (their choices and how one is written)."""


# Range choices offered in the tab and understood by :func:`resolve_range` (English
# labels: :func:`range_choices` gives them in the person's language).
RANGE_CHOICES: list[tuple[str, str]] = [
    ("7", QT_TRANSLATE_NOOP("TrendRange", "7 days")),
    ("30", QT_TRANSLATE_NOOP("TrendRange", "30 days")),
    ("90", QT_TRANSLATE_NOOP("TrendRange", "90 days")),
    ("365", QT_TRANSLATE_NOOP("TrendRange", "1 year")),
    ("all", QT_TRANSLATE_NOOP("TrendRange", "All")),
    ("since_appointment", QT_TRANSLATE_NOOP("TrendRange", "Since last appointment")),
    ("custom", QT_TRANSLATE_NOOP("TrendRange", "Custom…")),
]


def range_choices() -> list[tuple[str, str]]:
    """Return :data:`RANGE_CHOICES` with their labels in the person's language."""
    return [(key, translate("TrendRange", label)) for key, label in RANGE_CHOICES]


# Snow spasm frequency score from the number of spasms in a day: 1 none, 2 one,
# 3 two to five, 4 six to nine, 5 ten or more (the published bands overlap at 1 and 5;
# we give a boundary count the lower band).
# English labels: shown with translate("SnowScore", label).
SNOW_LABELS = {
    1: QT_TRANSLATE_NOOP("SnowScore", "no spasms"),
    2: QT_TRANSLATE_NOOP("SnowScore", "one or fewer a day"),
    3: QT_TRANSLATE_NOOP("SnowScore", "one to five a day"),
    4: QT_TRANSLATE_NOOP("SnowScore", "five to nine a day"),
    5: QT_TRANSLATE_NOOP("SnowScore", "ten or more a day"),
}


def day_number(day: date) -> int:
    """Return the number of days from 1970-01-01 to ``day``."""
    return (day - EPOCH_DAY).days


def day_from_number(number: int) -> date:
    """Return the date ``number`` days after 1970-01-01."""
    return EPOCH_DAY + timedelta(days=number)


def snow_score(count: int) -> int:
    """Return the Snow spasm frequency score (1-5) of a day with ``count`` spasms."""
    if count <= 0:
        return 1
    if count == 1:
        return 2
    if count <= 5:
        return 3
    if count <= 9:
        return 4
    return 5


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of diary days."""

    first: date
    last: date

    @property
    def days(self) -> int:
        """Number of diary days in the range."""
        return (self.last - self.first).days + 1

    def previous(self) -> DateRange:
        """Return the range of equal length just before this one."""
        last = self.first - timedelta(days=1)
        return DateRange(last - timedelta(days=self.days - 1), last)

    def label(self) -> str:
        """Return the range in words, e.g. ``1 Mar 2026 – 31 Mar 2026``."""
        text = TrendRange.tr("{first} – {last}", "a range of days: the first and the last")
        return text.format(first=fmt_date(self.first), last=fmt_date(self.last))


def resolve_range(
    key: str,
    today: date,
    *,
    earliest: date | None = None,
    last_appointment: date | None = None,
    custom: DateRange | None = None,
) -> DateRange:
    """Return the range a choice from :data:`RANGE_CHOICES` means today.

    ``all`` starts at the earliest entry; ``since_appointment`` the day after the last
    appointment (30 days when there is none); ``custom`` is ``custom`` itself.
    """
    if key.isdigit():
        return DateRange(today - timedelta(days=int(key) - 1), today)
    if key == "all":
        return DateRange(min(earliest or today, today), today)
    if key == "since_appointment":
        if last_appointment is None:
            return resolve_range("30", today)
        return DateRange(min(last_appointment + timedelta(days=1), today), today)
    if key == "custom" and custom is not None:
        return custom
    raise ValueError(f"unknown range {key!r}")


@dataclass(frozen=True)
class DailySpasms:
    """Spasms per diary day, only for days that have any (parallel lists).

    Attributes:
        day: Day numbers (see :func:`day_number`), ascending.
        count: Spasms that day.
        rated: How many of them have a severity.
        mean_severity: Mean 0-10 severity of the rated ones (None when none is rated).
        max_severity: Highest severity (None when none is rated).
        severity_sum: Sum of severities, for exact means over several days.
    """

    day: list[int] = field(default_factory=list)
    count: list[int] = field(default_factory=list)
    rated: list[int] = field(default_factory=list)
    mean_severity: list[float | None] = field(default_factory=list)
    max_severity: list[int | None] = field(default_factory=list)
    severity_sum: list[int] = field(default_factory=list)

    def dense_counts(self, rng: DateRange) -> list[int]:
        """Return the count for every day of ``rng``, zeros included."""
        start = day_number(rng.first)
        counts = [0] * rng.days
        for number, count in zip(self.day, self.count, strict=True):
            if 0 <= number - start < rng.days:
                counts[number - start] = count
        return counts


@dataclass(frozen=True)
class Breakdown:
    """How often each trigger, body location and type appears in a range (most first)."""

    triggers: list[tuple[str, str, int]] = field(default_factory=list)
    locations: list[tuple[str, str, int]] = field(default_factory=list)
    types: list[tuple[str, str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Summary:
    """Totals of a range, as logged.

    What the Trends cards and the report show per day, with the days it rests on,
    is :class:`mslog.core.trends.headline.Figures`; these are plain totals.

    Attributes:
        range: The range summarised.
        spasms: Total spasms.
        mean_severity: Mean 0-10 severity of rated spasms, or None.
        worst_hour: Local hour (0-23) with most spasms, or None.
        top_trigger: (label, count) of the most frequent trigger, or None.
    """

    range: DateRange
    spasms: int
    mean_severity: float | None
    worst_hour: int | None
    top_trigger: tuple[str, int] | None


def _local_span(rule: DayRule, rng: DateRange) -> tuple[int, int]:
    """Return the local wall-clock seconds since 1970-01-01 at which ``rng`` begins and ends.

    A moment is on a day of ``rng`` when its epoch plus its own UTC offset falls in
    [begins, ends): the same days as :func:`~mslog.core.trends.queries.sql_day_number`
    between the range's day numbers, for epochs after 1970-01-02.
    """
    begins = day_number(rng.first) * 86400 + rule.start_hour * 3600
    return begins, begins + rng.days * 86400


def _blocks(rng: DateRange) -> tuple[int, int, tuple[int, int, int, int]]:
    """Split ``rng`` into whole 32-day blocks of the rollups and the days at either edge.

    Returns:
        The first and last whole block (first > last when there is none) and two
        inclusive day-number ranges for the edge days (an empty one is ``1, 0``).
    """
    first, last = day_number(rng.first), day_number(rng.last)
    block = cache.BLOCK
    inner_first, inner_last = -(-first // block), (last + 1) // block - 1
    if inner_first > inner_last:
        return 1, 0, (first, last, 1, 0)  # no whole block: every day from the day rows
    return inner_first, inner_last, (first, inner_first * block - 1, (inner_last + 1) * block, last)


class Trends:
    """Reads trend aggregates of the spasm log.

    Args:
        db: The open diary database.
        day_rule: When a diary day starts, or a callable returning it.
    """

    def __init__(self, db: Database, day_rule: DayRule | Callable[[], DayRule]) -> None:
        self._db = db
        # A callable follows the diary when the person changes the day-start hour.
        self._rule = day_rule if callable(day_rule) else (lambda: day_rule)
        # The connection, its data_version and the day-start hour when last checked, and
        # the diary's writes then.
        self._checked: tuple[object, int, int, Mark] | None = None

    @property
    def day_rule(self) -> DayRule:
        """When a diary day starts (read afresh each time)."""
        return self._rule()

    # --- helpers ---

    def _spasms_in(self, rng: DateRange) -> Expression:
        """Return the query builder's condition on a spasm row for a diary day in ``rng``."""
        # The padded epoch window lets the index narrow the scan; the local moment's test
        # is exact (both read columns of the spasm_trend index only).
        rule, s = self.day_rule, SpasmRow
        low, _ = rule.epoch_window(rng.first)
        _, high = rule.epoch_window(rng.last)
        begins, ends = _local_span(rule, rng)
        local = s.started_at + s.utc_offset * 60
        return s.started_at.between(low, high) & local.between(begins, ends - 1)

    def _select(self, query: Query) -> list[tuple]:
        # Built by the query builder, run on this service's own database; the rows come
        # straight from SQLite's cursor as plain tuples: peewee's row wrappers would pass
        # every value of a ten-year range through its field's converter once more.
        return self._db.execute(query).fetchall()

    def table_exists(self, model: type[Model]) -> bool:
        """Return whether the database has ``model``'s table."""
        return bool(self._db.table_exists(model))

    def table_has_rows(self, model: type[Model]) -> bool:
        """Return whether ``model``'s table exists and holds at least one row."""
        return self.table_exists(model) and bool(self._select(model.select(Value(1)).limit(1)))

    # --- queries ---

    def _ensure(self) -> int:
        """Make sure the aggregate tables are current; return the day-start hour."""
        start = self.day_rule.start_hour
        connection = self._db.connection()
        version = self._db.pragma("data_version")
        checked = self._checked
        if (
            checked is not None
            and checked[:3] == (connection, version, start)
            and checked[3].own == self._db.writes.committed(connection)
        ):
            return start  # nothing was written since
        # Every MSLog's writes keep the tables current through the triggers. A check is
        # needed at first on a connection (a reopened database: a restored backup, say),
        # for a new day-start hour, or after a commit whose writes were not all counted
        # (another SQLite tool) or that wrote the tables themselves (a rebuild elsewhere, an
        # import that stood the triggers down).
        mark = self._db.writes.mark(self._db)
        trusted = (
            checked is not None
            and checked[0] is connection
            and checked[2] == start
            and changed(checked[3], mark) is not None
        )
        if not trusted and not cache.is_current(self._db, start):
            cache.rebuild(self._db, start)
            mark = self._db.writes.mark(self._db)
        self._checked = (connection, mark.data_version, start, mark)
        return start

    def earliest_day(self) -> date | None:
        """Return the first diary day with a spasm, or None for an empty log."""
        self._ensure()
        ((number,),) = self._select(TrendCellRow.select(fn.MIN(TrendCellRow.day)))
        return None if number is None else day_from_number(number)

    def daily(self, rng: DateRange) -> DailySpasms:
        """Return spasms per diary day in ``rng``."""
        self._ensure()
        t = TrendDayRow
        rows = self._select(
            t.select(t.day, t.count, t.rated, t.sev_sum, t.sev_max)
            .where(t.day.between(day_number(rng.first), day_number(rng.last)))
            .order_by(t.day)
        )
        if not rows:
            return DailySpasms()
        day, count, rated, total, peak = (list(col) for col in zip(*rows, strict=True))
        mean = [s / r if r else None for s, r in zip(total, rated, strict=True)]
        return DailySpasms(day, count, rated, mean, [None if p == -1 else p for p in peak], total)

    def heatmap(self, rng: DateRange) -> list[list[int]]:
        """Return spasm counts as 7 weekday rows (Monday first) × 24 local hours."""
        start = self._ensure()
        inner_first, inner_last, edges = _blocks(rng)
        grid = [[0] * 24 for _ in range(7)]
        for weekday, hour, count in queries.weekday_hours(
            self._db, start, (inner_first, inner_last), edges
        ):
            grid[weekday][hour] += count
        return grid

    def hours(self, rng: DateRange) -> list[int]:
        """Return spasm counts for each local hour of the day (0-23) in ``rng``."""
        self._ensure()
        inner_first, inner_last, (head_from, head_to, tail_from, tail_to) = _blocks(rng)
        blocks, cells = TrendHourBlockRow, TrendCellRow
        counts = [0] * 24
        for hour, count in self._select(
            blocks.select(blocks.hour, blocks.count).where(
                blocks.block.between(inner_first, inner_last)
            )
            + cells.select(cells.hour, cells.count).where(
                cells.day.between(head_from, head_to) | cells.day.between(tail_from, tail_to)
            )
        ):
            counts[hour] += count
        return counts

    def raster(self, rng: DateRange) -> tuple[list[int], list[int], list[int], list[int]]:
        """Return spasms binned by diary day × local hour, for the time-of-day raster.

        Returns:
            Parallel lists: day number, hour within the diary day (``start_hour`` to
            ``start_hour + 23``, so a night stays together), count, and highest
            severity (-1 when none is rated).
        """
        start = self._ensure()
        rows = queries.diary_day_hours(self._db, start, day_number(rng.first), day_number(rng.last))
        if not rows:
            return [], [], [], []
        day, hours, count, peak = (list(col) for col in zip(*rows, strict=True))
        return day, hours, count, peak

    def raster_by_block(self, rng: DateRange) -> tuple[list[int], list[int], list[int]]:
        """Return spasms binned by 32-day block × local hour, for the raster of a long range.

        A block at either end of the range counts only its days inside the range.

        Returns:
            Parallel lists: the first diary day number of each block (``block * 32``),
            hour within the diary day (``start_hour`` to ``start_hour + 23``), count.
        """
        start = self._ensure()
        inner_first, inner_last, edges = _blocks(rng)
        counts: dict[tuple[int, int], int] = {}
        for block, hour, count in queries.block_hours(
            self._db, start, (inner_first, inner_last), edges
        ):
            counts[block, hour] = counts.get((block, hour), 0) + count
        cells = sorted(counts.items())
        return (
            [block * cache.BLOCK for (block, _), _ in cells],
            [hour for (_, hour), _ in cells],
            [count for _, count in cells],
        )

    def breakdown(self, rng: DateRange, limit: int | None = 12) -> Breakdown:
        """Return how often each trigger, location and type appears in ``rng``.

        Args:
            rng: The days.
            limit: How many of each to return, most first (None: every one).
        """
        self._ensure()
        inner_first, inner_last, (head_from, head_to, tail_from, tail_to) = _blocks(rng)
        blocks, days = TrendTagBlockRow, TrendTagRow
        totals: dict[tuple[str, str], int] = {}
        for kind, key, n in self._select(
            blocks.select(blocks.kind, blocks.key, fn.SUM(blocks.count))
            .where(blocks.block.between(inner_first, inner_last))
            .group_by(blocks.kind, blocks.key)
            + days.select(days.kind, days.key, fn.SUM(days.count))
            .where(days.day.between(head_from, head_to) | days.day.between(tail_from, tail_to))
            .group_by(days.kind, days.key)
        ):
            totals[kind, key] = totals.get((kind, key), 0) + n
        found: dict[str, list[tuple[str, int]]] = {"trigger": [], "location": [], "type": []}
        for (kind, key), n in totals.items():
            found[kind].append((key, n))
        for items in found.values():
            items.sort(key=lambda item: (-item[1], item[0]))
            if limit is not None:
                del items[limit:]
        return Breakdown(
            [(k, vocab.trigger_label(k), n) for k, n in found["trigger"]],
            [(k, vocab.location_label(k), n) for k, n in found["location"]],
            [(k, short_type_label(k), n) for k, n in found["type"]],
        )

    def trigger_days(self, rng: DateRange) -> dict[str, set[int]]:
        """Return, for each trigger, the day numbers on which it was logged in ``rng``."""
        self._ensure()
        days: dict[str, set[int]] = {}
        t = TrendTagRow
        for trigger, number in self._select(
            t.select(t.key, t.day).where(
                t.day.between(day_number(rng.first), day_number(rng.last)) & (t.kind == "trigger")
            )
        ):
            days.setdefault(trigger, set()).add(number)
        return days

    def summary(
        self,
        rng: DateRange,
        daily: DailySpasms | None = None,
        hours: Sequence[int] | None = None,
        breakdown: Breakdown | None = None,
    ) -> Summary:
        """Return the totals of ``rng``, reusing the aggregates already read.

        Args:
            rng: The days.
            daily: Spasms per day of ``rng``, if already read.
            hours: Spasms per local hour of ``rng``, if already read.
            breakdown: What was marked in ``rng``, if already read.
        """
        daily = daily if daily is not None else self.daily(rng)
        if breakdown is None:
            breakdown = self.breakdown(rng, limit=1)
        total = sum(daily.count)
        rated = sum(daily.rated)
        by_hour = hours if hours is not None else self.hours(rng)
        worst = max(range(24), key=by_hour.__getitem__) if total else None
        top = breakdown.triggers[0] if breakdown.triggers else None
        return Summary(
            range=rng,
            spasms=total,
            mean_severity=sum(daily.severity_sum) / rated if rated else None,
            worst_hour=worst,
            top_trigger=(top[1], top[2]) if top else None,
        )

    def notable_notes(self, rng: DateRange, limit: int = 5) -> list[tuple[int, int, int, str]]:
        """Return (epoch, utc offset, severity, note) of the most severe noted spasms."""
        s = SpasmRow
        return self._select(
            s.select(s.started_at, s.utc_offset, s.severity, s.note)
            .where(self._spasms_in(rng) & (fn.TRIM(s.note) != ""))
            .order_by(fn.COALESCE(s.severity, -1).desc(), s.started_at.desc())
            .limit(limit)
        )
