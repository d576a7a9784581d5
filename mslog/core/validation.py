"""Checking JSON a person can edit or bring in: every problem names its place in the file."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from typing import Any, ParamSpec, TypeVar

from mslog.core.errors import MSLogError, ValidationError

P = ParamSpec("P")
T = TypeVar("T")


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
        return "a list [...]"
    if isinstance(value, dict):
        return "an object {...}"
    return type(value).__name__


def either(choices: Collection[str]) -> str:
    """Return ``left, right or both`` for a list of choices."""
    words = list(choices)
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


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
            raise self.fail(f"must be an object {{...}}, not {describe(value)}")
        known = {*required, *optional}
        if not others:
            for key in value:
                if key not in known:
                    allowed = ", ".join(sorted(known))
                    raise self.at(key).fail(f"unknown field (expected one of: {allowed})")
        for key in sorted(required):
            if key not in value:
                raise self.at(key).fail("is missing")
        return value

    def array(
        self, value: Any, low: int = 0, high: int | None = None, noun: str = "entries"
    ) -> list:
        """Check a list with ``low`` to ``high`` entries (``noun`` says what they are)."""
        if not isinstance(value, list):
            raise self.fail(f"must be a list [...], not {describe(value)}")
        if high is None and len(value) < low:
            raise self.fail(f"must have at least {low} {noun}, not {len(value)}")
        if high is not None and not low <= len(value) <= high:
            raise self.fail(f"must have {low} to {high} {noun}, not {len(value)}")
        return value

    def text(self, value: Any) -> str:
        """Check text (any length, without NUL characters)."""
        if not isinstance(value, str):
            raise self.fail(f"must be text, not {describe(value)}")
        if "\x00" in value:
            raise self.fail("must not contain a NUL character")
        return value

    def line(self, value: Any, low: int, high: int) -> str:
        """Check one line of ``low`` to ``high`` characters (runs of white space become one)."""
        if not isinstance(value, str):
            raise self.fail(f"must be text, not {describe(value)}")
        text = " ".join(value.split())
        if not low <= len(text) <= high:
            raise self.fail(f"must be {low} to {high} characters long, not {len(text)}")
        if not text.isprintable():
            raise self.fail("must not contain control characters")
        return text

    def whole(
        self, value: Any, low: int | None = None, high: int | None = None, unit: str = ""
    ) -> int:
        """Check a whole number (not true/false), from ``low`` to ``high`` ``unit`` if given."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"must be a whole number, not {describe(value)}")
        self._within(value, low, high, unit)
        return value

    def number(
        self, value: Any, low: float | None = None, high: float | None = None, unit: str = ""
    ) -> float:
        """Check a finite number, whole or not, from ``low`` to ``high`` ``unit`` if given."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(f"must be a number, not {describe(value)}")
        if not math.isfinite(value):
            raise self.fail("must be a finite number")
        self._within(value, low, high, unit)
        return value

    def boolean(self, value: Any) -> bool:
        """Check true or false."""
        if not isinstance(value, bool):
            raise self.fail(f"must be true or false, not {describe(value)}")
        return value

    def choice(self, value: Any, choices: Collection[str]) -> str:
        """Check one of a few words."""
        if not isinstance(value, str) or value not in choices:
            raise self.fail(f"must be {either(choices)}, not {describe(value)}")
        return value

    def _within(self, value: float, low: float | None, high: float | None, unit: str) -> None:
        if (low is not None and value < low) or (high is not None and value > high):
            unit = f" {unit}" if unit else ""
            if high is None:
                raise self.fail(f"must be at least {low}{unit}, not {describe(value)}")
            if low is None:
                raise self.fail(f"must be at most {high}{unit}, not {describe(value)}")
            raise self.fail(f"must be from {low} to {high}{unit}, not {describe(value)}")


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key
