"""What the checklists are made of: medications and their versions, doses, habits, ticks."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from mslog.core.errors import ValidationError
from mslog.core.formatting import fmt_date, fmt_number
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate

MAX_NAME_LENGTH = 80
MAX_SHORT_TEXT = 60
MAX_REASON_LENGTH = 500
MAX_AMOUNT = 100_000
# A dose ticked later than this after its time counts as late; an open one is marked late.
LATE_AFTER = timedelta(minutes=60)
FUTURE_TOLERANCE = timedelta(minutes=5)

# Suggested names only: the app records what was prescribed and never suggests a dose.
# Shown in the person's language (``translate("medicines", name)``); the name chosen is
# kept as shown, the person's own words from then on.
COMMON_MEDICATIONS = [
    QT_TRANSLATE_NOOP("medicines", "Baclofen"),
    QT_TRANSLATE_NOOP("medicines", "Tizanidine"),
    QT_TRANSLATE_NOOP("medicines", "Gabapentin"),
    QT_TRANSLATE_NOOP("medicines", "Diazepam"),
    QT_TRANSLATE_NOOP("medicines", "Clonazepam"),
    QT_TRANSLATE_NOOP("medicines", "Dantrolene"),
    QT_TRANSLATE_NOOP("medicines", "Nabiximols (Sativex)"),
    QT_TRANSLATE_NOOP("medicines", "Pregabalin"),
]

# The reasons offered for a skipped dose. A reason is kept as text; one of these is best
# kept in English, as written here, and shown with :func:`skip_reason_label`.
SKIP_REASONS = [
    QT_TRANSLATE_NOOP("medicines", "Forgot"),
    QT_TRANSLATE_NOOP("medicines", "Side effects"),
    QT_TRANSLATE_NOOP("medicines", "Felt too drowsy"),
    QT_TRANSLATE_NOOP("medicines", "Ran out"),
    QT_TRANSLATE_NOOP("medicines", "Clinician's advice"),
]


class Checklist(Words):
    """The translation context of the checklists' own words (core and command line)."""


def medication_suggestions() -> list[str]:
    """Return the suggested medication names in the person's language."""
    return [translate("medicines", name) for name in COMMON_MEDICATIONS]


def skip_reason_label(reason: str) -> str:
    """Return a skipped dose's reason as shown: one offered translated, the person's own as is."""
    return translate("medicines", reason) if reason in SKIP_REASONS else reason


def skip_reason_key(text: str) -> str:
    """Return the reason to keep for ``text`` as chosen or typed: an offered one in English."""
    for reason in SKIP_REASONS:
        if text in (reason, translate("medicines", reason)):
            return reason
    return text


@dataclass(frozen=True)
class ChecklistChange:
    """Announced on the checklists' ``changed`` event after a committed write.

    Attributes:
        what: "medication", "dose", "habit", "tick", "experiment", "treatment" or
            "side_effect".
        action: What happened ("added", "changed", "removed", ...).
        uuid: The medication, dose, habit, trial or treatment concerned.
    """

    what: str
    action: str
    uuid: str


def amount_number(amount: float) -> str:
    """Return an amount as the person's language writes it: "10", "1.5" (German "1,5")."""
    plain = f"{amount:g}"
    digits = len(plain.partition(".")[2]) if "e" not in plain else 6
    return fmt_number(amount, digits)


def format_amount(amount: float | None, unit: str) -> str:
    """Return "10 mg", "1.5 tablets" or "" (no trailing ".0")."""
    if amount is None:
        return unit
    return f"{amount_number(amount)} {unit}".strip()


@dataclass(frozen=True)
class MedicationVersion:
    """One prescription of a medication, in force from a diary day until the next version.

    Attributes:
        effective_from: The first diary day it applies to.
        active: False for a "stopped from this day" version.
        strength: Strength and form as the person writes it ("10 mg tablets").
        amount: Amount per dose, or None if not said.
        unit: Unit of the amount ("mg", "tablets", "sprays").
        as_needed: Taken when needed rather than at fixed times.
        times: Local times of day ("HH:MM"), sorted; empty when as needed or stopped.
        time_amounts: The amount of each time that has one of its own (baclofen 10 / 10 /
            20 mg), as (time, amount) pairs in time order; a time without one takes
            ``amount``.
    """

    id: int
    effective_from: date
    active: bool = True
    strength: str = ""
    amount: float | None = None
    unit: str = ""
    as_needed: bool = False
    times: tuple[str, ...] = ()
    created_at: datetime | None = field(default=None, compare=False)
    time_amounts: tuple[tuple[str, float], ...] = ()

    def amount_at(self, time_of_day: str) -> float | None:
        """Return the amount of the dose at ``time_of_day``: its own, else the version's."""
        return dict(self.time_amounts).get(time_of_day, self.amount)

    @property
    def unequal(self) -> bool:
        """Whether the doses of the day are not all the same amount."""
        return len({self.amount_at(t) for t in self.times}) > 1

    def dose_text(self, time_of_day: str | None = None) -> str:
        """Return the amount of a dose ("10 mg"), or the strength when no amount is given.

        Args:
            time_of_day: The dose meant; None for the version's usual amount.
        """
        amount = self.amount if time_of_day is None else self.amount_at(time_of_day)
        return format_amount(amount, self.unit) or self.strength

    def amounts_text(self) -> str:
        """Return the amounts of the day's doses in time order: "10/10/20 mg"."""
        amounts = [self.amount_at(t) for t in self.times]
        numbers = "/".join("?" if a is None else amount_number(a) for a in amounts)
        return f"{numbers} {self.unit}".strip()

    def summary(self) -> str:
        """Return a short description: "10 mg ×3", "10/10/20 mg", "as needed" or "stopped"."""
        if not self.active:
            return Checklist.tr("stopped")
        if not self.as_needed and self.unequal:
            return self.amounts_text()
        # Every time may carry the same amount of its own while the version has none.
        dose = self.dose_text(self.times[0] if self.times else None)
        if self.as_needed:
            if not dose:
                return Checklist.tr("as needed")
            return Checklist.tr("{dose} as needed").format(dose=dose)
        return f"{dose} ×{len(self.times)}".strip()


@dataclass(frozen=True)
class Medication:
    """A medication on the person's list with its whole prescription history.

    Attributes:
        uuid: Stable identifier.
        name: What the person calls it.
        reminders: Whether due doses raise reminders.
        versions: Every version ever recorded, by effective day then by entry order.
    """

    uuid: str
    name: str
    reminders: bool = True
    versions: tuple[MedicationVersion, ...] = ()

    def version_on(self, day: date) -> MedicationVersion | None:
        """Return the version in force on ``day`` (the latest entered wins a tie)."""
        found = None
        for version in self.versions:
            if version.effective_from <= day:
                found = version
        return found

    def effective_versions(self) -> list[MedicationVersion]:
        """Return the versions that took effect (a same-day correction replaces its twin)."""
        by_day: dict[date, MedicationVersion] = {}
        for version in self.versions:
            by_day[version.effective_from] = version
        return [by_day[day] for day in sorted(by_day)]

    @property
    def started_on(self) -> date | None:
        """The first diary day the medication was taken."""
        return self.versions[0].effective_from if self.versions else None

    def is_current(self, day: date) -> bool:
        """Return whether it is taken (not stopped, already started) on ``day``."""
        version = self.version_on(day)
        return version is not None and version.active

    def label(self, day: date, time_of_day: str | None = None) -> str:
        """Return "Baclofen 10 mg" as prescribed on ``day`` (for the dose at a time, if given)."""
        version = self.version_on(day)
        dose = version.dose_text(time_of_day) if version else ""
        return f"{self.name} {dose}".strip()

    def schedule_text(self, day: date) -> str:
        """Return what is taken from ``day`` on: "Baclofen 10 mg at 08:00, 20:00".

        Unequal doses read "Baclofen 10/10/20 mg at 08:00, 14:00, 20:00"; one taken when
        needed "Diazepam 2 mg when needed". Before it starts, its first prescription.
        """
        version = self.version_on(day) or (self.versions[0] if self.versions else None)
        if version is None or not version.active:
            return self.name
        if version.as_needed:
            text = Checklist.tr("{name} {dose} when needed")
            return text.format(name=self.name, dose=version.dose_text()).replace("  ", " ")
        dose = version.amounts_text() if version.unequal else version.dose_text(version.times[0])
        text = Checklist.tr("{name} {dose} at {times}")
        times = Checklist.tr(", ", "between the times of a day").join(version.times)
        return text.format(name=self.name, dose=dose, times=times).replace("  ", " ")

    def history_text(self) -> str:
        """Return the prescription history: "Baclofen 10 mg ×3 → 15 mg ×3 from 12 March"."""
        versions = self.effective_versions()
        if not versions:
            return self.name
        parts = [f"{self.name} {versions[0].summary()}".strip()]
        parts += [
            Checklist.tr("{schedule} from {day}").format(
                schedule=v.summary(), day=fmt_date(v.effective_from, year=False, full=True)
            )
            for v in versions[1:]
        ]
        return " → ".join(parts)


@dataclass(frozen=True)
class DoseRecord:
    """A dose ticked as taken or skipped, or an as-needed dose taken.

    Attributes:
        slot_local: The scheduled local time "YYYY-MM-DD HH:MM", or None if as needed.
        status: "taken" or "skipped".
        taken: When it was taken (aware), or None when skipped.
        entered_later: It was recorded well after the time it claims (after the fact).
    """

    uuid: str
    medication_uuid: str
    slot_local: str | None
    status: str
    taken: datetime | None = None
    amount: float | None = None
    reason: str = ""
    recorded_at: datetime | None = field(default=None, compare=False)
    entered_later: bool = False


@dataclass(frozen=True)
class ScheduledDose:
    """One dose a day's schedule asks for, with what was recorded for it.

    Attributes:
        time_of_day: The prescribed time ("08:00").
        slot_local: Its local date and time ("2026-03-12 01:30" for a night dose).
        due: The moment it is due, aware.
        record: What was recorded, or None while open.
        late: Open and more than an hour past its time, or taken over an hour late.
        off_schedule: A record kept for a time the current schedule no longer has.
    """

    medication: Medication
    day: date
    time_of_day: str
    slot_local: str
    due: datetime
    record: DoseRecord | None = None
    late: bool = False
    off_schedule: bool = False

    @property
    def state(self) -> str:
        """Return "taken", "skipped" or "open"."""
        return self.record.status if self.record else "open"

    @property
    def label(self) -> str:
        """Return "Baclofen 20 mg": this dose as prescribed that day (its time's own amount)."""
        return self.medication.label(self.day, self.time_of_day)


@dataclass(frozen=True)
class NamedItem:
    """One item of a list a person edits by name (a habit, a day factor).

    Attributes:
        uuid: Stable identifier, kept through export and import.
        name: What the item says.
        position: Place in the list.
        key: The built-in item it started as ("stretching"), or None for the person's own.
        retired_on: The diary day from which it is no longer listed, or None.
    """

    uuid: str
    name: str
    position: int
    key: str | None = None
    retired_on: date | None = None

    def listed_on(self, day: date) -> bool:
        """Return whether the item is listed on ``day``."""
        return self.retired_on is None or day < self.retired_on

    @property
    def label(self) -> str:
        """The name as shown: a built-in item's in the person's language, else as written."""
        return self.name


def habit_label(name: str) -> str:
    """Return a habit's name as shown: a built-in name translated, the person's own as is.

    The diary keeps a built-in habit's English name (so a diary made in German opens in
    English unchanged); it is shown in the person's language until renamed.
    """
    from mslog.core.checklists.schema import DEFAULT_HABITS

    builtin = {name for _key, name in DEFAULT_HABITS}
    return translate("habits", name) if name in builtin else name


@dataclass(frozen=True)
class Habit(NamedItem):
    """A self-care habit on the daily checklist."""

    @property
    def label(self) -> str:
        """The name as shown: a built-in habit's in the person's language, else as written."""
        return habit_label(self.name)


@dataclass(frozen=True)
class HabitTick:
    """A habit done on a day, stamped with when (and whether entered after the fact)."""

    id: int
    habit_uuid: str
    done: datetime
    entered_later: bool = False
    source: str = "manual"


@dataclass(frozen=True)
class DayProgress:
    """The day's progress at a glance."""

    doses_taken: int
    doses_skipped: int
    doses_scheduled: int
    habits_done: int
    habits_listed: int

    def text(self) -> str:
        """Return "3 of 4 doses taken · 2 of 3 habits done" (and skipped doses, if any)."""
        parts = []
        if self.doses_scheduled:
            taken = Checklist.tr("{taken} of %n doses taken", "", self.doses_scheduled)
            parts.append(taken.format(taken=self.doses_taken))
        if self.doses_skipped:
            parts.append(Checklist.tr("%n skipped", "doses", self.doses_skipped))
        if self.habits_listed:
            done = Checklist.tr("{done} of %n habits done", "", self.habits_listed)
            parts.append(done.format(done=self.habits_done))
        return " · ".join(parts) or Checklist.tr("No doses or habits on the list")


# --- validation -------------------------------------------------------------


def check_text(name: str, value: Any, max_length: int, *, required: bool) -> str:
    """Return tidy one-line text (spaces collapsed), checking length and emptiness."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(
            name, Checklist.tr("must be text, not {value}").format(value=repr(value))
        )
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError(name, Checklist.tr("must not be empty"))
    if len(text) > max_length:
        raise ValidationError(name, Checklist.tr("must be at most %n characters", "", max_length))
    if not text.isprintable():
        raise ValidationError(name, Checklist.tr("must not contain control characters"))
    return text


def check_amount(value: Any) -> float | None:
    """Return a positive amount per dose, or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(
            "amount", Checklist.tr("must be a number, not {value}").format(value=repr(value))
        )
    if not math.isfinite(value) or value <= 0:
        raise ValidationError(
            "amount",
            Checklist.tr("must be more than zero, not {value}").format(value=f"{value:g}"),
        )
    if value > MAX_AMOUNT:
        raise ValidationError(
            "amount", Checklist.tr("must be at most {most}").format(most=MAX_AMOUNT)
        )
    return float(value)


def check_time_amounts(
    values: Mapping[Any, Any] | None, times: tuple[str, ...], amount: float | None
) -> tuple[tuple[str, float], ...]:
    """Return the amounts of single times, as (time, amount) pairs in time order.

    A time given the version's own amount (or none) takes the version's amount, so it is
    not kept apart; every time named must be one of ``times``.
    """
    kept: dict[str, float] = {}
    for key, value in (values or {}).items():
        time_of_day = parse_time_of_day(key)
        if time_of_day not in times:
            raise ValidationError(
                "amount",
                Checklist.tr("{time} is not one of the times").format(time=time_of_day),
            )
        try:
            checked = check_amount(value)
        except ValidationError as exc:
            problem = Checklist.tr("at {time}: {problem}")
            raise ValidationError(
                "amount", problem.format(time=time_of_day, problem=exc.message)
            ) from None
        if checked is not None and checked != amount:
            kept[time_of_day] = checked
    return tuple(sorted(kept.items()))


def parse_time_of_day(value: Any) -> str:
    """Return a time of day as "HH:MM" from "8:00", "08:00" or a :class:`datetime.time`."""
    if isinstance(value, time):
        if value.second or value.microsecond:
            raise ValidationError(
                "times", Checklist.tr("{time} must be whole minutes").format(time=value)
            )
        return f"{value.hour:02d}:{value.minute:02d}"
    if not isinstance(value, str):
        raise ValidationError(
            "times", Checklist.tr("{value} is not a time of day").format(value=repr(value))
        )
    text = value.strip()
    hour_text, sep, minute_text = text.partition(":")
    if not sep or not hour_text.isdigit() or len(minute_text) != 2 or not minute_text.isdigit():
        raise ValidationError(
            "times",
            Checklist.tr("{value} is not a time of day; write it as HH:MM").format(
                value=repr(text)
            ),
        )
    hour, minute = int(hour_text), int(minute_text)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValidationError(
            "times",
            Checklist.tr("{value} is outside the day (00:00 to 23:59)").format(value=text),
        )
    return f"{hour:02d}:{minute:02d}"


def read_time_of_day(text: str, field: str = "times") -> str:
    """Return "HH:MM" from a time as people type it: "9:30", "0930", "930", "9.30", "21".

    Digits alone are hours ("21"), hours and minutes ("930", "0930"); a dot, "h" or a space
    may stand for the colon. Anything else is refused as :func:`parse_time_of_day` does,
    with ``field`` named in the :class:`ValidationError`.
    """
    typed = text.strip().lower()
    for mark in (".", "h", " "):
        typed = typed.replace(mark, ":")
    if typed.isdigit() and len(typed) <= 2:
        typed = f"{typed}:00"
    elif typed.isdigit() and len(typed) in (3, 4):
        typed = f"{typed[:-2]}:{typed[-2:]}"
    elif typed.endswith(":") and typed[:-1].isdigit():
        typed += "00"  # "21h"
    if not typed:
        raise ValidationError(field, Checklist.tr("give a time of day, as HH:MM"))
    try:
        return parse_time_of_day(typed)
    except ValidationError as exc:
        raise ValidationError(field, exc.message.replace(repr(typed), repr(text.strip()))) from None


def check_schedule(times: Any, as_needed: bool) -> tuple[str, ...]:
    """Return the sorted times of a fixed schedule; none for as-needed."""
    if isinstance(times, str):
        times = [part for part in times.replace(";", ",").split(",") if part.strip()]
    parsed = [parse_time_of_day(value) for value in times or ()]
    if as_needed:
        if parsed:
            raise ValidationError(
                "times", Checklist.tr("an as-needed medication has no fixed times")
            )
        return ()
    if not parsed:
        raise ValidationError(
            "times", Checklist.tr("add at least one time of day, or choose as needed")
        )
    seen: set[str] = set()
    for value in parsed:
        if value in seen:
            raise ValidationError(
                "times",
                Checklist.tr("{time} is listed twice; change one of them or remove it").format(
                    time=value
                ),
            )
        seen.add(value)
    if len(parsed) > 24:
        raise ValidationError("times", Checklist.tr("at most 24 times a day"))
    return tuple(sorted(parsed))


def check_day(name: str, value: Any) -> date:
    """Return a calendar date (not a date and time)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(
            name, Checklist.tr("must be a date, not {value}").format(value=repr(value))
        )
    return value


def check_moment(name: str, value: Any, now: datetime) -> datetime:
    """Return an aware time that is not in the future."""
    if not isinstance(value, datetime):
        raise ValidationError(
            name, Checklist.tr("must be a date and time, not {value}").format(value=repr(value))
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(name, Checklist.tr("needs a time zone"))
    if value > now + FUTURE_TOLERANCE:
        raise ValidationError(
            name,
            Checklist.tr("{moment} is still to come").format(moment=f"{value:%Y-%m-%d %H:%M}"),
        )
    return value
