"""The row ids and entry ids an import file has shown so far, in memory that stays small.

An import checks that no row id repeats in a table, that every link points at a row of the
file and that no entry id (uuid) repeats. Kept as sets, those ids took about 200 bytes an
entry: the import's memory grew with the file. An export lists each table's rows in id
order, so :class:`RowIds` keeps runs of consecutive ids; past the first tens of thousands,
:class:`EntryIds` keeps one 8-byte hash per entry id and, should two hashes meet, finds the
repeat among the real ids again.
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

_LOW, _HIGH = -(2**63), 2**63 - 1  # what an array of signed 64-bit numbers holds
EXACT_UP_TO = 50_000  # entry ids kept as they are (a few megabytes); beyond, a hash each


def _whole(value: Any) -> int | None:
    """The whole number a set would take ``value`` for (``True`` is 1, ``2.0`` is 2), or None."""
    kind = type(value)
    if kind is int or kind is bool or (kind is float and value.is_integer()):
        number = int(value)
    else:
        return None
    return number if _LOW <= number <= _HIGH else None


def _ascending_ints(values: Sequence[Any]) -> bool:
    """Whether ``values`` are plain whole numbers, each greater than the one before."""
    return set(map(type, values)) == {int} and all(map(operator.lt, values, values[1:]))


class RowIds:
    """The row ids of one table seen so far: runs of consecutive whole numbers, the rest apart.

    It answers as a set of the same values would (``1``, ``1.0`` and ``True`` are one id).
    Ids in order cost nothing per id; ids out of order, or not whole numbers, are kept one
    by one.
    """

    def __init__(self) -> None:
        self._starts = array("q")  # the runs, ascending, apart: first and last id of each
        self._ends = array("q")
        self._others: set[Any] = set()

    def _in_runs(self, number: int) -> bool:
        at = bisect_right(self._starts, number) - 1
        return at >= 0 and number <= self._ends[at]

    def __contains__(self, value: Any) -> bool:
        number = _whole(value)
        if number is not None and self._starts and self._in_runs(number):
            return True
        return value in self._others

    def add(self, value: Any) -> None:
        """Note one id."""
        number = _whole(value)
        if number is None or type(value) is not int or value in self:
            self._others.add(value)
        elif self._ends and number == self._ends[-1] + 1:
            self._ends[-1] = number
        elif not self._ends or number > self._ends[-1]:
            self._starts.append(number)
            self._ends.append(number)
        else:
            self._others.add(value)

    def update(self, values: Sequence[Any]) -> None:
        """Note ids; ids in order, after the last ones, cost only a run per gap between them."""
        if not values:
            return
        starts, ends = self._starts, self._ends
        first, last = values[0], values[-1]
        follows = not ends or (type(first) is int and first > ends[-1])
        if not (follows and _ascending_ints(values) and first >= _LOW and last <= _HIGH):
            for value in values:
                self.add(value)
        elif ends and first == ends[-1] + 1 and last - first == len(values) - 1:
            ends[-1] = last  # the usual case: the very next ids
        elif last - first == len(values) - 1:
            starts.append(first)
            ends.append(last)
        else:
            for number in values:
                if ends and number == ends[-1] + 1:
                    ends[-1] = number
                else:
                    starts.append(number)
                    ends.append(number)

    def isdisjoint(self, values: Sequence[Any]) -> bool:
        """Whether none of ``values`` was seen."""
        if not values:
            return True
        if (
            not self._others
            and _ascending_ints(values)
            and (not self._ends or values[0] > self._ends[-1])
        ):
            return True
        return not any(value in self for value in values)

    def first_missing(self, values: Sequence[Any]) -> int | None:
        """Return the position of the first of ``values`` (None aside) not seen, or None."""
        given = [value for value in values if value is not None]
        if (
            len(self._starts) == 1
            and given
            and set(map(type, given)) == {int}
            and self._starts[0] <= min(given)
            and max(given) <= self._ends[0]
        ):
            return None  # all inside the one run (the usual case)
        for at, value in enumerate(values):
            if value is not None and value not in self:
                return at
        return None


class EntryIds:
    """The entry ids (uuids) of one table seen so far: the ids themselves, then a hash each.

    Up to :data:`EXACT_UP_TO` ids are kept as they are and a repeat is found at once. Past
    that, each id is one 8-byte hash: a repeat within a block of rows is still found at once
    (the caller looks), and one between blocks at the end of the table (:meth:`may_repeat`),
    by sorting the hashes: two equal hashes name the ids to look at again, which
    :func:`first_repeat` does on the real ones.
    """

    def __init__(self) -> None:
        self._exact: set[str] | None = set()
        self._hashes = array("q")

    def __contains__(self, uuid: str) -> bool:
        # Past the exact ids, "not seen" until the table's end says otherwise.
        return self._exact is not None and uuid in self._exact

    def isdisjoint(self, uuids: Iterable[str]) -> bool:
        """Whether none of ``uuids`` was seen (as far as can be told before the table's end)."""
        return self._exact is None or self._exact.isdisjoint(uuids)

    def update(self, uuids: Iterable[str]) -> None:
        """Note entry ids."""
        if self._exact is None:
            self._hashes.extend(map(hash, uuids))
            return
        self._exact.update(uuids)
        if len(self._exact) > EXACT_UP_TO:
            self._hashes.extend(map(hash, self._exact))
            self._exact = None

    def add(self, uuid: str) -> None:
        """Note one entry id."""
        self.update((uuid,))

    def may_repeat(self) -> set[int]:
        """Return the hashes seen more than once (none when no id repeats)."""
        if len(self._hashes) < 2:
            return set()  # every id was compared as it is
        import numpy as np  # sorts a large table's hashes without a Python int for each

        ordered = np.sort(np.frombuffer(self._hashes, dtype=np.int64))
        return {int(h) for h in ordered[1:][ordered[1:] == ordered[:-1]]}


def first_repeat(uuids: Iterable[str], suspects: set[int]) -> int | None:
    """Return the position of the first id in ``uuids`` that repeats an earlier one, or None.

    Only ids whose hash is in ``suspects`` (from :meth:`EntryIds.may_repeat`) are kept to
    compare, so this stays small too.
    """
    seen: set[str] = set()
    for at, uuid in enumerate(uuids):
        if hash(uuid) in suspects:
            if uuid in seen:
                return at
            seen.add(uuid)
    return None
