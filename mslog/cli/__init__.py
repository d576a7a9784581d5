"""The ``mslog`` command: no arguments opens the window; subcommands work without a display."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

from mslog import __version__
from mslog.cli.common import EXIT_FAILURE, EXIT_USAGE, CommandLine, Context, UsageError
from mslog.cli.terminal import Terminal
from mslog.core.clock import Clock, SystemClock
from mslog.core.errors import BadInputError, DiaryOpenError, MSLogError, ValidationError
from mslog.platform.datadir import resolve_data_dir
from mslog.platform.language import SOURCE_LANGUAGE, from_environment

if TYPE_CHECKING:
    # argparse loads only for subcommands: a click on the launcher goes straight to the window.
    import argparse

__all__ = ["build_parser", "main"]


def data_dir_help() -> str:
    """The help text of --data-dir, in the language spoken (the manual page uses it too)."""
    return CommandLine.tr(
        "folder holding the diary (default: $MSLOG_DATA_DIR or your user data folder)"
    )


def _epilog() -> str:
    # Translated when the parser is built, after the language is chosen (not at import). No
    # comma after the hint: pyside6-lupdate would read one as a count and file a plural.
    return CommandLine.tr(
        "With no COMMAND, MSLog opens its window (`mslog`, or `mslog --data-dir PATH`). The\n"
        "commands work in this terminal and never open the window; `mslog COMMAND --help`"
        " tells\n"
        "more about each.\n"
        "\n"
        "environment:\n"
        "  MSLOG_DATA_DIR  the folder holding the diary, when --data-dir is not given\n"
        "\n"
        "Your diary stays on this computer: MSLog sends nothing anywhere.",
        "the end of `mslog --help`; keep its line breaks short (under 80 characters)"
    )  # fmt: skip


def _parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class Parser(argparse.ArgumentParser):
        # argparse prints the whole usage block on errors; one line is kinder in a terminal.
        def error(self, message: str) -> NoReturn:
            raise UsageError(message)

    return Parser


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every subcommand, each knowing what it runs."""
    import argparse

    # Each command group registers its parsers and commands; the commands' own heavy
    # imports (reports, trends, restore) wait inside them until they run.
    from mslog.cli import (
        checkin,
        checklists,
        insights,
        reports,
        routines,
        safety,
        spasms,
        treatments,
    )

    _Parser = _parser_class()  # noqa: N806 - a class
    parser = _Parser(
        prog="mslog",
        description=CommandLine.tr("MSLog, a private diary for MS spasms."),
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"MSLog {__version__}")
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,  # keep a --data-dir given before the subcommand
        help=data_dir_help(),
    )
    parser.add_argument("--data-dir", metavar="PATH", help=data_dir_help())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in (spasms, routines, reports, safety, checklists, treatments, checkin, insights):
        group.register(sub, common)
    return parser


def _data_dir_problem(option: str | None) -> str | None:
    """What is wrong with a ``--data-dir`` given, before anything is created there."""
    if option is None:
        return None
    if not option.strip():
        return CommandLine.tr("--data-dir: give a folder")
    from pathlib import Path

    path = Path(option).expanduser()
    for folder in (path, *path.parents):  # the nearest part that exists must be a folder
        if folder.exists():
            if folder.is_dir():
                return None
            return CommandLine.tr("--data-dir: {folder} is not a folder").format(folder=folder)
    return None


def main(
    argv: Sequence[str] | None = None,
    *,
    clock: Clock | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    environ: dict[str, str] | None = None,
) -> int:
    """Run the command line; return the exit code."""
    # Notes, names and error messages may hold anything a person (or a file) put there.
    out = Terminal(stdout or sys.stdout)
    err = Terminal(stderr or sys.stderr)
    env = dict(os.environ) if environ is None else environ
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        # The everyday case, a click on the launcher: straight to the window.
        from mslog.ui.app import run_gui

        return run_gui(data_dir=resolve_data_dir(None, env), clock=clock)
    language = from_environment(env)
    if language == SOURCE_LANGUAGE:  # English needs no catalogue, and so loads no Qt
        return _run(argv, out, err, env, clock)
    from mslog.platform.translators import use_language_without_app

    # The language is this call's: one made in-process afterwards speaks its own again.
    restore = use_language_without_app(language)
    try:
        return _run(argv, out, err, env, clock)
    finally:
        restore()


def _run(
    argv: list[str], out: Terminal, err: Terminal, env: dict[str, str], clock: Clock | None
) -> int:
    """Parse ``argv`` and run its command in the language already chosen."""
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:  # argparse's own words stay its own (English)
        err.write(CommandLine.tr("mslog: error: {problem}").format(problem=exc) + "\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    problem = _data_dir_problem(args.data_dir)
    if problem:
        err.write(CommandLine.tr("mslog: error: {problem}").format(problem=problem) + "\n")
        return EXIT_USAGE
    data_dir = resolve_data_dir(args.data_dir, env)

    if args.command is None:
        from mslog.ui.app import run_gui

        return run_gui(data_dir=data_dir, clock=clock)

    context = Context(data_dir=data_dir, clock=clock or SystemClock(), out=out)
    try:
        code = args.run(args, context)
        if context.undecodable():
            from mslog.core.storage.failures import replaced_text_notice

            err.write(f"mslog {args.command}: {replaced_text_notice(context.undecodable())}\n")
        return code
    except (UsageError, ValidationError, BadInputError) as exc:
        said = CommandLine.tr("mslog {command}: error: {problem}")
        err.write(said.format(command=args.command, problem=exc) + "\n")
        return EXIT_USAGE
    except DiaryOpenError as exc:
        from mslog.cli.safety import explain_open_error

        err.write(f"mslog: {explain_open_error(exc, data_dir)}\n")
        return EXIT_FAILURE
    except MSLogError as exc:
        err.write(f"mslog {args.command}: {exc}\n")
        return EXIT_FAILURE
    except Exception as exc:
        from mslog.core.safety import is_storage_error, storage_message

        if not is_storage_error(exc):
            raise
        err.write(f"mslog {args.command}: {storage_message(exc)}\n")
        return EXIT_FAILURE
