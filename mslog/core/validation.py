"""Checking JSON a person can edit or bring in: every problem names its place in the file."""

from __future__ import annotations

import json
import math
import os
import stat
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, BinaryIO, ParamSpec, TypeVar

from mslog.core.errors import MSLogError, ValidationError
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate

P = ParamSpec("P")
T = TypeVar("T")

MAX_DEPTH = 32
"""Deepest nesting of lists and objects a file may have (MSLog's own files need six)."""
MAX_DIGITS = 20
"""Longest number, in characters, a file may hold (a 64-bit whole number fits in 20)."""


class FileChecks(Words):
    """The translation context of what is wrong with a JSON file or a value in it."""


# What the checks' callers count and measure in (``noun=``, ``unit=``), shown translated.
WORDS = {
    word: word
    for word in (
        QT_TRANSLATE_NOOP("FileChecks", "entries"),
        QT_TRANSLATE_NOOP("FileChecks", "steps"),
        QT_TRANSLATE_NOOP("FileChecks", "key poses"),
        QT_TRANSLATE_NOOP("FileChecks", "seconds"),
    )
}


# What Python's JSON reader says of a syntax error, to be shown in the person's language.
JSON_PROBLEMS = {
    problem: problem
    for problem in (
        QT_TRANSLATE_NOOP("FileChecks", "Expecting value"),
        QT_TRANSLATE_NOOP("FileChecks", "Expecting ',' delimiter"),
        QT_TRANSLATE_NOOP("FileChecks", "Expecting ':' delimiter"),
        QT_TRANSLATE_NOOP("FileChecks", "Expecting property name enclosed in double quotes"),
        QT_TRANSLATE_NOOP("FileChecks", "Unterminated string starting at"),
        QT_TRANSLATE_NOOP("FileChecks", "Invalid control character at"),
        QT_TRANSLATE_NOOP("FileChecks", "Invalid \\escape"),
        QT_TRANSLATE_NOOP("FileChecks", "Invalid \\uXXXX escape"),
        QT_TRANSLATE_NOOP("FileChecks", "Extra data"),
        QT_TRANSLATE_NOOP("FileChecks", "Illegal trailing comma before end of object"),
        QT_TRANSLATE_NOOP("FileChecks", "Illegal trailing comma before end of array"),
    )
}


def _word(word: str) -> str:
    """Return a caller's noun or unit in the person's language (as given if not known)."""
    return translate("FileChecks", WORDS[word]) if word in WORDS else word


class FieldError(MSLogError):
    """A value in a JSON document is not acceptable.

    Attributes:
        path: Where the value is, e.g. ``steps[2].duration_s`` (``""`` for the whole document).
        problem: What is wrong, in plain words.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


class JsonFileError(MSLogError):
    """A JSON file cannot be read or parsed; nothing was done with it.

    Attributes:
        where: Where the problem is (``line 4, column 3``, ``byte 17``), or ``""`` for the file.
        problem: What is wrong, in plain words.
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


def fmt_size(size: int) -> str:
    """Say a file size limit in words: ``256 KB``, ``200 MB``."""
    if size >= 1024 * 1024:
        return FileChecks.tr("{size} MB").format(size=size // (1024 * 1024))
    return FileChecks.tr("{size} KB").format(size=size // 1024)


def open_regular_file(path: Path, max_bytes: int | None = None) -> BinaryIO:
    """Open a regular file for reading; anything else is refused, never waited on.

    A FIFO, a device such as ``/dev/zero`` (or a link to one) or a folder would block the
    reader forever or never end, so the file is opened without blocking and checked to be
    a plain file (of at most ``max_bytes``, if given) before anything is read.

    Raises:
        JsonFileError: The file is missing, unreadable, not a regular file, or too large.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise JsonFileError("", _unreadable(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            if stat.S_ISDIR(info.st_mode):
                kind = FileChecks.tr(
                    "is a folder; give a regular file", "said of a file: “{file} …”"
                )
            else:
                kind = FileChecks.tr(
                    "is a pipe or device, not a file; give a regular file",
                    "said of a file: “{file} …”"
                )  # fmt: skip
            raise JsonFileError("", kind)
        if max_bytes is not None and info.st_size > max_bytes:
            raise JsonFileError("", _too_large(max_bytes))
        # The file is regular, so reads never block; clear the flag for plain reads.
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        raise JsonFileError("", _unreadable(exc)) from exc
    except BaseException:
        os.close(fd)
        raise
    return handle


def _unreadable(exc: OSError) -> str:
    return FileChecks.tr("cannot be read ({reason})", "said of a file: “{file} …”").format(
        reason=exc.strerror
    )


def _too_large(max_bytes: int) -> str:
    text = FileChecks.tr(
        "is larger than {size}, the most MSLog reads", "said of a file: “{file} …”"
    )
    return text.format(size=fmt_size(max_bytes))


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """Read a regular file of at most ``max_bytes`` (see :func:`open_regular_file`).

    The file is never read past the limit, whatever its size says.

    Raises:
        JsonFileError: The file is missing, unreadable, not a regular file, or too large.
    """
    with open_regular_file(path, max_bytes) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise JsonFileError("", _unreadable(exc)) from exc
    if len(data) > max_bytes:
        raise JsonFileError("", _too_large(max_bytes))
    return data


def parse_json(raw: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text with bounded numbers and nesting; refuse NaN and Infinity.

    Raises:
        JsonFileError: Naming the line and column of a syntax error, or what is too big.
    """
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            where = FileChecks.tr("byte {byte}").format(byte=exc.start)
            raise JsonFileError(where, FileChecks.tr("the file is not UTF-8 text")) from exc
    try:
        data = DECODER.decode(raw)
    except json.JSONDecodeError as exc:
        where = FileChecks.tr("line {line}, column {column}")
        known = JSON_PROBLEMS.get(exc.msg)
        problem = translate("FileChecks", known) if known else exc.msg
        raise JsonFileError(where.format(line=exc.lineno, column=exc.colno), problem) from exc
    except RecursionError:
        raise JsonFileError("", _too_deep(max_depth)) from None
    if _depth(data) > max_depth:
        raise JsonFileError("", _too_deep(max_depth))
    return data


def _too_deep(max_depth: int) -> str:
    text = FileChecks.tr("is nested more than {depth} levels deep", "said of a file: “{file} …”")
    return text.format(depth=max_depth)


def _too_long(text: str) -> JsonFileError:
    problem = FileChecks.tr(
        "holds a number of {digits} digits; at most {most} fit", "said of a file: “{file} …”"
    )
    return JsonFileError("", problem.format(digits=len(text), most=MAX_DIGITS))


def _whole(text: str) -> int:
    # int() of thousands of digits is slow and, past 4,300, an error of its own.
    if len(text) > MAX_DIGITS:
        raise _too_long(text)
    return int(text)


def _fraction(text: str) -> float:
    if len(text) > 2 * MAX_DIGITS:
        raise _too_long(text)
    return float(text)


def _reject_constant(name: str) -> None:
    text = FileChecks.tr("{name} is not a number MSLog accepts")
    raise JsonFileError("", text.format(name=name))


DECODER = json.JSONDecoder(parse_int=_whole, parse_float=_fraction, parse_constant=_reject_constant)
"""Parses JSON text with bounded numbers, refusing NaN and Infinity (nesting unchecked)."""


def _depth(data: Any) -> int:
    """How deeply lists and objects nest in ``data`` (walked without recursion)."""
    deepest = 0
    pending = [(data, 1)]
    while pending:
        value, level = pending.pop()
        if isinstance(value, dict):
            value = value.values()
        elif not isinstance(value, list):
            continue
        deepest = max(deepest, level)
        pending.extend((item, level + 1) for item in value if isinstance(item, (dict, list)))
    return deepest


def is_text(value: str) -> bool:
    """Whether ``value`` can be stored as UTF-8 (no lone surrogates, such as a bad byte)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def describe(value: Any) -> str:
    """Say briefly what a JSON value is, for a message: ``null``, ``900``, ``'up'``, ``a list``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value!r:.40}"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:39] + "…")
    if isinstance(value, list):
        return FileChecks.tr("a list [...]")
    if isinstance(value, dict):
        return FileChecks.tr("an object {...}")
    return type(value).__name__


def either(choices: Collection[str]) -> str:
    """Return ``left, right or both`` for a list of choices."""
    words = list(choices)
    if len(words) == 1:
        return words[0]
    text = FileChecks.tr("{choices} or {last}", "a list of choices: “up, down or both”")
    return text.format(choices=", ".join(words[:-1]), last=words[-1])


class Checker:
    """A place in a JSON value being checked, and the problems found in the whole value so far.

    Each check returns the value it accepts, or raises :class:`FieldError` naming this place.
    :meth:`at` moves to a field or an entry below. A check that raises stops the part it is in;
    :meth:`apart` runs one part on its own, so a problem there is collected in
    :attr:`problems` and the next part is still checked.

    Args:
        path: The place's path (``""`` for the whole value).
        problems: The shared list of problems (a new one if not given).
    """

    __slots__ = ("_key", "_parent", "_path", "problems")

    def __init__(self, path: str = "", problems: list[FieldError] | None = None) -> None:
        self._path: str | None = path
        self._parent: Checker | None = None
        self._key: str | int = ""
        self.problems: list[FieldError] = [] if problems is None else problems

    @property
    def path(self) -> str:
        """Where this place is: ``steps[2].duration_s``."""
        if self._path is None:
            # Built only when a message needs it: imports check millions of cells.
            assert self._parent is not None
            parent = self._parent.path
            key = self._key
            self._path = f"{parent}[{key}]" if isinstance(key, int) else _join(parent, key)
        return self._path

    def at(self, key: str | int) -> Checker:
        """Return the place of a field (text key) or a list entry (number) below this one."""
        child = Checker.__new__(Checker)
        child._path = None
        child._parent = self
        child._key = key
        child.problems = self.problems
        return child

    def fail(self, problem: str) -> FieldError:
        """Return the error for a problem here (to ``raise``)."""
        return FieldError(self.path, problem)

    def apart(self, part: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """Run one part of the checks; if it fails, collect its problem and return None."""
        try:
            return part(*args, **kwargs)
        except FieldError as exc:
            self.problems.append(exc)
            return None

    def rule(self, check: Callable[[Any], T], value: Any) -> T:
        """Apply one of the domain's own checks (raising ``ValidationError``) to the value here."""
        try:
            return check(value)
        except ValidationError as exc:
            raise self.fail(exc.message) from None

    # --- the kinds of value ---

    def object(
        self,
        value: Any,
        required: Collection[str],
        optional: Collection[str] = (),
        *,
        others: bool = False,
    ) -> dict[str, Any]:
        """Check an object: every required key present and, unless ``others``, no other key."""
        if not isinstance(value, dict):
            raise self.fail(
                FileChecks.tr("must be an object {{...}}, not {value}").format(
                    value=describe(value)
                )
            )
        known = {*required, *optional}
        if not others:
            for key in value:
                if key not in known:
                    allowed = ", ".join(sorted(known))
                    text = FileChecks.tr("unknown field (expected one of: {fields})")
                    raise self.at(key).fail(text.format(fields=allowed))
        for key in sorted(required):
            if key not in value:
                raise self.at(key).fail(FileChecks.tr("is missing", "said of a field"))
        return value

    def array(
        self, value: Any, low: int = 0, high: int | None = None, noun: str = "entries"
    ) -> list:
        """Check a list with ``low`` to ``high`` entries (``noun`` says what they are)."""
        if not isinstance(value, list):
            text = FileChecks.tr("must be a list [...], not {value}")
            raise self.fail(text.format(value=describe(value)))
        if high is None and len(value) < low:
            text = FileChecks.tr("must have at least {low} {noun}, not {count}")
            raise self.fail(text.format(low=low, noun=_word(noun), count=len(value)))
        if high is not None and not low <= len(value) <= high:
            text = FileChecks.tr("must have {low} to {high} {noun}, not {count}")
            raise self.fail(text.format(low=low, high=high, noun=_word(noun), count=len(value)))
        return value

    def text(self, value: Any) -> str:
        """Check text (any length, without NUL characters)."""
        if not isinstance(value, str):
            raise self.fail(
                FileChecks.tr("must be text, not {value}").format(value=describe(value))
            )
        if "\x00" in value:
            raise self.fail(FileChecks.tr("must not contain a NUL character"))
        if not is_text(value):
            raise self.fail(
                FileChecks.tr("is not valid text (it holds a character that is not UTF-8)")
            )
        return value

    def line(self, value: Any, low: int, high: int) -> str:
        """Check one line of ``low`` to ``high`` characters (runs of white space become one)."""
        if not isinstance(value, str):
            raise self.fail(
                FileChecks.tr("must be text, not {value}").format(value=describe(value))
            )
        text = " ".join(value.split())
        if not low <= len(text) <= high:
            problem = FileChecks.tr("must be {low} to {high} characters long, not {count}")
            raise self.fail(problem.format(low=low, high=high, count=len(text)))
        if not text.isprintable():  # also refuses a lone surrogate (a byte that is not UTF-8)
            raise self.fail(FileChecks.tr("must not contain control characters"))
        return text

    def whole(
        self, value: Any, low: int | None = None, high: int | None = None, unit: str = ""
    ) -> int:
        """Check a whole number (not true/false), from ``low`` to ``high`` ``unit`` if given."""
        if isinstance(value, bool) or not isinstance(value, int):
            text = FileChecks.tr("must be a whole number, not {value}")
            raise self.fail(text.format(value=describe(value)))
        self._within(value, low, high, unit)
        return value

    def number(
        self, value: Any, low: float | None = None, high: float | None = None, unit: str = ""
    ) -> float:
        """Check a finite number, whole or not, from ``low`` to ``high`` ``unit`` if given."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(
                FileChecks.tr("must be a number, not {value}").format(value=describe(value))
            )
        if not math.isfinite(value):
            raise self.fail(FileChecks.tr("must be a finite number"))
        self._within(value, low, high, unit)
        return value

    def boolean(self, value: Any) -> bool:
        """Check true or false."""
        if not isinstance(value, bool):
            text = FileChecks.tr("must be true or false, not {value}")
            raise self.fail(text.format(value=describe(value)))
        return value

    def choice(self, value: Any, choices: Collection[str]) -> str:
        """Check one of a few words."""
        if not isinstance(value, str) or value not in choices:
            text = FileChecks.tr("must be {choices}, not {value}")
            raise self.fail(text.format(choices=either(choices), value=describe(value)))
        return value

    def _within(self, value: float, low: float | None, high: float | None, unit: str) -> None:
        if (low is not None and value < low) or (high is not None and value > high):
            given = describe(value)
            if unit:
                unit = _word(unit)
                if high is None:
                    text = FileChecks.tr("must be at least {low} {unit}, not {value}")
                elif low is None:
                    text = FileChecks.tr("must be at most {high} {unit}, not {value}")
                else:
                    text = FileChecks.tr("must be from {low} to {high} {unit}, not {value}")
            elif high is None:
                text = FileChecks.tr("must be at least {low}, not {value}")
            elif low is None:
                text = FileChecks.tr("must be at most {high}, not {value}")
            else:
                text = FileChecks.tr("must be from {low} to {high}, not {value}")
            raise self.fail(text.format(low=low, high=high, unit=unit, value=given))


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key
