"""Checked rows wait in a temporary file, not in memory, and come back exactly as checked."""

from __future__ import annotations

import errno
import gc
import json
import tempfile
import weakref

import pytest

from mslog.core.diary import Diary
from mslog.core.safety import importer
from mslog.core.safety.importer import ImportFileError
from tests.core.safety.test_import_kill import big_export


def test_values_come_back_with_their_own_kinds_in_order():
    rows = importer._Staging().rows()
    given = [
        (1, "12", 2.0, None),  # a text of digits stays text, a whole float stays a float
        (2**63 - 1, "é ☃", -0.5, b"\x00\xffblob"),
        (-(2**63), "", 0.1, 7),
    ]
    many = [[n, f"row {n}", n / 4, None] for n in range(2 * importer._BATCH + 7)]
    for row in given:
        rows.append(row)
    rows.extend(many)
    assert len(rows) == len(given) + len(many)
    back = list(rows)
    assert back[:3] == given
    assert [type(v) for row in back[:3] for v in row] == [type(v) for row in given for v in row]
    assert back[3:] == many
    assert rows[2:5] == [given[2], many[0], many[1]]
    edge = importer._BATCH - 3  # a slice across two pieces of the file
    assert rows[edge : edge + 10] == (given + many)[edge : edge + 10]
    assert rows[len(rows) : len(rows) + 9] == []
    assert list(rows.column(1))[:2] == ["12", "é ☃"]


def test_a_table_without_columns_keeps_how_many_rows_it_has():
    rows = importer._Staging().rows()
    rows.extend([[]] * importer._BATCH)
    rows.append(())
    assert len(rows) == importer._BATCH + 1
    assert rows[importer._BATCH - 1 : importer._BATCH + 5] == [[], ()]


def test_a_checked_file_is_read_back_as_the_file_has_it(tmp_path, clock):
    path, _ = big_export(tmp_path, clock, 6_000)
    checked = importer.check_path(path, clock.now())
    spasms = checked.rows["spasm"]
    assert isinstance(spasms.rows, importer.StagedRows)
    document = json.loads(path.read_text(encoding="utf-8"))["tables"]["spasm"]
    assert spasms.columns == document["columns"]
    assert [list(row) for row in spasms.rows] == document["rows"]


def test_the_temporary_database_closes_with_the_last_of_its_rows(tmp_path, clock):
    path, _ = big_export(tmp_path, clock, 100)
    checked = importer.check_path(path, clock.now())
    staging = weakref.ref(checked.rows["spasm"].rows._staging)
    del checked
    gc.collect()
    assert staging() is None  # and with it its file, closed and gone


class _FullDisk:
    """A temporary file on a disk with no room left."""

    def __init__(self, *args, **kwargs) -> None:
        self.dir = kwargs.get("dir")

    def seek(self, *args) -> int:
        return 0

    def tell(self) -> int:
        return 0

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        pass


def test_the_rows_wait_beside_the_diary_and_a_full_disk_imports_nothing(
    tmp_path, data_dir, clock, monkeypatch
):
    path, _ = big_export(tmp_path, clock, importer._BATCH + 10)
    made: list[_FullDisk] = []

    def full_disk(*args, **kwargs) -> _FullDisk:
        made.append(_FullDisk(*args, **kwargs))
        return made[-1]

    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3)
        monkeypatch.setattr(tempfile, "TemporaryFile", full_disk)
        with pytest.raises(ImportFileError) as caught:
            diary.safety.import_file(path)
        assert diary.spasms.count() == 1  # nothing imported
    assert "There was no room to set the file's entries aside" in str(caught.value)
    assert "Nothing was imported" in str(caught.value)
    assert [f.dir for f in made] == [data_dir]  # on the diary's disk, not in /tmp
