"""The ``mslog routines`` command: list stretch routines, or check a routine file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mslog.cli.common import EXIT_OK, EXIT_USAGE, Context, add_command
from mslog.cli.terminal import Terminal, table
from mslog.core.formatting import fmt_countdown
from mslog.core.i18n import Words

if TYPE_CHECKING:
    from mslog.core.routines.library import RoutineLibrary

EXIT_PROBLEMS = EXIT_USAGE  # a routine file with problems


class RoutinesCommand(Words):
    """The translation context of ``mslog routines``."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``routines`` on the main parser's subcommands."""
    parser = add_command(
        sub,
        "routines",
        cmd_routines,
        parents=[common],
        help=RoutinesCommand.tr("list stretch routines, or --check a routine file"),
    )
    parser.add_argument(
        "--check",
        metavar="FILE",
        help=RoutinesCommand.tr("validate a routine file and print its problems"),
    )


def cmd_routines(args: argparse.Namespace, context: Context) -> int:
    """List every routine with its steps and length, or check one file (exit 2 on problems)."""
    # Imported here, like every command's services, so that starting the window does not load them.
    from mslog.core.routines.library import RoutineLibrary
    from mslog.core.routines.player import GET_READY_S
    from mslog.core.routines.schema import total_seconds
    from mslog.core.routines.wording import routine_name
    from mslog.platform.assets import resource_path

    out = context.out
    diary = context.open_diary()
    try:
        library = RoutineLibrary(resource_path(), diary.data_dir)
    finally:
        diary.close()
    if args.check:
        return _check(Path(args.check), library, out)
    rows = [
        (
            routine_name(r),  # a bundled routine's in the language shown, the person's as written
            str(len(r.steps)),
            fmt_countdown(total_seconds(r, GET_READY_S)),
            _origin(r.key),
        )
        for r in library.routines()
    ]
    header = (
        RoutinesCommand.tr("Routine"),
        RoutinesCommand.tr("Steps"),
        RoutinesCommand.tr("Length"),
        "",
    )
    out.write(table([header, *rows], right={1, 2}) + "\n")
    for problem in library.problems:
        out.write(RoutinesCommand.tr("Not loaded: {problem}").format(problem=problem) + "\n")
    return EXIT_OK


def _origin(key: str) -> str:
    if key.startswith("bundled/"):
        return RoutinesCommand.tr("(built in)", "a routine that comes with MSLog")
    return RoutinesCommand.tr("(yours)", "a routine the person made")


def _check(path: Path, library: RoutineLibrary, out: Terminal) -> int:
    from mslog.core.routines.player import GET_READY_S
    from mslog.core.routines.schema import routine_problems, total_seconds
    from mslog.core.routines.wording import routine_name

    problems = routine_problems(path, library.exercises)
    if problems:
        for problem in problems:
            out.write(f"{problem}\n")
        said = RoutinesCommand.tr("%n problems in {file}", "", len(problems))
        out.write(said.format(file=path.name) + "\n")
        return EXIT_PROBLEMS
    routine = library.check_file(path)
    length = fmt_countdown(total_seconds(routine, GET_READY_S))
    said = RoutinesCommand.tr("{file}: OK, {name}: %n steps, {length}", "", len(routine.steps))
    out.write(said.format(file=path.name, name=repr(routine_name(routine)), length=length) + "\n")
    return EXIT_OK
