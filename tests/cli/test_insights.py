"""mslog insights: the factor analysis in the terminal and as JSON; bad dates exit 2."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

from mslog.cli import main
from mslog.core.diary import Diary
from tests.helpers.stubs import LONDON, FakeClock


def run(args: list[str], clock: FakeClock, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--data-dir", str(data_dir)], clock=clock, stdout=out, stderr=err, environ={}
    )
    return code, out.getvalue(), err.getvalue()


def hot_february(data_dir: Path, clock: FakeClock) -> None:
    """Heat on the even days of February (6 spasms), not on the odd days (2); all complete."""
    diary = Diary(data_dir, clock=clock)
    try:
        heat = diary.checkins.find_factor("heat").uuid
        for d in range(1, 29):
            hot = d % 2 == 0
            for k in range(6 if hot else 2):
                diary.spasms.log(started=datetime(2026, 2, d, 12, 3 * k, tzinfo=LONDON))
            diary.checkins.update(
                date(2026, 2, d), spasms="all_logged", nrs=6 if hot else 3,
                factors={heat} if hot else set(),
            )  # fmt: skip
    finally:
        diary.close()


FEBRUARY = ["--from", "2026-02-01", "--to", "2026-02-28"]


def test_insights_prints_each_factor_with_its_lag_numbers_and_verdict(clock, data_dir):
    hot_february(data_dir, clock)
    code, out, err = run(["insights", *FEBRUARY], clock, data_dir)
    assert code == 0, err
    assert "Based on 28 complete days of 28" in out
    assert "association, not proof" in out
    assert "1 of 1 factor tested on 28 complete days stood out." in out
    assert "Hot weather or overheating (day factor, compared with the same day's spasms)" in out
    assert "  more spasms on days with hot weather or overheating" in out
    assert "14 complete days with, 14 without · 6.0 vs 2.0 spasms a day · rate ratio 3.00" in out
    assert "check-in NRS +3.0 points" in out
    assert "Not enough days yet" in out  # the other factors were never ticked
    assert "Stress (same day, 0 of 14)" in out
    assert "How: " in out
    assert "block bootstrap" in out


def test_insights_json_has_every_number(clock, data_dir):
    hot_february(data_dir, clock)
    code, out, err = run(["insights", *FEBRUARY, "--json"], clock, data_dir)
    assert code == 0, err
    document = json.loads(out)
    assert (document["from"], document["to"], document["complete_days"]) == (
        "2026-02-01",
        "2026-02-28",
        28,
    )
    heat = next(f for f in document["factors"] if f["name"] == "Hot weather or overheating")
    assert heat["kind"] == "day factor"
    assert heat["lag"] == "same day"
    assert (heat["days_with"], heat["days_without"]) == (14, 14)
    assert heat["rate_ratio"] == 3.0
    assert heat["interval"] == [3.0, 3.0]  # every hot day alike: no spread at all
    assert heat["p"] == 0.0
    assert heat["q"] == 0.0
    assert heat["nrs_difference"] == 3.0
    assert heat["verdict"] == "more spasms on days with hot weather or overheating"
    stress = next(f for f in document["factors"] if f["name"] == "Stress")
    assert stress["verdict"] == "not enough days yet (0 of 14)"
    assert stress["rate_ratio"] is None or stress["interval"] == [None, None]


def test_insights_default_range_is_the_last_ninety_days(clock, data_dir):
    code, out, err = run(["insights", "--json"], clock, data_dir)
    assert code == 0, err
    document = json.loads(out)
    assert (document["from"], document["to"], document["days"]) == ("2025-12-12", "2026-03-11", 90)


def test_bad_dates_are_named_in_one_line_and_exit_2(clock, data_dir):
    for args, problem in (
        (["--from", "2026-02-30"], "--from: cannot read '2026-02-30' as a date"),
        (["--to", "yesterday"], "--to: cannot read 'yesterday' as a date"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "--from: 2026-03-01 is after"),
        (["--to", "2026-04-01"], "--to: 2026-04-01 is still to come"),
    ):
        code, out, err = run(["insights", *args], clock, data_dir)
        assert code == 2
        assert out == ""
        assert err.count("\n") == 1
        assert problem in err
