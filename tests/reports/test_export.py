"""Export: spreadsheet-safe CSV and a complete JSON copy that round-trips every table."""

import csv
import io
import json
import sqlite3
import zipfile
from contextlib import closing
from datetime import date, datetime, timedelta, timezone

import pytest

from mslog.core.diary import Diary
from mslog.core.safety import export
from mslog.core.storage.migrations import LATEST_VERSION
from mslog.core.trends import DateRange
from tests.helpers.stubs import LONDON
from tests.reports.test_cli_reports import run


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("Calm note = fine", "Calm note = fine"),
        (-3, -3),
        (None, None),
    ],
)
def test_formula_cells_are_neutralised(value, expected):
    assert export.neutralise(value) == expected


def test_spasm_csv_has_one_header_iso_offsets_and_safe_cells(diary: Diary):
    diary.spasms.log(
        started=datetime(2026, 3, 2, 1, 30, tzinfo=LONDON),
        severity=7,
        kind="flexor",
        locations=["right_calf", "left_calf"],
        triggers=["heat", "=cmd|' /C calc'!A0"],
        note='Woke me, "twice"\nthen slept',
    )
    diary.spasms.log(started=datetime(2026, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=-5))))
    text = export.csv_files(diary.db, diary.day_rule)["spasms.csv"]
    assert text.endswith("\r\n")
    rows = read_csv(text)
    assert rows[0][:4] == ["id", "started", "diary_day", "severity_0_10"]
    assert len(rows) == 3
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["started"] == "2026-03-02T01:30:00+00:00"
    assert first["diary_day"] == "2026-03-01"
    assert first["type"] == "Flexor"
    assert first["locations"] == "Left calf; Right calf"
    assert first["triggers"] == "Heat; =cmd|' /C calc'!A0"  # not at the start: harmless
    assert first["note"] == 'Woke me, "twice"\nthen slept'
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["started"] == "2026-03-03T09:00:00-05:00"
    assert second["severity_0_10"] == ""


def test_csv_range_and_files(diary: Diary, tmp_path):
    for day in (1, 5, 9):
        diary.spasms.log(started=datetime(2026, 3, day, 12, tzinfo=LONDON))
    rng = DateRange(date(2026, 3, 4), date(2026, 3, 9))
    written = export.write_csv(diary.db, diary.day_rule, tmp_path / "s.csv", rng)
    assert written[0] == tmp_path / "s.csv"
    data = (tmp_path / "s.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets then read it as UTF-8
    assert [r[2] for r in read_csv(data.decode("utf-8-sig"))[1:]] == ["2026-03-05", "2026-03-09"]
    (archive,) = export.write_csv(diary.db, diary.day_rule, tmp_path / "all.zip")
    with zipfile.ZipFile(archive) as z:
        assert "spasms.csv" in z.namelist()
        assert len(read_csv(z.read("spasms.csv").decode("utf-8-sig"))) == 4
    assert not list(tmp_path.glob("*.part"))


def test_json_holds_every_table_and_round_trips(diary: Diary, tmp_path, clock):
    diary.spasms.log(severity=5, triggers=["heat", "ünïcode 😀"], locations=["back"], note="x")
    diary.appointments.add(date(2026, 2, 1), "Dr A", "note")
    diary.appointments.set_questions("Ask about sleep")
    diary.db.execute_sql("CREATE TABLE later_feature (id INTEGER PRIMARY KEY, v BLOB)")
    diary.db.execute_sql("INSERT INTO later_feature (v) VALUES (x'00ff')")
    path = export.write_json(diary.db, tmp_path / "d.json", clock.now())
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "mslog-diary"
    assert data["format_version"] == 1
    assert data["schema_version"] == LATEST_VERSION
    assert data["exported_at"] == "2026-03-11T14:30:00+00:00"
    names = list(data["tables"])
    live = [
        n
        for (n,) in diary.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    assert sorted(names) == sorted(n for n in live if not n.startswith("cache_"))
    assert "spasm" in names
    assert "appointment_questions" in names
    assert names.index("spasm") < names.index("spasm_trigger")  # parents first
    assert data["tables"]["later_feature"]["rows"] == [[1, {"base64": "AP8="}]]
    # Round trip: rebuild a database from the JSON and compare every row.
    with closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as copy:
        for (sql,) in diary.db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'cache_%'"
        ):
            copy.execute(sql)
        for name, table in data["tables"].items():
            cols = ", ".join(table["columns"])
            marks = ", ".join("?" for _ in table["columns"])
            values = [
                [bytes.fromhex("00ff") if isinstance(v, dict) else v for v in row]
                for row in table["rows"]
            ]
            copy.executemany(f"INSERT INTO {name} ({cols}) VALUES ({marks})", values)
        for name, table in data["tables"].items():
            cols = ", ".join(table["columns"])
            original = diary.db.execute_sql(f"SELECT {cols} FROM {name} ORDER BY 1").fetchall()
            assert copy.execute(f"SELECT {cols} FROM {name} ORDER BY 1").fetchall() == original


def test_cli_export_csv_and_json(clock, data_dir, tmp_path):
    assert run(["log", "--severity", "3", "--note", "-5 and rising"], clock, data_dir)[0] == 0
    code, out, err = run(["export", "--format", "csv"], clock, data_dir)
    assert code == 0, err
    assert read_csv(out)[1][-1] == "'-5 and rising"
    code, out, _ = run(
        ["export", "--format", "json", "--out", str(tmp_path / "x.json")], clock, data_dir
    )
    assert code == 0
    assert "Saved" in out
    assert json.loads((tmp_path / "x.json").read_text("utf-8"))["tables"]["spasm"]["rows"]
    code, out, _ = run(
        ["export", "--format", "csv", "--from", "2026-03-01", "--to", "2026-03-11",
         "--out", str(tmp_path / "x.zip")],
        clock, data_dir,
    )  # fmt: skip
    assert code == 0
    assert zipfile.is_zipfile(tmp_path / "x.zip")


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["export", "--format", "xml"], "invalid choice"),
        (["export", "--format", "json", "--from", "2026-01-01"], "whole diary"),
        (["export", "--format", "csv", "--from", "2026-13-01"], "--from"),
        (["export", "--format", "csv", "--from", "2026-03-02", "--to", "2026-03-01"], "after"),
        (["export", "--format", "csv", "--out", "/no/such/folder/x.csv"], "does not exist"),
    ],
)
def test_cli_export_bad_input(clock, data_dir, args, problem):
    code, _, err = run(args, clock, data_dir)
    assert code == 2
    assert problem in err
    assert len(err.strip().splitlines()) == 1


def test_a_cell_starting_with_a_custom_trigger_formula_is_neutralised(diary: Diary):
    diary.spasms.log(triggers=["@evil"])
    rows = read_csv(export.csv_files(diary.db, diary.day_rule)["spasms.csv"])
    assert rows[1][6] == "'@evil"


def test_csv_files_for_doses_habits_and_sessions(diary: Diary, tmp_path):
    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00"], amount=10, unit="mg",
                           starts=date(2026, 3, 9))  # fmt: skip
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 10), "08:00"))
    c.doses.mark_skipped(med.uuid, c.doses.slot_local(date(2026, 3, 9), "08:00"), "-forgot")
    bath = c.habits.listed()[0]
    c.habits.tick(bath.uuid, date(2026, 3, 10))
    epoch = int(datetime(2026, 3, 10, 9, 0, tzinfo=LONDON).timestamp())
    diary.db.execute_sql(
        "INSERT INTO stretch_session (uuid, routine_key, routine_name, started_at, utc_offset,"
        " ended_at, active_s, outcome) VALUES ('s1', 'bundled/x', 'Daily', ?, 0, ?, 330,"
        " 'completed')",
        (epoch, epoch + 400),
    )
    files = export.csv_files(diary.db, diary.day_rule)
    assert list(files) == [
        "spasms.csv", "medications.csv", "doses.csv", "habits.csv", "stretch_sessions.csv",
    ]  # fmt: skip
    doses = read_csv(files["doses.csv"])
    assert doses[0][:4] == ["id", "medication", "scheduled_for", "status"]
    assert [row[2:4] for row in doses[1:]] == [
        ["2026-03-09 08:00", "skipped"],
        ["2026-03-10 08:00", "taken"],
    ]
    assert doses[1][6] == "'-forgot"
    assert doses[2][4].startswith("2026-03-10T08:00:00+00:00")
    assert read_csv(files["medications.csv"])[1][:3] == ["Baclofen", "2026-03-09", "yes"]
    assert read_csv(files["habits.csv"])[1][2] == "2026-03-10"
    assert read_csv(files["stretch_sessions.csv"])[1][1:4] == [
        "Daily", "2026-03-10T09:00:00+00:00", "2026-03-10",
    ]  # fmt: skip
    one_day = export.csv_files(
        diary.db, diary.day_rule, DateRange(date(2026, 3, 9), date(2026, 3, 9))
    )
    assert len(read_csv(one_day["doses.csv"])) == 2
    assert len(read_csv(one_day["habits.csv"])) == 1
    written = export.write_csv(diary.db, diary.day_rule, tmp_path / "d.csv")
    assert [p.name for p in written] == [
        "d.csv", "d-medications.csv", "d-doses.csv", "d-habits.csv", "d-stretch_sessions.csv",
    ]  # fmt: skip
