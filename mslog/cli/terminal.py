"""What commands print goes to a terminal: control characters in it are shown, never obeyed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from typing import TextIO

# C0 controls but tab and newline (and a carriage return ending a line), DEL, C1 controls
# (0x9b starts an escape sequence on some terminals), and the bidirectional overrides and
# isolates that make text read differently from what it holds.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def terminal_safe(text: str) -> str:
    r"""Return ``text`` with every control character written out (``\x1b``, ``\u202e``).

    A note holding an escape sequence could otherwise set the terminal's title, clear the
    screen or hide what comes after it.
    """
    return _CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# The window's labels may hold soft hyphens (German and Dutch compounds, so a chip can wrap
# at 200 %); a terminal shows one as a hyphen, a blank or nothing, and a table measured
# with it no longer lines up.
SOFT_HYPHEN = "\u00ad"


def plain(text: str) -> str:
    """Return ``text`` as a terminal shows it: control characters written out, no soft hyphens."""
    return terminal_safe(text.replace(SOFT_HYPHEN, ""))


def width(text: str) -> int:
    """Return how many columns ``text`` takes in a terminal (a wide letter two, a mark none)."""
    columns = 0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):  # marks, joiners
            continue
        columns += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return columns


def pad(text: str, columns: int, *, right: bool = False) -> str:
    """Return :func:`plain` ``text`` filled with spaces to ``columns`` (``right``: on the right)."""
    shown = plain(text)
    fill = " " * max(0, columns - width(shown))
    return fill + shown if right else shown + fill


def table(rows: Sequence[Sequence[str]], *, right: Collection[int] = ()) -> str:
    """Return ``rows`` (the first one the header) as aligned columns, two spaces apart.

    Every command's table goes through this: cells are :func:`plain` and measured as the
    terminal shows them, so a translated label or a note with escaped characters keeps
    its column. ``right``: the indexes of columns aligned right (numbers, lengths).
    """
    shown = [[plain(cell) for cell in row] for row in rows]
    count = max((len(row) for row in shown), default=0)
    widths = [
        max((width(row[i]) for row in shown if i < len(row)), default=0) for i in range(count)
    ]
    return "\n".join(
        "  ".join(pad(cell, widths[i], right=i in right) for i, cell in enumerate(row)).rstrip()
        for row in shown
    )


class Terminal:
    """Where a command prints, with :func:`plain` applied to everything written.

    Args:
        stream: The real output (standard output or error, or a test's buffer).
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters shown and no soft hyphens (:func:`plain`)."""
        return self.stream.write(plain(text))

    def write_data(self, text: str) -> int:
        """Write an export's contents: exactly into a file or pipe, shown safely on a terminal."""
        if self.isatty():
            return self.write(text)
        return self.stream.write(text)

    def isatty(self) -> bool:
        """Whether the output is a terminal."""
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError):  # closed, or not a real stream
            return False

    def flush(self) -> None:
        """Flush the real output."""
        self.stream.flush()
