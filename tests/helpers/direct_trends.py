"""Trend aggregates straight from the spasm log: the reference the cache is tested against."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from mslog.core import vocab
from mslog.core.formatting import short_type_label
from mslog.core.trends import (
    Breakdown,
    DailySpasms,
    DateRange,
    Trends,
    day_from_number,
    day_number,
)
from mslog.core.trends.queries import sql_day_number


class DirectTrends(Trends):
    """The same aggregates computed straight from the log, without the cache tables.

    Slower on a long diary; kept as the reference the cache is tested against and as
    the raw-SQL baseline of the benchmarks.
    """

    # The raw-SQL helpers the service itself no longer has (it reads the spasm log through
    # peewee's query builder), kept as they were so the reference stays the same SQL.

    @property
    def _day(self) -> str:
        return sql_day_number(self.day_rule, "s.started_at", "s.utc_offset")

    def _where(self, rng: DateRange) -> tuple[str, list[int]]:
        """Return a WHERE clause on spasm ``s`` for ``rng`` and its parameters."""
        # The padded epoch window lets the index narrow the scan; the day test is exact.
        low, _ = self.day_rule.epoch_window(rng.first)
        _, high = self.day_rule.epoch_window(rng.last)
        clause = f"s.started_at BETWEEN ? AND ? AND {self._day} BETWEEN ? AND ?"
        return clause, [low, high, day_number(rng.first), day_number(rng.last)]

    def _rows(self, sql: str, params: Sequence) -> list[tuple]:
        return self._db.execute_sql(sql, list(params)).fetchall()

    def earliest_day(self) -> date | None:
        """Return the diary day of the first spasm, or None for an empty log."""
        # Offsets span 26 hours, so the earliest diary day is within that of the earliest
        # moment; looking only there keeps this on the index.
        (number,) = self._rows(
            f"SELECT min({self._day}) FROM spasm s"
            " WHERE s.started_at <= (SELECT min(started_at) FROM spasm) + 2 * 86400",
            [],
        )[0]
        return None if number is None else day_from_number(number)

    def daily(self, rng: DateRange) -> DailySpasms:
        """Return spasms per diary day in ``rng``."""
        where, params = self._where(rng)
        rows = self._rows(
            f"SELECT {self._day} AS d, count(*), count(s.severity), avg(s.severity),"
            f" max(s.severity), coalesce(sum(s.severity), 0)"
            f" FROM spasm s WHERE {where} GROUP BY d ORDER BY d",
            params,
        )
        if not rows:
            return DailySpasms()
        day, count, rated, mean, peak, total = (list(col) for col in zip(*rows, strict=True))
        return DailySpasms(day, count, rated, mean, peak, total)

    def heatmap(self, rng: DateRange) -> list[list[int]]:
        """Return spasm counts as 7 weekday rows (Monday first) × 24 local hours."""
        where, params = self._where(rng)
        # 1970-01-01 was a Thursday (weekday 3 counting from Monday).
        local = "(s.started_at + s.utc_offset * 60)"
        rows = self._rows(
            f"SELECT ({local} / 86400 + 3) % 7 AS wd, ({local} % 86400) / 3600 AS hr, count(*)"
            f" FROM spasm s WHERE {where} GROUP BY wd, hr",
            params,
        )
        grid = [[0] * 24 for _ in range(7)]
        for weekday, hour, count in rows:
            grid[weekday][hour] = count
        return grid

    def raster(self, rng: DateRange) -> tuple[list[int], list[int], list[int], list[int]]:
        """Return spasms binned by diary day × local hour, for the time-of-day raster.

        Returns:
            Parallel lists: day number, hour within the diary day (``start_hour`` to
            ``start_hour + 23``, so a night stays together), count, and highest
            severity (-1 when none is rated).
        """
        where, params = self._where(rng)
        start = self.day_rule.start_hour
        hour = f"(((s.started_at + s.utc_offset * 60 - {start * 3600}) % 86400) / 3600 + {start})"
        rows = self._rows(
            f"SELECT {self._day} AS d, {hour} AS h, count(*), coalesce(max(s.severity), -1)"
            f" FROM spasm s WHERE {where} GROUP BY d, h",
            params,
        )
        if not rows:
            return [], [], [], []
        day, hours, count, peak = (list(col) for col in zip(*rows, strict=True))
        return day, hours, count, peak

    def breakdown(self, rng: DateRange, limit: int = 12) -> Breakdown:
        """Return how often each trigger, location and type appears in ``rng``."""
        where, params = self._where(rng)

        def counted(sql: str, labels) -> list[tuple[str, str, int]]:
            rows = self._rows(sql + f" ORDER BY n DESC, 1 LIMIT {int(limit)}", params)
            return [(key, labels(key), n) for key, n in rows]

        triggers = counted(
            "SELECT t.trigger, count(*) AS n FROM spasm s JOIN spasm_trigger t"
            f" ON t.spasm_id = s.id WHERE {where} GROUP BY t.trigger",
            vocab.trigger_label,
        )
        locations = counted(
            "SELECT l.location, count(*) AS n FROM spasm s JOIN spasm_location l"
            f" ON l.spasm_id = s.id WHERE {where} GROUP BY l.location",
            lambda key: vocab.LOCATION_LABELS.get(key, key),
        )
        types = counted(
            f"SELECT s.kind, count(*) AS n FROM spasm s WHERE {where} AND s.kind IS NOT NULL"
            " GROUP BY s.kind",
            short_type_label,
        )
        return Breakdown(triggers, locations, types)

    def trigger_days(self, rng: DateRange) -> dict[str, set[int]]:
        """Return, for each trigger, the day numbers on which it was logged in ``rng``."""
        where, params = self._where(rng)
        rows = self._rows(
            f"SELECT DISTINCT t.trigger, {self._day} FROM spasm s JOIN spasm_trigger t"
            f" ON t.spasm_id = s.id WHERE {where}",
            params,
        )
        days: dict[str, set[int]] = {}
        for trigger, number in rows:
            days.setdefault(trigger, set()).add(number)
        return days
