"""Peewee models mirroring the tables the migrations create, bound through the open Database."""

from __future__ import annotations

from peewee import (
    AutoField,
    CompositeKey,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

# Taken over by :class:`mslog.core.storage.database.Database` when it opens a diary;
# services never use it: they hold the Database object itself.
database_proxy = DatabaseProxy()


class BaseModel(Model):
    """Base of every table model; reaches the diary the open Database binds on opening."""

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SpasmRow(BaseModel):
    """One spasm as stored (see :class:`mslog.core.spasms.log.Spasm` for the domain view)."""

    # Peewee's implicit primary key, named so the type checker knows it.
    id = AutoField()
    uuid = TextField(unique=True)
    started_at = IntegerField(index=True)
    utc_offset = IntegerField()
    severity = IntegerField(null=True)
    kind = TextField(null=True)
    duration_s = IntegerField(null=True)
    note = TextField(default="")
    created_at = IntegerField()
    updated_at = IntegerField()

    class Meta:
        table_name = "spasm"


class SpasmLocationRow(BaseModel):
    """A body location of a spasm (several per spasm)."""

    spasm = ForeignKeyField(SpasmRow, on_delete="CASCADE", column_name="spasm_id")
    spasm_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    location = TextField()

    class Meta:
        table_name = "spasm_location"
        primary_key = CompositeKey("spasm", "location")
        without_rowid = True


class SpasmTriggerRow(BaseModel):
    """A suspected trigger of a spasm (several per spasm)."""

    spasm = ForeignKeyField(SpasmRow, on_delete="CASCADE", column_name="spasm_id")
    spasm_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    trigger = TextField()

    class Meta:
        table_name = "spasm_trigger"
        primary_key = CompositeKey("spasm", "trigger")
        without_rowid = True


class PreferenceRow(BaseModel):
    """One diary-wide setting, kept as text under its key."""

    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "preference"
        without_rowid = True


class AppointmentRow(BaseModel):
    """A visit to a clinician (see :class:`mslog.core.appointments.Appointment`)."""

    id = AutoField()
    uuid = TextField(unique=True)
    day = TextField(index=True)  # YYYY-MM-DD, the appointment's local date
    clinician = TextField(default="")
    note = TextField(default="")
    created_at = IntegerField()
    updated_at = IntegerField()

    class Meta:
        table_name = "appointment"


class AppointmentQuestionsRow(BaseModel):
    """The one row of the person's "questions for my appointment" note (id 1)."""

    id = IntegerField(primary_key=True)
    text = TextField(default="")
    updated_at = IntegerField()

    class Meta:
        table_name = "appointment_questions"


class StretchSessionRow(BaseModel):
    """One stretch session played (see :class:`mslog.core.routines.sessions.StretchSession`)."""

    id = AutoField()
    uuid = TextField(unique=True)
    routine_key = TextField()
    routine_name = TextField()
    started_at = IntegerField(index=True)  # UTC, seconds since the epoch
    utc_offset = IntegerField()  # minutes east of UTC
    ended_at = IntegerField(null=True)  # None while playing (or if MSLog crashed)
    active_s = IntegerField(default=0)
    outcome = TextField(default="partial")

    class Meta:
        table_name = "stretch_session"


class StretchStepRow(BaseModel):
    """What became of one step of a stretch session."""

    session = ForeignKeyField(StretchSessionRow, on_delete="CASCADE", column_name="session_id")
    session_id: int  # the raw key peewee's ForeignKeyField adds; its stubs do not declare it
    position = IntegerField()  # from 1
    exercise = TextField()
    side = TextField()
    planned_s = IntegerField()
    status = TextField(default="pending")
    reason = TextField(null=True)

    class Meta:
        table_name = "stretch_step"
        primary_key = CompositeKey("session", "position")
        without_rowid = True
