"""The spasm log: record, edit, remove and read spasm entries, validating every value."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from peewee import SQL, fn

from mslog.core import vocab
from mslog.core.clock import Clock, from_epoch_and_offset, to_epoch_and_offset
from mslog.core.days import DayRule
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.events import Event
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.storage.models import SpasmLocationRow, SpasmRow, SpasmTriggerRow
from mslog.core.validation import is_text

if TYPE_CHECKING:
    from mslog.core.storage.database import Database

MAX_NOTE_LENGTH = 10_000
MAX_DURATION_S = 24 * 3600
FUTURE_TOLERANCE = timedelta(minutes=5)
EARLIEST = datetime(1970, 1, 2, tzinfo=timezone.utc)
# The UTC offsets real time zones use; the diary's day windows are padded by exactly these.
MIN_OFFSET = timedelta(hours=-12)
MAX_OFFSET = timedelta(hours=14)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "SpasmChecks", "holds a character that is not UTF-8 text (a stray byte?); retype it"
)

EDITABLE_FIELDS = ("started", "severity", "kind", "locations", "triggers", "duration_s", "note")


@dataclass(frozen=True)
class Spasm:
    """A spasm entry as the rest of the app sees it.

    Attributes:
        uuid: Stable identifier, kept through export and import.
        started: When it started, aware, in the UTC offset it had where it happened.
        severity: 0-10 Numeric Rating Scale, or None while unrated.
        kind: One of :data:`vocab.SPASM_TYPES` keys, or None.
        locations: Body location keys.
        triggers: Built-in trigger keys or the person's own words.
        duration_s: How long it lasted in seconds, or None if not said.
        note: Free text.
    """

    uuid: str
    started: datetime
    severity: int | None = None
    kind: str | None = None
    locations: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    duration_s: int | None = None
    note: str = ""
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SpasmChange:
    """Announced on :attr:`SpasmLog.changed` after a committed write."""

    action: str  # "added", "updated" or "deleted"
    uuid: str


# --- validation -------------------------------------------------------------


class SpasmChecks(Words):
    """The translation context of why a spasm's value was refused (after the field's name)."""


def _whole_number(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            name, SpasmChecks.tr("must be a whole number, not {value}").format(value=repr(value))
        )
    return value


def check_severity(value: Any) -> int | None:
    """Return a valid 0-10 severity or None."""
    if value is None:
        return None
    value = _whole_number("severity", value)
    if not 0 <= value <= 10:
        raise ValidationError(
            "severity", SpasmChecks.tr("must be from 0 to 10, not {value}").format(value=value)
        )
    return value


def check_kind(value: Any) -> str | None:
    """Return a known spasm type key or None."""
    if value is None:
        return None
    if value not in vocab.TYPE_LABELS:
        known = ", ".join(vocab.TYPE_LABELS)
        raise ValidationError(
            "type",
            SpasmChecks.tr("unknown type {value} (choose from {known})").format(
                value=repr(value), known=known
            ),
        )
    return value


def check_locations(values: Iterable[Any]) -> tuple[str, ...]:
    """Return known body location keys, without repeats, in display order."""
    values = list(values)
    for value in values:
        if value not in vocab.LOCATION_LABELS:
            raise ValidationError(
                "location",
                SpasmChecks.tr("unknown body location {value}").format(value=repr(value)),
            )
    return tuple(key for key, _ in vocab.LOCATIONS if key in values)


def normalize_trigger(value: Any) -> str:
    """Return a built-in trigger key, or the person's own trigger tidied up."""
    if not isinstance(value, str):
        raise ValidationError(
            "trigger", SpasmChecks.tr("must be text, not {value}").format(value=repr(value))
        )
    text = " ".join(value.split())
    if not text:
        raise ValidationError("trigger", SpasmChecks.tr("must not be empty"))
    if len(text) > vocab.MAX_CUSTOM_TRIGGER_LENGTH:
        raise ValidationError(
            "trigger",
            SpasmChecks.tr("must be at most %n characters", "", vocab.MAX_CUSTOM_TRIGGER_LENGTH),
        )
    if not is_text(text):
        raise ValidationError("trigger", translate("SpasmChecks", NOT_UTF8))
    if not text.isprintable():
        raise ValidationError("trigger", SpasmChecks.tr("must not contain control characters"))
    return vocab.lookup_key(text, vocab.TRIGGERS) or text


def check_triggers(values: Iterable[Any]) -> tuple[str, ...]:
    """Return tidy triggers without repeats (ignoring case), in the order given."""
    result: list[str] = []
    seen: set[str] = set()
    for value in values:
        trigger = normalize_trigger(value)
        if trigger.casefold() not in seen:
            seen.add(trigger.casefold())
            result.append(trigger)
    return tuple(result)


def check_duration(value: Any) -> int | None:
    """Return a duration of 0 s to 24 h, or None."""
    if value is None:
        return None
    value = _whole_number("duration", value)
    if not 0 <= value <= MAX_DURATION_S:
        raise ValidationError(
            "duration",
            SpasmChecks.tr("must be from 0 to {most} seconds (24 hours)").format(
                most=MAX_DURATION_S
            ),
        )
    return value


def check_note(value: Any) -> str:
    """Return a note of at most :data:`MAX_NOTE_LENGTH` characters."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("note", SpasmChecks.tr("must be text"))
    if not is_text(value):
        raise ValidationError("note", translate("SpasmChecks", NOT_UTF8))
    if len(value) > MAX_NOTE_LENGTH:
        raise ValidationError(
            "note",
            SpasmChecks.tr("is {length} characters long; at most {most} fit").format(
                length=len(value), most=MAX_NOTE_LENGTH
            ),
        )
    return value


def check_started(value: Any, now: datetime) -> datetime:
    """Return an aware start time no later than five minutes from ``now``.

    Its UTC offset must be one real time zones use (-12:00 to +14:00, whole minutes): the
    diary finds a day's entries by those bounds, so an entry at +23:00 would never be listed.
    """
    if not isinstance(value, datetime):
        raise ValidationError(
            "time", SpasmChecks.tr("must be a date and time, not {value}").format(value=repr(value))
        )
    offset = value.utcoffset() if value.tzinfo is not None else None
    if offset is None:
        raise ValidationError("time", SpasmChecks.tr("needs a time zone"))
    if not MIN_OFFSET <= offset <= MAX_OFFSET or offset % timedelta(minutes=1):
        raise ValidationError(
            "time",
            SpasmChecks.tr(
                "the UTC offset {offset} is not one a time zone uses;"
                " give one from -12:00 to +14:00"
            ).format(offset=_fmt_offset(offset)),
        )
    if value > now + FUTURE_TOLERANCE:
        # {when}: as typed (2026-03-11 16:00). No hint: a trailing comma reads as a count.
        why = SpasmChecks.tr("{when} is in the future; a spasm can only be logged once it started")
        raise ValidationError("time", why.format(when=f"{value:%Y-%m-%d %H:%M}"))
    if value < EARLIEST:
        raise ValidationError(
            "time",
            SpasmChecks.tr("{day} is too long ago", "{day}: the date given (1969-12-31)").format(
                day=f"{value:%Y-%m-%d}"
            ),
        )
    return value


def _fmt_offset(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(int(abs(offset).total_seconds()), 60)
    text = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{text}:{seconds:02d}" if seconds else text


def check_fields(
    now: datetime,
    *,
    started: datetime | None = None,
    severity: Any = None,
    kind: Any = None,
    locations: Iterable[Any] = (),
    triggers: Iterable[Any] = (),
    duration_s: Any = None,
    note: Any = "",
) -> dict[str, Any]:
    """Check every value of a new entry (``started`` None is ``now``); return them checked.

    The one set of rules for a new entry, wherever it comes from: :meth:`SpasmLog.log`
    applies it, and the command line applies it before it opens (or creates) the diary.
    """
    return {
        "started": check_started(now if started is None else started, now),
        "severity": check_severity(severity),
        "kind": check_kind(kind),
        "locations": check_locations(locations),
        "triggers": check_triggers(triggers),
        "duration_s": check_duration(duration_s),
        "note": check_note(note),
    }


def _trigger_order(trigger: str) -> tuple[int, str]:
    # Built-ins in list order first, then the person's own alphabetically.
    builtin = list(vocab.TRIGGER_LABELS)
    if trigger in vocab.TRIGGER_LABELS:
        return (0, f"{builtin.index(trigger):03d}")
    return (1, trigger.casefold())


# --- the service ------------------------------------------------------------


class SpasmLog:
    """Records and reads spasm entries; every write is one transaction.

    Args:
        db: The open diary database.
        clock: Source of "now" for quick logs and time validation.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self.changed: Event[SpasmChange] = Event()

    def log(
        self,
        *,
        started: datetime | None = None,
        severity: int | None = None,
        kind: str | None = None,
        locations: Iterable[str] = (),
        triggers: Iterable[str] = (),
        duration_s: int | None = None,
        note: str = "",
        uuid: str | None = None,
    ) -> Spasm:
        """Record a spasm (now, unless ``started`` says otherwise) and return it."""
        now = self._clock.now()
        checked = check_fields(
            now,
            started=started,
            severity=severity,
            kind=kind,
            locations=locations,
            triggers=triggers,
            duration_s=duration_s,
            note=note,
        )
        checked["triggers"] = self._known_spelling(checked["triggers"])
        spasm = Spasm(uuid=uuid or str(uuidlib.uuid4()), **checked)
        stamp = int(now.timestamp())
        with self._db.atomic():
            row_id = SpasmRow.insert(
                uuid=spasm.uuid, **self._columns(spasm), created_at=stamp, updated_at=stamp
            ).execute()
            self._write_children(row_id, spasm)
        stamp_utc = datetime.fromtimestamp(stamp, timezone.utc)
        spasm = replace(spasm, created_at=stamp_utc, updated_at=stamp_utc)
        self.changed.emit(SpasmChange("added", spasm.uuid))
        return spasm

    def restore(self, spasm: Spasm) -> Spasm:
        """Put back an entry removed earlier (undo of a delete), keeping its id."""
        return self.log(
            started=spasm.started,
            severity=spasm.severity,
            kind=spasm.kind,
            locations=spasm.locations,
            triggers=spasm.triggers,
            duration_s=spasm.duration_s,
            note=spasm.note,
            uuid=spasm.uuid,
        )

    def update(self, uuid: str, **changes: Any) -> Spasm:
        """Change some fields of an entry (names from :data:`EDITABLE_FIELDS`)."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(
                sorted(unknown)[0], SpasmChecks.tr("is not a field of a spasm entry")
            )
        current = self.get(uuid)
        checks = {
            "started": lambda v: check_started(v, self._clock.now()),
            "severity": check_severity,
            "kind": check_kind,
            "locations": check_locations,
            "triggers": lambda v: self._known_spelling(check_triggers(v)),
            "duration_s": check_duration,
            "note": check_note,
        }
        values = {name: checks[name](value) for name, value in changes.items()}
        updated = Spasm(**{**current.__dict__, **values})
        if updated == current:
            return current
        with self._db.atomic():
            row = SpasmRow.get(SpasmRow.uuid == uuid)
            SpasmRow.update(
                **self._columns(updated), updated_at=int(self._clock.now().timestamp())
            ).where(SpasmRow.id == row.id).execute()
            if "locations" in values or "triggers" in values:
                SpasmLocationRow.delete().where(SpasmLocationRow.spasm == row.id).execute()
                SpasmTriggerRow.delete().where(SpasmTriggerRow.spasm == row.id).execute()
                self._write_children(row.id, updated)
        self.changed.emit(SpasmChange("updated", uuid))
        return self.get(uuid)

    def delete(self, uuid: str) -> Spasm:
        """Remove an entry; return it so the removal can be undone with :meth:`restore`."""
        spasm = self.get(uuid)
        with self._db.atomic():
            SpasmRow.delete().where(SpasmRow.uuid == uuid).execute()
        self.changed.emit(SpasmChange("deleted", uuid))
        return spasm

    def get(self, uuid: str) -> Spasm:
        """Return the entry with this id.

        Raises:
            NotFoundError: No such entry.
        """
        rows = list(SpasmRow.select().where(SpasmRow.uuid == uuid))
        if not rows:
            raise NotFoundError(SpasmChecks.tr("No spasm entry with id {id}").format(id=uuid))
        return self._load(rows)[0]

    def for_day(self, day: date, rule: DayRule) -> list[Spasm]:
        """Return the entries of one diary day, newest first."""
        return self.between(day, day, rule)[::-1]

    def between(self, first: date, last: date, rule: DayRule) -> list[Spasm]:
        """Return the entries from diary day ``first`` to ``last`` inclusive, oldest first."""
        low, _ = rule.epoch_window(first)
        _, high = rule.epoch_window(last)
        day_sql = rule.sql_day("started_at", "utc_offset")
        query = (
            SpasmRow.select()
            .where(SpasmRow.started_at.between(low, high))
            .where(SQL(f"{day_sql} BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]))
            .order_by(SpasmRow.started_at, SpasmRow.id)
        )
        return self._load(list(query))

    def search_notes(self, words: str, limit: int) -> tuple[list[Spasm], bool]:
        """Return the newest entries (at most ``limit``) whose note holds ``words``.

        Matched ignoring case in every script (Python's casefold; SQLite's LIKE folds
        only ASCII). The second value says whether more entries matched than returned.
        """
        wanted = words.casefold().strip()
        if not wanted:
            return [], False
        query = (
            SpasmRow.select(SpasmRow.id, SpasmRow.note)
            .where(SpasmRow.note != "")
            .order_by(SpasmRow.started_at.desc(), SpasmRow.id.desc())
            .tuples()
        )
        found: list[int] = []
        for row_id, note in query.iterator():
            if wanted in note.casefold():
                if len(found) == limit:
                    return self._in_order(found), True
                found.append(row_id)
        return self._in_order(found), False

    def count(self) -> int:
        """Return how many entries the diary holds."""
        return SpasmRow.select().count()

    def custom_triggers(self) -> list[str]:
        """Return the person's own triggers used so far, most used first."""
        builtin = set(vocab.TRIGGER_LABELS)
        used = (
            SpasmTriggerRow.select(SpasmTriggerRow.trigger)
            .group_by(SpasmTriggerRow.trigger)
            .order_by(fn.COUNT(SQL("*")).desc(), SpasmTriggerRow.trigger)
        )
        return [row.trigger for row in used if row.trigger not in builtin]

    # --- helpers ---

    def _known_spelling(self, triggers: tuple[str, ...]) -> tuple[str, ...]:
        # "Cat on my legs" typed again as "cat on my legs" is the same trigger.
        if all(t in vocab.TRIGGER_LABELS for t in triggers):
            return triggers
        known = {t.casefold(): t for t in self.custom_triggers()}
        return tuple(known.get(t.casefold(), t) for t in triggers)

    def _in_order(self, row_ids: list[int]) -> list[Spasm]:
        """Return the entries with these row ids, in the order given."""
        rows = {row.id: row for row in SpasmRow.select().where(SpasmRow.id.in_(row_ids))}
        return self._load([rows[i] for i in row_ids if i in rows])

    @staticmethod
    def _columns(spasm: Spasm) -> dict[str, Any]:
        epoch, offset = to_epoch_and_offset(spasm.started)
        return {
            "started_at": epoch,
            "utc_offset": offset,
            "severity": spasm.severity,
            "kind": spasm.kind,
            "duration_s": spasm.duration_s,
            "note": spasm.note,
        }

    @staticmethod
    def _write_children(row_id: int, spasm: Spasm) -> None:
        if spasm.locations:
            SpasmLocationRow.insert_many(
                [(row_id, loc) for loc in spasm.locations],
                fields=[SpasmLocationRow.spasm, SpasmLocationRow.location],
            ).execute()
        if spasm.triggers:
            SpasmTriggerRow.insert_many(
                [(row_id, t) for t in spasm.triggers],
                fields=[SpasmTriggerRow.spasm, SpasmTriggerRow.trigger],
            ).execute()

    @staticmethod
    def _load(rows: Sequence[SpasmRow]) -> list[Spasm]:
        if not rows:
            return []
        ids = [row.id for row in rows]
        locations: dict[int, list[str]] = {}
        triggers: dict[int, list[str]] = {}
        # Chunked to stay under SQLite's bound-variable limit.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for loc in SpasmLocationRow.select().where(SpasmLocationRow.spasm.in_(chunk)):
                locations.setdefault(loc.spasm_id, []).append(loc.location)
            for trig in SpasmTriggerRow.select().where(SpasmTriggerRow.spasm.in_(chunk)):
                triggers.setdefault(trig.spasm_id, []).append(trig.trigger)
        order = {key: i for i, (key, _) in enumerate(vocab.LOCATIONS)}
        return [
            Spasm(
                uuid=row.uuid,
                started=from_epoch_and_offset(row.started_at, row.utc_offset),
                severity=row.severity,
                kind=row.kind,
                locations=tuple(sorted(locations.get(row.id, []), key=order.__getitem__)),
                triggers=tuple(sorted(triggers.get(row.id, []), key=_trigger_order)),
                duration_s=row.duration_s,
                note=row.note,
                created_at=datetime.fromtimestamp(row.created_at, timezone.utc),
                updated_at=datetime.fromtimestamp(row.updated_at, timezone.utc),
            )
            for row in rows
        ]
