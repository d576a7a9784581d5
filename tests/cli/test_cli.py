"""The mslog command: logging and listing without a display; bad input changes nothing."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mslog import __version__
from mslog.cli import main
from mslog.core.storage.database import DB_FILENAME
from tests.helpers.stubs import FakeClock


def run(args: list[str], clock: FakeClock, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--data-dir", str(data_dir)], clock=clock, stdout=out, stderr=err, environ={}
    )
    return code, out.getvalue(), err.getvalue()


def rows(data_dir: Path) -> list[tuple]:
    path = data_dir / DB_FILENAME
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT started_at, utc_offset, severity, kind, duration_s, note FROM spasm"
        ).fetchall()
    finally:
        conn.close()


def test_log_with_every_option(clock, data_dir):
    code, out, err = run(
        [
            "log",
            "--severity", "6",
            "--type", "extensor",
            "--location", "left calf",
            "--location", "right_calf",
            "--trigger", "heat",
            "--trigger", "new shoes",
            "--duration", "120",
            "--note", "after the bus",
            "--at", "2026-03-11 09:05",
        ],
        clock,
        data_dir,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Saved spasm at 2026-03-11 09:05 (id ")
    assert len(rows(data_dir)) == 1
    code, out, _ = run(["list"], clock, data_dir)
    assert code == 0
    assert "09:05" in out
    assert "Extensor" in out
    assert "Left calf, Right calf" in out
    assert "Heat, new shoes" in out
    assert "2 min" in out
    assert "1 spasm from 2026-03-05 to 2026-03-11" in out


def test_log_without_options_records_now(clock, data_dir):
    code, out, _ = run(["log"], clock, data_dir)
    assert code == 0
    assert "2026-03-11 14:30" in out
    assert rows(data_dir)[0][2:] == (None, None, None, "")


def test_bare_time_means_the_latest_such_time(clock, data_dir):
    code, out, _ = run(["log", "--at", "23:10"], clock, data_dir)
    assert code == 0
    assert "2026-03-10 23:10" in out


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--severity", "11"], "severity"),
        (["--severity", "high"], "--severity"),
        (["--type", "wobbly"], "--type"),
        (["--location", "tail"], "--location"),
        (["--duration", "-3"], "duration"),
        (["--duration", "90000"], "duration"),
        (["--duration", "long"], "--duration"),
        (["--note", "x" * 10_001], "note"),
        (["--trigger", " "], "trigger"),
        (["--at", "tomorrow"], "--at"),
        (["--at", "2026-03-12 09:00"], "future"),
        (["--at", "25:00"], "--at"),
        (["--bogus"], "unrecognized"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(clock, data_dir, args, problem):
    run(["log"], clock, data_dir)
    before = rows(data_dir)
    code, out, err = run(["log", *args], clock, data_dir)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert problem in err
    assert rows(data_dir) == before


def test_list_range_and_bad_dates(clock, data_dir):
    run(["log", "--at", "2026-03-01 10:00"], clock, data_dir)
    run(["log", "--at", "2026-03-09 10:00"], clock, data_dir)
    code, out, _ = run(["list", "--from", "2026-03-01", "--to", "2026-03-02"], clock, data_dir)
    assert code == 0
    assert "2026-03-01" in out
    assert "2026-03-09" not in out
    code, _, err = run(["list", "--from", "March"], clock, data_dir)
    assert code == 2
    assert "--from" in err
    code, _, err = run(["list", "--from", "2026-03-09", "--to", "2026-03-01"], clock, data_dir)
    assert code == 2


def test_environment_variable_chooses_the_data_folder(clock, tmp_path):
    target = tmp_path / "from-env"
    code = main(
        ["log"], clock=clock, stdout=io.StringIO(), stderr=io.StringIO(),
        environ={"MSLOG_DATA_DIR": str(target)},
    )  # fmt: skip
    assert code == 0
    assert len(rows(target)) == 1


def test_data_dir_before_the_subcommand_is_honoured(clock, tmp_path):
    target = tmp_path / "d"
    code = main(
        ["--data-dir", str(target), "log"], clock=clock, stdout=io.StringIO(),
        stderr=io.StringIO(), environ={},
    )  # fmt: skip
    assert code == 0
    assert len(rows(target)) == 1


def test_newer_diary_is_a_clear_error(clock, data_dir):
    run(["log"], clock, data_dir)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    code, _, err = run(["log"], clock, data_dir)
    assert code == 1
    assert "newer version of MSLog" in err


def test_real_command_runs_without_a_display(tmp_path):
    env = {"MSLOG_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "mslog", "log", "--severity", "4"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Saved spasm" in done.stdout
    # The headless path must not load Qt at all.
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, mslog.cli as c; c.main(['list']); "
         "print(any(m.startswith('PySide6') for m in sys.modules))"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert probe.stdout.strip().endswith("False")


def test_version(capsys):
    assert main(["--version"], environ={}) == 0
    assert __version__ in capsys.readouterr().out


def test_log_at_an_earlier_day_says_whose_diary_it_went_into(clock, data_dir):
    code, out, err = run(["log", "--at", "2026-03-11 02:40"], clock, data_dir)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Saved spasm at 2026-03-11 02:40 (id ")
    assert lines[1] == "Saved 02:40, last night — in Tuesday's diary."
    code, out, _ = run(["log", "--at", "2026-03-11 09:00"], clock, data_dir)
    assert len(out.splitlines()) == 1  # today's: nothing more to say
