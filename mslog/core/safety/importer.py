"""Importing a JSON export: validate everything first, then apply it in one transaction.

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
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from mslog.core.clock import from_epoch_and_offset
from mslog.core.errors import BadInputError, ValidationError
from mslog.core.spasms import log as spasm_log
from mslog.core.storage import migrations
from mslog.core.validation import (
    Checker,
    FieldError,
    JsonFileError,
    describe,
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


class ImportFileError(BadInputError):
    """The import file cannot be used; nothing was changed.

    Attributes:
        where: Where in the file the problem is (``tables.spasm.rows[3].severity``, ``line 4``).
    """

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}. Nothing was imported." if where else message)
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
        text = f"Imported {new} new spasm entr{'y' if new == 1 else 'ies'}"
        if old:
            text += f"; {old} {'was' if old == 1 else 'were'} already in your diary"
        if extra:
            text += f" (and {extra} other record{'s' if extra != 1 else ''})"
        return text + "."


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


# --- reading and validating ---------------------------------------------------


def read_file(path: Path) -> Any:
    """Read and parse a JSON export, naming the line of a syntax error.

    Only a regular file of at most :data:`MAX_FILE_BYTES` is read: a pipe or a device
    (``/dev/zero``) is refused at once instead of hanging or filling the memory.
    """
    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except JsonFileError as exc:
        raise ImportFileError("", f"{path} {exc.problem}. Nothing was imported.") from exc
    return parse_text(raw)


def parse_text(raw: bytes | str) -> Any:
    """Parse JSON text, naming the line and column of a syntax error."""
    try:
        return parse_json(raw)
    except JsonFileError as exc:
        if exc.where:
            raise ImportFileError(exc.where, exc.problem) from exc
        raise ImportFileError("", f"The file {exc.problem}. Nothing was imported.") from exc


def _cell(check: Checker, column: _Column, value: Any) -> Any:
    """Check one value against its column; return it (a blob decoded from base64)."""
    if value is None:
        if column.notnull and not column.pk:
            raise check.fail("must not be empty (null)")
        return value
    if isinstance(value, dict) and set(value) == {"base64"} and column.affinity == "any":
        try:
            return base64.b64decode(str(value["base64"]), validate=True)
        except (binascii.Error, ValueError):
            raise check.fail("holds invalid base64 data") from None
    if isinstance(value, (bool, dict, list)):
        raise check.fail(f"must be a plain value, not {describe(value)}")
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
        raise check.fail("is too large a number")
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
        raise check.at("utc_offset").fail(
            f"{offset} minutes is not an offset a time zone uses (from {low} to {high})"
        )
    started = row.get("started_at")
    if isinstance(started, int):
        try:
            moment = from_epoch_and_offset(started, offset if isinstance(offset, int) else 0)
        except (OverflowError, OSError, ValueError):
            raise check.at("started_at").fail("is not a time MSLog can keep") from None
        check.at("started_at").rule(lambda value: spasm_log.check_started(value, now), moment)
    uuid = row.get("uuid")
    if isinstance(uuid, str) and not (0 < len(uuid) <= 64 and uuid.isprintable()):
        raise check.at("uuid").fail("is not a valid id")


def _check_child(check: Checker, table: str, row: dict[str, Any]) -> None:
    if table == "spasm_location" and "location" in row:
        check.at("location").rule(lambda value: spasm_log.check_locations([value]), row["location"])
    elif table == "spasm_trigger" and "trigger" in row:
        check.at("trigger").rule(spasm_log.normalize_trigger, row["trigger"])


def _check_day_text(check: Checker, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, str) and len(value) == 10:
        try:
            date.fromisoformat(value)
            return
        except ValueError:
            pass
    raise check.fail(f"must be a day as YYYY-MM-DD, not {describe(value)}")


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
            raise check.at("name").fail("must not be empty")
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


def _table_rows(check: Checker, table: _Table, block: Any, now: datetime) -> list[dict[str, Any]]:
    """Check one table's block and return its rows as dictionaries by column."""
    # An export's blocks also say their primary key; other keys are ignored, as at the top.
    block = check.object(block, ("columns", "rows"), others=True)
    at_columns = check.at("columns")
    columns = block["columns"]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise at_columns.fail("must be a list of column names")
    if len(set(columns)) != len(columns):
        raise at_columns.fail("names a column twice")
    for column in columns:
        if column not in table.columns:
            raise at_columns.fail(f"{describe(column)} is not a field")
    for column in table.columns.values():
        required = column.notnull and not column.has_default and not column.pk
        if required and column.name not in columns:
            raise at_columns.fail(f"{column.name!r} is missing")
    at_rows = check.at("rows")
    raw_rows = at_rows.array(block["rows"])
    cells = [(key, table.columns[key]) for key in columns]
    has_uuid = table.has_uuid
    # Row ids that only link rows within the file must be unique in it.
    linking_id = table.rowid_alias if has_uuid or table.parents else None
    rows: list[dict[str, Any]] = []
    seen_ids: set[Any] = set()
    seen_uuids: set[str] = set()
    for index, raw in enumerate(raw_rows):
        at_row = at_rows.at(index)
        if not isinstance(raw, list) or len(raw) != len(columns):
            raise at_row.fail(f"must be a list of {len(columns)} values")
        row = {}
        for (key, column), value in zip(cells, raw, strict=True):
            row[key] = _cell(at_row.at(key), column, value)
        if linking_id:
            ident = row.get(linking_id)
            if ident is not None and ident in seen_ids:
                raise at_row.at(linking_id).fail("repeats an earlier id")
            seen_ids.add(ident)
        if has_uuid:
            uuid = row.get("uuid")
            if not isinstance(uuid, str) or not uuid:
                raise at_row.at("uuid").fail("is missing")
            if uuid in seen_uuids:
                raise at_row.at("uuid").fail("repeats an earlier entry's id")
            seen_uuids.add(uuid)
        if table.name == "spasm":
            _check_spasm(at_row, row, now)
        _check_child(at_row, table.name, row)
        _check_checkin_tables(at_row, table.name, row)
        if table.name == "treatment":
            _check_treatment(at_row, row)
        rows.append(row)
    return rows


def validate(
    data: Any, schema: dict[str, _Table], current_version: int, now: datetime
) -> dict[str, list[dict]]:
    """Check a parsed file completely; return its rows by table.

    Spasm entries meet the rules of :func:`mslog.core.spasms.log.check_fields`, so a time
    ``mslog log`` refuses (in the future from ``now``, say) is refused here too.

    Raises:
        ImportFileError: Naming the first problem found.
    """
    try:
        return _validate(Checker(), data, schema, current_version, now)
    except FieldError as exc:
        raise ImportFileError(exc.path or "(top level)", exc.problem) from None


def _validate(
    check: Checker, data: Any, schema: dict[str, _Table], current_version: int, now: datetime
) -> dict[str, list[dict]]:
    if not isinstance(data, dict):
        raise check.fail("an MSLog export is a JSON object")
    # Keys besides these (app_version, exported_at, ...) are the exporter's notes; ignored.
    data = check.object(data, ("format", "format_version", "schema_version", "tables"), others=True)
    if data["format"] != FORMAT:
        raise check.at("format").fail(f"expected {FORMAT!r}, found {describe(data['format'])}")
    if data["format_version"] != FORMAT_VERSION:
        raise check.at("format_version").fail(
            f"{describe(data['format_version'])} is not a version MSLog reads"
        )
    version = check.at("schema_version").whole(data["schema_version"])
    if version > current_version:
        raise check.at("schema_version").fail(
            f"{version}: the file comes from a newer MSLog; update MSLog first"
        )
    if version < 1:
        raise check.at("schema_version").fail(f"{version} is not a valid version")
    at_tables = check.at("tables")
    tables = at_tables.object(data["tables"], (), others=True)
    rows_by_table: dict[str, list[dict]] = {}
    for name, block in tables.items():
        if name.startswith("cache_"):
            continue  # derived aggregates: the diary's triggers count the imported entries
        table = schema.get(name)
        if table is None:
            raise at_tables.at(name).fail("is not a table MSLog knows")
        rows_by_table[name] = _table_rows(at_tables.at(name), table, block, now)
    # Every link to a parent row must point at a row in the file.
    for name, rows in rows_by_table.items():
        table = schema[name]
        for column, parent in table.parents.items():
            parent_alias = schema[parent].rowid_alias
            known = {r.get(parent_alias) for r in rows_by_table.get(parent, [])}
            for index, row in enumerate(rows):
                value = row.get(column)
                if value is not None and value not in known:
                    raise (
                        at_tables.at(name)
                        .at("rows")
                        .at(index)
                        .at(column)
                        .fail(f"points to {parent} {value}, which is not in the file")
                    )
    return rows_by_table


# --- applying -------------------------------------------------------------------


def apply(
    db: SqliteDatabase, schema: dict[str, _Table], rows_by_table: dict[str, list[dict]]
) -> ImportReport:
    """Write validated rows in one transaction; an error undoes all of it."""
    report = ImportReport()
    id_map: dict[str, dict[Any, int]] = {}
    kept: dict[str, set[Any]] = {}  # file ids of rows that were already in the diary
    with db.atomic():
        for table in _ordered(schema):
            rows = rows_by_table.get(table.name)
            if not rows:
                continue
            id_map[table.name] = {}
            kept[table.name] = set()
            remap_ids = bool(table.rowid_alias and (table.has_uuid or table.parents))
            for index, row in enumerate(rows):
                where = f"tables.{table.name}.rows[{index}]"
                file_id = row.get(table.rowid_alias) if table.rowid_alias else None
                if not table.has_uuid and any(
                    row.get(col) is not None and row.get(col) in kept.get(parent, ())
                    for col, parent in table.parents.items()
                    if parent not in REFERENCED_LISTS
                ):
                    kept[table.name].add(file_id)
                    continue  # belongs to an entry already in the diary: that one wins
                values = {
                    col: (id_map.get(parent, {}).get(val, val) if col in table.parents else val)
                    for col, val in row.items()
                    for parent in [table.parents.get(col, "")]
                    if not (remap_ids and col == table.rowid_alias)
                }
                found = _existing(db, table, values) if remap_ids or table.has_uuid else None
                if found is not None:
                    kept[table.name].add(file_id)
                    id_map[table.name][file_id] = found
                    report.already_there[table.name] = report.already_there.get(table.name, 0) + 1
                    continue
                verb = "INSERT" if remap_ids or table.has_uuid else "INSERT OR IGNORE"
                try:
                    cursor = _insert(db, verb, table.name, values)
                except PeeweeDatabaseError as exc:
                    raise ImportFileError(where, f"the diary refused it ({exc})") from exc
                if cursor.rowcount:
                    report.added[table.name] = report.added.get(table.name, 0) + 1
                    if remap_ids:
                        id_map[table.name][file_id] = cursor.lastrowid
    return report


def _existing(db: SqliteDatabase, table: _Table, values: dict[str, Any]) -> int | None:
    """The row id of a row already in the diary that is the same entry: same uuid, else same key."""
    keys: list[tuple[str, ...]] = [("uuid",)] if table.has_uuid else []
    keys += [cols for cols in table.unique if cols != ("uuid",)]
    if table.name in NATURAL_KEYS:
        keys.append(NATURAL_KEYS[table.name])
    ident = table.rowid_alias or "rowid"
    for cols in keys:
        if not all(values.get(c) is not None for c in cols):
            continue
        where = " AND ".join(f'"{c}" = ?' for c in cols)
        found = db.execute_sql(
            f'SELECT "{ident}" FROM "{table.name}" WHERE {where}', [values[c] for c in cols]
        ).fetchone()
        if found:
            return found[0]
    return None


def _insert(db: SqliteDatabase, verb: str, table: str, values: dict[str, Any]):
    if not values:
        return db.execute_sql(f'{verb} INTO "{table}" DEFAULT VALUES')
    cols = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    return db.execute_sql(f'{verb} INTO "{table}" ({cols}) VALUES ({marks})', list(values.values()))


@dataclass(frozen=True)
class CheckedImport:
    """A file's rows, checked against the schema of ``schema_version`` (see :func:`check_data`)."""

    schema_version: int
    rows: dict[str, list[dict]]


def check_data(data: Any, now: datetime) -> CheckedImport:
    """Check parsed export data against the schema of a new diary, without opening one.

    The command line checks a file this way before it opens (or creates) the diary, so
    a file that would be refused leaves nothing written: no diary, no daily backup.

    Raises:
        ImportFileError: Naming the first problem found.
    """
    scratch = SqliteDatabase(":memory:")
    scratch.connect()
    try:
        migrations.migrate(scratch)
        schema = describe_schema(scratch)
    finally:
        scratch.close()
    version = migrations.LATEST_VERSION
    return CheckedImport(version, validate(data, schema, version, now))


def import_data(db: SqliteDatabase, data: Any, now: datetime) -> ImportReport:
    """Validate parsed export data against the open diary, then apply it all or nothing."""
    schema = describe_schema(db)
    rows = validate(data, schema, migrations.schema_version(db), now)
    return apply(db, schema, rows)
