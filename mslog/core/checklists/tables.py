"""Peewee models of the checklist tables (created by the frozen SQL steps they mirror)."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from mslog.core.checklists.named_list import NamedRow
from mslog.core.storage.models import BaseModel

# The columns follow mslog/core/checklists/schema.py (medication to habit_tick),
# mslog/core/storage/migrations/v8_checkins.py (experiment), v10_treatments.py (treatment) and
# v11_dose_details.py (a time's amount, side_effect); tests/core/storage/test_models.py checks
# that each model matches the table a new diary really has.


class MedicationRow(BaseModel):
    """A medication on the person's list (its prescriptions are versions)."""

    id = AutoField()
    uuid = TextField(unique=True)
    name = TextField()
    reminders = BooleanField(default=True)
    position = IntegerField(default=0)
    created_at = IntegerField()

    class Meta:
        table_name = "medication"


class MedicationVersionRow(BaseModel):
    """One prescription in force from a diary day; a change is a new row, never an update."""

    id = AutoField()
    medication = ForeignKeyField(MedicationRow, on_delete="CASCADE", column_name="medication_id")
    medication_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    effective_from = TextField()  # diary day YYYY-MM-DD
    active = BooleanField(default=True)
    strength = TextField(default="")
    amount = FloatField(null=True)
    unit = TextField(default="")
    as_needed = BooleanField(default=False)
    created_at = IntegerField()

    class Meta:
        table_name = "medication_version"


class MedicationTimeRow(BaseModel):
    """A local time of day ("HH:MM") a version schedules a dose at."""

    version = ForeignKeyField(MedicationVersionRow, on_delete="CASCADE", column_name="version_id")
    version_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    time_of_day = TextField()
    amount = FloatField(null=True)  # NULL: the version's amount (schema step 11)

    class Meta:
        table_name = "medication_time"
        primary_key = CompositeKey("version", "time_of_day")
        without_rowid = True


class DoseRow(BaseModel):
    """A scheduled dose taken or skipped, or an as-needed dose taken (``slot_local`` NULL)."""

    id = AutoField()
    uuid = TextField(unique=True)
    medication = ForeignKeyField(MedicationRow, on_delete="CASCADE", column_name="medication_id")
    medication_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    slot_local = TextField(null=True)  # local 'YYYY-MM-DD HH:MM'
    status = TextField()  # 'taken' or 'skipped'
    taken_at = IntegerField(null=True)  # UTC epoch seconds
    utc_offset = IntegerField(null=True)  # minutes east of UTC at taken_at
    amount = FloatField(null=True)
    reason = TextField(default="")
    recorded_at = IntegerField()
    entered_later = BooleanField(default=False)

    class Meta:
        table_name = "dose"


class HabitRow(NamedRow):
    """A self-care habit on the daily checklist."""

    class Meta:
        table_name = "habit"


class HabitTickRow(BaseModel):
    """A habit done at a moment."""

    id = AutoField()
    habit = ForeignKeyField(HabitRow, on_delete="CASCADE", column_name="habit_id")
    habit_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    done_at = IntegerField()  # UTC epoch seconds
    utc_offset = IntegerField()  # minutes east of UTC
    recorded_at = IntegerField()
    entered_later = BooleanField(default=False)
    source = TextField(default="manual")

    class Meta:
        table_name = "habit_tick"


class ExperimentRow(BaseModel):
    """A planned n-of-1 trial of a habit: one letter a week, A with it, B without."""

    id = AutoField()
    uuid = TextField(unique=True)
    habit = ForeignKeyField(HabitRow, on_delete="CASCADE", column_name="habit_id")
    habit_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    first_day = TextField()  # diary day YYYY-MM-DD
    pattern = TextField()
    created_at = IntegerField()
    stopped_on = TextField(null=True)  # diary day YYYY-MM-DD

    class Meta:
        table_name = "experiment"


class TreatmentRow(BaseModel):
    """A treatment that is an event, not a daily dose (schema step 10, v10_treatments.py)."""

    id = AutoField()
    uuid = TextField(unique=True)
    day = TextField(index=True)  # diary day YYYY-MM-DD
    kind = TextField()  # one of mslog.core.checklists.treatments.KINDS
    name = TextField(default="")
    sites = TextField(default="")
    rate = TextField(default="")
    next_refill = TextField(null=True)  # diary day YYYY-MM-DD
    note = TextField(default="")
    created_at = IntegerField()
    updated_at = IntegerField()

    class Meta:
        table_name = "treatment"


class SideEffectRow(BaseModel):
    """Side effects noted on a diary day: for the day, a medication, or one of its doses."""

    id = AutoField()
    uuid = TextField(unique=True)
    day = TextField()  # diary day YYYY-MM-DD
    medication = ForeignKeyField(
        MedicationRow, null=True, on_delete="CASCADE", column_name="medication_id"
    )
    medication_id: int | None  # the raw key peewee's ForeignKeyField adds
    slot_local = TextField(null=True)  # the dose's local 'YYYY-MM-DD HH:MM', or NULL
    kinds = TextField(default="")  # comma-separated chips
    note = TextField(default="")
    recorded_at = IntegerField()

    class Meta:
        table_name = "side_effect"
