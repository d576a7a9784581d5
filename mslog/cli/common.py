"""What every command shares: exit codes, the usage error, the command context, option parsing."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mslog.cli.terminal import Terminal
from mslog.core import vocab
from mslog.core.clock import Clock
from mslog.core.i18n import Words

if TYPE_CHECKING:
    from mslog.core.diary import Diary

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandLine(Words):
    """The translation context of what every command shares (errors, options, help)."""


class UsageError(Exception):
    """Bad command-line input; reported in one line with exit code 2."""


@dataclass(frozen=True)
class Context:
    """What a command runs with: where the diary is, the clock, and where to print.

    Attributes:
        data_dir: The folder holding the diary.
        clock: The clock the diary and restore use.
        out: Where the command prints its results (control characters in them shown escaped).
        opened: The diaries the command opened (to report what reading them met).
    """

    data_dir: Path
    clock: Clock
    out: Terminal
    opened: list[Diary] = field(default_factory=list)

    def open_diary(self) -> Diary:
        """Open the diary in ``data_dir``; the caller closes it."""
        from mslog.core.diary import Diary
        from mslog.core.storage.database import Checks

        # A command is done in a moment (a hotkey's `mslog log`): it leaves the day's
        # check and backup to the window, within the limits Checks.TRUSTED sets.
        diary = Diary(self.data_dir, clock=self.clock, checks=Checks.TRUSTED)
        self.opened.append(diary)
        return diary

    def undecodable(self) -> int:
        """How many values the command read that were not valid text (shown replaced)."""
        return sum(diary.db.undecodable for diary in self.opened)


Command = Callable[[argparse.Namespace, Context], int]
"""A subcommand: reads its parsed options, prints to ``context.out``, returns the exit code."""


def add_command(
    sub: argparse._SubParsersAction, name: str, command: Command, **kwargs: Any
) -> argparse.ArgumentParser:
    """Add the subcommand ``name`` run by ``command``; return its parser for its options.

    Every command module registers itself through this, so ``main`` finds what to run in
    the parsed arguments (``args.run``) the same way for every subcommand.
    """
    parser: argparse.ArgumentParser = sub.add_parser(name, **kwargs)
    parser.set_defaults(run=command)
    return parser


EARLIEST_DAY = date(1970, 1, 1)
LATEST_DAY = date(2100, 12, 31)
"""The days a command accepts: a diary holds nothing before 1970, and dates past 2100 are typos."""

_CLOCK_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def parse_when(text: str, clock: Clock) -> datetime:
    """Parse ``--at``: ``YYYY-MM-DD HH:MM`` (optionally with an offset) or just ``HH:MM``.

    A bare time means the most recent such time: ``--at 23:10`` typed the next
    morning is last night. A local time the clocks skipped (02:30 on the night they go
    forward) is refused, never moved to another time.
    """
    text = text.strip()
    if not text:
        raise UsageError(CommandLine.tr("--at: give a time, as HH:MM or YYYY-MM-DD HH:MM"))
    now = clock.now()
    bare = _CLOCK_TIME.fullmatch(text)
    try:
        if bare:
            hour, minute = int(bare[1]), int(bare[2])
            naive = datetime.combine(now.date(), time(hour, minute))
            moment = _local(naive, clock, text)
            if moment > now:
                moment = _local(naive - timedelta(days=1), clock, text)
            return moment
        if len(text) < 16:  # at least YYYY-MM-DD HH:MM; fromisoformat also takes bare dates
            raise ValueError(text)
        parsed = datetime.fromisoformat(text.replace("T", " ", 1))
    except ValueError:
        said = CommandLine.tr("--at: cannot read {text} as a time; use HH:MM or YYYY-MM-DD HH:MM")
        raise UsageError(said.format(text=repr(text))) from None
    if parsed.tzinfo is not None:
        return parsed
    if not EARLIEST_DAY <= parsed.date() <= LATEST_DAY:
        said = CommandLine.tr("--at: {day} is outside the days a diary keeps")
        raise UsageError(said.format(day=parsed.date().isoformat()))
    return _local(parsed, clock, text)


def _local(naive: datetime, clock: Clock, text: str) -> datetime:
    """The local time ``naive``; refused if the clocks skipped it that night."""
    readings = [clock.localize(naive), clock.localize(naive.replace(fold=1))]
    # A wall-clock time that happened reads back as itself; one the clocks skipped reads
    # as the time an hour before or after (Pythons differ on which, so both are tried).
    # When the clocks went back it happened twice, and the first of the two is meant.
    happened = [moment for moment in readings if _reads_as(moment, naive)]
    if happened:
        return min(happened)
    offsets = [moment.utcoffset() or timedelta(0) for moment in readings]
    skipped = abs(offsets[1] - offsets[0]) or timedelta(hours=1)
    if skipped == timedelta(hours=1):
        said = CommandLine.tr(
            "--at: {time} did not happen here: the clocks went forward an hour that night;"
            " give the time the clock showed (such as {later})"
        )
    else:
        said = CommandLine.tr(
            "--at: {time} did not happen here: the clocks went forward %n minutes that night;"
            " give the time the clock showed (such as {later})",
            "",
            skipped.seconds // 60,
        )
    raise UsageError(said.format(time=f"{naive:%Y-%m-%d %H:%M}", later=f"{naive + skipped:%H:%M}"))


def _reads_as(moment: datetime, naive: datetime) -> bool:
    """Whether the aware ``moment``, through UTC and back, shows the wall-clock ``naive``."""
    back = moment.astimezone(timezone.utc).astimezone(moment.tzinfo)
    return moment.replace(tzinfo=None) == naive and back.replace(tzinfo=None) == naive


def parse_day(option: str, text: str) -> date:
    """Parse a ``YYYY-MM-DD`` date option, from 1970-01-01 to 2100-12-31."""
    try:
        day = date.fromisoformat(text.strip()) if len(text.strip()) == 10 else None
    except ValueError:
        day = None
    if day is None:
        said = CommandLine.tr("{option}: cannot read {text} as a date; use YYYY-MM-DD")
        raise UsageError(said.format(option=option, text=repr(text)))
    if day < EARLIEST_DAY:
        said = CommandLine.tr(
            "{option}: {day} is too long ago; a diary starts in 1970 at the earliest"
        )
        raise UsageError(said.format(option=option, day=day.isoformat()))
    if day > LATEST_DAY:
        said = CommandLine.tr("{option}: {day} is too far ahead; give a day up to {latest}")
        raise UsageError(
            said.format(option=option, day=day.isoformat(), latest=LATEST_DAY.isoformat())
        )
    return day


def parse_out(option: str, text: str) -> Path:
    """Parse a file to write: its folder must exist and it must not be a folder itself."""
    if not text.strip():
        raise UsageError(CommandLine.tr("{option}: give a file name").format(option=option))
    target = Path(text).expanduser()
    if target.is_dir():
        said = CommandLine.tr("{option}: {path} is a folder; give a file name inside it")
        raise UsageError(said.format(option=option, path=target))
    if target.exists() and not target.is_file():
        said = CommandLine.tr("{option}: {path} is not a regular file")
        raise UsageError(said.format(option=option, path=target))
    if not target.parent.is_dir():
        said = CommandLine.tr("{option}: the folder {folder} does not exist")
        raise UsageError(said.format(option=option, folder=target.parent))
    return target


def parse_in(option: str, text: str) -> Path:
    """Parse a file to read: it must exist and be a regular file (not a folder, pipe or device)."""
    if not text.strip():
        raise UsageError(CommandLine.tr("{option}: give a file name").format(option=option))
    source = Path(text).expanduser()
    if not source.exists():
        said = CommandLine.tr("{option}: {path} does not exist")
        raise UsageError(said.format(option=option, path=source))
    if not source.is_file():
        said = CommandLine.tr("{option}: {path} is not a regular file")
        raise UsageError(said.format(option=option, path=source))
    return source


def parse_whole(option: str, text: str | None) -> int | None:
    """Parse an optional whole-number option."""
    if text is None:
        return None
    if not re.fullmatch(r"\s*[+-]?\d{1,9}\s*", text):  # int() would take 5,000 digits
        said = CommandLine.tr("{option}: {text} is not a whole number")
        raise UsageError(said.format(option=option, text=repr(text)))
    return int(text)


def parse_choice(option: str, text: str, vocabulary: list[tuple[str, str]]) -> str:
    """Return the key of ``text`` in ``vocabulary`` (key or label, any case)."""
    key = vocab.lookup_key(text, vocabulary)
    if key is None:
        known = ", ".join(k for k, _ in vocabulary)
        said = CommandLine.tr("{option}: unknown value {text} (choose from {known})")
        raise UsageError(said.format(option=option, text=repr(text), known=known))
    return key


def choices_help(vocabulary: list[tuple[str, str]], *, repeatable: bool = False) -> str:
    """The help text listing a vocabulary's keys (``repeatable``: the option may be given again)."""
    keys = ", ".join(key for key, _ in vocabulary)
    if repeatable:
        return CommandLine.tr("one of: {keys} (repeatable)").format(keys=keys)
    return CommandLine.tr("one of: {keys}").format(keys=keys)
