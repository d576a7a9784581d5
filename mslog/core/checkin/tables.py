"""Peewee models of the check-in tables (created by the frozen SQL step they mirror)."""

from __future__ import annotations

from peewee import AutoField, CompositeKey, ForeignKeyField, IntegerField, TextField

from mslog.core.checkin.factors import DayFactorRow
from mslog.core.storage.models import BaseModel

# The columns follow mslog/core/storage/migrations/v8_checkins.py; the day factors' own
# table is the named list's (checkin/factors.py).


class CheckInRow(BaseModel):
    """One diary day's check-in (see :class:`mslog.core.checkin.CheckIn`)."""

    id = AutoField()
    uuid = TextField(unique=True)
    day = TextField(unique=True)  # diary day YYYY-MM-DD
    nrs = IntegerField(null=True)
    nights_woken = IntegerField(null=True)  # 3: three or more
    pain = IntegerField(null=True)
    sleep = TextField(null=True)
    spasms = TextField(null=True)  # None: not said
    created_at = IntegerField()
    updated_at = IntegerField()

    class Meta:
        table_name = "checkin"


class CheckInFactorRow(BaseModel):
    """A day factor that was true on a check-in's day (no row: it was not)."""

    checkin = ForeignKeyField(CheckInRow, on_delete="CASCADE", column_name="checkin_id")
    checkin_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    factor = ForeignKeyField(DayFactorRow, on_delete="CASCADE", column_name="factor_id")
    factor_id: int

    class Meta:
        table_name = "checkin_factor"
        primary_key = CompositeKey("checkin", "factor")
        without_rowid = True


class SelfRatingRow(BaseModel):
    """A day's answers to the Penn and Snow scales (see :mod:`mslog.core.checkin.self_ratings`)."""

    id = AutoField()
    uuid = TextField(unique=True)
    day = TextField(index=True)  # diary day answered
    penn_frequency = IntegerField(null=True)
    penn_severity = IntegerField(null=True)  # None when no spasms
    snow = IntegerField(null=True)
    created_at = IntegerField()

    class Meta:
        table_name = "self_rating"
