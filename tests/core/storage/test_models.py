"""Every table of a new diary has one peewee model, matching it column for column."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
from datetime import date

import pytest
from peewee import Model

import mslog.core
from mslog.core.checklists.named_list import NamedRow
from mslog.core.diary import Diary
from mslog.core.storage.models import BaseModel

# Bases that give their columns to several tables and have none of their own.
ABSTRACT = {NamedRow}


def _models() -> list[type[Model]]:
    # Every module of the core is imported, so a model is found wherever it is written.
    for module in pkgutil.walk_packages(mslog.core.__path__, "mslog.core."):
        importlib.import_module(module.name)
    found, todo = [], list(BaseModel.__subclasses__())
    while todo:
        model = todo.pop()
        todo.extend(model.__subclasses__())
        if model not in ABSTRACT:
            found.append(model)
    return found


def _tables(diary: Diary) -> list[str]:
    rows = diary.db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    return [name for (name,) in rows]


def test_every_table_of_a_new_diary_has_one_model_and_every_model_a_table(diary: Diary):
    by_table: dict[str, list[str]] = {}
    for model in _models():
        by_table.setdefault(model._meta.table_name, []).append(model.__name__)
    tables = _tables(diary)
    assert {t: by_table.get(t, []) for t in tables if len(by_table.get(t, [])) != 1} == {}
    assert sorted(set(by_table) - set(tables)) == []


@pytest.mark.parametrize("model", _models(), ids=lambda m: m._meta.table_name)
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
