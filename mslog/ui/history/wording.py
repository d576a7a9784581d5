"""The words each entry of a diary day is shown with on the History tab."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from mslog.core.checkin import SLEEP_CHOICES
from mslog.core.checklists.model import format_amount
from mslog.core.formatting import fmt_day, fmt_day_relative, fmt_duration
from mslog.ui.log.today import summary
from mslog.ui.routines.picker import OUTCOME_WORDS

if TYPE_CHECKING:
    from mslog.core.checkin.service import CheckIn
    from mslog.core.checklists.model import DoseRecord, ScheduledDose
    from mslog.core.checklists.treatments import Treatment
    from mslog.core.history import HabitOfDay
    from mslog.core.routines.sessions import StretchSession
    from mslog.core.spasms.log import Spasm

SPASMS_WORDS = {"all_logged": "Every spasm of the day is logged", "none": "No spasms that day"}
NIGHTS_WORDS = {
    0: "Not woken by spasms",
    1: "Woken once",
    2: "Woken twice",
    3: "Woken 3 or more times",
}


def heading(day: date, today: date) -> str:
    """Return the heading of a day shown: "Yesterday · Tuesday 10 March", "Monday 2 March"."""
    relative = fmt_day_relative(day, today)
    if relative in ("Today", "Yesterday"):  # which day that is, too
        return f"{relative} · {fmt_day(day)}"
    return relative


def spasm_text(spasm: Spasm, day: date | None = None) -> str:
    """Return severity, type, where, how long and the note of a spasm, on one line.

    One of the night after diary day ``day`` (before the day's end hour) says so first.
    """
    parts = [summary(spasm)]
    if day is not None and spasm.started.date() > day:
        parts.insert(0, "After midnight")
    if spasm.duration_s is not None:
        parts.append(fmt_duration(spasm.duration_s))
    if spasm.note:
        parts.append(f"“{' '.join(spasm.note.split())}”")
    return " · ".join(parts)


def dose_text(dose: ScheduledDose) -> str:
    """Return a scheduled dose and what was recorded for it."""
    record = dose.record
    if record is None:
        state = "nothing recorded"
    elif record.status == "taken" and record.taken is not None:
        state = f"taken at {record.taken:%H:%M}"
    elif record.status == "taken":
        state = "taken"
    else:
        state = f"skipped: {record.reason}" if record.reason else "skipped"
    if record is not None and record.entered_later:
        state += " (entered later)"
    return f"{dose.label}: {state}"


def as_needed_text(record: DoseRecord, name: str) -> str:
    """Return an as-needed dose: its medicine and amount."""
    amount = format_amount(record.amount, "") if record.amount is not None else ""
    return f"{name} {amount}".strip() + " (as needed)"


def checkin_text(checkin: CheckIn, factor_names: list[str]) -> str:
    """Return what the day's check-in said, each answer once, in the order it asks them."""
    parts = []
    if checkin.nrs is not None:
        parts.append(f"Spasticity {checkin.nrs} of 10")
    if checkin.nights_woken is not None:
        parts.append(NIGHTS_WORDS.get(checkin.nights_woken, f"Woken {checkin.nights_woken} times"))
    if checkin.pain is not None:
        parts.append(f"Pain {checkin.pain} of 10")
    if checkin.sleep is not None:
        parts.append(f"Sleep: {dict(SLEEP_CHOICES).get(checkin.sleep, checkin.sleep).lower()}")
    if checkin.spasms is not None:
        parts.append(SPASMS_WORDS.get(checkin.spasms, checkin.spasms))
    if factor_names:
        parts.append("That day: " + ", ".join(factor_names))
    return " · ".join(parts)


def session_text(session: StretchSession) -> str:
    """Return a stretch session: its routine, how it ended and how long it ran."""
    how = OUTCOME_WORDS.get(session.outcome, session.outcome)
    length = fmt_duration(session.active_s)
    return " · ".join(p for p in (session.routine_name, how, length) if p)


def treatment_text(treatment: Treatment) -> str:
    """Return a treatment event with the person's own words about it."""
    details = [treatment.sites, treatment.rate, treatment.note]
    if treatment.next_refill is not None:
        details.append(f"next refill {fmt_day(treatment.next_refill)}")
    words = " · ".join(d for d in details if d)
    return f"{treatment.title}: {words}" if words else treatment.title


def habit_text(habit: HabitOfDay) -> str:
    """Return a habit of the day (listed under "Habits done" once ticked)."""
    return habit.habit.name if habit.tick is not None else f"{habit.habit.name}: not ticked"
