"""The ``mslog log`` and ``mslog list`` subcommands: record a spasm, print a table of entries."""

from __future__ import annotations

import argparse
from datetime import timedelta

from mslog.cli.common import (
    EXIT_OK,
    CommandLine,
    Context,
    UsageError,
    add_command,
    choices_help,
    parse_choice,
    parse_day,
    parse_when,
    parse_whole,
)
from mslog.core import vocab
from mslog.core.formatting import fmt_saved_in_diary
from mslog.core.i18n import Words
from mslog.core.spasms.log import check_fields


class SpasmCommands(Words):
    """The translation context of ``mslog log`` and ``mslog list``."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``log`` and ``list`` on the subcommand parser."""
    log = add_command(
        sub,
        "log",
        cmd_log,
        parents=[common],
        help=SpasmCommands.tr("record a spasm (now, or --at a time)"),
    )
    log.add_argument(
        "--severity", metavar="N", help=SpasmCommands.tr("0 (none) to 10 (worst imaginable)")
    )
    log.add_argument("--type", metavar="T", help=choices_help(vocab.SPASM_TYPES))
    log.add_argument(
        "--location", metavar="L", action="append", default=[],
        help=choices_help(vocab.LOCATIONS, repeatable=True),
    )  # fmt: skip
    log.add_argument(
        "--trigger", metavar="T", action="append", default=[],
        help=SpasmCommands.tr("a listed trigger or your own words (repeatable)"),
    )  # fmt: skip
    log.add_argument(
        "--duration", metavar="SECONDS", help=SpasmCommands.tr("how long it lasted, in seconds")
    )
    log.add_argument("--note", metavar="TEXT", default="", help=SpasmCommands.tr("a note"))
    log.add_argument(
        "--at",
        metavar="DATETIME",
        help=SpasmCommands.tr("when it started: HH:MM or YYYY-MM-DD HH:MM"),
    )

    lst = add_command(
        sub, "list", cmd_list, parents=[common], help=SpasmCommands.tr("print entries as a table")
    )
    lst.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help=SpasmCommands.tr("first day (default: 6 days ago)"),
    )
    lst.add_argument(
        "--to", dest="last", metavar="DATE", help=CommandLine.tr("last day (default: today)")
    )


def cmd_log(args: argparse.Namespace, context: Context) -> int:
    """Record one spasm and print its time and id."""
    # Every value is read and checked, by the log's own rules, before the diary is opened:
    # a refused entry must not create or touch a diary.
    given = {
        "severity": parse_whole("--severity", args.severity),
        "kind": None if args.type is None else parse_choice("--type", args.type, vocab.SPASM_TYPES),
        "locations": [parse_choice("--location", x, vocab.LOCATIONS) for x in args.location],
        "triggers": args.trigger,
        "duration_s": parse_whole("--duration", args.duration),
        "note": args.note,
        "started": None if args.at is None else parse_when(args.at, context.clock),
    }
    check_fields(context.clock.now(), **given)
    diary = context.open_diary()
    try:
        spasm = diary.spasms.log(**given)
        day, today = diary.day_rule.day_of(spasm.started), diary.today()
    finally:
        diary.close()
    said = SpasmCommands.tr("Saved spasm at {time} (id {id})")
    context.out.write(said.format(time=f"{spasm.started:%Y-%m-%d %H:%M}", id=spasm.uuid) + "\n")
    if day != today:  # an earlier spasm: say whose diary it went into, as the window does
        context.out.write(f"{fmt_saved_in_diary(spasm.started, day, today)}.\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, context: Context) -> int:
    """Print a table of entries between two diary days."""
    given_last = None if args.last is None else parse_day("--to", args.last)
    given_first = None if args.first is None else parse_day("--from", args.first)
    if given_first and given_last and given_first > given_last:
        raise UsageError(CommandLine.tr("--from: the first day is after the last day"))
    diary = context.open_diary()
    try:
        last = given_last or diary.today()
        first = given_first or last - timedelta(days=6)
        if first > last:
            raise UsageError(CommandLine.tr("--from: the first day is after the last day"))
        entries = diary.spasms.between(first, last, diary.day_rule)
    finally:
        diary.close()
    from mslog.vocab_text import table

    out = context.out
    out.write(table(entries) + "\n")
    said = SpasmCommands.tr("%n spasms from {first} to {last}", "", len(entries))
    out.write(said.format(first=first.isoformat(), last=last.isoformat()) + "\n")
    return EXIT_OK
