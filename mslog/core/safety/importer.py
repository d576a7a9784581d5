"""Importing a JSON export: validate everything first, then apply it in one transaction.

Checked rows wait in a private temporary file (:class:`StagedRows`) between the two, so an
import holds a batch of rows in memory at a time, whatever the size of the file.

The format is the one :mod:`mslog.core.safety.export` writes (``format`` ``"mslog-diary"``,
``format_version`` 1): every table as ``{"columns": [...], "rows": [[...], ...]}``
plus the ``schema_version`` of the diary it came from.

Rows of tables with a ``uuid`` column are matched by it: an entry already in the
diary is kept as it is, together with its child rows (found through foreign keys),
so importing the same file twice adds nothing. Row ids in the file only link rows
within the file; new rows get fresh ids. Tables without a ``uuid`` and without a
parent (single settings rows, say) are matched by their primary key.

A row with a ``uuid`` of its own (a dose, a planned self-experiment) is an entry in
itself: it is matched by that id, not dropped because its parent is already here.
Rows that only point at an item of a list (a check-in's ticked day factor, a habit's
tick) stay with the entry that holds them, not with the list item: a built-in day
factor or habit is in every diary, and what was ticked must not be lost because of it.
A habit tick is the same tick when it has the same habit and time.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import gc
import json
import marshal
import math
import os
import sqlite3
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from mslog.core.clock import from_epoch_and_offset
from mslog.core.errors import BadInputError, ValidationError
from mslog.core.i18n import Words
from mslog.core.progress import CancelFn, ProgressFn, Tracker
from mslog.core.safety.seen import EntryIds, RowIds, first_repeat
from mslog.core.spasms import log as spasm_log
from mslog.core.storage import migrations
from mslog.core.trends import cache
from mslog.core.validation import (
    DECODER,
    Checker,
    FieldError,
    JsonFileError,
    describe,
    open_regular_file,
    parse_json,
    read_regular_file,
)

FORMAT = "mslog-diary"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024
_INT64 = (-(2**63), 2**63 - 1)
# Lists a row can point at without belonging to them (see the module docstring).
REFERENCED_LISTS = frozenset({"day_factor", "habit"})
# Rows without a uuid or a unique index that are still one entry each: the same row
# imported twice must be found, not added again.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {"habit_tick": ("habit_id", "done_at")}


class Importing(Words):
    """The translation context of importing an export: what is wrong in the file; what it did."""


class ImportFileError(BadInputError):
    """The import file cannot be used; nothing was changed.

    Attributes:
        where: Where in the file the problem is (``tables.spasm.rows[3].severity``, ``line 4``).
    """

    def __init__(self, where: str, message: str) -> None:
        if where:
            text = Importing.tr(
                "{where}: {problem}. Nothing was imported.",
                "{where} is the place in the file (tables.spasm.rows[3].severity, line 4); "
                "{problem} what is wrong there"
            ).format(where=where, problem=message)  # fmt: skip
        else:
            text = message
        super().__init__(text)
        self.where = where
        self.message = message


@dataclass
class ImportReport:
    """What an import did, per table."""

    added: dict[str, int] = field(default_factory=dict)
    already_there: dict[str, int] = field(default_factory=dict)

    @property
    def entries_added(self) -> int:
        """Spasm entries added."""
        return self.added.get("spasm", 0)

    def summary(self) -> str:
        """One calm sentence."""
        new = self.entries_added
        old = self.already_there.get("spasm", 0)
        extra = sum(n for table, n in self.added.items() if table != "spasm")
        imported = Importing.tr("Imported %n new spasm entries", "", new)
        already = Importing.tr("%n were already in your diary", "spasm entries", old)
        other = Importing.tr("and %n other records", "", extra)
        if old and extra:
            text = Importing.tr(
                "{imported}; {already} ({other}).",
                "the parts: “Imported 2 new spasm entries”, "
                "“3 were already in your diary”, “and 4 other records”"
            )  # fmt: skip
        elif old:
            text = Importing.tr("{imported}; {already}.")
        elif extra:
            text = Importing.tr("{imported} ({other}).")
        else:
            text = Importing.tr("{imported}.")
        return text.format(imported=imported, already=already, other=other)


@dataclass(frozen=True)
class _Column:
    name: str
    affinity: str  # "int", "text", "real" or "any"
    notnull: bool
    has_default: bool
    pk: int


@dataclass
class _Table:
    name: str
    columns: dict[str, _Column]
    rowid_alias: str | None  # the INTEGER PRIMARY KEY column, if any
    parents: dict[str, str]  # column -> parent table (foreign keys to the parent's row id)
    unique: list[tuple[str, ...]] = field(default_factory=list)  # natural keys besides the id

    @property
    def has_uuid(self) -> bool:
        return "uuid" in self.columns


def _affinity(declared: str) -> str:
    declared = declared.upper()
    if "INT" in declared:
        return "int"
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return "any"


def describe_schema(db: SqliteDatabase) -> dict[str, _Table]:
    """Read every table's columns and foreign keys from the open database."""
    tables: dict[str, _Table] = {}
    names = [
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    for name in names:
        info = list(db.execute_sql(f'PRAGMA table_info("{name}")'))
        columns = {
            col_name: _Column(col_name, _affinity(kind or ""), bool(notnull), dflt is not None, pk)
            for _, col_name, kind, notnull, dflt, pk in info
        }
        pks = [c for c in columns.values() if c.pk]
        alias = None
        if len(pks) == 1 and pks[0].affinity == "int":
            declared = next(kind for _, n, kind, *_ in info if n == pks[0].name)
            if declared.upper() == "INTEGER":
                alias = pks[0].name
        tables[name] = _Table(name, columns, alias, {})
    for table in tables.values():
        for _, index, is_unique, *_ in db.execute_sql(f'PRAGMA index_list("{table.name}")'):
            cols = tuple(r[2] for r in db.execute_sql(f'PRAGMA index_info("{index}")'))
            if is_unique and cols and None not in cols and table.rowid_alias not in cols:
                table.unique.append(cols)
        for row in db.execute_sql(f'PRAGMA foreign_key_list("{table.name}")'):
            parent, column, target = row[2], row[3], row[4]
            parent_table = tables.get(parent)
            if parent_table and (target is None or target == parent_table.rowid_alias):
                table.parents[column] = parent
    return tables


def _ordered(tables: dict[str, _Table]) -> list[_Table]:
    """Parents before children."""
    done: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in done or name in path:
            return
        for parent in tables[name].parents.values():
            visit(parent, (*path, name))
        done.append(name)

    for name in sorted(tables):
        visit(name, ())
    return [tables[name] for name in done]


# --- reading ------------------------------------------------------------------


def read_file(path: Path) -> Any:
    """Read and parse a JSON export whole, naming the line of a syntax error.

    Only a regular file of at most :data:`MAX_FILE_BYTES` is read: a pipe or a device
    (``/dev/zero``) is refused at once instead of hanging or filling the memory. An export
    in the layout MSLog writes need not be read whole: see :func:`check_file`.
    """
    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except JsonFileError as exc:
        raise _unusable(path, exc) from exc
    return parse_text(raw)


def _unusable(path: Path, exc: JsonFileError) -> ImportFileError:
    text = Importing.tr(
        "{file} {problem}. Nothing was imported.",
        "{problem} says what is wrong with the file: “is a folder; give a regular file”"
    )  # fmt: skip
    return ImportFileError("", text.format(file=path, problem=exc.problem))


def parse_text(raw: bytes | str) -> Any:
    """Parse JSON text, naming the line and column of a syntax error."""
    try:
        return parse_json(raw)
    except JsonFileError as exc:
        if exc.where:
            raise ImportFileError(exc.where, exc.problem) from exc
        text = Importing.tr(
            "The file {problem}. Nothing was imported.",
            "{problem} says what is wrong with the file: “is nested more than 32 levels deep”"
        )  # fmt: skip
        raise ImportFileError("", text.format(problem=exc.problem)) from exc


class _NotOurLayoutError(Exception):
    """The file is not laid out as MSLog's exporter writes it (so it is read whole)."""


_LINE_LIMIT = 1 << 20  # a row of a diary is a few hundred bytes; a longer line is not ours


class _LineReader:
    """Reads an export one line at a time, in the layout :func:`export.iter_json` writes.

    Only the current line is held, so a file of any size reads in the same memory. Any
    line that is not exactly what the exporter writes raises :class:`_NotOurLayoutError`.
    """

    def __init__(self, handle: BinaryIO, size: int, tracker: Tracker | None) -> None:
        self._handle = handle
        self._buffer = b""  # read ahead by :meth:`take`, not yet used
        self._tracker = tracker
        self.size = max(size, 1)
        self.line_number = 0
        self._first = True

    def line(self) -> str:
        if self._buffer:
            end = self._buffer.find(b"\n") + 1
            if end:
                raw, self._buffer = self._buffer[:end], self._buffer[end:]
            else:
                raw, self._buffer = self._buffer + self._handle.readline(_LINE_LIMIT), b""
        else:
            raw = self._handle.readline(_LINE_LIMIT)
        self.line_number += 1
        if self._first:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
            self._first = False
        if not raw.endswith(b"\n") and (len(raw) >= _LINE_LIMIT or not raw.strip()):
            raise _NotOurLayoutError()
        if self._tracker is not None:
            self._tracker.advance(len(raw))
        try:
            return raw.decode("utf-8").rstrip("\n")
        except UnicodeDecodeError:
            raise _NotOurLayoutError() from None

    def take(self) -> bytes:
        """The next lines of the file, about :data:`_CHUNK` bytes, ending at a line's end.

        They end without a newline only at the end of the file or past a line too long.
        """
        data = self._buffer + self._handle.read(_CHUNK)
        self._buffer = b""
        if data and not data.endswith(b"\n"):
            data += self._handle.readline(_LINE_LIMIT)
        return data

    def give_back(self, data: bytes) -> None:
        """Keep lines read by :meth:`take` but not used, for the next read."""
        self._buffer = data + self._buffer

    def rest(self, limit: int) -> bytes:
        """Up to ``limit`` more bytes of what is left of the file."""
        data = self._buffer + self._handle.read(limit)
        self._buffer = b""
        return data

    def value(self, text: str) -> Any:
        """Parse one JSON value, the whole of ``text``."""
        try:
            return DECODER.decode(text)
        except (ValueError, JsonFileError, RecursionError):
            raise _NotOurLayoutError() from None

    def member(self, indent: int) -> tuple[str, str]:
        """Read a line ``<indent>"key": rest`` and return (key, rest)."""
        text = self.line()
        if not text.startswith(" " * indent + '"'):
            raise _NotOurLayoutError()
        try:
            key, end = DECODER.raw_decode(text, indent)
        except (ValueError, JsonFileError, RecursionError):
            raise _NotOurLayoutError() from None
        if not isinstance(key, str) or not text.startswith(": ", end):
            raise _NotOurLayoutError()
        return key, text[end + 2 :]


class _StreamedRows:
    """A table's rows as they are read from the file: iterated once, in order, in blocks."""

    def __init__(self, reader: _LineReader) -> None:
        self._reader = reader
        self.finished = False
        self._text = "[]"

    def __iter__(self) -> Iterator[Any]:
        for block in self.blocks():
            yield from block

    def blocks(self, quick: bool = False) -> Iterator[list[Any]]:
        """The rows in lists of about :data:`_CHUNK` bytes of lines, each parsed by one call.

        Args:
            quick: Parse with the plain decoder, which does not bound numbers: the caller
                then takes :meth:`exact` instead of any block it cannot vouch for.
        """
        reader = self._reader
        tracker = reader._tracker
        closed = False  # the last row read had no comma: the rows end here
        while not self.finished:
            data = reader.take()
            # The rows end at a line "   ]"; what follows is given back for the next read.
            end = 0 if data.startswith(_ROWS_END) else data.find(b"\n" + _ROWS_END) + 1
            if end or data.startswith(_ROWS_END):
                reader.give_back(data[end + len(_ROWS_END) :])
                data = data[:end]
                self.finished = True
                reader.line_number += 1
            if not data:
                if self.finished:
                    break
                raise _NotOurLayoutError()  # the file ends inside the rows
            lines = data.count(b"\n")
            reader.line_number += lines
            # Every line a row of its own, "    [...]," (the last one without its comma).
            if (
                closed
                or not data.endswith(b"\n")
                or not data.startswith(b"    [")
                or data.count(b"\n    [") != lines - 1
            ):
                raise _NotOurLayoutError()
            if tracker is not None:
                tracker.advance(len(data))
            if data.endswith(b",\n"):
                data = data[:-2]
            else:
                closed = True
            try:
                document = "[" + data.decode("utf-8") + "]"
            except UnicodeDecodeError:
                raise _NotOurLayoutError() from None
            self._text = document
            rows = self.exact() if not quick else None
            if rows is None:
                try:
                    rows = _QUICK.decode(document)
                except (ValueError, RecursionError):
                    rows = self.exact()  # NaN, say: the bounded decoder says what is wrong
            if len(rows) != lines:
                raise _NotOurLayoutError()  # two rows on a line: not the exporter's layout
            yield rows

    def exact(self) -> list[Any]:
        """The block last read, parsed by the bounded decoder (as a line at a time would be)."""
        try:
            rows = DECODER.decode(self._text)
        except (ValueError, JsonFileError, RecursionError):
            raise _NotOurLayoutError() from None
        if not isinstance(rows, list):
            raise _NotOurLayoutError()
        return rows


_BLOCK_LINES = 2000
_CHUNK = 1 << 18  # bytes of rows parsed by one call (a thousand rows or so)
_ROWS_END = b"   ]\n"


def _no_constant(name: str) -> None:
    raise ValueError(name)


_QUICK = json.JSONDecoder(parse_constant=_no_constant)


def _streamed_document(reader: _LineReader) -> tuple[dict[str, Any], Iterator[tuple[str, Any]]]:
    """Read the top of an export and return it with the table blocks still to come.

    The top's ``tables`` is an empty object standing for the blocks, which are read as they
    are iterated, each block's ``rows`` as a :class:`_StreamedRows`.
    """
    if reader.line() != "{":
        raise _NotOurLayoutError()
    top: dict[str, Any] = {}
    while True:
        key, rest = reader.member(1)
        if key in top:
            raise _NotOurLayoutError()
        if key == "tables":
            if rest != "{":
                raise _NotOurLayoutError()
            top[key] = {}
            break
        if not rest.endswith(","):
            raise _NotOurLayoutError()
        top[key] = reader.value(rest[:-1])
    return top, _streamed_tables(reader)


def _streamed_tables(reader: _LineReader) -> Iterator[tuple[str, Any]]:
    seen: set[str] = set()
    text = reader.line()
    while text != " }":
        if not text.startswith('  "') or not text.endswith('": {'):
            raise _NotOurLayoutError()
        name = reader.value(text[2:-3])
        if not isinstance(name, str) or name in seen:
            raise _NotOurLayoutError()
        seen.add(name)
        block: dict[str, Any] = {}
        while True:
            key, rest = reader.member(3)
            if key in block:
                raise _NotOurLayoutError()
            if key == "rows":
                break
            if not rest.endswith(","):
                raise _NotOurLayoutError()
            block[key] = reader.value(rest[:-1])
        if rest == "[]":
            rows = _StreamedRows(reader)
            rows.finished = True
            block["rows"] = []
            yield name, block
        elif rest == "[":
            rows = _StreamedRows(reader)
            block["rows"] = rows
            yield name, block
            if not rows.finished:
                raise _NotOurLayoutError()  # the rows were not all read: cannot go on
        else:
            raise _NotOurLayoutError()
        text = reader.line()
        if text == "  },":
            text = reader.line()
        elif text == "  }":
            text = reader.line()
            if text != " }":
                raise _NotOurLayoutError()
        else:
            raise _NotOurLayoutError()
    if reader.line() != "}":
        raise _NotOurLayoutError()
    tail = reader.rest(_LINE_LIMIT)
    if tail.strip() or len(tail) >= _LINE_LIMIT:
        raise _NotOurLayoutError()


def _cell(check: Checker, column: _Column, value: Any) -> Any:
    """Check one value against its column; return it (a blob decoded from base64)."""
    if value is None:
        if column.notnull and not column.pk:
            raise check.fail(
                Importing.tr("must not be empty (null)", "said of a field in the file")
            )
        return value
    if isinstance(value, dict) and set(value) == {"base64"} and column.affinity == "any":
        try:
            return base64.b64decode(str(value["base64"]), validate=True)
        except (binascii.Error, ValueError):
            raise check.fail(
                Importing.tr("holds invalid base64 data", "said of a field in the file")
            ) from None
    if isinstance(value, (bool, dict, list)):
        text = Importing.tr("must be a plain value, not {value}", "said of a field in the file")
        raise check.fail(text.format(value=describe(value)))
    if column.affinity == "int":
        check.whole(value)
    elif column.affinity == "text":
        check.text(value)
    elif column.affinity == "real":
        check.number(value)
    elif isinstance(value, str):
        check.text(value)
    elif isinstance(value, float):
        check.number(value)
    if isinstance(value, int) and not _INT64[0] <= value <= _INT64[1]:
        raise check.fail(Importing.tr("is too large a number", "said of a field in the file"))
    return value


def _check_spasm(check: Checker, row: dict[str, Any], now: datetime) -> None:
    """The spasm log's own rules, the very checks ``mslog log`` applies, beyond the table's."""
    check.at("severity").rule(spasm_log.check_severity, row.get("severity"))
    check.at("kind").rule(spasm_log.check_kind, row.get("kind"))
    check.at("duration_s").rule(spasm_log.check_duration, row.get("duration_s"))
    check.at("note").rule(spasm_log.check_note, row.get("note", ""))
    offset = row.get("utc_offset")
    low, high = (int(o.total_seconds()) // 60 for o in (spasm_log.MIN_OFFSET, spasm_log.MAX_OFFSET))
    if isinstance(offset, int) and not low <= offset <= high:
        text = Importing.tr(
            "{offset} minutes is not an offset a time zone uses (from {low} to {high})"
        )
        raise check.at("utc_offset").fail(text.format(offset=offset, low=low, high=high))
    started = row.get("started_at")
    if isinstance(started, int):
        try:
            moment = from_epoch_and_offset(started, offset if isinstance(offset, int) else 0)
        except (OverflowError, OSError, ValueError):
            raise check.at("started_at").fail(
                Importing.tr("is not a time MSLog can keep", "said of a field in the file")
            ) from None
        check.at("started_at").rule(lambda value: spasm_log.check_started(value, now), moment)
    uuid = row.get("uuid")
    if isinstance(uuid, str) and not (0 < len(uuid) <= 64 and uuid.isprintable()):
        raise check.at("uuid").fail(
            Importing.tr("is not a valid id", "said of a field in the file")
        )


def _check_child(check: Checker, table: str, row: dict[str, Any]) -> None:
    if table == "spasm_location" and "location" in row:
        check.at("location").rule(lambda value: spasm_log.check_locations([value]), row["location"])
    elif table == "spasm_trigger" and "trigger" in row:
        problem = _trigger_problem(row["trigger"])
        if problem is not None:
            raise check.at("trigger").fail(problem)


@functools.lru_cache(maxsize=4096)
def _trigger_problem(value: str) -> str | None:
    """What is wrong with a trigger, or None; asked once per different word, not per row."""
    try:
        spasm_log.normalize_trigger(value)
    except ValidationError as exc:
        return exc.message
    return None


def _check_day_text(check: Checker, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, str) and len(value) == 10:
        try:
            date.fromisoformat(value)
            return
        except ValueError:
            pass
    text = Importing.tr("must be a day as YYYY-MM-DD, not {value}", "said of a field in the file")
    raise check.fail(text.format(value=describe(value)))


def _check_range(check: Checker, value: Any, low: int, high: int) -> None:
    if isinstance(value, int):
        check.whole(value, low, high)


def _check_checkin_tables(check: Checker, table: str, row: dict[str, Any]) -> None:
    """The check-in's rules (scores, choices, days), named field by field."""
    if table == "checkin":
        from mslog.core.checkin.service import CHECKS

        _check_day_text(check.at("day"), row.get("day"))
        for column, rule in CHECKS.items():
            check.at(column).rule(rule, row.get(column))
    elif table == "day_factor":
        name = row.get("name")
        if isinstance(name, str) and not name.strip():
            raise check.at("name").fail(
                Importing.tr("must not be empty", "said of a field in the file")
            )
        _check_day_text(check.at("retired_on"), row.get("retired_on"))
    elif table == "experiment":
        from mslog.core.checklists.experiments import check_pattern

        _check_day_text(check.at("first_day"), row.get("first_day"))
        _check_day_text(check.at("stopped_on"), row.get("stopped_on"))
        check.at("pattern").rule(check_pattern, row.get("pattern"))
    elif table == "self_rating":
        _check_day_text(check.at("day"), row.get("day"))
        _check_range(check.at("penn_frequency"), row.get("penn_frequency"), 0, 4)
        _check_range(check.at("penn_severity"), row.get("penn_severity"), 1, 3)
        _check_range(check.at("snow"), row.get("snow"), 1, 5)


def _check_treatment(check: Checker, row: dict[str, Any]) -> None:
    """The treatment record's rules (which fields each kind keeps, lengths, days)."""
    from mslog.core.checklists import treatments

    _check_day_text(check.at("day"), row.get("day"))
    _check_day_text(check.at("next_refill"), row.get("next_refill"))
    refill = row.get("next_refill")
    entry = treatments.Treatment(
        uuid="",
        day=date.fromisoformat(row["day"]),  # required, and a day as text (just checked)
        kind=row.get("kind", ""),
        name=row.get("name", ""),
        sites=row.get("sites", ""),
        rate=row.get("rate", ""),
        next_refill=date.fromisoformat(refill) if isinstance(refill, str) else None,
        note=row.get("note", ""),
    )
    try:
        # Any day may come in: the file may be from a device whose clock runs ahead.
        treatments.check(entry, date.max)
    except ValidationError as exc:
        raise check.at(exc.field).fail(exc.message) from None


class _Staging:
    """A private temporary file that holds a file's checked rows until they are written.

    Rows go there a few thousand at a time as they are checked, and are read back a
    batch at a time as they are written, so an import's memory does not grow with the
    file's rows. The file has no name (nothing else can open it) and is gone once it is
    closed, which happens when the last of its rows is dropped (or the process ends).
    """

    def __init__(self, directory: Path | None = None) -> None:
        # Beside the diary when it has a folder: the rows then take room on its disk, not
        # in a /tmp that may be kept in memory.
        where = directory if directory is not None and directory.is_dir() else None
        try:
            # Open for as long as the rows are kept, from the check to the write: no block
            # holds it.
            self.file = tempfile.TemporaryFile(dir=where)  # noqa: SIM115
        except OSError as exc:
            raise _no_room(exc) from exc
        weakref.finalize(self, self.file.close)

    def rows(self) -> StagedRows:
        """Return an empty store for one table's rows."""
        return StagedRows(self)


class StagedRows:
    """One table's checked rows in file order, kept in the staging file.

    Used as a list of rows is: appended to and extended while the file is checked, then
    measured, iterated and sliced while it is written. Every :data:`_BATCH` rows are one
    piece of the file, so the writer's batches each read one piece back.
    """

    def __init__(self, staging: _Staging) -> None:
        self._staging = staging  # kept alive, and its file open, as long as these rows
        self._pieces: list[tuple[int, int]] = []  # (offset, length) of each full batch
        self._pending: list[Sequence[Any]] = []

    def append(self, row: Sequence[Any]) -> None:
        """Add one row."""
        self._pending.append(row)
        if len(self._pending) >= _BATCH:
            self._store()

    def extend(self, rows: list[Any]) -> None:
        """Add rows."""
        self._pending.extend(rows)
        if len(self._pending) >= _BATCH:
            self._store()

    def _store(self) -> None:
        out = self._staging.file
        pending = self._pending
        while len(pending) >= _BATCH:
            # marshal keeps every value as it is (an int, a float, a text, bytes, None) and
            # reads only what this process wrote itself.
            data = marshal.dumps(pending[:_BATCH])
            try:
                out.seek(0, os.SEEK_END)
                self._pieces.append((out.tell(), len(data)))
                out.write(data)
            except OSError as exc:
                raise _no_room(exc) from exc
            del pending[:_BATCH]

    def _piece(self, number: int) -> list[Sequence[Any]]:
        if number == len(self._pieces):
            return self._pending
        offset, length = self._pieces[number]
        source = self._staging.file
        source.seek(offset)
        return marshal.loads(source.read(length))

    def __len__(self) -> int:
        return len(self._pieces) * _BATCH + len(self._pending)

    def __getitem__(self, which: slice) -> list[Sequence[Any]]:
        start, stop, _ = which.indices(len(self))
        found: list[Sequence[Any]] = []
        for number in range(start // _BATCH, -(-stop // _BATCH)):
            begins = number * _BATCH
            found += self._piece(number)[max(start - begins, 0) : stop - begins]
        return found

    def __iter__(self) -> Iterator[Sequence[Any]]:
        for number in range(len(self._pieces) + 1):
            yield from self._piece(number)

    def column(self, at: int) -> Iterator[Any]:
        """Yield the value at position ``at`` of every row, in order."""
        for values in self.column_pieces(at):
            yield from values

    def column_pieces(self, at: int) -> Iterator[list[Any]]:
        """Yield the values at position ``at`` of every row, a piece of rows at a time."""
        for number in range(len(self._pieces) + 1):
            yield [row[at] for row in self._piece(number)]


def _no_room(exc: OSError) -> ImportFileError:
    """The refusal when the checked rows cannot be set aside (a full disk, say)."""
    reason = exc.strerror or str(exc)
    text = Importing.tr(
        "There was no room to set the file's entries aside ({reason}). Nothing was imported."
    )
    return ImportFileError("", text.format(reason=reason))


@dataclass
class TableRows:
    """One table's checked rows, each a sequence of values in the order of ``columns``."""

    columns: list[str]
    rows: StagedRows


def _plain(column: _Column, value: Any) -> bool:
    """Whether a value is plainly right for its column (most are), without naming a place."""
    kind = type(value)
    if kind is int:
        return column.affinity != "text" and _INT64[0] <= value <= _INT64[1]
    if kind is str:
        # ASCII text without NUL is always storable; anything else takes the full check.
        return column.affinity in ("text", "any") and value.isascii() and "\x00" not in value
    if value is None:
        return not column.notnull or bool(column.pk)
    if kind is float:
        return column.affinity in ("real", "any") and math.isfinite(value)
    return False


def _plain_column(column: _Column, values: tuple[Any, ...], fractions: bool = True) -> bool:
    """Whether every value of a column is plainly right for it (as :func:`_plain` says)."""
    kinds: set[type] = set(map(type, values))
    if type(None) in kinds:
        if column.notnull and not column.pk:
            return False
        kinds.discard(type(None))
        if not kinds:
            return True
        values = tuple(v for v in values if v is not None)
    for kind in kinds:
        same: tuple[Any, ...] = (
            values if len(kinds) == 1 else tuple(v for v in values if type(v) is kind)
        )
        if kind is int:
            if column.affinity == "text" or not _INT64[0] <= min(same) <= max(same) <= _INT64[1]:
                return False
        elif kind is str:
            text = "".join(same)
            if column.affinity not in ("text", "any") or not text.isascii() or "\x00" in text:
                return False
        elif kind is float:
            if (
                not fractions
                or column.affinity not in ("real", "any")
                or not all(map(math.isfinite, same))
            ):
                return False
        else:
            return False
    return True


class _FastChecks:
    """One table's checks a block of rows at a time, for blocks with nothing wrong in them.

    :meth:`plain` says True only when checking the block row by row would find no problem
    (and then notes its ids as the row-by-row check does); any doubt, and it says False, so
    the row-by-row check runs and names the problem exactly as before.
    """

    def __init__(self, table: str, cells: list[_Column], width: int, now: datetime) -> None:
        self._table = table
        self._cells = cells
        self._width = width
        self._now = now
        self._at = {column.name: i for i, column in enumerate(cells)}

    def plain(
        self,
        block: list[Any],
        alias: int | None,
        linking: bool,
        uuid_at: int | None,
        seen_ids: RowIds,
        seen_uuids: EntryIds,
        fractions: bool = True,
    ) -> bool:
        if not block or set(map(type, block)) != {list} or set(map(len, block)) != {self._width}:
            return not block
        columns = list(zip(*block, strict=True))
        if not all(
            _plain_column(c, v, fractions) for c, v in zip(self._cells, columns, strict=True)
        ):
            return False
        ids = None
        if alias is not None:
            ids = columns[alias]
            if linking:
                given = [v for v in ids if v is not None]
                if len(set(given)) != len(given) or not seen_ids.isdisjoint(given):
                    return False
        uuids = None
        if uuid_at is not None:
            uuids = columns[uuid_at]
            if set(map(type, uuids)) != {str} or min(map(len, uuids)) == 0:
                return False
            if len(set(uuids)) != len(uuids) or not seen_uuids.isdisjoint(uuids):
                return False
        try:
            if not self._rules(columns):
                return False
        except (ValidationError, FieldError, OverflowError, OSError, ValueError, TypeError):
            return False
        if ids is not None:
            seen_ids.update(ids)
        if uuids is not None:
            seen_uuids.update(uuids)
        return True

    def _column(self, columns: list[tuple[Any, ...]], name: str) -> tuple[Any, ...] | None:
        at = self._at.get(name)
        return None if at is None else columns[at]

    def _rules(self, columns: list[tuple[Any, ...]]) -> bool:
        """The table's own rules (as :func:`_check_spasm` and :func:`_check_child`)."""
        if self._table == "spasm_location":
            for value in set(self._column(columns, "location") or ()):
                spasm_log.check_locations([value])
        elif self._table == "spasm_trigger":
            values = set(self._column(columns, "trigger") or ())
            return all(_trigger_problem(value) is None for value in values)
        elif self._table == "spasm":
            return self._spasm_rules(columns)
        return True

    def _spasm_rules(self, columns: list[tuple[Any, ...]]) -> bool:
        for name, rule in (("severity", spasm_log.check_severity),
                           ("kind", spasm_log.check_kind),
                           ("duration_s", spasm_log.check_duration),
                           ("note", spasm_log.check_note)):  # fmt: skip
            for value in set(self._column(columns, name) or ()):
                rule(value)
        offsets = self._column(columns, "utc_offset")
        low, high = (
            int(o.total_seconds()) // 60 for o in (spasm_log.MIN_OFFSET, spasm_log.MAX_OFFSET)
        )
        if offsets is not None:
            given = [v for v in offsets if isinstance(v, int)]
            if given and not low <= min(given) <= max(given) <= high:
                return False
        started = self._column(columns, "started_at")
        if started is not None:
            # A time is checked against the earliest and the latest moment MSLog keeps, which
            # every time between the block's first and last one passes if those two do.
            if offsets is None or not {int} == set(map(type, started)) == set(map(type, offsets)):
                return False
            for at in (started.index(min(started)), started.index(max(started))):
                moment = from_epoch_and_offset(started[at], offsets[at])
                spasm_log.check_started(moment, self._now)
        uuids = self._column(columns, "uuid")
        return uuids is None or (max(map(len, uuids)) <= 64 and "".join(uuids).isprintable())


_FAST_RULES = frozenset({"spasm", "spasm_location", "spasm_trigger"})


def _table_rows(
    check: Checker,
    table: _Table,
    block: Any,
    now: datetime,
    ids: dict[str, RowIds],
    staging: _Staging,
) -> TableRows:
    """Check one table's block and return its rows (kept in ``staging``); note its ids."""
    # An export's blocks also say their primary key; other keys are ignored, as at the top.
    block = check.object(block, ("columns", "rows"), others=True)
    at_columns = check.at("columns")
    columns = block["columns"]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise at_columns.fail(
            Importing.tr("must be a list of column names", "said of a field in the file")
        )
    if len(set(columns)) != len(columns):
        raise at_columns.fail(Importing.tr("names a column twice", "said of a field in the file"))
    for column in columns:
        if column not in table.columns:
            text = Importing.tr("{column} is not a field")
            raise at_columns.fail(text.format(column=describe(column)))
    for column in table.columns.values():
        required = column.notnull and not column.has_default and not column.pk
        if required and column.name not in columns:
            text = Importing.tr("{column} is missing", "a column of a table")
            raise at_columns.fail(text.format(column=repr(column.name)))
    at_rows = check.at("rows")
    raw_rows = block["rows"]
    if not isinstance(raw_rows, _StreamedRows):
        at_rows.array(raw_rows)
    cells = [table.columns[key] for key in columns]
    width = len(columns)
    has_uuid = table.has_uuid
    alias = columns.index(table.rowid_alias) if table.rowid_alias in columns else None
    uuid_at = columns.index("uuid") if has_uuid else None
    # Row ids that only link rows within the file must be unique in it.
    linking = alias is not None and (has_uuid or bool(table.parents))
    seen_ids = ids.setdefault(table.name, RowIds())
    seen_uuids = EntryIds()
    # The tables with rules of their own beyond their columns' (see the module docstring).
    own_rules = table.name in _TABLES_WITH_RULES
    out = TableRows(list(columns), staging.rows())
    fast_rules = not own_rules or table.name in _FAST_RULES
    fast = _FastChecks(table.name, cells, width, now) if fast_rules else None
    streamed = isinstance(raw_rows, _StreamedRows)
    quick = streamed and fast is not None
    blocks = raw_rows.blocks(quick) if streamed else _slices(raw_rows)
    keys = (alias, linking, uuid_at, seen_ids, seen_uuids)
    first = 0
    for block in blocks:
        # Most blocks are plainly right: checked a column at a time, each different value
        # once. Any doubt, and the block is checked row by row, naming the first problem.
        # A quickly parsed block holding no fractions (whose digits the quick decoder does
        # not bound) and only whole numbers of 64 bits reads the same as the bounded one.
        if fast is not None and fast.plain(block, *keys, fractions=not quick):
            out.rows.extend(block)
            first += len(block)
            continue
        if quick:
            block = raw_rows.exact()
            if fast is not None and fast.plain(block, *keys):
                out.rows.extend(block)
                first += len(block)
                continue
        block_uuids: set[str] = set()  # a large table's earlier blocks: see its end
        for index, raw in enumerate(block, first):
            if type(raw) is not list or len(raw) != width:
                text = Importing.tr(
                    "must be a list of %n values", "said of a field in the file", width
                )
                raise at_rows.at(index).fail(text)
            if not all(_plain(column, value) for column, value in zip(cells, raw, strict=True)):
                at_row = at_rows.at(index)
                raw = [
                    _cell(at_row.at(key), column, value)
                    for key, column, value in zip(columns, cells, raw, strict=True)
                ]
            if alias is not None:
                ident = raw[alias]
                if linking and ident is not None and ident in seen_ids:
                    text = Importing.tr("repeats an earlier id", "said of a field in the file")
                    raise at_rows.at(index).at(table.rowid_alias or "").fail(text)
                seen_ids.add(ident)
            if uuid_at is not None:
                uuid = raw[uuid_at]
                if not isinstance(uuid, str) or not uuid:
                    raise (
                        at_rows.at(index)
                        .at("uuid")
                        .fail(Importing.tr("is missing", "said of a field in the file"))
                    )
                if uuid in block_uuids or uuid in seen_uuids:
                    raise at_rows.at(index).at("uuid").fail(_repeated_uuid())
                block_uuids.add(uuid)
                seen_uuids.add(uuid)
            if own_rules:
                at_row = at_rows.at(index)
                row = dict(zip(columns, raw, strict=True))
                if table.name == "spasm":
                    _check_spasm(at_row, row, now)
                _check_child(at_row, table.name, row)
                _check_checkin_tables(at_row, table.name, row)
                if table.name == "treatment":
                    _check_treatment(at_row, row)
            out.rows.append(tuple(raw))
        first += len(block)
    suspects = seen_uuids.may_repeat() if uuid_at is not None else set()
    if suspects:
        assert uuid_at is not None
        repeat = first_repeat(out.rows.column(uuid_at), suspects)
        if repeat is not None:
            raise at_rows.at(repeat).at("uuid").fail(_repeated_uuid())
    return out


def _repeated_uuid() -> str:
    return Importing.tr("repeats an earlier entry's id", "said of a field in the file")


def _slices(rows: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(rows), _BLOCK_LINES):
        yield rows[start : start + _BLOCK_LINES]


_TABLES_WITH_RULES = frozenset(
    {"spasm", "spasm_location", "spasm_trigger", "checkin", "day_factor", "experiment",
     "self_rating", "treatment"}
)  # fmt: skip


def validate(
    data: Any,
    schema: dict[str, _Table],
    current_version: int,
    now: datetime,
    staging_dir: Path | None = None,
) -> dict[str, TableRows]:
    """Check a parsed file completely; return its rows by table.

    Spasm entries meet the rules of :func:`mslog.core.spasms.log.check_fields`, so a time
    ``mslog log`` refuses (in the future from ``now``, say) is refused here too. The rows
    wait in a temporary file in ``staging_dir`` (the diary's folder; the system's temporary
    folder when None) until they are written.

    Raises:
        ImportFileError: Naming the first problem found (or no room for that file).
    """
    tables = data.get("tables") if isinstance(data, dict) else None
    blocks = iter(tables.items()) if isinstance(tables, dict) else iter(())
    return _checked(data, blocks, schema, current_version, now, staging_dir)


def _checked(
    top: Any,
    blocks: Iterator[tuple[str, Any]],
    schema: dict[str, _Table],
    current_version: int,
    now: datetime,
    staging_dir: Path | None = None,
) -> dict[str, TableRows]:
    try:
        return _validate(Checker(), top, blocks, schema, current_version, now, staging_dir)
    except FieldError as exc:
        where = exc.path or Importing.tr("(top level)", "the place in the file: its whole")
        raise ImportFileError(where, exc.problem) from None


def _validate(
    check: Checker,
    data: Any,
    blocks: Iterator[tuple[str, Any]],
    schema: dict[str, _Table],
    current_version: int,
    now: datetime,
    staging_dir: Path | None,
) -> dict[str, TableRows]:
    if not isinstance(data, dict):
        raise check.fail(Importing.tr("an MSLog export is a JSON object"))
    # Keys besides these (app_version, exported_at, ...) are the exporter's notes; ignored.
    data = check.object(data, ("format", "format_version", "schema_version", "tables"), others=True)
    if data["format"] != FORMAT:
        text = Importing.tr("expected {expected}, found {found}")
        given = describe(data["format"])
        raise check.at("format").fail(text.format(expected=repr(FORMAT), found=given))
    if data["format_version"] != FORMAT_VERSION:
        text = Importing.tr("{version} is not a version MSLog reads")
        raise check.at("format_version").fail(text.format(version=describe(data["format_version"])))
    version = check.at("schema_version").whole(data["schema_version"])
    if version > current_version:
        text = Importing.tr("{version}: the file comes from a newer MSLog; update MSLog first")
        raise check.at("schema_version").fail(text.format(version=version))
    if version < 1:
        text = Importing.tr("{version} is not a valid version")
        raise check.at("schema_version").fail(text.format(version=version))
    at_tables = check.at("tables")
    at_tables.object(data["tables"], (), others=True)
    rows_by_table: dict[str, TableRows] = {}
    ids: dict[str, RowIds] = {}
    staging = _Staging(staging_dir)
    for name, block in blocks:
        if name.startswith("cache_"):
            if isinstance(block, dict) and isinstance(block.get("rows"), _StreamedRows):
                for _ in block["rows"]:
                    pass  # read past them, unchecked: they are not imported
            continue  # derived aggregates: the diary's triggers count the imported entries
        table = schema.get(name)
        if table is None:
            raise at_tables.at(name).fail(
                Importing.tr("is not a table MSLog knows", "said of a field in the file")
            )
        rows_by_table[name] = _table_rows(at_tables.at(name), table, block, now, ids, staging)
    # Every link to a parent row must point at a row in the file.
    for name, found in rows_by_table.items():
        table = schema[name]
        for column, parent in table.parents.items():
            if column not in found.columns:
                continue
            at = found.columns.index(column)
            known = ids.get(parent, RowIds()) if parent in rows_by_table else RowIds()
            begins = 0
            for values in found.rows.column_pieces(at):
                missing = known.first_missing(values)
                if missing is None:
                    begins += len(values)
                    continue
                index, value = begins + missing, values[missing]
                text = Importing.tr(
                    "points to {table} {id}, which is not in the file",
                    "said of a field in the file"
                )  # fmt: skip
                at_value = at_tables.at(name).at("rows").at(index).at(column)
                raise at_value.fail(text.format(table=parent, id=value))
    return rows_by_table


def check_file(
    path: Path,
    schema: dict[str, _Table],
    current_version: int,
    now: datetime,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    staging_dir: Path | None = None,
) -> dict[str, TableRows]:
    """Read and check an export file completely; return its rows by table.

    A file in the layout MSLog's exporter writes is read line by line, so it may be of any
    size and is never held whole; any other JSON file (pretty-printed by hand, say) is read
    whole, up to :data:`MAX_FILE_BYTES`. The rows wait in ``staging_dir`` as for
    :func:`validate`.

    Raises:
        ImportFileError: The file is unusable, naming the first problem found.
        CancelledError: The person cancelled.
    """
    path = Path(path)
    try:
        handle = open_regular_file(path)
    except JsonFileError as exc:
        raise _unusable(path, exc) from exc
    with handle:
        size = os.fstat(handle.fileno()).st_size
        tracker = Tracker(size, progress, cancelled, every=1 << 20)
        try:
            with _collector_paused():
                top, blocks = _streamed_document(_LineReader(handle, size, tracker))
                return _checked(top, blocks, schema, current_version, now, staging_dir)
        except _NotOurLayoutError:
            pass
    tracker.check()
    return validate(read_file(path), schema, current_version, now, staging_dir)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a file's rows are read or written.

    The rows are lists of plain values, which hold no cycles, yet each of the collector's
    passes walks all of them again as they pile up, for nothing.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# --- applying -------------------------------------------------------------------

_BATCH = 5000
_REFUSED = (PeeweeDatabaseError, sqlite3.Error)
# The import's one transaction keeps its changed pages in memory up to this much (KiB),
# instead of spilling them to the file page by page as SQLite's small default cache fills.
_IMPORT_CACHE_KIB = 64 * 1024


def apply(
    db: SqliteDatabase,
    schema: dict[str, _Table],
    rows_by_table: dict[str, TableRows],
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportReport:
    """Write validated rows in one transaction; an error or a cancel undoes all of it.

    Raises:
        ImportFileError: The diary refused a row (nothing was imported).
        CancelledError: The person cancelled (nothing was imported).
    """
    report = ImportReport()
    id_map: dict[str, dict[Any, int]] = {}
    kept: dict[str, set[Any]] = {}  # file ids of rows that were already in the diary
    total = sum(len(found.rows) for found in rows_by_table.values())
    tracker = Tracker(total, progress, cancelled)
    (cache_size,) = db.execute_sql("PRAGMA cache_size").fetchone()
    db.execute_sql(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
    try:
        with _collector_paused(), db.atomic(), _aggregates_set_aside(db, rows_by_table):
            for table in _ordered(schema):
                found = rows_by_table.get(table.name)
                if found is None or not found.rows:
                    continue
                with _indexes_set_aside(db, table.name, len(found.rows)):
                    _apply_table(db, table, found, id_map, kept, report, tracker)
            tracker.check()  # a cancel at the very end still undoes everything
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(cache_size)}")
    tracker.finish()
    return report


def _aggregates_set_aside(
    db: SqliteDatabase, rows_by_table: dict[str, TableRows]
) -> contextlib.AbstractContextManager[None]:
    """Stop the Trends aggregates' triggers while more rows go in than the diary holds.

    Building the aggregates once from the whole log is quicker than firing the triggers
    for every row (see :func:`mslog.core.trends.cache.stood_down`); for a few rows more in
    a big diary it is not.
    """
    followed = cache.followed_tables(db)
    adding = sum(len(found.rows) for name, found in rows_by_table.items() if name in followed)
    if adding < _SET_ASIDE_AT:
        return contextlib.nullcontext()
    present = sum(db.execute_sql(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                  for name in sorted(followed))  # fmt: skip
    return cache.stood_down(db) if adding > present else contextlib.nullcontext()


@contextlib.contextmanager
def _indexes_set_aside(db: SqliteDatabase, table: str, adding: int) -> Iterator[None]:
    """Drop a table's plain indexes while many rows go in, and build them again after.

    Building an index once from all its rows is much quicker than growing it row by row.
    Only indexes that refuse nothing are set aside (a unique one stays, so a refused row is
    still named), and only inside the import's transaction, so a failure or a cancel
    brings them back with everything else.
    """
    if adding < _SET_ASIDE_AT:
        yield
        return
    (present,) = db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()
    plain = {name for _, name, unique, origin, *_ in db.execute_sql(f'PRAGMA index_list("{table}")')
             if not unique and origin == "c"}  # fmt: skip
    found = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall()
    aside = [(name, sql) for name, sql in found if name in plain]
    if present > adding or not aside:
        yield  # a few rows more in a big table: growing its indexes is quicker
        return
    for name, _ in aside:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in aside:
        db.execute_sql(sql)


_SET_ASIDE_AT = 10_000


def _apply_table(
    db: SqliteDatabase,
    table: _Table,
    found: TableRows,
    id_map: dict[str, dict[Any, int]],
    kept: dict[str, set[Any]],
    report: ImportReport,
    tracker: Tracker,
) -> None:
    name = table.name
    columns = found.columns
    mapped = id_map[name] = {}
    kept_here = kept[name] = set()
    remap_ids = bool(table.rowid_alias and (table.has_uuid or table.parents))
    alias = columns.index(table.rowid_alias) if table.rowid_alias in columns else None
    # Rows of a table without a uuid belong to the entry they point at (not to a list).
    owners = [
        (columns.index(col), parent)
        for col, parent in table.parents.items()
        if col in columns and parent not in REFERENCED_LISTS
    ]
    links = [
        (columns.index(col), parent) for col, parent in table.parents.items() if col in columns
    ]
    out_columns = [c for c in columns if not (remap_ids and c == table.rowid_alias)]
    keep_at = [i for i, c in enumerate(columns) if not (remap_ids and c == table.rowid_alias)]
    if remap_ids:
        # New rows get the ids SQLite would give them, so whole batches can be inserted.
        assert table.rowid_alias is not None
        out_columns.append(table.rowid_alias)
        next_id = _next_id(db, table)
    else:
        next_id = 0  # not used: the rows keep the ids they have
    matchers = _matchers(db, table, out_columns) if remap_ids or table.has_uuid else []
    verb = "INSERT" if remap_ids or table.has_uuid else "INSERT OR IGNORE"
    batch: list[tuple[int, Sequence[Any]]] = []
    for start in range(0, len(found.rows), _BATCH):
        chunk = found.rows[start : start + _BATCH]
        tracker.advance(len(chunk))
        # A batch of rows all new to the diary (most are) goes in as the file has it when
        # its ids are free here, else it is mapped a column at a time.
        free = _as_they_are(
            chunk, columns, out_columns, alias, next_id, links, owners, id_map, kept, matchers
        )
        if free is not None:
            next_id = free
            _flush(db, verb, table, columns, list(enumerate(chunk, start)), report)
            continue
        quick = _new_rows(chunk, start, keep_at, owners, links, id_map, kept, matchers)
        if quick is not None:
            if remap_ids:
                next_id = _give_ids(quick, chunk, alias, next_id, mapped, matchers)
            batch = _rows_of(quick, start, len(chunk))
            _flush(db, verb, table, out_columns, batch, report)
            continue
        for index, row in enumerate(chunk, start):
            file_id = row[alias] if alias is not None else None
            if not table.has_uuid and any(
                row[at] is not None and row[at] in kept.get(parent, ()) for at, parent in owners
            ):
                kept_here.add(file_id)
                continue  # belongs to an entry already in the diary: that one wins
            values = [row[i] for i in keep_at]
            for at, parent in links:
                parent_ids = id_map.get(parent)
                if parent_ids is not None:
                    at_out = keep_at.index(at)
                    values[at_out] = parent_ids.get(values[at_out], values[at_out])
            existing = None
            for positions, known in matchers:
                key = tuple(values[i] for i in positions)
                if None not in key and key in known:
                    existing = known[key]
                    break
            if existing is not None:
                kept_here.add(file_id)
                mapped[file_id] = existing
                report.already_there[name] = report.already_there.get(name, 0) + 1
                continue
            if remap_ids:
                values.append(next_id)
                mapped[file_id] = next_id
                next_id += 1
            for positions, known in matchers:
                key = tuple(values[i] for i in positions)
                if None not in key and remap_ids:
                    known[key] = values[-1]  # the same entry twice in the file is found again
            batch.append((index, values))
        _flush(db, verb, table, out_columns, batch, report)


def _as_they_are(
    chunk: list[Sequence[Any]],
    columns: list[str],
    out_columns: list[str],
    alias: int | None,
    next_id: int,
    links: list[tuple[int, str]],
    owners: list[tuple[int, str]],
    id_map: dict[str, dict[Any, int]],
    kept: dict[str, set[Any]],
    matchers: list[tuple[list[int], dict[tuple, int]]],
) -> int | None:
    """Whether a batch of new rows can go in as the file has them, ids and all.

    They can when no row belongs to or matches an entry already here (or another row of the
    batch), every row they point at kept its id, and (``next_id`` given) their own ids are
    all free in the diary. Returns the next free id after them, or None when they cannot.
    """
    if any(id_map.get(parent) for _, parent in links):
        return None  # a row pointed at has another id here
    ids: list[Any] = []
    if next_id:
        if alias is None:
            return None
        ids = [row[alias] for row in chunk]
        if set(map(type, ids)) != {int} or min(ids) < next_id:
            return None
    for at, parent in owners:
        held = kept.get(parent)
        if held and not held.isdisjoint([row[at] for row in chunk]):
            return None
    keyed = []
    for positions, known in matchers:
        where = [columns.index(out_columns[i]) for i in positions]
        if [out_columns[i] for i in positions] == ["uuid"]:
            # Ids of entries are unique in the file (checked): only the diary's can match.
            if not known.keys().isdisjoint([(row[where[0]],) for row in chunk]):
                return None
            continue
        keys = list(zip(*([row[i] for row in chunk] for i in where), strict=True))
        if len(set(keys)) != len(keys) or not known.keys().isdisjoint(keys):
            return None
        keyed.append((keys, known))
    if not next_id:
        return next_id
    for keys, known in keyed:
        # The same entry twice in the file is found again.
        known.update((key, ident) for key, ident in zip(keys, ids, strict=True) if None not in key)
    return max(next_id, max(ids) + 1)


def _new_rows(
    chunk: list[Sequence[Any]],
    start: int,
    keep_at: list[int],
    owners: list[tuple[int, str]],
    links: list[tuple[int, str]],
    id_map: dict[str, dict[Any, int]],
    kept: dict[str, set[Any]],
    matchers: list[tuple[list[int], dict[tuple, int]]],
) -> list[tuple[Any, ...]] | None:
    """The columns to write for a batch of rows none of which is already in the diary.

    None when any row may belong to an entry already there, or match one, or match another
    row of the batch: those are taken row by row.
    """
    columns = list(zip(*chunk, strict=True))
    for at, parent in owners:
        held = kept.get(parent)
        if held and not held.isdisjoint(columns[at]):
            return None
    out = [columns[i] for i in keep_at]
    for at, parent in links:
        parent_ids = id_map.get(parent)
        if parent_ids is not None:
            at_out = keep_at.index(at)
            get = parent_ids.get
            out[at_out] = tuple([get(value, value) for value in out[at_out]])
    for positions, known in matchers:
        keys = list(zip(*(out[i] for i in positions), strict=True))
        if len(set(keys)) != len(keys) or not known.keys().isdisjoint(keys):
            return None
    return out


def _give_ids(
    out: list[tuple[Any, ...]],
    chunk: list[Sequence[Any]],
    alias: int | None,
    next_id: int,
    mapped: dict[Any, int],
    matchers: list[tuple[list[int], dict[tuple, int]]],
) -> int:
    """Give a batch of new rows the next ids (appended to ``out``); return the next free id."""
    new_ids = range(next_id, next_id + len(chunk))
    file_ids = [row[alias] for row in chunk] if alias is not None else [None] * len(chunk)
    mapped.update(zip(file_ids, new_ids, strict=True))
    for positions, known in matchers:
        keys = zip(*(out[i] for i in positions), strict=True)
        # The same entry twice in the file is found again.
        known.update(
            (key, ident) for key, ident in zip(keys, new_ids, strict=True) if None not in key
        )
    out.append(tuple(new_ids))
    return next_id + len(chunk)


def _rows_of(out: list[tuple[Any, ...]], start: int, count: int) -> list[tuple[int, Sequence[Any]]]:
    """Columns back into rows, each with its place in the file."""
    rows: list[Sequence[Any]] = list(zip(*out, strict=True)) if out else [() for _ in range(count)]
    return list(zip(range(start, start + count), rows, strict=True))


def _next_id(db: SqliteDatabase, table: _Table) -> int:
    """The row id SQLite would give the table's next new row (past any AUTOINCREMENT count)."""
    (highest,) = db.execute_sql(
        f'SELECT coalesce(max("{table.rowid_alias}"), 0) FROM "{table.name}"'
    ).fetchone()
    sequence = (
        db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", [table.name]).fetchone()
        if _has_sequence(db)
        else None
    )
    return max(int(highest), int(sequence[0]) if sequence else 0) + 1


def _has_sequence(db: SqliteDatabase) -> bool:
    return bool(
        db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
        ).fetchone()
    )


def _matchers(
    db: SqliteDatabase, table: _Table, out_columns: list[str]
) -> list[tuple[list[int], dict[tuple, int]]]:
    """How a row already in the diary is the same entry: same uuid, else the same key.

    Each is the key's positions among ``out_columns`` and the row ids of the diary's rows
    by key, read once (a lookup per row was most of an import's time).
    """
    keys: list[tuple[str, ...]] = [("uuid",)] if table.has_uuid else []
    keys += [cols for cols in table.unique if cols != ("uuid",)]
    if table.name in NATURAL_KEYS:
        keys.append(NATURAL_KEYS[table.name])
    ident = table.rowid_alias or "rowid"
    matchers = []
    for cols in keys:
        if not all(c in out_columns for c in cols):
            continue  # the file does not give this key: it cannot match on it
        quoted = ", ".join(f'"{c}"' for c in cols)
        known = {
            tuple(found[1:]): found[0]
            for found in db.execute_sql(f'SELECT "{ident}", {quoted} FROM "{table.name}"')
        }
        matchers.append(([out_columns.index(c) for c in cols], known))
    return matchers


def _flush(
    db: SqliteDatabase,
    verb: str,
    table: _Table,
    columns: list[str],
    batch: list[tuple[int, Sequence[Any]]],
    report: ImportReport,
) -> None:
    """Insert a batch of rows; a refused row is named by its place in the file."""
    if not batch:
        return
    try:
        added = _insert_many(db, verb, table.name, columns, [values for _, values in batch])
    except _REFUSED as exc:
        # Find the row the diary refused, to name it (the transaction is undone anyway).
        for index, values in batch:
            try:
                with db.atomic():
                    _insert_many(db, verb, table.name, columns, [values])
            except _REFUSED as row_exc:
                where = f"tables.{table.name}.rows[{index}]"
                text = Importing.tr("the diary refused it ({reason})")
                raise ImportFileError(where, text.format(reason=row_exc)) from row_exc
        text = Importing.tr("the diary refused it ({reason})")
        raise ImportFileError(f"tables.{table.name}", text.format(reason=exc)) from exc
    if added:
        report.added[table.name] = report.added.get(table.name, 0) + added
    batch.clear()


def _insert_many(
    db: SqliteDatabase, verb: str, table: str, columns: list[str], rows: list[Sequence[Any]]
) -> int:
    """Insert rows (values in the order of ``columns``); return how many were added."""
    if not columns:
        added = 0
        for _ in rows:
            added += db.execute_sql(f'{verb} INTO "{table}" DEFAULT VALUES').rowcount
        return added
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    cursor = db.cursor()
    try:
        cursor.executemany(f'{verb} INTO "{table}" ({cols}) VALUES ({marks})', rows)
        return int(cursor.rowcount)
    finally:
        cursor.close()


@dataclass(frozen=True)
class CheckedImport:
    """A file's rows, checked against the schema of ``schema_version`` (see :func:`check_data`)."""

    schema_version: int
    rows: dict[str, TableRows]


def new_diary_schema() -> tuple[dict[str, _Table], int]:
    """The tables of a new diary and its schema version, read without opening a diary."""
    scratch = SqliteDatabase(":memory:")
    scratch.connect()
    try:
        migrations.migrate(scratch)
        schema = describe_schema(scratch)
    finally:
        scratch.close()
    return schema, migrations.LATEST_VERSION


def check_data(data: Any, now: datetime) -> CheckedImport:
    """Check parsed export data against the schema of a new diary, without opening one.

    Raises:
        ImportFileError: Naming the first problem found.
    """
    schema, version = new_diary_schema()
    return CheckedImport(version, validate(data, schema, version, now))


def check_path(path: Path, now: datetime, staging_dir: Path | None = None) -> CheckedImport:
    """Check an export file against the schema of a new diary, without opening one.

    The command line checks a file this way before it opens (or creates) the diary, so
    a file that would be refused leaves nothing written: no diary, no daily backup. The
    rows wait in ``staging_dir`` (the diary's folder) as for :func:`validate`.

    Raises:
        ImportFileError: Naming the first problem found.
    """
    schema, version = new_diary_schema()
    return CheckedImport(version, check_file(path, schema, version, now, staging_dir=staging_dir))


def import_data(db: SqliteDatabase, data: Any, now: datetime) -> ImportReport:
    """Validate parsed export data against the open diary, then apply it all or nothing."""
    schema = describe_schema(db)
    rows = validate(data, schema, migrations.schema_version(db), now)
    return apply(db, schema, rows)
