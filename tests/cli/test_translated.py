"""The command line in the person's language: every text of it translated, tables whole.

A pseudo-language run wraps every translated text in ⟦…⟧, so a line of a command's output
or help with a bare word left names a text that was never wrapped; a German run shows no
English sentence of the command line's catalogue and no English month or weekday; and the
soft hyphens the window's German and Dutch labels carry never reach the terminal.
"""

from __future__ import annotations

import argparse
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mslog.cli import build_parser, main
from mslog.cli.terminal import SOFT_HYPHEN, table, width
from mslog.core import i18n, vocab
from mslog.core.diary import Diary
from tests.helpers.language import bare, english_left, english_pieces

# The translation contexts of mslog/cli/ and mslog/vocab_text.py.
CONTEXTS = {
    "CommandLine",
    "SpasmCommands",
    "SpasmTable",
    "CheckInCommand",
    "ChecklistCommands",
    "InsightsCommand",
    "ReportCommands",
    "RoutinesCommand",
    "SafetyCommands",
    "TreatmentCommands",
}
ROUTINE = Path(__file__).resolve().parents[2] / "resources" / "routines" / "gentle_bedtime.json"
# What a line may hold besides words: ids, paths and file names, written as they are.
_DATA = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|[^\s⟦⟧]+[/\\][^\s⟦⟧]*|[^\s⟦⟧]+\.\w+"
)


def run(args: list[str], clock, data_dir: Path, environ: dict[str, str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--data-dir", str(data_dir)], clock=clock, stdout=out, stderr=err, environ=environ
    )
    return code, out.getvalue(), err.getvalue()


def _diary_with_a_week(data_dir: Path, clock) -> None:
    """A diary with a medicine, a ticked habit and spasms, for commands that show them."""
    with Diary(data_dir, clock=clock) as diary:
        med = diary.checklists.medications.add(
            "Baclofen", times=["08:00", "14:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
        )
        diary.checklists.doses.mark_taken(med.uuid, "2026-03-11 14:00")
        diary.checklists.habits.tick(diary.checklists.habits.listed()[0].uuid)


def _session(clock, data_dir: Path, tmp_path: Path, environ: dict[str, str]) -> Iterator[str]:
    """Run a command of every kind (and some refused ones); yield everything each printed."""
    _diary_with_a_week(data_dir, clock)
    existing = tmp_path / "taken.sqlite3"
    existing.write_text("")
    commands = [
        ["log", "--severity", "6", "--type", "extensor", "--location", "left_thigh",
         "--trigger", "heat", "--duration", "150", "--at", "2026-03-11 09:05"],
        ["log", "--type", "flexor", "--at", "2026-03-10 23:10"],
        ["log", "--at", "2026-03-08 10:00"],
        ["list"],
        ["checkin", "--nrs", "6", "--nights", "3+", "--pain", "2", "--sleep", "poor",
         "--factor", "heat"],
        ["checkin", "--day", "2026-03-10", "--nrs", "3", "--complete"],
        ["checkin", "--day", "2026-03-09", "--no-spasms"],
        ["checkin", "--show", "--day", "2026-03-01"],
        ["doses"],
        ["day-start"],
        ["day-start", "5"],
        ["routines"],
        ["routines", "--check", str(ROUTINE)],
        ["backup"],
        ["restore", "--list"],
        ["treatment", "list"],
        ["treatment", "list", "--from", "2026-03-01"],
        ["treatment", "add", "injection", "--day", "2026-03-02", "--sites", "calves"],
        ["export", "--format", "json", "--out", str(tmp_path / "copy.json")],
        ["insights"],
        # Refused: each says why in one line.
        ["list", "--from", "11/03/2026"],
        ["list", "--from", "2026-03-09", "--to", "2026-03-01"],
        ["list", "--to", "2200-01-01"],
        ["log", "--at", "tomorrow"],
        ["log", "--at", ""],
        ["log", "--severity", "high"],
        ["log", "--type", "wobbly"],
        ["checkin", "--nights", "4"],
        ["checkin", "--nrs", "six"],
        ["checkin", "--factor", "moon"],
        ["checkin", "--no-spasms"],
        ["checkin", "--show", "--nrs", "3"],
        ["checkin", "--day", "2026-03-12", "--nrs", "3"],
        ["day-start", "noon"],
        ["insights", "--to", "2026-03-12"],
        ["insights", "--from", "2026-03-11", "--to", "2026-03-01"],
        ["export", "--format", "json", "--from", "2026-03-01"],
        ["report", "--out", str(tmp_path), "--from", "2026-03-01"],
        ["report", "--out", str(tmp_path / "r.pdf"), "--since-last-appointment",
         "--from", "2026-03-01"],
        ["backup", "--out", str(existing)],
        ["restore"],
        ["restore", str(tmp_path / "missing.sqlite3")],
        ["import", str(tmp_path)],
    ]  # fmt: skip
    for args in commands:
        _, out, err = run(args, clock, data_dir, environ)
        yield out + err


def _help_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str]]:
    """Yield (where, text) for the description, epilog and every option's help of ``parser``."""
    for what in ("description", "epilog"):
        text = getattr(parser, what)
        if text:
            yield f"{parser.prog} {what}", text
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue  # argparse's own words
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{parser.prog} {choice.dest}", choice.help or ""
            for sub in action.choices.values():
                yield from _help_texts(sub)
        elif action.help:
            yield f"{parser.prog} {'/'.join(action.option_strings) or action.dest}", action.help


@pytest.fixture
def pseudo() -> Iterator[None]:
    """Wrap every translated text in ⟦…⟧; an English command line keeps what is installed."""
    before = i18n.installed()

    def wrapped(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return f"⟦{i18n.english(context, text, disambiguation, n)}⟧"

    i18n.install(wrapped)
    yield
    i18n.install(before)


# Texts the command line prints from other parts of MSLog (not converted with it yet), and
# the diary's own names: the scan leaves them to the scans of their own packages.
OTHER_SCOPES = (
    "of 2 doses taken",
    "of 6 habits done",
    "Warm shower or bath",
    "Heating pad",
    "Massage",
    "Cold pack",
    "Drink water",
    "Stretching",
    "Baclofen 10 mg",
    "Daily 5-minute routine",
    "Gentle bedtime routine",
    "Seated / wheelchair routine",
    "Hot weather or overheating",
    "made by you",
    "entries",
    "daily",
    "Botulinum toxin injection",
    "Sites: calves",
    "must be from 0 to 10, not",
)


def _unwrapped(text: str) -> list[str]:
    """Lines of ``text`` with a word outside ⟦…⟧, once data and other packages' texts are out."""
    found = []
    for line in text.splitlines():
        shown = _DATA.sub(" ", line)
        for allowed in OTHER_SCOPES:
            shown = shown.replace(allowed, " ")
        if bare(shown):
            found.append(line)
    return found


@pytest.mark.slow
def test_every_command_wraps_what_it_says(pseudo, clock, data_dir, tmp_path):
    said = "\n".join(
        block for block in _session(clock, data_dir, tmp_path, {}) if "Based on" not in block
    )
    assert "⟦" in said
    assert _unwrapped(said) == []


def test_insights_wraps_its_own_lines(pseudo, clock, data_dir):
    # The findings' own words come from mslog/core/trends; the lines round them are ours.
    run(["log", "--at", "2026-03-11 09:00"], clock, data_dir, {})
    _, out, _ = run(["insights"], clock, data_dir, {})
    ours = [line for line in out.splitlines() if line.startswith(("⟦Not enough", "⟦How"))]
    assert len(ours) == 2
    assert all(line.endswith("⟧") for line in ours)


def test_every_help_text_is_wrapped(pseudo):
    texts = list(_help_texts(build_parser()))
    assert len(texts) > 60
    assert [f"{where}: {text!r}" for where, text in texts if bare(text)] == []


@pytest.mark.slow
def test_a_german_run_says_nothing_in_english(clock, data_dir, tmp_path, capsys):
    german = {"MSLOG_LANGUAGE": "de"}
    blocks = list(_session(clock, data_dir, tmp_path, german))
    # The findings of insights are mslog/core/trends' words; its own lines are checked here.
    [found] = [block for block in blocks if "Methode: " in block]
    assert "Noch zu wenige Tage (mindestens 14 vollständige Tage mit und 14 ohne)" in found
    said = [block for block in blocks if block is not found]
    for args in (["--help"], *([name, "--help"] for name in ("log", "checkin", "export"))):
        assert run(args, clock, data_dir, german)[0] == 0
        said.append(capsys.readouterr().out)
    text = "\n".join(said)
    assert len(english_pieces(CONTEXTS)) > 100
    assert english_left(text, CONTEXTS) == []
    assert "Rückblick auf Mittwoch, 11. März 2026" in text
    assert "3 Spasmen vom 2026-03-05 bis 2026-03-11" in text


def _label(language: str, what: str, key: str) -> str:
    """The window's label of ``key`` in ``language``, soft hyphens and all."""
    from mslog.platform.translators import use_language_without_app

    restore = use_language_without_app(language)
    try:
        if what == "type":
            return vocab.type_label(key, short=True)
        return vocab.location_label(key)
    finally:
        restore()


@pytest.mark.parametrize("language", ["de", "nl"])
def test_list_shows_no_soft_hyphen_and_its_columns_line_up(clock, data_dir, language):
    environ = {"MSLOG_LANGUAGE": language}
    logged = [
        ("extensor", "left_thigh", "6", "2026-03-11 09:05"),
        ("cramp", "right_foot", "10", "2026-03-10 10:00"),
        ("flexor", "right_thigh", "3", "2026-03-09 22:15"),
    ]
    for kind, where, severity, at in logged:
        args = ["log", "--type", kind, "--location", where, "--severity", severity, "--at", at]
        assert run([*args, "--note", "kurz"], clock, data_dir, environ)[0] == 0
    code, out, err = run(["list"], clock, data_dir, environ)
    assert (code, err) == (0, "")
    assert SOFT_HYPHEN not in out
    header, *rows, _total = out.splitlines()
    cells = re.compile(r"\S+(?: \S+)*")
    starts = [m.start() for m in cells.finditer(header)]
    assert len(starts) == 8
    for (kind, where, severity, _), row in zip(reversed(logged), rows, strict=True):
        kind_label, where_label = _label(language, "type", kind), _label(language, "where", where)
        if kind != "cramp":  # the labels the window wraps carry soft hyphens in the catalogue
            assert SOFT_HYPHEN in kind_label + where_label
        shown = {
            2: severity,
            3: kind_label.replace(SOFT_HYPHEN, ""),
            4: where_label.replace(SOFT_HYPHEN, ""),
            7: "kurz",
        }
        for column, text in shown.items():
            assert row[starts[column] :].startswith(text + " ") or row.endswith(text), row
            assert row[starts[column] - 2 : starts[column]] == "  ", row


def test_a_table_is_measured_as_the_terminal_shows_it():
    rows = [
        ("Art", "Wo", "N"),
        ("Streck\u00adspasmus", "Linker Ober\u00adschenkel", "6"),
        ("日本", "a\x1bb", "10"),  # wide letters take two columns; a control is written out
        ("e\u0301", "", ""),  # a combining accent takes none
    ]
    lines = table(rows, right={2}).splitlines()
    assert SOFT_HYPHEN not in "".join(lines)
    assert lines[1] == "Streckspasmus  Linker Oberschenkel   6"
    assert lines[2] == "日本" + " " * 11 + "a\\x1bb" + " " * 15 + "10"
    assert lines[3] == "e\u0301"
    assert {width(line) for line in lines[:3]} == {width(lines[1])}


def test_the_export_into_a_pipe_keeps_its_text_exact(clock, data_dir):
    # Only what a person reads in the terminal loses its soft hyphens; a file or a pipe
    # gets the export as it is (the spasm CSV's labels are mslog/core/safety/export.py's).
    with Diary(data_dir, clock=clock) as diary:
        diary.spasms.log(severity=3, note="Ober\u00adschenkel")
    code, out, _ = run(["export", "--format", "json"], clock, data_dir, {})
    assert code == 0
    assert "Ober\u00adschenkel" in json.loads(out)["tables"]["spasm"]["rows"][0]
