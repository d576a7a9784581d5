"""The command line names stored things by their labels, in the language of its environment.

``mslog routines`` shows a bundled routine's name in German in a German run, ``mslog
checkin`` the sleep answer and a built-in day factor's name (and accepts that name typed in
German), ``mslog backup`` and ``restore --list`` their lines; an English run is unchanged.
"""

from __future__ import annotations

import io
from pathlib import Path

from mslog.cli import main

GERMAN = {"MSLOG_LANGUAGE": "de"}


def run(args: list[str], clock, data_dir: Path, environ: dict[str, str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--data-dir", str(data_dir)], clock=clock, stdout=out, stderr=err, environ=environ
    )
    return code, out.getvalue(), err.getvalue()


def test_german_routines_show_the_bundled_routines_german_names(clock, data_dir):
    code, out, err = run(["routines"], clock, data_dir, GERMAN)
    assert (code, err) == (0, "")
    assert "Sanftes Programm vor dem Schlafen" in out
    assert "Im Sitzen / im Rollstuhl" in out
    for english in ("Gentle bedtime routine", "Seated / wheelchair", "Steps", "Length", "built in"):
        assert english not in out
    assert "Schritte" in out
    assert "Dauer" in out
    assert "(eingebaut)" in out


def test_english_routines_are_unchanged(clock, data_dir):
    code, out, _ = run(["routines"], clock, data_dir, {})
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Routine", "Steps", "Length"]
    assert any(line.startswith("Gentle bedtime routine") and "(built in)" in line for line in lines)


def test_a_german_checkin_names_sleep_and_a_built_in_factor_in_german(clock, data_dir):
    args = ["checkin", "--nrs", "4", "--sleep", "poor", "--factor", "heat"]
    code, out, err = run(args, clock, data_dir, GERMAN)
    assert (code, err) == (0, "")
    assert "  Schlaf: Schlecht" in out
    assert "  Was zutraf: Hitze oder Überwärmung" in out
    assert "Hot weather" not in out
    assert "Poor" not in out
    _, shown, _ = run(["checkin"], clock, data_dir, GERMAN)
    assert "Hitze oder Überwärmung" in shown


def test_a_german_factor_name_can_be_typed(clock, data_dir):
    code, out, err = run(["checkin", "--factor", "hitze oder überwärmung"], clock, data_dir, GERMAN)
    assert (code, err) == (0, "")
    assert "  Was zutraf: Hitze oder Überwärmung" in out


def test_an_english_checkin_is_unchanged(clock, data_dir):
    code, out, err = run(["checkin", "--sleep", "poor", "--factor", "heat"], clock, data_dir, {})
    assert (code, err) == (0, "")
    assert "  Sleep: Poor" in out
    assert "  What was true: Hot weather or overheating" in out


def test_own_factor_names_stay_as_written_in_german(clock, data_dir):
    from mslog.core.diary import Diary

    with Diary(data_dir, clock=clock) as diary:
        diary.checkins.add_factor("Long drive")
    _, out, _ = run(["checkin", "--factor", "long drive"], clock, data_dir, GERMAN)
    assert "  Was zutraf: Long drive" in out


def test_german_backups_are_listed_in_german(clock, data_dir):
    code, out, err = run(["backup"], clock, data_dir, GERMAN)
    assert (code, err) == (0, "")
    assert out.startswith("Geprüfte Sicherung mit 0 Einträgen gespeichert: ")
    code, listed, _ = run(["restore", "--list"], clock, data_dir, GERMAN)
    assert code == 0
    assert "Mi., 11. März 2026, 14:30:00 — von Ihnen angelegt — 0 Einträge" in listed
    labels = "\n".join(line for line in listed.splitlines() if not line.startswith(" "))
    for english in ("entries", "manual", "made by you", "Wed", "Mar "):
        assert english not in labels


def test_english_backups_are_listed_as_before(clock, data_dir):
    run(["backup"], clock, data_dir, {})
    _, listed, _ = run(["restore", "--list"], clock, data_dir, {})
    assert listed.splitlines()[0].startswith("Wed 11 Mar 2026, 14:30:00 — ")
    assert listed.splitlines()[0].endswith(" — 0 entries")
