"""The check-in service: one record per diary day, saved field by field, validated and atomic."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from peewee import fn

from mslog.core.checkin.factors import MAX_NIGHTS, SLEEP_CHOICES, DayFactor, DayFactorRow
from mslog.core.checkin.tables import CheckInFactorRow, CheckInRow
from mslog.core.checkin.wording import DailyCheckin
from mslog.core.checklists.model import check_day
from mslog.core.checklists.named_list import NamedList
from mslog.core.clock import Clock
from mslog.core.days import DayRule
from mslog.core.errors import ValidationError
from mslog.core.events import Event

if TYPE_CHECKING:
    from mslog.core.preferences import Preferences
    from mslog.core.storage.database import Database

CHECKIN_TIME = "checkin_time"
DEFAULT_CHECKIN_TIME = "21:00"
# Until this local hour the card asks about yesterday when yesterday has no check-in.
MORNING_ENDS = 12
SPASM_ANSWERS = ("all_logged", "none")
EDITABLE = ("nrs", "nights_woken", "pain", "sleep", "spasms", "factors")


@dataclass(frozen=True)
class CheckIn:
    """One day's check-in; every field may be empty.

    Attributes:
        day: The diary day it describes.
        uuid: Stable identifier, kept through export and import.
        nrs: Spasticity over the past 24 hours, 0 (none) to 10 (worst possible).
        nights_woken: Times woken by spasms last night: 0, 1, 2 or 3 (three or more).
        pain: Pain, 0-10.
        sleep: "good", "fair" or "poor".
        spasms: "all_logged" (every spasm of the day is in the log), "none" (no spasms
            that day) or None (not said: the day's count is not known to be complete).
        factors: Uuids of the day factors that were true; the others were not.
    """

    day: date
    uuid: str = ""
    nrs: int | None = None
    nights_woken: int | None = None
    pain: int | None = None
    sleep: str | None = None
    spasms: str | None = None
    factors: frozenset[str] = field(default_factory=frozenset)

    @property
    def complete(self) -> bool:
        """Whether the person said the day's spasm log is complete (none counts)."""
        return self.spasms is not None

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all has been said."""
        return all(getattr(self, name) in (None, frozenset()) for name in EDITABLE)


@dataclass(frozen=True)
class CheckInChange:
    """Announced on :attr:`CheckIns.changed` after a committed write.

    Attributes:
        what: "checkin" or "factor".
        action: What happened ("saved", "removed", "added", "renamed", ...).
        day: The day of a check-in, or None for a factor.
        uuid: The check-in or factor concerned.
    """

    what: str
    action: str
    day: date | None
    uuid: str


# --- validation -------------------------------------------------------------


def _score(name: str, value: Any, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            name, DailyCheckin.tr("must be a whole number, not {value}").format(value=repr(value))
        )
    if not 0 <= value <= high:
        raise ValidationError(
            name,
            DailyCheckin.tr("must be from 0 to {high}, not {value}").format(high=high, value=value),
        )
    return value


def check_nrs(value: Any) -> int | None:
    """Return a valid 0-10 spasticity rating or None."""
    return _score("nrs", value, 10)


def check_pain(value: Any) -> int | None:
    """Return a valid 0-10 pain rating or None."""
    return _score("pain", value, 10)


def check_nights(value: Any) -> int | None:
    """Return nights woken, 0 to 3 (three or more), or None."""
    return _score("nights", value, MAX_NIGHTS)


def check_sleep(value: Any) -> str | None:
    """Return a sleep choice key or None."""
    if value is None:
        return None
    keys = [key for key, _ in SLEEP_CHOICES]
    if value not in keys:
        raise ValidationError(
            "sleep",
            DailyCheckin.tr("must be one of {choices}, not {value}").format(
                choices=", ".join(keys), value=repr(value)
            ),
        )
    return value


def check_spasms(value: Any) -> str | None:
    """Return "all_logged", "none" or None."""
    if value is not None and value not in SPASM_ANSWERS:
        raise ValidationError(
            "spasms",
            DailyCheckin.tr("must be one of {choices}, not {value}").format(
                choices=", ".join(SPASM_ANSWERS), value=repr(value)
            ),
        )
    return value


def check_time_of_day(value: Any) -> str:
    """Return a local ``HH:MM`` time."""
    try:
        parsed = time.fromisoformat(value) if isinstance(value, str) and len(value) == 5 else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise ValidationError(
            "time",
            DailyCheckin.tr("must be a time as HH:MM, not {value}").format(value=repr(value)),
        )
    return parsed.strftime("%H:%M")


CHECKS: dict[str, Callable[[Any], Any]] = {
    "nrs": check_nrs,
    "nights_woken": check_nights,
    "pain": check_pain,
    "sleep": check_sleep,
    "spasms": check_spasms,
}


class CheckIns:
    """Reads and writes daily check-ins and the list of day factors.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force (it may change while the app runs).
        preferences: Where the check-in time is kept.
    """

    def __init__(
        self,
        db: Database,
        clock: Clock,
        rule: Callable[[], DayRule],
        preferences: Preferences,
    ) -> None:
        self._db = db
        self._clock = clock
        self._rule = rule
        self._preferences = preferences
        self.changed: Event[CheckInChange] = Event()
        self._factors = NamedList(db, DayFactorRow, DayFactor, self.today, kind="day factor")

    # --- days ---

    def today(self) -> date:
        """Return today's diary day."""
        return self._rule().day_of(self._clock.now())

    def suggested_day(self) -> date:
        """Return the day a check-in opened now should describe.

        In the morning, yesterday when yesterday has none (the person filling it in
        for the day before); otherwise today.
        """
        today = self.today()
        yesterday = today - timedelta(days=1)
        if self._clock.now().hour < MORNING_ENDS and self.get(yesterday) is None:
            return yesterday
        return today

    def _check_day(self, day: Any) -> date:
        day = check_day("day", day)
        if day > self.today():
            raise ValidationError("day", DailyCheckin.tr("{day} is still to come").format(day=day))
        return day

    # --- reading ---

    def get(self, day: date) -> CheckIn | None:
        """Return the check-in of ``day``, or None when there is none."""
        return self.between(day, day).get(day)

    def between(self, first: date, last: date) -> dict[date, CheckIn]:
        """Return the check-ins of the days from ``first`` to ``last`` (inclusive) by day."""
        in_range = CheckInRow.day.between(first.isoformat(), last.isoformat())
        rows = list(CheckInRow.select().where(in_range).order_by(CheckInRow.day))
        ticked: dict[int, set[str]] = {}
        if rows:
            query = (
                CheckInFactorRow.select(CheckInFactorRow.checkin, DayFactorRow.uuid)
                .join(DayFactorRow)
                .switch(CheckInFactorRow)
                .join(CheckInRow)
                .where(in_range)
            )
            for link in query:  # each with its factor's uuid, joined in
                ticked.setdefault(link.checkin_id, set()).add(link.factor.uuid)
        found = {}
        for row in rows:
            day = date.fromisoformat(row.day)
            found[day] = CheckIn(
                day,
                row.uuid,
                row.nrs,
                row.nights_woken,
                row.pain,
                row.sleep,
                row.spasms,
                frozenset(ticked.get(row.id, ())),
            )
        return found

    def first_day(self) -> date | None:
        """Return the earliest day with a check-in, or None."""
        day = CheckInRow.select(fn.MIN(CheckInRow.day)).scalar()
        return None if day is None else date.fromisoformat(day)

    # --- writing ---

    def update(self, day: date, **changes: Any) -> CheckIn:
        """Save some fields of a day's check-in (creating it), leaving the others as they are.

        Args:
            day: The diary day (today or earlier).
            **changes: Any of ``nrs``, ``nights_woken``, ``pain``, ``sleep``, ``spasms``
                (None clears one) and ``factors`` (the uuids that were true).

        Raises:
            ValidationError: A value is not acceptable; nothing was written.
        """
        day = self._check_day(day)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValidationError(sorted(unknown)[0], DailyCheckin.tr("is not a check-in field"))
        checked = {name: CHECKS[name](value) for name, value in changes.items() if name in CHECKS}
        if "factors" in changes:
            checked["factors"] = self._check_factors(changes["factors"])
        current = self.get(day) or CheckIn(day)
        return self._store(replace(current, **checked))

    def set_factor(self, day: date, factor_uuid: str, present: bool) -> CheckIn:
        """Say whether one day factor was true on ``day``."""
        current = self.get(self._check_day(day)) or CheckIn(day)
        chosen = set(current.factors)
        (chosen.add if present else chosen.discard)(factor_uuid)
        return self.update(day, factors=chosen)

    def put(self, day: date, checkin: CheckIn | None) -> CheckIn | None:
        """Make ``day``'s check-in exactly ``checkin`` (None removes it); used by undo."""
        day = check_day("day", day)
        if checkin is None or checkin.is_empty:
            self.remove(day)
            return None
        if checkin.day != day:
            raise ValidationError(
                "day",
                DailyCheckin.tr("the check-in is for {day}, not {other}").format(
                    day=checkin.day, other=day
                ),
            )
        for name, check in CHECKS.items():
            check(getattr(checkin, name))
        self._check_factors(checkin.factors)
        return self._store(checkin)

    def remove(self, day: date) -> None:
        """Remove the check-in of ``day`` (nothing happens when there is none)."""
        existing = self.get(day)
        if existing is None:
            return
        with self._db.atomic():
            CheckInRow.delete().where(CheckInRow.day == day.isoformat()).execute()
        self.changed.emit(CheckInChange("checkin", "removed", day, existing.uuid))

    def _store(self, checkin: CheckIn) -> CheckIn:
        now = int(self._clock.now().timestamp())
        uuid = checkin.uuid or str(uuidlib.uuid4())
        values = {name: getattr(checkin, name) for name in CHECKS}
        day = checkin.day.isoformat()
        with self._db.atomic():
            # A day keeps its row (and uuid) when saved again: only the answers change.
            CheckInRow.insert(
                uuid=uuid, day=day, **values, created_at=now, updated_at=now
            ).on_conflict(
                conflict_target=[CheckInRow.day],
                preserve=[*(getattr(CheckInRow, name) for name in CHECKS), CheckInRow.updated_at],
            ).execute()
            row = CheckInRow.get(CheckInRow.day == day)
            uuid = row.uuid
            CheckInFactorRow.delete().where(CheckInFactorRow.checkin == row.id).execute()
            factors = DayFactorRow.select(DayFactorRow.id).where(
                DayFactorRow.uuid.in_(sorted(checkin.factors))
            )
            CheckInFactorRow.insert_many(
                [(row.id, factor.id) for factor in factors],
                fields=[CheckInFactorRow.checkin, CheckInFactorRow.factor],
            ).execute()
        self.changed.emit(CheckInChange("checkin", "saved", checkin.day, uuid))
        stored = self.get(checkin.day)
        assert stored is not None
        return stored

    def _check_factors(self, values: Iterable[Any]) -> frozenset[str]:
        if isinstance(values, str):
            raise ValidationError("factors", DailyCheckin.tr("must be a list of factors, not text"))
        known = {f.uuid for f in self.factors()}
        chosen = frozenset(values)
        for value in chosen:
            if value not in known:
                raise ValidationError(
                    "factors",
                    DailyCheckin.tr("unknown day factor {value}").format(value=repr(value)),
                )
        return chosen

    # --- the reminder time ---

    def reminder_time(self) -> str:
        """Return the local ``HH:MM`` the check-in is asked for (default 21:00)."""
        text = self._preferences.get(CHECKIN_TIME)
        try:
            return check_time_of_day(text) if text is not None else DEFAULT_CHECKIN_TIME
        except ValidationError:
            return DEFAULT_CHECKIN_TIME

    def set_reminder_time(self, value: Any) -> str:
        """Validate and store the check-in time; return it as ``HH:MM``."""
        text = check_time_of_day(value)
        self._preferences.set(CHECKIN_TIME, text)
        self.changed.emit(CheckInChange("reminder", "changed", None, text))
        return text

    def reminder_moment(self, day: date) -> datetime:
        """Return the aware moment of ``day``'s check-in reminder."""
        hour, minute = (int(part) for part in self.reminder_time().split(":"))
        rule = self._rule()
        calendar = day if hour >= rule.start_hour else day + timedelta(days=1)
        return self._clock.localize(datetime.combine(calendar, time(hour, minute)))

    # --- day factors ---

    def factors(self, day: date | None = None) -> list[DayFactor]:
        """Return the day factors offered on ``day`` (default: all, retired ones too)."""
        return self._factors.items(day)

    def get_factor(self, uuid: str) -> DayFactor:
        """Return one day factor.

        Raises:
            NotFoundError: No such factor.
        """
        return self._factors.get(uuid)

    def find_factor(self, text: str) -> DayFactor | None:
        """Return the factor whose key or name is ``text`` (ignoring case), or None."""
        return self._factors.find(text)

    def add_factor(self, name: Any) -> DayFactor:
        """Add the person's own day factor at the end of the list."""
        return self._announce_factor("added", self._factors.add(name))

    def rename_factor(self, uuid: str, name: Any) -> DayFactor:
        """Rename a day factor (the days it was ticked stay with it)."""
        return self._announce_factor("renamed", self._factors.rename(uuid, name))

    def retire_factor(self, uuid: str, from_day: date | None = None) -> DayFactor:
        """Stop offering a day factor from ``from_day`` (default today); past days keep it."""
        return self._announce_factor("removed", self._factors.retire(uuid, from_day))

    def unretire_factor(self, uuid: str) -> DayFactor:
        """Offer a removed day factor again."""
        return self._announce_factor("restored", self._factors.unretire(uuid))

    def _announce_factor(self, action: str, factor: DayFactor) -> DayFactor:
        self.changed.emit(CheckInChange("factor", action, None, factor.uuid))
        return factor
