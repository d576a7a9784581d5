"""Export of the diary: spreadsheet-friendly CSV and the complete, documented JSON copy.

JSON format (``format_version`` 1)
==================================

This module is the single source of the format; importers (``mslog import``) read
exactly this. One UTF-8 JSON object::

    {
      "format": "mslog-diary",
      "format_version": 1,
      "schema_version": 3,                  # PRAGMA user_version of the database
      "app_version": "0.1.0",
      "exported_at": "2026-03-11T14:30:00+00:00",
      "tables": {
        "spasm": {
          "columns": ["id", "uuid", "started_at", ...],   # in table order
          "primary_key": ["id"],
          "rows": [[1, "6f0c…", 1773235800, ...], ...]   # one list per row
        },
        ...
      }
    }

* ``tables`` holds **every** table of the database, whatever feature created it,
  with every row; only SQLite's own ``sqlite_*`` tables and derived ``cache_*``
  tables (rebuilt by MSLog from the others) are left out. Table and column names are
  the database's own, so the copy restores exactly; ``schema_version`` says which
  migrations made them (see ``mslog/core/storage/migrations/``).
* Tables are listed parents first (a table comes after every table its foreign keys
  point to), so inserting them in order satisfies the foreign keys.
* Rows are sorted by primary key. Values are JSON numbers, strings or ``null``;
  a BLOB value, should one ever exist, is ``{"base64": "..."}``.
* Times inside rows are as stored: UTC epoch seconds with the UTC offset in minutes
  of where it happened (``started_at`` + ``utc_offset``), diary days as
  ``YYYY-MM-DD`` text.
* The JSON copy is always the whole diary; date ranges apply to CSV only.

CSV files
=========

UTF-8 with a byte-order mark (so spreadsheets detect it), one header row, comma
separated, CRLF line ends, ISO 8601 times with their UTC offset
(``2026-03-11T14:30:00+00:00``) and the diary day. Text cells starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return get a leading apostrophe so a spreadsheet
never runs them as formulas. ``spasms.csv`` always exists; ``medications.csv``
(every prescription version), ``doses.csv``, ``habits.csv`` and
``stretch_sessions.csv`` are added when those parts of the diary exist, and
``checkins.csv`` and ``self_ratings.csv`` once the diary holds any, either as files
next to the spasm file (``<name>-doses.csv``...) or together in a zip.

``checkins.csv`` has one row per day with a check-in: ``spasticity_0_10`` (the
daily NRS), ``nights_woken`` (0, 1, 2 or "3 or more"), ``pain_0_10``, ``sleep``,
``spasms`` ("all logged", "none" or empty: not said) and ``day_complete`` (yes when
the day's spasm count is known), then one column per day factor named as the diary
stores it (a built-in factor by its English name, one the person added or renamed as
written): "yes", "no", or empty on days the factor was no longer offered.

Every file is the same whatever language MSLog is shown in, so a spreadsheet or a script
reads the same columns and cells from a German and an English export: keys and English
words throughout (a spasm's type "Flexor", locations "Left calf", built-in triggers
"Heat"; "yes", "as needed", "3 or more"), numbers with a decimal point, ISO 8601 dates.
Only what the person wrote (notes, their own triggers, medicines and habits) is in their
words.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any, BinaryIO

from peewee import SqliteDatabase

from mslog import __version__
from mslog.core import vocab
from mslog.core.days import DayRule
from mslog.core.progress import CancelFn, CancelledError, ProgressFn, Tracker
from mslog.core.storage.migrations import schema_version
from mslog.core.trends import DateRange, day_from_number, day_number
from mslog.core.trends.queries import sql_day_number
from mslog.platform.files import writing_atomically

FORMAT_NAME = "mslog-diary"
FORMAT_VERSION = 1
DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")


# --- JSON -------------------------------------------------------------------


def _tables_parents_first(db: SqliteDatabase) -> list[str]:
    names = [
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'cache_%' ORDER BY name"
        )
    ]
    parents = {
        name: {row[2] for row in db.execute_sql(f'PRAGMA foreign_key_list("{name}")')} - {name}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:  # a cycle: keep the rest alphabetical
            ready = [n for n in names if n not in ordered]
        ordered.extend(ready)
    return ordered


def _json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _table_shape(db: SqliteDatabase, name: str) -> tuple[list[str], list[str], str]:
    """Return a table's columns, its primary key and the SELECT of its rows in key order."""
    info = db.execute_sql(f'PRAGMA table_info("{name}")').fetchall()
    columns = [row[1] for row in info]
    key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    order = ", ".join(f'"{c}"' for c in key) if key else "rowid"
    quoted = ", ".join(f'"{c}"' for c in columns)
    return columns, key, f'SELECT {quoted} FROM "{name}" ORDER BY {order}'


def _header(db: SqliteDatabase, exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version(db),
        "app_version": __version__,
        "exported_at": exported_at.isoformat(timespec="seconds"),
    }


def export_data(db: SqliteDatabase, exported_at: datetime) -> dict[str, Any]:
    """Return the complete diary as the documented JSON-ready dictionary (held in memory)."""
    tables: dict[str, Any] = {}
    for name in _tables_parents_first(db):
        columns, key, select = _table_shape(db, name)
        rows = [[_json_value(v) for v in row] for row in db.execute_sql(select)]
        tables[name] = {"columns": columns, "primary_key": key, "rows": rows}
    return {**_header(db, exported_at), "tables": tables}


def count_rows(db: SqliteDatabase) -> int:
    """Return how many rows the JSON copy holds (the total of its progress)."""
    return sum(
        db.execute_sql(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in _tables_parents_first(db)
    )


def iter_json(
    db: SqliteDatabase, exported_at: datetime, tracker: Tracker | None = None
) -> Iterator[str]:
    """Yield the complete diary as JSON text, piece by piece, one row to a line.

    Only one row is held at a time, so memory does not grow with the diary. The text is
    the document :func:`export_data` describes: one key of the top and of each table to a
    line, then each row on a line of its own, which :mod:`importer` reads line by line.
    """

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    yield "{\n"
    for field, value in _header(db, exported_at).items():
        yield f" {dumps(field)}: {dumps(value)},\n"
    yield ' "tables": {'
    for index, name in enumerate(_tables_parents_first(db)):
        columns, key, select = _table_shape(db, name)
        yield (
            f'{"," if index else ""}\n  {dumps(name)}: {{\n   "columns": {dumps(columns)},\n'
            f'   "primary_key": {dumps(key)},\n   "rows": ['
        )
        separator = "\n    "
        for row in db.execute_sql(select):
            yield separator + dumps([_json_value(v) for v in row])
            separator = ",\n    "
            if tracker is not None:
                tracker.advance()
        yield "\n   ]\n  }" if separator != "\n    " else "]\n  }"
    yield "\n }\n}\n"


def write_json(
    db: SqliteDatabase,
    path: Path,
    exported_at: datetime,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """Write the complete diary to ``path`` as JSON, streamed, and return the path.

    Args:
        db: The diary's database.
        path: The file to write; it appears only once complete.
        exported_at: The time written into the file.
        progress: Called with (rows written, rows in all).
        cancelled: Asked now and then; True stops the export and leaves no file.

    Raises:
        CancelledError: The person cancelled; ``path`` is as it was.
        OSError: The file could not be written; ``path`` is as it was.
    """
    # One read transaction, so the copy is of one moment even if the diary is written to
    # meanwhile; deferred, so it never holds up a write.
    with db.atomic("DEFERRED"):
        tracker = Tracker(count_rows(db), progress, cancelled)
        with writing_atomically(Path(path)) as handle:
            _write_chunks(handle, iter_json(db, exported_at, tracker))
    tracker.finish()
    return path


def _write_chunks(handle: BinaryIO, chunks: Iterable[str], size: int = 1 << 16) -> None:
    """Write text pieces as UTF-8, gathered into blocks of about ``size`` characters."""
    block: list[str] = []
    length = 0
    for chunk in chunks:
        block.append(chunk)
        length += len(chunk)
        if length >= size:
            handle.write("".join(block).encode("utf-8"))
            block, length = [], 0
    handle.write("".join(block).encode("utf-8"))


# --- CSV --------------------------------------------------------------------


def neutralise(value: Any) -> Any:
    """Return a cell value a spreadsheet will not run as a formula."""
    if isinstance(value, str) and value.startswith(DANGEROUS_FIRST):
        return "'" + value
    return value


def iso_local(epoch: int | None, offset_minutes: int | None) -> str:
    """Return an ISO 8601 time with its UTC offset, or "" for none."""
    if epoch is None:
        return ""
    tz = timezone(timedelta(minutes=offset_minutes or 0))
    return datetime.fromtimestamp(epoch, tz).isoformat(timespec="seconds")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Return CSV text (one header row, CRLF line ends) with every cell neutralised."""
    buffer = io.StringIO()
    _write_csv_rows(buffer, header, rows)
    return buffer.getvalue()


def _write_csv_rows(
    out: io.TextIOBase | io.StringIO,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    tracker: Tracker | None = None,
) -> None:
    """Write CSV (one header row, CRLF line ends, every cell neutralised) row by row."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
        if tracker is not None:
            tracker.advance()


@dataclass(frozen=True)
class CsvTable:
    """One CSV file of an export.

    Attributes:
        name: File name stem, e.g. ``spasms``.
        available: Whether the diary holds this kind of data at all.
        build: Returns (header, rows) for a range (or everything when None); the rows
            are read from the database as they are iterated, so a file streams.
    """

    name: str
    available: Callable[[SqliteDatabase], bool]
    build: Callable[
        [SqliteDatabase, DayRule, DateRange | None], tuple[list[str], Iterable[Sequence[Any]]]
    ]


def _has_table(*names: str) -> Callable[[SqliteDatabase], bool]:
    def check(db: SqliteDatabase) -> bool:
        placeholders = ", ".join("?" for _ in names)
        (found,) = db.execute_sql(
            f"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ({placeholders})",
            list(names),
        ).fetchone()
        return found == len(names)

    return check


def _has_rows(name: str) -> Callable[[SqliteDatabase], bool]:
    # Newer kinds of entries get a file once the person has used them, not an empty one.
    exists = _has_table(name)

    def check(db: SqliteDatabase) -> bool:
        return (
            exists(db) and db.execute_sql(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is not None
        )

    return check


def _day_filter(
    rule: DayRule, rng: DateRange | None, epoch: str, offset: str
) -> tuple[str, list[int]]:
    if rng is None:
        return "1", []
    low, _ = rule.epoch_window(rng.first)
    _, high = rule.epoch_window(rng.last)
    day = sql_day_number(rule, epoch, offset)
    return (
        f"{epoch} BETWEEN ? AND ? AND {day} BETWEEN ? AND ?",
        [low, high, day_number(rng.first), day_number(rng.last)],
    )


def _spasm_rows(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    where, params = _day_filter(rule, rng, "s.started_at", "s.utc_offset")
    day = sql_day_number(rule, "s.started_at", "s.utc_offset")
    rows = db.execute_sql(
        f"SELECT s.uuid, s.started_at, s.utc_offset, {day}, s.severity, s.kind, s.duration_s,"
        " s.note,"
        " (SELECT group_concat(location, char(31)) FROM spasm_location WHERE spasm_id = s.id),"
        " (SELECT group_concat(trigger, char(31)) FROM spasm_trigger WHERE spasm_id = s.id)"
        f" FROM spasm s WHERE {where} ORDER BY s.started_at, s.id",
        params,
    )
    order = {key: i for i, (key, _) in enumerate(vocab.LOCATIONS)}
    builtin = {key: i for i, (key, _) in enumerate(vocab.TRIGGERS)}

    def trigger_order(key: str) -> tuple[int, str]:
        return (builtin[key], "") if key in builtin else (len(builtin), key.casefold())

    header = [
        "id", "started", "diary_day", "severity_0_10", "type", "locations", "triggers",
        "duration_s", "note",
    ]  # fmt: skip

    def lines() -> Iterator[tuple]:
        for uuid, epoch, offset, number, severity, kind, duration, note, locs, trigs in rows:
            # Unit separator (char 31) joins the lists: printable text never contains it.
            locations = sorted(locs.split("\x1f"), key=lambda k: order.get(k, 99)) if locs else []
            triggers = sorted(trigs.split("\x1f"), key=trigger_order) if trigs else []
            yield (
                uuid,
                iso_local(epoch, offset),
                day_from_number(number).isoformat(),
                severity,
                # English labels whatever the language shown (see "CSV files" above).
                vocab.TYPE_SHORT_LABELS.get(kind, kind) if kind else "",
                "; ".join(vocab.LOCATION_LABELS.get(k, k) for k in locations),
                "; ".join(vocab.TRIGGER_LABELS.get(t, t) for t in triggers),
                duration,
                note,
            )

    return header, lines()


def _session_rows(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    where, params = _day_filter(rule, rng, "started_at", "utc_offset")
    day = sql_day_number(rule, "started_at", "utc_offset")
    rows = db.execute_sql(
        f"SELECT uuid, routine_name, started_at, utc_offset, {day}, ended_at, active_s, outcome"
        f" FROM stretch_session WHERE {where} ORDER BY started_at, id",
        params,
    )
    header = ["id", "routine", "started", "diary_day", "ended", "active_minutes", "outcome"]
    return header, (
        (uuid, name, iso_local(start, offset), day_from_number(number).isoformat(),
         iso_local(end, offset), round(active / 60, 1), outcome)
        for uuid, name, start, offset, number, end, active, outcome in rows
    )  # fmt: skip


def _habit_rows(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    where, params = _day_filter(rule, rng, "t.done_at", "t.utc_offset")
    day = sql_day_number(rule, "t.done_at", "t.utc_offset")
    rows = db.execute_sql(
        f"SELECT h.name, t.done_at, t.utc_offset, {day}, t.entered_later FROM habit_tick t"
        f" JOIN habit h ON h.id = t.habit_id WHERE {where} ORDER BY t.done_at, t.id",
        params,
    )
    header = ["habit", "done", "diary_day", "entered_later"]
    return header, (
        (name, iso_local(done, offset), day_from_number(number).isoformat(), bool(later))
        for name, done, offset, number, later in rows
    )


def _days_between(day: str, rng: DateRange | None) -> tuple[str, list[str]]:
    """A WHERE condition keeping rows whose diary day (the SQL ``day``) is in ``rng``, if given."""
    if rng is None:
        return "1", []
    return f"{day} BETWEEN ? AND ?", [rng.first.isoformat(), rng.last.isoformat()]


def _dose_rows(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    # A scheduled dose belongs to the date of its slot; an as-needed one to when it was taken.
    day = "coalesce(substr(d.slot_local, 1, 10), date(d.taken_at + d.utc_offset * 60, 'unixepoch'))"
    where, params = _days_between(day, rng)
    rows = db.execute_sql(
        f"SELECT d.uuid, m.name, d.slot_local, d.status, d.taken_at, d.utc_offset, d.amount,"
        f" d.reason, d.entered_later FROM dose d JOIN medication m ON m.id = d.medication_id"
        f" WHERE {where} ORDER BY {day}, d.slot_local, d.taken_at",
        params,
    )
    header = ["id", "medication", "scheduled_for", "status", "taken", "amount", "reason",
              "entered_later"]  # fmt: skip
    return header, (
        (uuid, name, slot or "as needed", status, iso_local(taken, offset), amount, reason,
         bool(later))
        for uuid, name, slot, status, taken, offset, amount, reason, later in rows
    )  # fmt: skip


def _medication_rows(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    # Every prescription version, whatever the range: it says what was in force when.
    rows = db.execute_sql(
        "SELECT m.name, v.effective_from, v.active, v.strength, v.amount, v.unit, v.as_needed,"
        " (SELECT group_concat(time_of_day, ' ') FROM (SELECT time_of_day FROM medication_time"
        "  WHERE version_id = v.id ORDER BY time_of_day)),"
        # The amount of each time in time order ("10 10 20"), a time's own or the version's.
        " (SELECT group_concat(coalesce(amount, v.amount, ''), ' ') FROM (SELECT amount"
        "  FROM medication_time WHERE version_id = v.id ORDER BY time_of_day)),"
        " (SELECT count(*) FROM medication_time WHERE version_id = v.id AND amount IS NOT NULL)"
        " FROM medication_version v JOIN medication m ON m.id = v.medication_id"
        " ORDER BY m.position, m.id, v.effective_from, v.id"
    ).fetchall()
    header = ["medication", "from_day", "taken", "strength", "amount", "unit", "as_needed",
              "times", "amount_at_each_time"]  # fmt: skip
    return header, [
        (name, start, "yes" if active else "stopped", strength, amount, unit,
         bool(as_needed), times or "", _amounts(each) if own else "")
        for name, start, active, strength, amount, unit, as_needed, times, each, own in rows
    ]  # fmt: skip


def _amounts(each: str | None) -> str:
    """Return "10 10 20" from SQLite's "10.0 10.0 20.0"; an amount not given stays empty."""
    return " ".join(f"{float(part):g}" if part else "?" for part in (each or "").split(" "))


def _checkin_rows(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    # One row per day with a check-in and one column per day factor: yes, no, or empty
    # where the factor was not offered that day (not asked is not "no").
    where, params = _days_between("day", rng)
    rows = db.execute_sql(
        "SELECT id, day, nrs, nights_woken, pain, sleep, spasms FROM checkin"
        f" WHERE {where} ORDER BY day",
        params,
    )
    factors = db.execute_sql(
        "SELECT id, name, retired_on FROM day_factor ORDER BY position, id"
    ).fetchall()
    ticked = set(db.execute_sql("SELECT checkin_id, factor_id FROM checkin_factor").fetchall())
    header = ["diary_day", "spasticity_0_10", "nights_woken", "pain_0_10", "sleep", "spasms",
              "day_complete"] + [neutralise(name) for _, name, _ in factors]  # fmt: skip
    spasms = {"all_logged": "all logged", "none": "none", None: ""}

    def lines() -> Iterator[tuple]:
        for checkin_id, day, nrs, nights, pain, sleep, said in rows:
            true = [
                "" if retired and day >= retired else ("yes" if (checkin_id, f) in ticked else "no")
                for f, _, retired in factors
            ]
            yield (day, nrs, "3 or more" if nights == 3 else nights, pain, sleep or "",
                   spasms[said], "yes" if said else "no", *true)  # fmt: skip

    return header, lines()


def _self_rating_rows(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    where, params = _days_between("day", rng)
    rows = db.execute_sql(
        "SELECT day, penn_frequency, penn_severity, snow FROM self_rating"
        f" WHERE {where} ORDER BY day, id",
        params,
    )
    return ["diary_day", "penn_frequency_0_4", "penn_severity_1_3", "snow_1_5"], rows


# Other kinds of entries register here; each file appears when its tables exist.
CSV_TABLES: list[CsvTable] = [
    CsvTable("spasms", _has_table("spasm"), _spasm_rows),
    CsvTable("medications", _has_table("medication", "medication_version"), _medication_rows),
    CsvTable("doses", _has_table("dose", "medication"), _dose_rows),
    CsvTable("habits", _has_table("habit_tick", "habit"), _habit_rows),
    CsvTable("stretch_sessions", _has_table("stretch_session"), _session_rows),
    CsvTable("checkins", _has_rows("checkin"), _checkin_rows),
    CsvTable("self_ratings", _has_rows("self_rating"), _self_rating_rows),
]


def csv_tables(db: SqliteDatabase) -> list[CsvTable]:
    """Return the CSV files this diary can produce, spasms first."""
    return [table for table in CSV_TABLES if table.available(db)]


def csv_files(db: SqliteDatabase, rule: DayRule, rng: DateRange | None = None) -> dict[str, str]:
    """Return ``{file name: CSV text}`` for every kind of entry the diary holds (in memory)."""
    files = {}
    for table in csv_tables(db):
        header, rows = table.build(db, rule, rng)
        files[f"{table.name}.csv"] = csv_text(header, rows)
    return files


def iter_csv(
    db: SqliteDatabase, rule: DayRule, rng: DateRange | None = None, name: str = "spasms"
) -> Iterator[str]:
    """Yield one CSV file's text (``spasms`` by default) a block of rows at a time."""
    table = next(table for table in csv_tables(db) if table.name == name)
    header, rows = table.build(db, rule, rng)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
        if buffer.tell() >= 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _csv_total(db: SqliteDatabase, tables: list[CsvTable]) -> int:
    """Rows the CSV files may hold, counted cheaply (the whole diary; a range writes fewer)."""
    kinds = {"spasms": "spasm", "doses": "dose", "habits": "habit_tick",
             "stretch_sessions": "stretch_session", "checkins": "checkin",
             "self_ratings": "self_rating", "medications": "medication_version"}  # fmt: skip
    return sum(
        db.execute_sql(f'SELECT count(*) FROM "{kinds[table.name]}"').fetchone()[0]
        for table in tables
        if table.name in kinds
    )


def write_csv(
    db: SqliteDatabase,
    rule: DayRule,
    out: Path,
    rng: DateRange | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> list[Path]:
    """Write the CSV export, streamed row by row, and return the files written.

    A path ending in ``.zip`` gets one zip holding every CSV file; otherwise the
    spasms go to ``out`` and other kinds next to it as ``<stem>-<kind>.csv``.

    Args:
        db: The diary's database.
        rule: When a diary day begins.
        out: The file (or zip) to write.
        rng: The days to export; all of them when None.
        progress: Called with (rows written, rows in all).
        cancelled: Asked now and then; True stops the export and leaves no new file.

    Raises:
        CancelledError: The person cancelled; no file was written (earlier ones are kept as
            they were: each appears only once complete, and the new ones are removed).
        OSError: A file could not be written.
    """
    tables = csv_tables(db)
    tracker = Tracker(_csv_total(db, tables), progress, cancelled)
    out = Path(out)
    if out.suffix.lower() == ".zip":
        with (
            writing_atomically(out) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            for table in tables:
                header, rows = table.build(db, rule, rng)
                with archive.open(f"{table.name}.csv", "w") as member:
                    _write_csv_file(member, header, rows, tracker)
        tracker.finish()
        return [out]
    written: list[Path] = []
    try:
        for table in tables:
            name = f"{table.name}.csv"
            path = out if name == "spasms.csv" else out.with_name(f"{out.stem}-{name}")
            header, rows = table.build(db, rule, rng)
            with writing_atomically(path) as handle:
                _write_csv_file(handle, header, rows, tracker)
            written.append(path)
    except CancelledError:
        for path in written:  # a cancelled export leaves none of its files
            path.unlink(missing_ok=True)
        raise
    tracker.finish()
    return written


def _write_csv_file(
    handle: IO[bytes], header: Sequence[str], rows: Iterable[Sequence[Any]], tracker: Tracker
) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    _write_csv_rows(text, header, rows, tracker)
    text.flush()
    text.detach()  # the caller closes (and syncs) the file itself
