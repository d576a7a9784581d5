"""The ``mslog checkin`` subcommand: fill in or show a day's check-in without a display."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from mslog.cli.common import EXIT_OK, Context, UsageError, add_command, parse_day
from mslog.core.errors import ValidationError

if TYPE_CHECKING:
    from mslog.core.checkin import CheckIn, CheckIns, DayFactor

NOT_FILLED = "not filled in"
# The options that write; any of them makes the command save rather than show.
WRITING = ("nrs", "nights", "pain", "sleep", "factor", "complete", "no_spasms")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``checkin`` on the subcommand parser."""
    checkin = add_command(
        sub,
        "checkin",
        cmd_checkin,
        parents=[common],
        help="fill in or show a day's check-in (spasticity, nights, pain, sleep, factors)",
        description="Fill in the day's check-in; every option may be left out. "
        "With no option (or --show) it prints the day's check-in.",
    )
    checkin.add_argument("--day", metavar="DATE", help="the diary day, YYYY-MM-DD (default: today)")
    checkin.add_argument("--show", action="store_true", help="print the day's check-in")
    checkin.add_argument(
        "--nrs", metavar="N", help="spasticity over the past 24 hours, 0 (none) to 10 (worst)"
    )
    checkin.add_argument(
        "--nights", metavar="N", help="nights woken by spasms: 0, 1, 2, 3 or 3+ (three or more)"
    )
    checkin.add_argument("--pain", metavar="N", help="pain, 0 (none) to 10 (worst)")
    checkin.add_argument("--sleep", metavar="S", help="good, fair or poor")
    checkin.add_argument(
        "--factor", metavar="NAME", action="append", default=[],
        help="something that was true that day, e.g. heat or stress (repeatable)",
    )  # fmt: skip
    said = checkin.add_mutually_exclusive_group()
    said.add_argument("--complete", action="store_true", help="I logged all my spasms that day")
    said.add_argument("--no-spasms", action="store_true", help="I had no spasms that day")


def _score(option: str, text: str | None, check: Callable[[Any], int | None]) -> int | None:
    if text is None:
        return None
    try:
        return check(int(text))
    except ValueError as exc:
        detail = (
            exc.message if isinstance(exc, ValidationError) else f"{text!r} is not a whole number"
        )
        raise UsageError(f"{option}: {detail}") from None


def _nights(text: str | None) -> int | None:
    if text is None:
        return None
    from mslog.core.checkin.factors import MAX_NIGHTS

    words = {str(n): n for n in range(MAX_NIGHTS + 1)} | {f"{MAX_NIGHTS}+": MAX_NIGHTS}
    try:
        return words[text.strip()]
    except KeyError:
        raise UsageError(
            f"--nights: {text!r} is not 0, 1, 2, 3 or 3+ (use 3+ for three or more)"
        ) from None


def _sleep(text: str | None) -> str | None:
    if text is None:
        return None
    from mslog.core.checkin.service import check_sleep

    try:
        return check_sleep(text.strip().casefold())
    except ValidationError as exc:
        raise UsageError(f"--sleep: {exc.message}") from None


def _factor(checkins: CheckIns, day: date, text: str) -> DayFactor:
    wanted = " ".join(text.split()).casefold()
    for factor in checkins.factors(day):
        if wanted in {(factor.key or "").casefold(), factor.name.casefold()}:
            return factor
    found = checkins.find_factor(text)
    if found is not None and found.retired_on is not None:
        raise UsageError(f"--factor: {found.name} was removed from the list on {found.retired_on}")
    offered = ", ".join(f.key or f.name for f in checkins.factors(day))
    raise UsageError(f"--factor: unknown factor {text!r} (choose from {offered})")


def _changes(args: argparse.Namespace, diary: Any, day: date) -> dict[str, Any]:
    """Read and check every writing option; raise before anything is written."""
    from mslog.core.checkin.service import check_nrs, check_pain

    changes: dict[str, Any] = {}
    for name, option, value in (
        ("nrs", "--nrs", _score("--nrs", args.nrs, check_nrs)),
        ("nights_woken", "--nights", _nights(args.nights)),
        ("pain", "--pain", _score("--pain", args.pain, check_pain)),
        ("sleep", "--sleep", _sleep(args.sleep)),
    ):
        if getattr(args, option[2:]) is not None:
            changes[name] = value
    checkins = diary.checkins
    if args.factor:
        current = checkins.get(day)
        ticked = set(current.factors) if current else set()
        changes["factors"] = ticked | {_factor(checkins, day, text).uuid for text in args.factor}
    if args.no_spasms:
        logged = len(diary.spasms.between(day, day, diary.day_rule))
        if logged:
            raise UsageError(
                f"--no-spasms: {logged} spasm{'s are' if logged != 1 else ' is'} logged "
                f"on {day}; use --complete if they are all in the log"
            )
        changes["spasms"] = "none"
    elif args.complete:
        changes["spasms"] = "all_logged"
    return changes


def cmd_checkin(args: argparse.Namespace, context: Context) -> int:
    """Save the options given to the day's check-in in one write, or print the check-in."""
    out = context.out
    writing = [name for name in WRITING if getattr(args, name) not in (None, False, [])]
    if args.show and writing:
        raise UsageError(f"--show: cannot be combined with --{writing[0].replace('_', '-')}")
    from mslog.core.checkin.wording import day_in_words  # the window says days the same way

    day = None if args.day is None else parse_day("--day", args.day)
    diary = context.open_diary()
    try:
        day = day or diary.today()
        if writing:
            if day > diary.today():
                raise UsageError(f"--day: {day} is still to come")
            changes = _changes(args, diary, day)
            checkin: CheckIn | None = diary.checkins.update(day, **changes)
            out.write(f"Saved the check-in for {day_in_words(day, year=True)}.\n")
        else:
            checkin = diary.checkins.get(day)
        logged = len(diary.spasms.between(day, day, diary.day_rule))
        names = {f.uuid: f.name for f in diary.checkins.factors()}
    finally:
        diary.close()
    out.write(describe(day, checkin, names, logged))
    return EXIT_OK


def describe(day: date, checkin: CheckIn | None, names: dict[str, str], logged: int) -> str:
    """Return the day's check-in in plain words, with "not filled in" for empty fields.

    Args:
        day: The diary day.
        checkin: Its check-in, or None when there is none.
        names: Day factor names by uuid, in list order.
        logged: How many spasms the log holds for the day.
    """
    from mslog.core.checkin import CheckIn
    from mslog.core.checkin.factors import MAX_NIGHTS, SLEEP_CHOICES
    from mslog.core.checkin.wording import day_in_words  # the window says days the same way

    record = checkin or CheckIn(day)
    if record.nights_woken is None:
        nights = NOT_FILLED
    elif record.nights_woken >= MAX_NIGHTS:
        nights = f"{MAX_NIGHTS} or more"
    else:
        nights = str(record.nights_woken)
    spasms = {
        "all_logged": f"all logged ({logged} in the log)",
        "none": "no spasms that day",
        None: f"{NOT_FILLED} (the day counts as unknown; {logged} in the log)",
    }[record.spasms]
    if checkin is None:
        true = NOT_FILLED
    else:
        true = ", ".join(n for u, n in names.items() if u in record.factors) or "none of the list"
    lines = [
        f"Check-in for {day_in_words(day, year=True)}" + ("" if checkin else ": not filled in yet"),
        "  Spasticity, past 24 hours: "
        + (NOT_FILLED if record.nrs is None else f"{record.nrs} of 10"),
        f"  Nights woken by spasms: {nights}",
        "  Pain: " + (NOT_FILLED if record.pain is None else f"{record.pain} of 10"),
        "  Sleep: " + dict(SLEEP_CHOICES).get(record.sleep or "", NOT_FILLED),
        f"  Spasms: {spasms}",
        f"  What was true: {true}",
    ]
    return "\n".join(lines) + "\n"
