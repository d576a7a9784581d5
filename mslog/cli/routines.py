"""The ``mslog routines`` command: list stretch routines, or check a routine file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mslog.cli.common import EXIT_OK, EXIT_USAGE, Context, add_command
from mslog.cli.terminal import Terminal
from mslog.core.formatting import fmt_countdown

if TYPE_CHECKING:
    from mslog.core.routines.library import RoutineLibrary

EXIT_PROBLEMS = EXIT_USAGE  # a routine file with problems


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``routines`` on the main parser's subcommands."""
    parser = add_command(
        sub,
        "routines",
        cmd_routines,
        parents=[common],
        help="list stretch routines, or --check a routine file",
    )
    parser.add_argument(
        "--check", metavar="FILE", help="validate a routine file and print its problems"
    )


def cmd_routines(args: argparse.Namespace, context: Context) -> int:
    """List every routine with its steps and length, or check one file (exit 2 on problems)."""
    # Imported here, like every command's services, so that starting the window does not load them.
    from mslog.core.routines.library import RoutineLibrary
    from mslog.core.routines.player import GET_READY_S
    from mslog.core.routines.schema import total_seconds
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
        (r.name, str(len(r.steps)), fmt_countdown(total_seconds(r, GET_READY_S)), _origin(r.key))
        for r in library.routines()
    ]
    header = ("Routine", "Steps", "Length", "")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    for name, steps, length, origin in [header, *rows]:
        line = f"{name:<{widths[0]}}  {steps:>{widths[1]}}  {length:>{widths[2]}}  {origin}"
        out.write(line.rstrip() + "\n")
    for problem in library.problems:
        out.write(f"Not loaded: {problem}\n")
    return EXIT_OK


def _origin(key: str) -> str:
    return "(built in)" if key.startswith("bundled/") else "(yours)"


def _check(path: Path, library: RoutineLibrary, out: Terminal) -> int:
    from mslog.core.routines.player import GET_READY_S
    from mslog.core.routines.schema import routine_problems, total_seconds

    problems = routine_problems(path, library.exercises)
    if problems:
        for problem in problems:
            out.write(f"{problem}\n")
        count = len(problems)
        out.write(f"{count} problem{'s' if count != 1 else ''} in {path.name}\n")
        return EXIT_PROBLEMS
    routine = library.check_file(path)
    length = fmt_countdown(total_seconds(routine, GET_READY_S))
    out.write(f"{path.name}: OK, {routine.name!r}: {len(routine.steps)} steps, {length}\n")
    return EXIT_OK
