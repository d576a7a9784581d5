"""Peewee models of the trigger-kept rollup tables (created by the frozen SQL steps they mirror)."""

from __future__ import annotations

from peewee import CompositeKey, IntegerField, TextField

from mslog.core.storage.models import BaseModel

# The columns follow mslog/core/trends/cache.py (schema step 6: meta, cell, tag, tag_block)
# and mslog/core/trends/rollup.py (step 7: day, hour_block, dose_slot; step 12: weekday_block),
# mslog/core/trends/activity.py (step 14: habit_day, stretch_day, dose_day). SQL triggers write
# every row, inside the writer's own transaction; these models only read them.
# tests/core/storage/test_models.py checks that each model matches the table a new diary has.


class TrendMetaRow(BaseModel):
    """The one row (id 1) saying which day-start hour the rollups were built for."""

    id = IntegerField(primary_key=True)
    start_hour = IntegerField()

    class Meta:
        table_name = "cache_trend_meta"


class TrendCellRow(BaseModel):
    """Spasms of one diary day in one local hour."""

    day = IntegerField()  # diary day, days since 1970-01-01
    hour = IntegerField()  # local hour of day, 0-23
    count = IntegerField()
    rated = IntegerField()  # how many have a severity
    sev_sum = IntegerField()
    sev_max = IntegerField()  # -1 when none is rated

    class Meta:
        table_name = "cache_trend_cell"
        primary_key = CompositeKey("day", "hour")
        without_rowid = True


class TrendTagRow(BaseModel):
    """How many spasms of one diary day were marked with one trigger, location or type."""

    day = IntegerField()
    kind = TextField()  # 'trigger', 'location' or 'type'
    key = TextField()
    count = IntegerField()

    class Meta:
        table_name = "cache_trend_tag"
        primary_key = CompositeKey("day", "kind", "key")
        without_rowid = True


class TrendTagBlockRow(BaseModel):
    """The tag counts of one 32-day block (:data:`mslog.core.trends.cache.BLOCK`)."""

    block = IntegerField()  # diary day // 32
    kind = TextField()
    key = TextField()
    count = IntegerField()

    class Meta:
        table_name = "cache_trend_tag_block"
        primary_key = CompositeKey("block", "kind", "key")
        without_rowid = True


class TrendDayRow(BaseModel):
    """Spasms of one diary day (the day's cells summed)."""

    day = IntegerField(primary_key=True)  # diary day, days since 1970-01-01
    count = IntegerField()
    rated = IntegerField()
    sev_sum = IntegerField()
    sev_max = IntegerField()  # -1 when none is rated

    class Meta:
        table_name = "cache_trend_day"


class TrendHourBlockRow(BaseModel):
    """Spasms in one local hour over one 32-day block."""

    block = IntegerField()  # diary day // 32
    hour = IntegerField()  # local hour of day, 0-23
    count = IntegerField()

    class Meta:
        table_name = "cache_trend_hour_block"
        primary_key = CompositeKey("block", "hour")
        without_rowid = True


class TrendWeekdayBlockRow(BaseModel):
    """Spasms in one weekday × local hour over one 32-day block."""

    block = IntegerField()  # diary day // 32
    weekday = IntegerField()  # of the local calendar day, 0 Monday
    hour = IntegerField()  # local hour of day, 0-23
    count = IntegerField()

    class Meta:
        table_name = "cache_trend_weekday_block"
        primary_key = CompositeKey("block", "weekday", "hour")
        without_rowid = True


class DoseSlotRow(BaseModel):
    """A scheduled dose taken or skipped, by calendar day and slot time, for the adherence lane."""

    # dose.id, kept by the triggers on dose rather than a foreign key.
    dose_id = IntegerField(primary_key=True)
    medication_id = IntegerField()
    day = IntegerField(null=True)  # calendar day of the slot; None for a malformed slot
    time = TextField()  # slot time 'HH:MM'
    # 1 taken, 0 skipped: an integer, so sum() over it counts the doses taken.
    taken = IntegerField()

    class Meta:
        table_name = "cache_dose_slot"


class HabitDayRow(BaseModel):
    """Ticks of one habit on one diary day (schema step 14)."""

    day = IntegerField()  # diary day, days since 1970-01-01
    habit_id = IntegerField()  # habit.id, kept by the triggers on habit_tick
    ticks = IntegerField()

    class Meta:
        table_name = "cache_habit_day"
        primary_key = CompositeKey("day", "habit_id")
        without_rowid = True


class StretchDayRow(BaseModel):
    """Stretch sessions of one diary day, completed and not (schema step 14)."""

    day = IntegerField(primary_key=True)  # diary day, days since 1970-01-01
    completed = IntegerField()
    partial = IntegerField()  # stopped or partial

    class Meta:
        table_name = "cache_stretch_day"


class DoseDayRow(BaseModel):
    """Doses recorded for one medication on one diary day (schema step 14)."""

    medication_id = IntegerField()  # medication.id, kept by the triggers on dose
    day = IntegerField()  # diary day of the doses
    count = IntegerField()

    class Meta:
        table_name = "cache_dose_day"
        primary_key = CompositeKey("medication_id", "day")
        without_rowid = True
