"""Odd or hostile files (pipes, devices, huge, deeply nested) are refused at once, by name."""

from __future__ import annotations

import io
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from mslog.cli import main
from mslog.core.diary import Diary
from mslog.core.routines.library import RoutineLibrary
from mslog.core.safety.importer import MAX_FILE_BYTES, ImportFileError, parse_text
from mslog.platform.assets import resource_path

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")

GOOD = {"name": "Quick calves", "steps": [{"exercise": "calf_stretch", "duration_s": 40}]}


@contextmanager
def fifo(path: Path) -> Iterator[Path]:
    """A FIFO no one writes to; a reader still blocked after a while is let go, to fail."""
    os.mkfifo(path)
    done = threading.Event()

    def let_go() -> None:
        # A reader that waits on the pipe would hang the test; after ten seconds it is
        # given an empty pipe, so the test fails on the message instead of hanging.
        if done.wait(10):
            return
        with suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=let_go, daemon=True)
    thread.start()
    try:
        yield path
    finally:
        done.set()
        thread.join()


def run(*argv: str, data_dir: Path, clock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *argv], clock=clock, stdout=out, stderr=err, environ={}
    )
    return code, out.getvalue(), err.getvalue()


def test_importing_a_fifo_is_refused_at_once(diary: Diary, tmp_path: Path):
    with (
        fifo(tmp_path / "pipe.json") as path,
        pytest.raises(ImportFileError, match=r"pipe\.json is a pipe or device, not a file"),
    ):
        diary.safety.import_file(path)
    assert diary.spasms.count() == 0


def test_importing_dev_zero_is_refused_without_reading_it(diary: Diary, tmp_path: Path):
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    for path in (Path("/dev/zero"), link):
        with pytest.raises(ImportFileError, match="is a pipe or device, not a file"):
            diary.safety.import_file(path)


def test_a_file_over_the_limit_is_refused_with_the_limit(diary: Diary, tmp_path: Path):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written to the disk
    with pytest.raises(ImportFileError, match="is larger than 200 MB, the most MSLog reads"):
        diary.safety.import_file(big)


def test_the_cli_import_of_odd_paths_is_one_line_and_exit_2(data_dir, clock, tmp_path: Path):
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with fifo(tmp_path / "pipe.json") as pipe:
        for path, says in (
            (tmp_path / "missing.json", "cannot be read (No such file or directory)"),
            (folder, "is a folder"),
            (pipe, "is a pipe or device"),
            (Path("/dev/zero"), "is a pipe or device"),
        ):
            code, out, err = run("import", str(path), data_dir=data_dir, clock=clock)
            assert (code, out) == (2, ""), err
            assert says in err
            assert err.count("\n") == 1
    assert not data_dir.exists()  # nothing written: the diary was never even created


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested more than 32 levels deep"),
        ("[" * 40 + "]" * 40, "nested more than 32 levels deep"),
        ('{"n": ' + "9" * 5000 + "}", "a number of 5000 digits; at most 20 fit"),
        ('{"n": 0.' + "1" * 5000 + "}", "a number of 5002 digits; at most 20 fit"),
        ('{"n": NaN}', "NaN is not a number MSLog accepts"),
    ],
)
def test_import_bounds_nesting_and_numbers(text: str, says: str):
    with pytest.raises(ImportFileError, match=says):
        parse_text(text)


def test_import_of_a_lone_surrogate_is_refused_by_field(diary: Diary, tmp_path: Path):
    other = Diary(tmp_path / "other", clock=diary.clock)
    other.spasms.log(severity=3, note="fine")
    other.close()
    from mslog.core.safety.export import export_data

    other = Diary(tmp_path / "other", clock=diary.clock)
    data = export_data(other.db, diary.clock.now())
    other.close()
    spasm = data["tables"]["spasm"]
    spasm["rows"][0][spasm["columns"].index("note")] = "caf\udce9"
    path = tmp_path / "e.json"
    path.write_text(json.dumps(data))  # ensure_ascii keeps the surrogate as \udce9
    with pytest.raises(ImportFileError, match=r"tables\.spasm\.rows\[0\]\.note: .*not UTF-8"):
        diary.safety.import_file(path)
    assert diary.spasms.count() == 0


def _routines_folder(data_dir: Path) -> Path:
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "a-good.json").write_text(json.dumps(GOOD))
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    digits = json.dumps(GOOD).replace('"duration_s": 40', '"duration_s": 1' + "0" * 5000)
    (folder / "digits.json").write_text(digits)
    (folder / "zero.json").symlink_to("/dev/zero")
    return folder


def test_odd_routine_files_are_named_and_the_good_ones_load(data_dir: Path):
    folder = _routines_folder(data_dir)
    with fifo(folder / "pipe.json"):
        library = RoutineLibrary(resource_path(), data_dir)
    names = [r.name for r in library.routines()]
    assert "Quick calves" in names
    assert "Daily 5-minute routine" in names
    assert sorted(str(p) for p in library.problems) == [
        "deep.json: file: is nested more than 32 levels deep",
        "digits.json: file: holds a number of 5001 digits; at most 20 fit",
        "pipe.json: file: is a pipe or device, not a file; give a regular file",
        "zero.json: file: is a pipe or device, not a file; give a regular file",
    ]


def test_mslog_routines_lists_the_good_and_names_the_odd(data_dir: Path, clock):
    folder = _routines_folder(data_dir)
    with fifo(folder / "pipe.json"):
        code, out, err = run("routines", data_dir=data_dir, clock=clock)
    assert (code, err) == (0, "")
    assert any(line.startswith("Quick calves") for line in out.splitlines())
    assert "Not loaded: pipe.json: file: is a pipe or device" in out
    assert "Not loaded: zero.json: file: is a pipe or device" in out
    assert "Not loaded: deep.json: file: is nested more than 32 levels deep" in out


def test_a_routine_file_over_the_limit_is_refused(data_dir: Path, clock, tmp_path: Path):
    big = tmp_path / "big.json"
    big.write_text(json.dumps({**GOOD, "description": "x" * 300_000}))
    code, out, _ = run("routines", "--check", str(big), data_dir=data_dir, clock=clock)
    assert code == 2
    assert out.startswith("big.json: file: is larger than 256 KB, the most MSLog reads")
