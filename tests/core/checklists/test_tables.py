"""A new diary's default habits, read through the checklist models."""

from __future__ import annotations

from mslog.core.checklists.tables import HabitRow
from mslog.core.diary import Diary


def test_a_new_diary_lists_its_default_habits_through_the_model(diary: Diary):
    names = [row.name for row in HabitRow.select().order_by(HabitRow.position)]
    assert names == [habit.name for habit in diary.checklists.habits.listed()]
    assert "Stretching" in names
