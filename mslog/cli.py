"""The ``mslog`` command: no arguments opens the window; subcommands work without a display."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NoReturn, TextIO

from mslog import __version__
from mslog.core import vocab
from mslog.core.clock import Clock, SystemClock
from mslog.core.errors import DiaryOpenError, MSLogError, ValidationError
from mslog.datadir import resolve_data_dir

if TYPE_CHECKING:
    # argparse loads only for subcommands: a click on the launcher goes straight to the window.
    import argparse

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad command-line input; reported in one line with exit code 2."""


def _parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class Parser(argparse.ArgumentParser):
        # argparse prints the whole usage block on errors; one line is kinder in a terminal.
        def error(self, message: str) -> NoReturn:
            raise UsageError(message)

    return Parser


def parse_when(text: str, clock: Clock) -> datetime:
    """Parse ``--at``: ``YYYY-MM-DD HH:MM`` (optionally with an offset) or just ``HH:MM``.

    A bare time means the most recent such time: ``--at 23:10`` typed the next
    morning is last night.
    """
    text = text.strip()
    now = clock.now()
    try:
        if len(text) <= 5 and ":" in text:
            hour, minute = (int(part) for part in text.split(":"))
            moment = clock.localize(
                datetime.combine(now.date(), datetime.min.time()).replace(hour=hour, minute=minute)
            )
            if moment > now:
                moment = clock.localize(moment.replace(tzinfo=None) - timedelta(days=1))
            return moment
        parsed = datetime.fromisoformat(text.replace("T", " ", 1))
    except ValueError:
        raise UsageError(
            f"--at: cannot read {text!r} as a time; use HH:MM or YYYY-MM-DD HH:MM"
        ) from None
    return parsed if parsed.tzinfo else clock.localize(parsed)


def parse_day(option: str, text: str) -> date:
    """Parse a ``YYYY-MM-DD`` date option."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: cannot read {text!r} as a date; use YYYY-MM-DD") from None


def _choice(option: str, text: str, vocabulary: list[tuple[str, str]]) -> str:
    key = vocab.lookup_key(text, vocabulary)
    if key is None:
        known = ", ".join(k for k, _ in vocabulary)
        raise UsageError(f"{option}: unknown value {text!r} (choose from {known})")
    return key


def _choices(vocabulary: list[tuple[str, str]]) -> str:
    return "one of: " + ", ".join(key for key, _ in vocabulary)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every subcommand."""
    import argparse

    _Parser = _parser_class()  # noqa: N806 - a class
    parser = _Parser(prog="mslog", description="MSLog, a private diary for MS spasms.")
    parser.add_argument("--version", action="version", version=f"MSLog {__version__}")
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,  # keep a --data-dir given before the subcommand
        help="folder holding the diary (default: $MSLOG_DATA_DIR or your user data folder)",
    )
    parser.add_argument("--data-dir", metavar="PATH", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    log = sub.add_parser("log", parents=[common], help="record a spasm (now, or --at a time)")
    log.add_argument("--severity", metavar="N", help="0 (none) to 10 (worst imaginable)")
    log.add_argument("--type", metavar="T", help=_choices(vocab.SPASM_TYPES))
    log.add_argument(
        "--location", metavar="L", action="append", default=[],
        help=_choices(vocab.LOCATIONS) + " (repeatable)",
    )  # fmt: skip
    log.add_argument(
        "--trigger", metavar="T", action="append", default=[],
        help="a listed trigger or your own words (repeatable)",
    )  # fmt: skip
    log.add_argument("--duration", metavar="SECONDS", help="how long it lasted, in seconds")
    log.add_argument("--note", metavar="TEXT", default="", help="a note")
    log.add_argument("--at", metavar="DATETIME", help="when it started: HH:MM or YYYY-MM-DD HH:MM")

    lst = sub.add_parser("list", parents=[common], help="print entries as a table")
    lst.add_argument("--from", dest="first", metavar="DATE", help="first day (default: 6 days ago)")
    lst.add_argument("--to", dest="last", metavar="DATE", help="last day (default: today)")

    from mslog import cli_routines  # the stretch routines command lives in its own module

    cli_routines.add_parser(sub, common)

    from mslog import cli_reports  # export and report live in their own module

    cli_reports.add_parsers(sub, common)
    from mslog import cli_safety  # backup, restore and import live in their own module

    cli_safety.add_parsers(sub, common)
    from mslog import cli_checklists  # doses and day-start live in their own module

    cli_checklists.add_parsers(sub, common)
    from mslog import cli_checkin  # the daily check-in lives in its own module

    cli_checkin.add_parsers(sub, common)
    from mslog import cli_insights  # the factor analysis lives in its own module

    cli_insights.add_parsers(sub, common)
    return parser


def _whole(option: str, text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a whole number") from None


def cmd_log(args: argparse.Namespace, diary_factory: Callable, out: TextIO) -> int:
    """Record one spasm and print its time and id."""
    fields = {
        "severity": _whole("--severity", args.severity),
        "kind": _choice("--type", args.type, vocab.SPASM_TYPES) if args.type else None,
        "locations": [_choice("--location", x, vocab.LOCATIONS) for x in args.location],
        "triggers": args.trigger,
        "duration_s": _whole("--duration", args.duration),
        "note": args.note,
    }
    diary = diary_factory()
    try:
        started = parse_when(args.at, diary.clock) if args.at else None
        spasm = diary.spasms.log(started=started, **fields)
    finally:
        diary.close()
    out.write(f"Saved spasm at {spasm.started:%Y-%m-%d %H:%M} (id {spasm.uuid})\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, diary_factory: Callable, out: TextIO) -> int:
    """Print a table of entries between two diary days."""
    diary = diary_factory()
    try:
        last = parse_day("--to", args.last) if args.last else diary.today()
        first = parse_day("--from", args.first) if args.first else last - timedelta(days=6)
        if first > last:
            raise UsageError("--from: the first day is after the last day")
        entries = diary.spasms.between(first, last, diary.day_rule)
    finally:
        diary.close()
    from mslog.vocab_text import table

    out.write(table(entries) + "\n")
    out.write(f"{len(entries)} spasm{'s' if len(entries) != 1 else ''} from {first} to {last}\n")
    return EXIT_OK


def _lazy(module: str, name: str) -> Callable:
    # Import a subcommand's module only when it runs.
    def run(*args):
        import importlib

        return importlib.import_module(module).COMMANDS[name](*args)

    return run


COMMANDS = {
    "log": cmd_log,
    "list": cmd_list,
    "export": _lazy("mslog.cli_reports", "export"),
    "report": _lazy("mslog.cli_reports", "report"),
}


def _safety(name: str) -> Callable:
    def run(*args):
        from mslog import cli_safety

        return cli_safety.COMMANDS[name](*args)

    return run


COMMANDS.update({name: _safety(name) for name in ("backup", "restore", "import")})


def cmd_routines(args: argparse.Namespace, diary_factory: Callable, out: TextIO) -> int:
    """List stretch routines or check a routine file (see :mod:`mslog.cli_routines`)."""
    from mslog.cli_routines import cmd_routines as run

    return run(args, diary_factory, out)


COMMANDS["routines"] = cmd_routines
COMMANDS.update({name: _lazy("mslog.cli_checklists", name) for name in ("doses", "day-start")})
COMMANDS["checkin"] = _lazy("mslog.cli_checkin", "checkin")
COMMANDS["insights"] = _lazy("mslog.cli_insights", "insights")


def main(
    argv: Sequence[str] | None = None,
    *,
    clock: Clock | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    environ: dict[str, str] | None = None,
) -> int:
    """Run the command line; return the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    env = dict(os.environ) if environ is None else environ
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        # The everyday case, a click on the launcher: straight to the window.
        from mslog.ui.app import run_gui

        return run_gui(data_dir=resolve_data_dir(None, env), clock=clock)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        err.write(f"mslog: error: {exc}\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    data_dir = resolve_data_dir(args.data_dir, env)

    if args.command is None:
        from mslog.ui.app import run_gui

        return run_gui(data_dir=data_dir, clock=clock)

    def diary_factory():
        from mslog.core.diary import Diary

        return Diary(data_dir, clock=clock or SystemClock())

    from mslog import cli_safety

    diary_factory.data_dir = data_dir  # for restore, which must not open a damaged diary
    diary_factory.clock = clock
    try:
        return COMMANDS[args.command](args, diary_factory, out)
    except (UsageError, ValidationError) as exc:
        err.write(f"mslog {args.command}: error: {exc}\n")
        return EXIT_USAGE
    except DiaryOpenError as exc:
        err.write(f"mslog: {cli_safety.explain_open_error(exc, data_dir)}\n")
        return EXIT_FAILURE
    except MSLogError as exc:
        err.write(f"mslog {args.command}: {exc}\n")
        return EXIT_FAILURE
    except Exception as exc:
        if not cli_safety.is_storage_error(exc):
            raise
        err.write(f"mslog {args.command}: {cli_safety.storage_message(exc)}\n")
        return EXIT_FAILURE
