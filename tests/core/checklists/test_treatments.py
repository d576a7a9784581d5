"""The treatment record: validated, one transaction each, announced, reminded, on the page."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mslog.core.checklists.refills import RefillReminderPlanner
from mslog.core.checklists.treatments import (
    BOTULINUM_TOXIN,
    OTHER,
    PHYSIOTHERAPY,
    PUMP_CHANGE,
    PUMP_REFILL,
    parse_kind,
)
from mslog.core.diary import Diary
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.safety import export
from mslog.core.safety.importer import ImportFileError
from mslog.core.storage import migrations
from mslog.core.storage.database import DB_FILENAME
from mslog.core.trends import DateRange
from mslog.core.trends.page import TrendPage
from tests.helpers.stubs import FakeClock

TODAY = date(2026, 3, 11)


def rows(diary: Diary) -> list[tuple]:
    return diary.db.execute_sql(
        "SELECT day, kind, name, sites, rate, next_refill, note FROM treatment ORDER BY id"
    ).fetchall()


def test_add_list_update_delete_and_restore_each_announced(diary: Diary):
    seen = []
    diary.checklists.changed.connect(seen.append)
    treatments = diary.checklists.treatments
    jab = treatments.add(BOTULINUM_TOXIN, date(2026, 2, 2), sites="  left calf, right hamstring ")
    physio = treatments.add(PHYSIOTHERAPY, date(2026, 3, 1), note="Hip flexors")
    other = treatments.add(OTHER, TODAY, name="Hydrotherapy")
    assert jab.sites == "left calf, right hamstring"
    assert treatments.all() == [other, physio, jab]  # newest first
    assert treatments.between(date(2026, 2, 1), date(2026, 3, 1)) == [jab, physio]
    assert (jab.title, jab.marker) == ("Botulinum toxin injection", "Injection")
    assert (other.title, other.marker) == ("Hydrotherapy", "Hydrotherapy")
    changed = treatments.update(jab.uuid, note="Felt weaker for a week", day=date(2026, 2, 3))
    assert treatments.get(jab.uuid) == changed
    assert changed.detail() == "Sites: left calf, right hamstring · Felt weaker for a week"
    assert treatments.update(jab.uuid, note="Felt weaker for a week") == changed  # no change
    removed = treatments.delete(physio.uuid)
    with pytest.raises(NotFoundError):
        treatments.get(physio.uuid)
    assert treatments.restore(removed) == physio
    assert [(c.what, c.action) for c in seen] == [("treatment", "added")] * 3 + [
        ("treatment", "changed"),
        ("treatment", "removed"),
        ("treatment", "added"),
    ]


@pytest.mark.parametrize(
    ("kind", "values", "field", "words"),
    [
        ("massage", {}, "kind", "must be one of"),
        (BOTULINUM_TOXIN, {"day": date(2026, 3, 12)}, "day", "after today"),
        (BOTULINUM_TOXIN, {"day": date(1900, 1, 1)}, "day", "too long ago"),
        (BOTULINUM_TOXIN, {"day": "2026-03-01"}, "day", "must be a date"),
        (OTHER, {"name": "   "}, "name", "say what the treatment was"),
        (OTHER, {"name": "x" * 81}, "name", "at most 80"),
        (PHYSIOTHERAPY, {"sites": "calf"}, "sites", "not kept for a physiotherapy session"),
        (BOTULINUM_TOXIN, {"rate": "100"}, "rate", "not kept"),
        (BOTULINUM_TOXIN, {"next_refill": date(2026, 5, 1)}, "next_refill", "pump only"),
        (PUMP_REFILL, {"next_refill": date(2026, 3, 1)}, "next_refill", "after the day"),
        (PUMP_REFILL, {"next_refill": date(2027, 6, 1)}, "next_refill", "more than a year"),
        (PUMP_CHANGE, {"note": "n" * 2001}, "note", "at most 2000"),
        (PUMP_CHANGE, {"rate": 120}, "rate", "must be text"),
    ],
)
def test_bad_values_are_named_and_nothing_is_written(diary: Diary, kind, values, field, words):
    treatments = diary.checklists.treatments
    seen = []
    diary.checklists.changed.connect(seen.append)
    values = {"day": date(2026, 3, 2), **values}
    with pytest.raises(ValidationError) as raised:
        treatments.add(kind, values.pop("day"), **values)
    assert raised.value.field == field
    assert words in raised.value.message
    assert rows(diary) == []
    assert seen == []


def test_a_bad_update_changes_nothing(diary: Diary):
    treatments = diary.checklists.treatments
    jab = treatments.add(BOTULINUM_TOXIN, date(2026, 3, 2), sites="calf")
    with pytest.raises(ValidationError) as raised:
        treatments.update(jab.uuid, kind=PHYSIOTHERAPY)
    assert raised.value.field == "sites"
    with pytest.raises(ValidationError):
        treatments.update(jab.uuid, colour="red")
    assert treatments.get(jab.uuid) == jab


def test_the_command_line_words_name_the_kinds():
    assert parse_kind("Injection") == BOTULINUM_TOXIN
    assert parse_kind("pump-refill") == PUMP_REFILL
    assert parse_kind("physiotherapy") == PHYSIOTHERAPY
    with pytest.raises(ValidationError, match="injection, botox, pump-refill"):
        parse_kind("yoga")


def test_the_next_refill_comes_from_the_latest_pump_entry_until_a_refill_is_recorded(
    diary: Diary,
):
    treatments = diary.checklists.treatments
    assert treatments.refill_due() is None
    refill = treatments.add(PUMP_REFILL, date(2026, 2, 1), next_refill=date(2026, 3, 15))
    due = treatments.refill_due()
    assert due is not None
    assert (due.day, due.noted) == (date(2026, 3, 15), refill)
    assert due.text(TODAY) == "Baclofen pump refill due on Sunday 15 March, in 4 days."
    assert due.text(date(2026, 3, 14)) == "Baclofen pump refill due tomorrow, Sunday 15 March."
    assert due.text(date(2026, 3, 15)) == "Baclofen pump refill due today."
    assert "not recorded yet" in due.text(date(2026, 3, 16))
    # A dose change without a new date leaves the refill date as it was.
    treatments.add(PUMP_CHANGE, date(2026, 3, 1), rate="110 micrograms a day")
    assert treatments.refill_due() == due
    # A change that gives one moves it.
    treatments.add(PUMP_CHANGE, date(2026, 3, 2), next_refill=date(2026, 3, 20))
    assert treatments.refill_due().day == date(2026, 3, 20)
    # The refill itself, recorded without a next date: nothing is due any more.
    treatments.add(PUMP_REFILL, date(2026, 3, 10))
    assert treatments.refill_due() is None


def test_the_refill_reminder_comes_a_week_and_days_before_and_once_a_day(
    diary: Diary, clock: FakeClock
):
    treatments = diary.checklists.treatments
    planner = RefillReminderPlanner(treatments, clock)
    assert planner.next_due() is None
    treatments.add(PUMP_REFILL, date(2026, 2, 20), next_refill=date(2026, 3, 18))  # in 7 days
    # Today is seven days before and 09:00 has passed: due at once, then not again today.
    assert planner.next_due() == datetime(2026, 3, 11, 9, 0, tzinfo=clock.tz)
    due = planner.collect()
    assert due is not None
    assert due.day == date(2026, 3, 18)
    assert planner.collect() is None
    # Next: three days before, at nine.
    assert planner.next_due() == datetime(2026, 3, 15, 9, 0, tzinfo=clock.tz)
    clock.advance(days=4)  # 15 March, 14:30
    assert planner.collect() is not None
    clock.advance(hours=18)  # 16 March, 08:30: not yet nine
    assert planner.collect() is None
    clock.advance(days=1, hours=1)  # 17 March, 09:30: the day before
    assert planner.collect() is not None
    clock.advance(days=8)  # 25 March, a week late: still reminded
    assert planner.collect() is not None
    clock.advance(days=1)  # eight days late: quiet by then
    assert planner.collect() is None
    assert planner.next_due() is None


def test_the_trend_page_has_the_treatments_of_its_range(diary: Diary):
    treatments = diary.checklists.treatments
    treatments.add(BOTULINUM_TOXIN, date(2025, 12, 1))
    jab = treatments.add(BOTULINUM_TOXIN, date(2026, 3, 2))
    refill = treatments.add(PUMP_REFILL, date(2026, 3, 5), next_refill=date(2026, 4, 30))
    page = TrendPage.of(diary, DateRange(date(2026, 2, 10), TODAY))
    assert page.treatments == [jab, refill]
    assert [t.marker for t in page.treatments] == ["Injection", "Pump refill"]


def fill(diary: Diary) -> None:
    treatments = diary.checklists.treatments
    treatments.add(BOTULINUM_TOXIN, date(2026, 1, 5), sites="both calves", note="Clinic B")
    treatments.add(PUMP_REFILL, date(2026, 2, 1), rate="120 µg/day", next_refill=date(2026, 4, 1))
    treatments.add(OTHER, date(2026, 3, 1), name="TENS trial")


def test_json_export_and_import_round_trip_the_treatments(
    tmp_path: Path, clock: FakeClock, data_dir: Path
):
    source = Diary(tmp_path / "source", clock=clock)
    try:
        fill(source)
        before = rows(source)
        path = export.write_json(source.db, tmp_path / "diary.json", clock.now())
    finally:
        source.close()
    data = json.loads(path.read_text())
    assert len(data["tables"]["treatment"]["rows"]) == 3
    target = Diary(data_dir, clock=clock)
    try:
        report = target.safety.import_file(path)
        assert report.added.get("treatment") == 3
        assert rows(target) == before
        again = target.safety.import_file(path)  # the same file twice adds nothing
        assert again.added.get("treatment") is None
        assert rows(target) == before
    finally:
        target.close()


@pytest.mark.parametrize(
    ("column", "value", "named"),
    [
        ("kind", "massage", "tables.treatment.rows[0].kind"),
        ("day", "1 March", "tables.treatment.rows[0].day"),
        ("sites", "left calf", "tables.treatment.rows[0].sites"),  # on an "other" entry
        ("next_refill", "2025-01-01", "tables.treatment.rows[0].next_refill"),
    ],
)
def test_a_bad_treatment_row_is_named_and_nothing_is_imported(
    tmp_path: Path, clock: FakeClock, data_dir: Path, column, value, named
):
    source = Diary(tmp_path / "source", clock=clock)
    try:
        source.checklists.treatments.add(OTHER, date(2026, 3, 1), name="TENS trial")
        path = export.write_json(source.db, tmp_path / "diary.json", clock.now())
    finally:
        source.close()
    data = json.loads(path.read_text())
    block = data["tables"]["treatment"]
    if column == "next_refill":
        block["rows"][0][block["columns"].index("kind")] = PUMP_REFILL
        block["rows"][0][block["columns"].index("name")] = ""
    block["rows"][0][block["columns"].index(column)] = value
    path.write_text(json.dumps(data))
    target = Diary(data_dir, clock=clock)
    try:
        with pytest.raises(ImportFileError) as raised:
            target.safety.import_file(path)
        assert named in str(raised.value)
        assert rows(target) == []
    finally:
        target.close()


def test_upgrade_from_the_step_before_keeps_every_row_and_gains_the_treatment_table(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
):
    names = [step.__name__ for step in migrations.STEPS]
    before_step = names.index("create_treatment_table")  # the version just before it
    with monkeypatch.context() as older:
        older.setattr(migrations, "STEPS", migrations.STEPS[:before_step])
        older.setattr(migrations, "LATEST_VERSION", before_step)
        old = Diary(data_dir, clock=clock)
        try:
            old.spasms.log(severity=6, locations=["left_calf"])
            # The medication tables as that version had them (today's code writes later
            # columns: step 11 gives each time an amount).
            for sql in (
                "INSERT INTO medication (uuid, name, created_at) VALUES ('m1', 'Baclofen', 0)",
                "INSERT INTO medication_version (medication_id, effective_from, amount, unit,"
                " created_at) VALUES (1, '2026-03-09', 10, 'mg', 0)",
                "INSERT INTO medication_time (version_id, time_of_day) VALUES (1, '08:00')",
                "INSERT INTO dose (uuid, medication_id, slot_local, status, taken_at, utc_offset,"
                " recorded_at) VALUES ('d1', 1, '2026-03-10 08:00', 'taken', 1773129600, 0, 0)",
            ):
                old.db.execute_sql(sql)
            old.checkins.update(date(2026, 3, 10), nrs=4)
            old.appointments.add(date(2026, 4, 1), "Dr Okafor")
            assert migrations.schema_version(old.db) == before_step
        finally:
            old.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "treatment" not in tables
    before = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    conn.close()

    upgraded = Diary(data_dir, clock=clock)
    try:
        assert migrations.schema_version(upgraded.db) == migrations.LATEST_VERSION
        for table, kept in before.items():
            if not table.startswith("cache_"):  # derived, rebuilt by MSLog
                now = upgraded.db.execute_sql(f'SELECT * FROM "{table}"').fetchall()
                # A later step may add columns at the end; the old ones keep their values.
                assert [row[: len(kept[0])] for row in now] == kept if kept else not now, table
        treatments = upgraded.checklists.treatments
        assert treatments.all() == []
        added = treatments.add(PUMP_REFILL, TODAY - timedelta(days=1), next_refill=TODAY)
        assert treatments.all() == [added]
    finally:
        upgraded.close()
