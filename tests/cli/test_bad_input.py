"""Every bad input to the command line: one line on stderr, exit 2, nothing written anywhere."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mslog.cli import main
from mslog.core.diary import Diary
from mslog.core.safety.export import export_data
from tests.helpers.stubs import FakeClock


def run(args: list[str], clock: FakeClock, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--data-dir", str(data_dir)], clock=clock, stdout=out, stderr=err, environ={}
    )
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its content."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def assert_refused(args: list[str], clock: FakeClock, data_dir: Path, says: str) -> str:
    """Run a command that must be refused; return its one line of stderr."""
    root = data_dir.parent
    before = snapshot(root)
    code, out, err = run(args, clock, data_dir)
    assert (code, out) == (2, ""), err
    assert err.startswith("mslog "), err
    assert err.count("\n") == 1, err
    assert err.endswith("\n"), err
    assert says in err
    assert snapshot(root) == before  # no .part, no caches, no diary, no backup
    return err


def export_file(tmp_path: Path, clock: FakeClock, edit) -> Path:
    """A JSON export of a one-entry diary, its spasm row changed by ``edit(row, columns)``."""
    other = Diary(tmp_path / "source", clock=clock)
    other.spasms.log(severity=4, note="fine")
    data = export_data(other.db, clock.now())
    other.close()
    block = data["tables"]["spasm"]
    edit(block["rows"][0], block["columns"])
    path = tmp_path / "in" / "export.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data))
    return path


@pytest.fixture
def made(clock: FakeClock, data_dir: Path, tmp_path: Path) -> Path:
    """A diary with one entry, a folder and an unrelated file beside it."""
    assert run(["log", "--severity", "3"], clock, data_dir)[0] == 0
    (tmp_path / "adir").mkdir()
    (tmp_path / "file.txt").write_text("my shopping list\n")
    return tmp_path


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["log", "--note", "caf\udce9"], "note: holds a character that is not UTF-8"),
        (["log", "--trigger", "caf\udce9"], "trigger: holds a character that is not UTF-8"),
        (["log", "--at", "0001-01-01 00:00"], "--at: 0001-01-01 is outside the days"),
        (["log", "--at", "9999-12-31 23:59"], "--at: 9999-12-31 is outside the days"),
        (["log", "--at", "0001-01-01 00:00+00:00"], "is too long ago"),
        (["log", "--at", "2026-03-10 10:00+23:00"], "UTC offset +23:00 is not one a time zone"),
        (["log", "--at", "2026-03-10 10:00-12:30"], "UTC offset -12:30 is not one a time zone"),
        (["log", "--at", "2026-03-10 10:00+05:30:15"], "UTC offset +05:30:15 is not one"),
        (["log", "--type", ""], "--type: unknown value ''"),
        (["log", "--location", ""], "--location: unknown value ''"),
        (["log", "--at", ""], "--at: give a time"),
        (["log", "--at", "00:-0"], "--at: cannot read '00:-0'"),
        (["log", "--at", "24:00"], "--at: cannot read '24:00'"),
        (["log", "--at", "2026-03-10"], "--at: cannot read '2026-03-10'"),
        (["log", "--severity", "11"], "severity: must be from 0 to 10"),
        (["log", "--severity", "9" * 5000], "--severity: '9999"),
        (["log", "--duration", ""], "--duration: '' is not a whole number"),
        (["log", "--at", "2026-03-11 16:00"], "is in the future"),
        (["list", "--from", ""], "--from: cannot read '' as a date"),
        (["list", "--to", "9999-12-31"], "--to: 9999-12-31 is too far ahead"),
        (["list", "--from", "2026-03-12", "--to", "2026-03-11"], "first day is after"),
        (["doses", "--day", "9999-12-31"], "--day: 9999-12-31 is too far ahead"),
        (["doses", "--day", "1969-12-31"], "--day: 1969-12-31 is too long ago"),
        (["checkin", "--day", "0001-01-01"], "--day: 0001-01-01 is too long ago"),
        (["insights", "--to", "9999-12-31"], "--to: 9999-12-31 is too far ahead"),
        (
            ["report", "--from", "1970-01-02", "--to", "9999-12-31", "--out", "{root}/r.pdf"],
            "--to: 9999-12-31 is too far ahead",
        ),
        (["report", "--out", "{root}/adir"], "--out: {root}/adir is a folder"),
        (["report", "--out", "{root}/nowhere/r.pdf"], "the folder {root}/nowhere does not exist"),
        (["export", "--format", "json", "--out", "{root}/adir"], "{root}/adir is a folder"),
        (["export", "--format", "csv", "--out", "{root}/adir"], "{root}/adir is a folder"),
        (["export", "--format", "csv", "--from", ""], "--from: cannot read ''"),
        (["backup", "--out", "{root}/file.txt"], "{root}/file.txt already exists"),
        (["restore", "{root}/missing.sqlite3"], "{root}/missing.sqlite3 does not exist"),
        (["restore", "{root}/adir"], "{root}/adir is not a regular file"),
        (["import", "{root}/missing.json"], "{root}/missing.json cannot be read"),
        (["import", "{root}/adir"], "{root}/adir is a folder"),
        (["import", "{root}/file.txt"], "line 1, column 1"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    made: Path, clock: FakeClock, data_dir: Path, args: list[str], says: str
):
    args = [arg.format(root=made) for arg in args]
    assert_refused(args, clock, data_dir, says.format(root=made))


def test_a_bad_first_command_does_not_create_a_diary(clock: FakeClock, data_dir: Path):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    assert_refused(["log", "--severity", "11"], clock, data_dir, "severity")
    assert_refused(["log", "--at", "2026-03-10 10:00+23:00"], clock, data_dir, "+23:00")
    assert not data_dir.exists()


def test_a_time_the_clocks_skipped_is_refused_not_moved(data_dir: Path, tmp_path: Path):
    berlin = FakeClock(datetime(2026, 3, 30, 12, 0), tz=ZoneInfo("Europe/Berlin"))
    err = assert_refused(
        ["log", "--at", "2026-03-29 02:30"], berlin, data_dir, "2026-03-29 02:30 did not happen"
    )
    assert "the clocks went forward an hour that night" in err
    assert "03:30" in err
    # Either side of the gap is fine, and the repeated hour in autumn takes the first.
    assert run(["log", "--at", "2026-03-29 03:30"], berlin, data_dir)[0] == 0
    assert run(["log", "--at", "2026-03-29 01:59"], berlin, data_dir)[0] == 0
    autumn = FakeClock(datetime(2026, 10, 26, 12, 0), tz=ZoneInfo("Europe/Berlin"))
    code, out, _ = run(["log", "--at", "2026-10-25 02:30"], autumn, data_dir)
    assert code == 0
    assert "2026-10-25 02:30" in out


def test_a_bare_time_in_the_gap_is_refused_too(data_dir: Path):
    berlin = FakeClock(datetime(2026, 3, 29, 12, 0), tz=ZoneInfo("Europe/Berlin"))
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    assert_refused(["log", "--at", "02:30"], berlin, data_dir, "did not happen here")


def test_backup_out_writes_a_new_file_or_into_a_folder(made: Path, clock, data_dir: Path):
    code, _, err = run(["backup", "--out", str(made / "new.sqlite3")], clock, data_dir)
    assert code == 0, err
    assert (made / "new.sqlite3").stat().st_size > 0
    code, _, err = run(["backup", "--out", str(made / "adir")], clock, data_dir)
    assert code == 0, err
    assert len(list((made / "adir").glob("mslog-*.sqlite3"))) == 1
    assert (made / "file.txt").read_text() == "my shopping list\n"


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (
            lambda row, cols: row.__setitem__(cols.index("started_at"), 4102444800),  # 2100
            "started_at: 2100-01-01 00:00 is in the future",
        ),
        (
            lambda row, cols: row.__setitem__(cols.index("started_at"), 253370678400),  # 9998
            "started_at: 9998-12-31 00:00 is in the future",
        ),
        (
            lambda row, cols: row.__setitem__(cols.index("utc_offset"), 23 * 60),
            "utc_offset: 1380 minutes is not an offset a time zone uses",
        ),
        (
            lambda row, cols: row.__setitem__(cols.index("started_at"), 10**18),
            "started_at: is not a time MSLog can keep",
        ),
        (
            lambda row, cols: row.__setitem__(cols.index("note"), "caf\udce9"),
            "note: is not valid text",
        ),
    ],
)
def test_the_import_applies_the_logs_rules(
    made: Path, clock: FakeClock, data_dir: Path, tmp_path: Path, edit, says: str
):
    path = export_file(tmp_path, clock, edit)
    assert_refused(["import", str(path)], clock, data_dir, says)


def test_an_import_with_a_5000_digit_number_is_refused(
    made: Path, clock: FakeClock, data_dir: Path, tmp_path: Path
):
    path = export_file(tmp_path, clock, lambda row, cols: None)
    text = path.read_text().replace('"fine"', "1" + "0" * 4999, 1)
    path.write_text(text)
    assert_refused(["import", str(path)], clock, data_dir, "a number of 5000 digits")


def test_every_export_re_imports(clock: FakeClock, data_dir: Path, tmp_path: Path):
    for args in (
        ["--at", "2026-03-10 10:00+14:00", "--note", "x" * 10_000],
        ["--at", "2026-03-10 10:00-12:00", "--trigger", "my own"],
        ["--at", "1970-01-02 00:00+00:00", "--severity", "0"],  # diary day 1970-01-01
        ["--at", "2026-03-11 14:35", "--duration", "86400"],  # the five minutes of leeway
    ):
        code, _, err = run(["log", *args], clock, data_dir)
        assert code == 0, err
    target = tmp_path / "all.json"
    assert run(["export", "--format", "json", "--out", str(target)], clock, data_dir)[0] == 0
    code, out, err = run(["import", str(target)], clock, tmp_path / "fresh")
    assert (code, err) == (0, "")
    assert "Imported 4 new spasm entries" in out
    code, out, _ = run(["list", "--from", "1970-01-01"], clock, tmp_path / "fresh")
    assert "4 spasms from 1970-01-01" in out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX time zones and byte arguments")
def test_the_real_command_with_a_stray_byte_and_a_skipped_time(tmp_path: Path):
    env = {
        "MSLOG_DATA_DIR": str(tmp_path / "d"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "TZ": "Europe/Berlin",
        "PYTHONPATH": os.environ.get("PYTHONPATH", os.getcwd()),
    }
    for args, says in (
        ([b"--note", b"caf\xe9"], b"note: holds a character that is not UTF-8"),
        ([b"--at", b"2026-03-29 02:30"], b"did not happen here"),
        ([b"--at", b"0001-01-01 00:00"], b"outside the days"),
    ):
        done = subprocess.run(
            [sys.executable.encode(), b"-m", b"mslog", b"log", *args],
            capture_output=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert done.stderr.count(b"\n") == 1, done.stderr
        assert says in done.stderr, done.stderr
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("given", ["", "{root}/file.txt", "{root}/file.txt/sub", "/dev/null"])
def test_an_odd_data_folder_is_refused(made: Path, clock: FakeClock, given: str):
    given = given.format(root=made)
    before = snapshot(made)
    out, err = io.StringIO(), io.StringIO()
    code = main(["list", "--data-dir", given], clock=clock, stdout=out, stderr=err, environ={})
    assert (code, out.getvalue()) == (2, "")
    assert err.getvalue().startswith("mslog: error: --data-dir: ")
    assert err.getvalue().count("\n") == 1
    assert snapshot(made) == before


def test_a_time_that_happened_twice_is_the_first_and_a_skipped_one_is_refused_on_every_python():
    """Python 3.12 changed which offset a skipped local time gets; the answer must not change."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from mslog.cli.common import UsageError, _local
    from tests.helpers.stubs import FakeClock

    berlin = FakeClock(datetime(2026, 3, 11, 14, 30), ZoneInfo("Europe/Berlin"))
    twice = _local(datetime(2026, 10, 25, 2, 30), berlin, "")
    assert twice.utcoffset().total_seconds() == 2 * 3600  # summer time, the first 02:30
    with pytest.raises(UsageError, match="clocks went forward an hour"):
        _local(datetime(2026, 3, 29, 2, 30), berlin, "")
