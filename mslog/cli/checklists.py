"""The ``mslog doses`` and ``mslog day-start`` subcommands (they work without a display)."""

from __future__ import annotations

import argparse

from mslog.cli.common import EXIT_OK, Context, UsageError, add_command, parse_day
from mslog.cli.terminal import pad
from mslog.core.formatting import fmt_day
from mslog.core.i18n import Words

NAME_COLUMNS = 30  # a dose's or habit's name, padded to this many columns


class ChecklistCommands(Words):
    """The translation context of ``mslog doses`` and ``mslog day-start``."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``doses`` and ``day-start`` on the subcommand parser."""
    doses = add_command(
        sub,
        "doses",
        cmd_doses,
        parents=[common],
        help=ChecklistCommands.tr("print a day's doses and self-care ticks"),
    )
    doses.add_argument(
        "--day", metavar="DATE", help=ChecklistCommands.tr("the diary day (default: today)")
    )
    start = add_command(
        sub,
        "day-start",
        cmd_day_start,
        parents=[common],
        help=ChecklistCommands.tr("show or set the hour a new diary day starts"),
    )
    start.add_argument(
        "hour",
        nargs="?",
        help=ChecklistCommands.tr("0 to 23 (default 4: 01:30 counts for the evening)"),
    )


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
    said = ChecklistCommands.tr("{day}: {progress}", "a day's heading and its progress line")
    out.write(said.format(day=fmt_day(day, year=True), progress=progress) + "\n")
    for dose in doses:
        record = dose.record
        if record is None:
            if dose.late:
                state = ChecklistCommands.tr("late, not ticked")
            else:
                state = ChecklistCommands.tr("not ticked")
        elif record.status == "skipped":
            if record.reason:
                state = ChecklistCommands.tr("skipped ({reason})").format(reason=record.reason)
            else:
                state = ChecklistCommands.tr("skipped")
        else:
            if dose.late:
                state = ChecklistCommands.tr("taken {time} (late)")
            else:
                state = ChecklistCommands.tr("taken {time}")
            state = state.format(time=f"{record.taken:%H:%M}")
        out.write(f"  {dose.time_of_day}  {pad(dose.label, NAME_COLUMNS)} {state}\n")
    for record in as_needed:
        name = pad(names.get(record.medication_uuid, "?"), NAME_COLUMNS)
        state = ChecklistCommands.tr("as needed")
        out.write(f"  {record.taken:%H:%M}  {name} {state}\n")
    for habit in habits:
        tick = ticks.get(habit.uuid)
        if tick:
            mark = ChecklistCommands.tr("done {time}").format(time=f"{tick.done:%H:%M}")
        else:
            mark = "-"
        out.write(f"  [{'x' if tick else ' '}] {pad(habit.name, NAME_COLUMNS)} {mark}\n")
    return EXIT_OK


def cmd_day_start(args: argparse.Namespace, context: Context) -> int:
    """Print the day-start hour, or store a new one (shared with the window)."""
    out = context.out
    hour = None
    if args.hour is not None:
        try:
            hour = int(args.hour)
        except ValueError:
            said = ChecklistCommands.tr("hour: {text} is not a whole hour from 0 to 23")
            raise UsageError(said.format(text=repr(args.hour))) from None
    diary = context.open_diary()
    try:
        if hour is not None:
            diary.set_day_start_hour(hour)
        current = diary.preferences.day_start_hour()
    finally:
        diary.close()
    if hour is not None:
        said = ChecklistCommands.tr("A new diary day now starts at {time}.")
    else:
        said = ChecklistCommands.tr("A new diary day starts at {time}.")
    out.write(said.format(time=f"{current:02d}:00") + "\n")
    return EXIT_OK
