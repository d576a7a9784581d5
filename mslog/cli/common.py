"""What every command shares: exit codes, the usage error, the command context, option parsing."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mslog.cli.terminal import Terminal
from mslog.core import vocab
from mslog.core.clock import Clock

if TYPE_CHECKING:
    from mslog.core.diary import Diary

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


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

        diary = Diary(self.data_dir, clock=self.clock)
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


def parse_when(text: str, clock: Clock) -> datetime:
    """Parse ``--at``: ``YYYY-MM-DD HH:MM`` (optionally with an offset) or just ``HH:MM``.

    A bare time means the most recent such time: ``--at 23:10`` typed the next
    morning is last night.
    """
    text = text.strip()
    now = clock.now()
    try:
        if len(text) <= 5 and ":" in text:
            hour, minute = (int(part) for part in text.split(":"))
            moment = clock.localize(
                datetime.combine(now.date(), datetime.min.time()).replace(hour=hour, minute=minute)
            )
            if moment > now:
                moment = clock.localize(moment.replace(tzinfo=None) - timedelta(days=1))
            return moment
        parsed = datetime.fromisoformat(text.replace("T", " ", 1))
    except ValueError:
        raise UsageError(
            f"--at: cannot read {text!r} as a time; use HH:MM or YYYY-MM-DD HH:MM"
        ) from None
    return parsed if parsed.tzinfo else clock.localize(parsed)


def parse_day(option: str, text: str) -> date:
    """Parse a ``YYYY-MM-DD`` date option."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: cannot read {text!r} as a date; use YYYY-MM-DD") from None


def parse_whole(option: str, text: str | None) -> int | None:
    """Parse an optional whole-number option."""
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a whole number") from None


def parse_choice(option: str, text: str, vocabulary: list[tuple[str, str]]) -> str:
    """Return the key of ``text`` in ``vocabulary`` (key or label, any case)."""
    key = vocab.lookup_key(text, vocabulary)
    if key is None:
        known = ", ".join(k for k, _ in vocabulary)
        raise UsageError(f"{option}: unknown value {text!r} (choose from {known})")
    return key


def choices_help(vocabulary: list[tuple[str, str]]) -> str:
    """The help text listing a vocabulary's keys."""
    return "one of: " + ", ".join(key for key, _ in vocabulary)
