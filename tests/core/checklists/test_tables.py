"""The checklist models match the tables the frozen schema steps create, column for column."""

from __future__ import annotations

import pytest
from peewee import Model

from mslog.core.checkin.factors import DayFactorRow
from mslog.core.checklists.tables import (
    DoseRow,
    ExperimentRow,
    HabitRow,
    HabitTickRow,
    MedicationRow,
    MedicationTimeRow,
    MedicationVersionRow,
)
from mslog.core.diary import Diary

MODELS = [
    MedicationRow,
    MedicationVersionRow,
    MedicationTimeRow,
    DoseRow,
    HabitRow,
    HabitTickRow,
    ExperimentRow,
    DayFactorRow,  # the check-in's list, edited through the same named list as the habits
]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.table_name)
def test_each_model_has_the_columns_of_its_table(diary: Diary, model: type[Model]):
    table = model._meta.table_name
    stored = {c.name: c for c in diary.db.get_columns(table)}
    fields = {f.column_name: f for f in model._meta.sorted_fields}
    assert set(fields) == set(stored)
    for name, field in fields.items():
        # A column the table lets be NULL is one the model lets be None, and the reverse
        # (SQLite reports an INTEGER PRIMARY KEY, the rowid, as nullable).
        if not stored[name].primary_key:
            assert field.null == stored[name].null, name
    keys = {f.column_name for f in model._meta.get_primary_keys()}
    assert keys == set(diary.db.get_primary_keys(table))


def test_a_new_diary_lists_its_default_habits_through_the_model(diary: Diary):
    names = [row.name for row in HabitRow.select().order_by(HabitRow.position)]
    assert names == [habit.name for habit in diary.checklists.habits()]
    assert "Stretching" in names
