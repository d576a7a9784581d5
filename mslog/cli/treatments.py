"""The ``mslog treatment add|list`` subcommands: the treatment record (no display needed)."""

from __future__ import annotations

import argparse

from mslog.cli.common import EXIT_OK, Context, add_command, parse_day
from mslog.cli.terminal import plain
from mslog.core.checklists.treatments import KIND_WORDS, Treatment, parse_kind
from mslog.core.i18n import Words


class TreatmentCommands(Words):
    """The translation context of ``mslog treatment add`` and ``mslog treatment list``."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``treatment add`` and ``treatment list`` on the subcommand parser."""
    group = sub.add_parser(
        "treatment",
        help=TreatmentCommands.tr(
            "record or list treatments such as injections, pump refills and physiotherapy"
        ),
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = add_command(
        actions,
        "add",
        cmd_add,
        parents=[common],
        help=TreatmentCommands.tr("record a treatment that happened"),
    )
    add.add_argument(
        "kind",
        help=TreatmentCommands.tr("what it was: {kinds}").format(kinds=", ".join(KIND_WORDS)),
    )
    add.add_argument(
        "--day", metavar="DATE", help=TreatmentCommands.tr("the day it happened (default: today)")
    )
    add.add_argument(
        "--name", metavar="TEXT", help=TreatmentCommands.tr("what an 'other' treatment was")
    )
    add.add_argument(
        "--sites", metavar="TEXT", help=TreatmentCommands.tr("the muscles or sites injected")
    )
    add.add_argument(
        "--rate",
        metavar="TEXT",
        help=TreatmentCommands.tr("the pump's new rate, as your clinic gave it"),
    )
    add.add_argument(
        "--next-refill",
        metavar="DATE",
        help=TreatmentCommands.tr("when the pump is next due a refill (a reminder)"),
    )
    add.add_argument(
        "--note", metavar="TEXT", help=TreatmentCommands.tr("anything else worth keeping")
    )
    listing = add_command(
        actions,
        "list",
        cmd_list,
        parents=[common],
        help=TreatmentCommands.tr("print the treatments, newest first"),
    )
    listing.add_argument(
        "--from", dest="first", metavar="DATE", help=TreatmentCommands.tr("the first day to list")
    )
    listing.add_argument(
        "--to", dest="last", metavar="DATE", help=TreatmentCommands.tr("the last day to list")
    )


def line(treatment: Treatment) -> str:
    """Return "2026-03-02  Botulinum toxin injection  Sites: both calves"."""
    cells = [f"{treatment.day:%Y-%m-%d}", treatment.title, treatment.detail()]
    return "  ".join(plain(cell) for cell in cells if cell)


def cmd_add(args: argparse.Namespace, context: Context) -> int:
    """Record one treatment event; bad input writes nothing."""
    kind = parse_kind(args.kind)
    day = parse_day("--day", args.day) if args.day else None
    refill = parse_day("--next-refill", args.next_refill) if args.next_refill else None
    diary = context.open_diary()
    try:
        treatments = diary.checklists.treatments
        added = treatments.add(
            kind,
            day or treatments.today(),
            name=args.name or "",
            sites=args.sites or "",
            rate=args.rate or "",
            next_refill=refill,
            note=args.note or "",
        )
    finally:
        diary.close()
    said = TreatmentCommands.tr("Recorded: {treatment}", "a treatment saved")
    context.out.write(said.format(treatment=line(added)) + "\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, context: Context) -> int:
    """Print every treatment in the range, newest first, and the next pump refill if one is due."""
    first = parse_day("--from", args.first) if args.first else None
    last = parse_day("--to", args.last) if args.last else None
    diary = context.open_diary()
    try:
        treatments = diary.checklists.treatments
        today = treatments.today()
        entries = [
            t
            for t in treatments.all()
            if (first is None or t.day >= first) and (last is None or t.day <= last)
        ]
        due = treatments.refill_due()
    finally:
        diary.close()
    out = context.out
    if not entries:
        if first or last:
            out.write(TreatmentCommands.tr("No treatments recorded in that range.") + "\n")
        else:
            out.write(TreatmentCommands.tr("No treatments recorded.") + "\n")
    for entry in entries:
        out.write(line(entry) + "\n")
    if due is not None:
        out.write(due.text(today) + "\n")
    return EXIT_OK
