"""``mslog doses`` prints a day's checklist; ``mslog day-start`` shows or sets the shared hour."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from mslog.cli import main
from mslog.core.diary import Diary


def run(*argv: str, data_dir: Path, clock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *argv], clock=clock, stdout=out, stderr=err, environ={}
    )
    return code, out.getvalue(), err.getvalue()


def test_doses_prints_the_day_with_its_progress(data_dir: Path, clock):
    diary = Diary(data_dir, clock=clock)
    med = diary.checklists.medications.add(
        "Baclofen", times=["08:00", "14:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
    )
    diary.checklists.doses.mark_taken(med.uuid, "2026-03-11 14:00")
    diary.checklists.habits.tick(diary.checklists.habits.listed()[0].uuid)
    diary.close()
    code, out, _ = run("doses", data_dir=data_dir, clock=clock)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Wednesday 11 March 2026: 1 of 2 doses taken · 1 of 6 habits done"
    assert lines[1].split() == ["08:00", "Baclofen", "10", "mg", "late,", "not", "ticked"]
    assert lines[2].split() == ["14:00", "Baclofen", "10", "mg", "taken", "14:30"]
    assert lines[3].split()[:5] == ["[x]", "Warm", "shower", "or", "bath"]


def test_doses_prints_each_times_own_amount(data_dir: Path, clock):
    with Diary(data_dir, clock=clock) as diary:
        diary.checklists.medications.add(
            "Baclofen", times=["08:00", "13:00", "20:00"], amount=10, unit="mg",
            time_amounts={"20:00": 20}, starts=date(2026, 3, 1),
        )  # fmt: skip
    code, out, _ = run("doses", data_dir=data_dir, clock=clock)
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[:4] for line in lines[1:4]] == [
        ["08:00", "Baclofen", "10", "mg"],
        ["13:00", "Baclofen", "10", "mg"],
        ["20:00", "Baclofen", "20", "mg"],
    ]


def test_day_start_is_shared_with_the_diary(data_dir: Path, clock):
    assert run("day-start", data_dir=data_dir, clock=clock)[1] == (
        "A new diary day starts at 04:00.\n"
    )
    code, out, _ = run("day-start", "6", data_dir=data_dir, clock=clock)
    assert (code, out) == (0, "A new diary day now starts at 06:00.\n")
    with Diary(data_dir, clock=clock) as reopened:
        assert reopened.day_rule.start_hour == 6


def test_a_bad_hour_is_one_line_on_stderr_and_nothing_changes(data_dir: Path, clock):
    for bad in ("25", "noon"):
        code, out, err = run("day-start", bad, data_dir=data_dir, clock=clock)
        assert code == 2
        assert out == ""
        assert len(err.splitlines()) == 1
    assert run("day-start", data_dir=data_dir, clock=clock)[1].endswith("04:00.\n")
