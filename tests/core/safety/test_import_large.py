"""A file of many blocks of rows: problems far into it are named as in a small one."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.progress import CancelledError
from mslog.core.safety import seen
from mslog.core.safety.importer import ImportFileError
from mslog.core.trends import DateRange
from tests.core.safety.test_import_kill import big_export
from tests.helpers.direct_trends import DirectTrends

ENTRIES = 6_000  # rows are checked in blocks of about a thousand: these span several


def _with_line_changed(path: Path, find: str, replace: str, nth: int) -> Path:
    """A copy of the export with the ``nth`` line holding ``find`` changed."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = [i for i, line in enumerate(lines) if find in line][nth]
    lines[at] = lines[at].replace(find, replace, 1)
    out = path.with_name(f"changed-{nth}.json")
    out.write_text("".join(lines), encoding="utf-8")
    return out


@pytest.fixture
def big(tmp_path, clock) -> tuple[Path, set[str]]:
    return big_export(tmp_path, clock, ENTRIES)


def _refused(data_dir: Path, clock, path: Path) -> str:
    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3)
        with pytest.raises(ImportFileError) as caught:
            diary.safety.import_file(path)
        assert diary.spasms.count() == 1  # nothing imported
    return str(caught.value)


def test_a_bad_severity_far_into_the_file_is_named_by_its_row(big, data_dir, clock):
    path, _ = big
    # Row 4321's severity is 4321 % 11 = 9, after its start time and offset.
    start = 1_700_000_000 + 600 * 4321
    changed = _with_line_changed(path, f"{start}, 60, 9,", f"{start}, 60, 99,", 0)
    message = _refused(data_dir, clock, changed)
    assert "tables.spasm.rows[4321].severity" in message
    assert "must be from 0 to 10, not 99" in message


def test_an_entry_id_repeated_blocks_later_is_named(big, data_dir, clock):
    path, uuids = big
    first, later = sorted(uuids)[:2]
    changed = _with_line_changed(path, f'"{later}"', f'"{first}"', 0)
    message = _refused(data_dir, clock, changed)
    assert ".uuid: repeats an earlier entry's id" in message


def _uuid(row: int) -> str:
    return str(uuid.UUID(int=row + 1, version=4))  # as big_export makes them


@pytest.mark.parametrize("exact_up_to", [seen.EXACT_UP_TO, 1000])
def test_an_entry_id_repeated_pieces_later_is_named_by_its_row(
    big, data_dir, clock, monkeypatch: pytest.MonkeyPatch, exact_up_to: int
):
    # The first entry ids are compared as they are; past them, by a hash each (a large file).
    monkeypatch.setattr(seen, "EXACT_UP_TO", exact_up_to)
    path, _ = big
    changed = _with_line_changed(path, f'"{_uuid(5500)}"', f'"{_uuid(10)}"', 0)
    message = _refused(data_dir, clock, changed)
    assert "tables.spasm.rows[5500].uuid: repeats an earlier entry's id" in message


def test_a_row_id_repeated_blocks_later_is_named_by_its_row(big, data_dir, clock):
    path, _ = big
    changed = _with_line_changed(path, f'[5501, "{_uuid(5500)}"', f'[11, "{_uuid(5500)}"', 0)
    message = _refused(data_dir, clock, changed)
    assert "tables.spasm.rows[5500].id: repeats an earlier id" in message


def test_a_link_to_a_row_not_in_the_file_far_into_it_is_named_by_its_row(big, data_dir, clock):
    path, _ = big
    changed = _with_line_changed(path, '[5501, "heat"]', '[99999, "heat"]', 0)
    message = _refused(data_dir, clock, changed)
    assert "tables.spasm_trigger.rows[5500].spasm_id: points to spasm 99999" in message


def test_a_number_too_long_far_into_the_file_is_refused_as_before(big, data_dir, clock):
    path, _ = big
    start = 1_700_000_000 + 600 * 5000
    changed = _with_line_changed(path, f"{start}, 60,", f"{start}{'0' * 30}, 60,", 0)
    message = _refused(data_dir, clock, changed)
    assert "digits" in message


def test_a_large_file_imports_whole(big, data_dir, clock):
    path, _ = big
    with Diary(data_dir, clock=clock) as diary:
        report = diary.safety.import_file(path)
        assert report.entries_added == ENTRIES
        assert diary.spasms.count() == ENTRIES
        again = diary.safety.import_file(path)
        assert again.entries_added == 0
        assert again.already_there["spasm"] == ENTRIES


def _triggers(diary: Diary) -> list[tuple[str, str]]:
    return diary.db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def _same_as_the_log(diary: Diary) -> None:
    """Trends' aggregates say what the log itself says, over every day of the file."""
    direct = DirectTrends(diary.db, lambda: diary.day_rule)
    everything = DateRange(date(2023, 11, 1), date(2026, 3, 11))
    assert diary.trends.daily(everything) == direct.daily(everything)
    assert diary.trends.heatmap(everything) == direct.heatmap(everything)
    assert diary.trends.breakdown(everything) == direct.breakdown(everything)


@pytest.mark.parametrize("built", [False, True])
def test_a_large_import_leaves_the_trends_aggregates_right_and_their_triggers_back(
    big, data_dir, clock, built: bool
):
    path, _ = big
    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3)
        if built:
            diary.trends.earliest_day()  # the aggregates built before the import
        triggers = _triggers(diary)
        diary.safety.import_file(path)  # more rows than the diary holds: triggers stood down
        assert _triggers(diary) == triggers
        # Built ones are rebuilt by the import itself (a window never waits for them).
        meta = diary.db.execute_sql("SELECT start_hour FROM cache_trend_meta").fetchall()
        assert bool(meta) == built
        _same_as_the_log(diary)
        diary.spasms.log(severity=5, triggers=["heat"])  # the triggers follow again
        _same_as_the_log(diary)


def test_a_cancelled_large_import_leaves_the_aggregates_as_they_were(big, data_dir, clock):
    path, _ = big
    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3)
        diary.trends.earliest_day()
        triggers = _triggers(diary)
        cells = diary.db.execute_sql("SELECT * FROM cache_trend_cell").fetchall()
        asked = iter(range(10**6))

        def late() -> bool:
            return next(asked) >= 3  # asked before the check, after it, then as rows go in

        with pytest.raises(CancelledError):
            diary.safety.import_file(path, cancelled=late)
        assert diary.spasms.count() == 1
        assert _triggers(diary) == triggers
        assert diary.db.execute_sql("SELECT * FROM cache_trend_cell").fetchall() == cells
        assert diary.db.execute_sql("SELECT start_hour FROM cache_trend_meta").fetchall()
