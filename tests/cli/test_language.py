"""The command line speaks the language of its environment, with the window's catalogues."""

from __future__ import annotations

import io

from mslog.cli import main


def _run(args, clock, data_dir, environ):
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--data-dir", str(data_dir)], clock=clock, stdout=out, stderr=err, environ=environ
    )
    return code, out.getvalue(), err.getvalue()


def test_a_german_terminal_gets_german_dates(clock, data_dir):
    code, out, err = _run(["log", "--at", "2026-03-09 10:00"], clock, data_dir, {"LANG": "de_DE"})
    assert (code, err) == (0, "")
    assert "Montag, 9. März" in out  # the German pattern, with QLocale's names


def test_a_diary_written_in_german_reads_the_same_in_english(clock, data_dir):
    german = {"MSLOG_LANGUAGE": "de"}
    _run(["log", "--at", "2026-03-11 09:00", "--type", "flexor"], clock, data_dir, german)
    _, in_german, _ = _run(["list"], clock, data_dir, german)
    _, in_english, _ = _run(["list"], clock, data_dir, {})
    assert "Flexor" in in_english
    assert in_german.count("\n") == in_english.count("\n")
