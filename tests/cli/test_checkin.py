"""The mslog checkin command: one write per command, plain words back, bad input writes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest

from mslog.core.diary import Diary
from mslog.core.storage.database import DB_FILENAME
from tests.cli.test_cli import run
from tests.helpers.stubs import FakeClock


@contextmanager
def _open(data_dir: Path, clock: FakeClock) -> Iterator[Diary]:
    diary = Diary(data_dir, clock=clock)
    try:
        yield diary
    finally:
        diary.close()


def stored(data_dir: Path) -> list[tuple]:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        checkins = conn.execute(
            "SELECT day, nrs, nights_woken, pain, sleep, spasms FROM checkin ORDER BY day"
        ).fetchall()
        ticks = conn.execute(
            "SELECT c.day, f.key FROM checkin_factor cf JOIN checkin c ON c.id = cf.checkin_id"
            " JOIN day_factor f ON f.id = cf.factor_id ORDER BY c.day, f.position"
        ).fetchall()
    finally:
        conn.close()
    return checkins + ticks


def test_every_option_saves_one_checkin_and_prints_it(clock, data_dir):
    code, out, err = run(
        [
            "checkin", "--nrs", "6", "--nights", "3+", "--pain", "2", "--sleep", "Poor",
            "--factor", "heat", "--factor", "Stress", "--complete",
        ],
        clock,
        data_dir,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stored(data_dir) == [
        ("2026-03-11", 6, 3, 2, "poor", "all_logged"),
        ("2026-03-11", "heat"),
        ("2026-03-11", "stress"),
    ]
    assert out.splitlines() == [
        "Saved the check-in for Wednesday 11 March 2026.",
        "Check-in for Wednesday 11 March 2026",
        "  Spasticity, past 24 hours: 6 of 10",
        "  Nights woken by spasms: 3 or more",
        "  Pain: 2 of 10",
        "  Sleep: Poor",
        "  Spasms: all logged (0 in the log)",
        "  What was true: Hot weather or overheating, Stress",
    ]


def test_a_later_command_keeps_what_it_does_not_mention(clock, data_dir):
    run(["checkin", "--day", "2026-03-09", "--nrs", "4", "--factor", "heat"], clock, data_dir)
    code, _, _ = run(
        ["checkin", "--day", "2026-03-09", "--pain", "1", "--factor", "period"], clock, data_dir
    )
    assert code == 0
    assert stored(data_dir) == [
        ("2026-03-09", 4, None, 1, None, None),
        ("2026-03-09", "heat"),
        ("2026-03-09", "period"),
    ]


def test_show_says_not_filled_in_for_empty_fields(clock, data_dir):
    run(["log", "--at", "09:00"], clock, data_dir)
    run(["checkin", "--nrs", "0"], clock, data_dir)
    code, out, _ = run(["checkin", "--show"], clock, data_dir)
    assert code == 0
    assert out.splitlines() == [
        "Check-in for Wednesday 11 March 2026",
        "  Spasticity, past 24 hours: 0 of 10",
        "  Nights woken by spasms: not filled in",
        "  Pain: not filled in",
        "  Sleep: not filled in",
        "  Spasms: not filled in (the day counts as unknown; 1 in the log)",
        "  What was true: none of the list",
    ]


def test_show_of_a_day_without_a_checkin(clock, data_dir):
    code, out, _ = run(["checkin", "--show", "--day", "2026-03-01"], clock, data_dir)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Check-in for Sunday 1 March 2026: not filled in yet"
    assert lines[-1] == "  What was true: not filled in"
    assert not stored(data_dir)


def test_no_option_shows_the_day(clock, data_dir):
    code, out, _ = run(["checkin"], clock, data_dir)
    assert code == 0
    assert out.startswith("Check-in for Wednesday 11 March 2026: not filled in yet")


def test_no_spasms_and_nights_as_a_number(clock, data_dir):
    code, out, _ = run(["checkin", "--no-spasms", "--nights", "0"], clock, data_dir)
    assert code == 0
    assert "  Spasms: no spasms that day" in out
    assert "  Nights woken by spasms: 0" in out
    assert stored(data_dir) == [("2026-03-11", None, 0, None, None, "none")]


def test_the_persons_own_factor_is_found_by_name(clock, data_dir):
    with _open(data_dir, clock) as diary:
        diary.checkins.add_factor("Cold bath")
    code, out, _ = run(["checkin", "--factor", "cold  BATH"], clock, data_dir)
    assert code == 0
    assert "What was true: Cold bath" in out


def test_a_removed_factor_is_refused_for_days_after_but_kept_for_days_before(clock, data_dir):
    with _open(data_dir, clock) as diary:
        heat = diary.checkins.find_factor("heat")
        diary.checkins.retire_factor(heat.uuid, date(2026, 3, 10))
    code, _, err = run(["checkin", "--factor", "heat"], clock, data_dir)
    assert code == 2
    assert err == (
        "mslog checkin: error: --factor: Hot weather or overheating was removed from the list"
        " on 2026-03-10\n"
    )
    code, _, _ = run(["checkin", "--day", "2026-03-09", "--factor", "heat"], clock, data_dir)
    assert code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--nrs", "11"], "mslog checkin: error: --nrs: must be from 0 to 10, not 11"),
        (["--nrs", "six"], "mslog checkin: error: --nrs: 'six' is not a whole number"),
        (["--pain", "-1"], "mslog checkin: error: --pain: must be from 0 to 10, not -1"),
        (
            ["--nights", "4"],
            "mslog checkin: error: --nights: '4' is not 0, 1, 2, 3 or 3+"
            " (use 3+ for three or more)",
        ),
        (
            ["--sleep", "great"],
            "mslog checkin: error: --sleep: must be one of good, fair, poor, not 'great'",
        ),
        (
            ["--day", "2026-03-12", "--nrs", "3"],
            "mslog checkin: error: --day: 2026-03-12 is still to come",
        ),
        (
            ["--day", "11/03/2026", "--nrs", "3"],
            "mslog checkin: error: --day: cannot read '11/03/2026' as a date; use YYYY-MM-DD",
        ),
        (
            ["--complete", "--no-spasms"],
            "mslog: error: argument --no-spasms: not allowed with argument --complete",
        ),
        (["--show", "--nrs", "3"], "mslog checkin: error: --show: cannot be combined with --nrs"),
    ],
)
def test_bad_values_print_one_line_exit_2_and_write_nothing(clock, data_dir, args, message):
    code, out, err = run(["checkin", "--pain", "3", *args], clock, data_dir)
    assert code == 2
    assert out == ""
    assert err == message + "\n"
    assert not (data_dir / DB_FILENAME).exists() or not stored(data_dir)


def test_an_unknown_factor_after_good_values_writes_nothing(clock, data_dir):
    code, out, err = run(
        ["checkin", "--nrs", "5", "--factor", "heat", "--factor", "moon"], clock, data_dir
    )
    assert code == 2
    assert out == ""
    assert err.startswith(
        "mslog checkin: error: --factor: unknown factor 'moon' (choose from heat,"
    )
    assert len(err.splitlines()) == 1
    assert stored(data_dir) == []


def test_no_spasms_is_refused_when_spasms_are_logged(clock, data_dir):
    run(["log", "--at", "09:00"], clock, data_dir)
    run(["log", "--at", "10:00"], clock, data_dir)
    code, _, err = run(["checkin", "--nrs", "4", "--no-spasms"], clock, data_dir)
    assert code == 2
    assert err == (
        "mslog checkin: error: --no-spasms: 2 spasms are logged on 2026-03-11;"
        " use --complete if they are all in the log\n"
    )
    assert stored(data_dir) == []


def test_the_day_follows_the_day_start_hour(data_dir):
    # 01:30 on Thursday still belongs to Wednesday's diary day (the day starts at 04:00).
    night = FakeClock(datetime(2026, 3, 12, 1, 30))
    code, out, _ = run(["checkin", "--nrs", "2"], night, data_dir)
    assert code == 0
    assert "Wednesday 11 March 2026" in out


def test_checkin_appears_in_help(clock, data_dir, capsys):
    code, _, _ = run(["checkin", "--help"], clock, data_dir)
    assert code == 0
    out = capsys.readouterr().out
    assert "--nights N" in out
    assert "3+" in out
