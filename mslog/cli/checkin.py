"""The ``mslog checkin`` subcommand: fill in or show a day's check-in without a display."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from mslog.cli.common import EXIT_OK, CommandLine, Context, UsageError, add_command, parse_day
from mslog.core.errors import ValidationError
from mslog.core.i18n import Words

if TYPE_CHECKING:
    from mslog.core.checkin import CheckIn, CheckIns, DayFactor


class CheckInCommand(Words):
    """The translation context of ``mslog checkin``."""


def _not_filled() -> str:
    return CheckInCommand.tr("not filled in")


def _sleep_word(key: str | None) -> str:
    """The night's sleep in words (``Poor``), as the check-in shows it."""
    from mslog.core.checkin.factors import sleep_label

    return _not_filled() if key is None else sleep_label(key)


# The options that write; any of them makes the command save rather than show.
WRITING = ("nrs", "nights", "pain", "sleep", "factor", "complete", "no_spasms")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``checkin`` on the subcommand parser."""
    checkin = add_command(
        sub,
        "checkin",
        cmd_checkin,
        parents=[common],
        help=CheckInCommand.tr(
            "fill in or show a day's check-in (spasticity, nights, pain, sleep, factors)"
        ),
        description=CheckInCommand.tr(
            "Fill in the day's check-in; every option may be left out. "
            "With no option (or --show) it prints the day's check-in."
        ),
    )
    checkin.add_argument(
        "--day",
        metavar="DATE",
        help=CheckInCommand.tr("the diary day, YYYY-MM-DD (default: today)"),
    )
    checkin.add_argument(
        "--show", action="store_true", help=CheckInCommand.tr("print the day's check-in")
    )
    checkin.add_argument(
        "--nrs",
        metavar="N",
        help=CheckInCommand.tr("spasticity over the past 24 hours, 0 (none) to 10 (worst)"),
    )
    checkin.add_argument(
        "--nights",
        metavar="N",
        help=CheckInCommand.tr("nights woken by spasms: 0, 1, 2, 3 or 3+ (three or more)"),
    )
    checkin.add_argument(
        "--pain", metavar="N", help=CheckInCommand.tr("pain, 0 (none) to 10 (worst)")
    )
    checkin.add_argument(
        "--sleep",
        metavar="S",
        help=CheckInCommand.tr("good, fair or poor", "the words to type, kept in English"),
    )
    checkin.add_argument(
        "--factor", metavar="NAME", action="append", default=[],
        help=CheckInCommand.tr(
            "something that was true that day, e.g. heat or stress (repeatable)"
        ),
    )  # fmt: skip
    said = checkin.add_mutually_exclusive_group()
    said.add_argument(
        "--complete", action="store_true", help=CheckInCommand.tr("I logged all my spasms that day")
    )
    said.add_argument(
        "--no-spasms", action="store_true", help=CheckInCommand.tr("I had no spasms that day")
    )


def _score(option: str, text: str | None, check: Callable[[Any], int | None]) -> int | None:
    if text is None:
        return None
    try:
        return check(int(text))
    except ValueError as exc:
        if isinstance(exc, ValidationError):
            raise UsageError(f"{option}: {exc.message}") from None
        said = CommandLine.tr("{option}: {text} is not a whole number")
        raise UsageError(said.format(option=option, text=repr(text))) from None


def _nights(text: str | None) -> int | None:
    if text is None:
        return None
    from mslog.core.checkin.factors import MAX_NIGHTS

    words = {str(n): n for n in range(MAX_NIGHTS + 1)} | {f"{MAX_NIGHTS}+": MAX_NIGHTS}
    try:
        return words[text.strip()]
    except KeyError:
        said = CheckInCommand.tr(
            "--nights: {text} is not 0, 1, 2, 3 or 3+ (use 3+ for three or more)"
        )
        raise UsageError(said.format(text=repr(text))) from None


def _sleep(text: str | None) -> str | None:
    if text is None:
        return None
    from mslog.core.checkin.service import check_sleep

    try:
        return check_sleep(text.strip().casefold())
    except ValidationError as exc:
        raise UsageError(f"--sleep: {exc.message}") from None


def _folded(factor: DayFactor) -> str:
    from mslog.cli.terminal import plain

    return " ".join(plain(factor.label).split()).casefold()


def _factor(checkins: CheckIns, day: date, text: str) -> DayFactor:
    wanted = " ".join(text.split()).casefold()
    for factor in checkins.factors(day):
        # Its key, its stored name or its name as shown (a built-in one in the language shown).
        if wanted in {(factor.key or "").casefold(), factor.name.casefold(), _folded(factor)}:
            return factor
    found = checkins.find_factor(text)
    if found is not None and found.retired_on is not None:
        said = CheckInCommand.tr("--factor: {name} was removed from the list on {day}")
        raise UsageError(said.format(name=found.label, day=found.retired_on.isoformat()))
    offered = ", ".join(f.key or f.name for f in checkins.factors(day))
    said = CheckInCommand.tr("--factor: unknown factor {text} (choose from {offered})")
    raise UsageError(said.format(text=repr(text), offered=offered))


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
            said = CheckInCommand.tr(
                "--no-spasms: %n spasms are logged on {day}; use --complete if they are all"
                " in the log",
                "",
                logged,
            )
            raise UsageError(said.format(day=day.isoformat()))
        changes["spasms"] = "none"
    elif args.complete:
        changes["spasms"] = "all_logged"
    return changes


def cmd_checkin(args: argparse.Namespace, context: Context) -> int:
    """Save the options given to the day's check-in in one write, or print the check-in."""
    out = context.out
    writing = [name for name in WRITING if getattr(args, name) not in (None, False, [])]
    if args.show and writing:
        said = CheckInCommand.tr("--show: cannot be combined with {option}")
        raise UsageError(said.format(option=f"--{writing[0].replace('_', '-')}"))
    from mslog.core.checkin.wording import day_in_words  # the window says days the same way

    day = None if args.day is None else parse_day("--day", args.day)
    diary = context.open_diary()
    try:
        day = day or diary.today()
        if writing:
            if day > diary.today():
                said = CheckInCommand.tr("--day: {day} is still to come")
                raise UsageError(said.format(day=day.isoformat()))
            changes = _changes(args, diary, day)
            checkin: CheckIn | None = diary.checkins.update(day, **changes)
            said = CheckInCommand.tr("Saved the check-in for {day}.")
            out.write(said.format(day=day_in_words(day, year=True)) + "\n")
        else:
            checkin = diary.checkins.get(day)
        logged = len(diary.spasms.between(day, day, diary.day_rule))
        names = {f.uuid: f.label for f in diary.checkins.factors()}
    finally:
        diary.close()
    out.write(describe(day, checkin, names, logged))
    return EXIT_OK


def describe(day: date, checkin: CheckIn | None, names: dict[str, str], logged: int) -> str:
    """Return the day's check-in in plain words, with "not filled in" for empty fields.

    Args:
        day: The diary day.
        checkin: Its check-in, or None when there is none.
        names: Day factor names as shown (:attr:`DayFactor.label`) by uuid, in list order.
        logged: How many spasms the log holds for the day.
    """
    from mslog.core.checkin import CheckIn
    from mslog.core.checkin.factors import MAX_NIGHTS
    from mslog.core.checkin.wording import day_in_words  # the window says days the same way

    not_filled = _not_filled()
    record = checkin or CheckIn(day)
    if record.nights_woken is None:
        nights = not_filled
    elif record.nights_woken >= MAX_NIGHTS:
        nights = CheckInCommand.tr("{count} or more", "nights woken").format(count=MAX_NIGHTS)
    else:
        nights = str(record.nights_woken)
    if record.spasms == "all_logged":
        spasms = CheckInCommand.tr("all logged (%n in the log)", "", logged)
    elif record.spasms == "none":
        spasms = CheckInCommand.tr("no spasms that day")
    else:
        spasms = CheckInCommand.tr(
            "not filled in (the day counts as unknown; %n in the log)", "", logged
        )
    if checkin is None:
        true = not_filled
    else:
        ticked = [name for uuid, name in names.items() if uuid in record.factors]
        true = ", ".join(ticked) or CheckInCommand.tr("none of the list")
    when = day_in_words(day, year=True)
    if checkin:
        heading = CheckInCommand.tr("Check-in for {day}").format(day=when)
    else:
        heading = CheckInCommand.tr("Check-in for {day}: not filled in yet").format(day=when)

    def score(value: int | None) -> str:
        return (
            not_filled if value is None else CheckInCommand.tr("{score} of 10").format(score=value)
        )

    lines = [
        heading,
        "  "
        + CheckInCommand.tr("Spasticity, past 24 hours: {score}").format(score=score(record.nrs)),
        "  " + CheckInCommand.tr("Nights woken by spasms: {nights}").format(nights=nights),
        "  " + CheckInCommand.tr("Pain: {score}").format(score=score(record.pain)),
        "  " + CheckInCommand.tr("Sleep: {sleep}").format(sleep=_sleep_word(record.sleep)),
        "  " + CheckInCommand.tr("Spasms: {spasms}").format(spasms=spasms),
        "  " + CheckInCommand.tr("What was true: {factors}").format(factors=true),
    ]
    return "\n".join(lines) + "\n"
