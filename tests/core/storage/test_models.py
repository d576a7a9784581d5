"""The storage models match the tables the frozen schema steps create, column for column."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from peewee import Model

from mslog.core.checkin.tables import CheckInFactorRow, CheckInRow, SelfRatingRow
from mslog.core.diary import Diary
from mslog.core.storage.models import (
    AppointmentQuestionsRow,
    AppointmentRow,
    PreferenceRow,
    SpasmLocationRow,
    SpasmRow,
    SpasmTriggerRow,
    StretchSessionRow,
    StretchStepRow,
)

MODELS = [
    SpasmRow,
    SpasmLocationRow,
    SpasmTriggerRow,
    AppointmentRow,
    AppointmentQuestionsRow,
    PreferenceRow,
    StretchSessionRow,
    StretchStepRow,
    CheckInRow,
    CheckInFactorRow,
    SelfRatingRow,
]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.table_name)
def test_each_model_has_the_columns_of_its_table(diary: Diary, model: type[Model]):
    table = model._meta.table_name
    stored = {c.name: c for c in diary.db.get_columns(table)}
    fields = {f.column_name: f for f in model._meta.sorted_fields}
    assert set(fields) == set(stored)
    for name, field in fields.items():
        # SQLite reports an INTEGER PRIMARY KEY, the rowid, as nullable.
        if not stored[name].primary_key:
            assert field.null == stored[name].null, name
    keys = {f.column_name for f in model._meta.get_primary_keys()}
    assert keys == set(diary.db.get_primary_keys(table))


def test_a_swapped_file_is_what_every_service_reads_next(diary: Diary, tmp_path):
    diary.spasms.log(severity=3)
    diary.appointments.add(date(2026, 3, 1), "Dr Ode")
    diary.close()
    kept = tmp_path / "kept.sqlite3"
    shutil.copy(diary.path, kept)
    diary.db.swap_file(lambda: None)  # the same file, reopened
    diary.spasms.log(severity=7)
    assert diary.spasms.count() == 2

    # The services opened before the swap read the file put in place.
    diary.db.swap_file(lambda: shutil.copy(kept, diary.path))
    assert [
        s.severity
        for s in diary.spasms.between(date(2026, 3, 1), date(2026, 3, 31), diary.day_rule)
    ] == [3]
    assert [a.clinician for a in diary.appointments.all()] == ["Dr Ode"]


def test_a_failed_swap_reopens_the_diary_as_it_was(diary: Diary):
    diary.spasms.log(severity=4)

    def fail() -> None:
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        diary.db.swap_file(fail)
    assert not diary.db.is_closed()
    assert diary.spasms.count() == 1
