"""The ``mslog doses`` and ``mslog day-start`` subcommands (they work without a display)."""

from __future__ import annotations

import argparse

from mslog.cli.common import EXIT_OK, Context, UsageError, add_command, parse_day
from mslog.core.formatting import fmt_day


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``doses`` and ``day-start`` on the subcommand parser."""
    doses = add_command(
        sub, "doses", cmd_doses, parents=[common], help="print a day's doses and self-care ticks"
    )
    doses.add_argument("--day", metavar="DATE", help="the diary day (default: today)")
    start = add_command(
        sub,
        "day-start",
        cmd_day_start,
        parents=[common],
        help="show or set the hour a new diary day starts",
    )
    start.add_argument("hour", nargs="?", help="0 to 23 (default 4: 01:30 counts for the evening)")


def cmd_doses(args: argparse.Namespace, context: Context) -> int:
    """Print the day's scheduled doses, as-needed doses and habits, with the progress line."""
    out = context.out
    given = None if args.day is None else parse_day("--day", args.day)
    diary = context.open_diary()
    try:
        checklists = diary.checklists
        day = given or diary.today()
        doses = checklists.doses.scheduled_on(day)
        as_needed = checklists.doses.as_needed_on(day)
        names = {m.uuid: m.name for m in checklists.medications.all()}
        habits = checklists.habits.listed(day)
        ticks = checklists.habits.ticks_on(day)
        progress = checklists.progress(day).text()
    finally:
        diary.close()
    out.write(f"{fmt_day(day, year=True)}: {progress}\n")
    for dose in doses:
        record = dose.record
        if record is None:
            state = "late, not ticked" if dose.late else "not ticked"
        elif record.status == "skipped":
            state = "skipped" + (f" ({record.reason})" if record.reason else "")
        else:
            state = f"taken {record.taken:%H:%M}" + (" (late)" if dose.late else "")
        out.write(f"  {dose.time_of_day}  {dose.label:<30} {state}\n")
    for record in as_needed:
        name = names.get(record.medication_uuid, "?")
        out.write(f"  {record.taken:%H:%M}  {name:<30} as needed\n")
    for habit in habits:
        tick = ticks.get(habit.uuid)
        mark = f"done {tick.done:%H:%M}" if tick else "-"
        out.write(f"  [{'x' if tick else ' '}] {habit.name:<30} {mark}\n")
    return EXIT_OK


def cmd_day_start(args: argparse.Namespace, context: Context) -> int:
    """Print the day-start hour, or store a new one (shared with the window)."""
    out = context.out
    hour = None
    if args.hour is not None:
        try:
            hour = int(args.hour)
        except ValueError:
            raise UsageError(f"hour: {args.hour!r} is not a whole hour from 0 to 23") from None
    diary = context.open_diary()
    try:
        if hour is not None:
            diary.set_day_start_hour(hour)
        current = diary.preferences.day_start_hour()
    finally:
        diary.close()
    verb = "now starts" if hour is not None else "starts"
    out.write(f"A new diary day {verb} at {current:02d}:00.\n")
    return EXIT_OK
