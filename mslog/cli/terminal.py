"""What commands print goes to a terminal: control characters in it are shown, never obeyed."""

from __future__ import annotations

import re
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


class Terminal:
    """Where a command prints, with :func:`terminal_safe` applied to everything written.

    Args:
        stream: The real output (standard output or error, or a test's buffer).
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters shown."""
        return self.stream.write(terminal_safe(text))

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
