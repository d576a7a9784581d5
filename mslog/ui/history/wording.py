"""The words each entry of a diary day is shown with on the History tab."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from mslog.core.checkin.factors import factor_label, sleep_label
from mslog.core.checklists.model import format_amount, skip_reason_label
from mslog.core.formatting import fmt_day, fmt_day_relative, fmt_duration
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.routines.wording import bundled_text, outcome_label
from mslog.ui.log.today import summary

if TYPE_CHECKING:
    from mslog.core.checkin.service import CheckIn
    from mslog.core.checklists.model import DoseRecord, ScheduledDose
    from mslog.core.checklists.treatments import Treatment
    from mslog.core.history import HabitOfDay
    from mslog.core.routines.sessions import StretchSession
    from mslog.core.spasms.log import Spasm


class HistoryWording(Words):
    """The translation context of the words the History tab shows each entry with."""


# The check-in's answers by their stored keys (translated where shown), each a whole phrase
# ("Sleep: good" reads differently from the check-in's "Good" chip in some languages).
SPASMS_WORDS = {
    "all_logged": QT_TRANSLATE_NOOP("HistoryWording", "Every spasm of the day is logged"),
    "none": QT_TRANSLATE_NOOP("HistoryWording", "No spasms that day"),
}
NIGHTS_WORDS = {
    0: QT_TRANSLATE_NOOP("HistoryWording", "Not woken by spasms"),
    1: QT_TRANSLATE_NOOP("HistoryWording", "Woken once"),
    2: QT_TRANSLATE_NOOP("HistoryWording", "Woken twice"),
    3: QT_TRANSLATE_NOOP("HistoryWording", "Woken 3 or more times"),
}
SLEEP_WORDS = {
    "good": QT_TRANSLATE_NOOP("HistoryWording", "Sleep: good"),
    "fair": QT_TRANSLATE_NOOP("HistoryWording", "Sleep: fair"),
    "poor": QT_TRANSLATE_NOOP("HistoryWording", "Sleep: poor"),
}


def _joined(parts: list[str]) -> str:
    return HistoryWording.tr(" · ", "between the parts of an entry").join(parts)


def heading(day: date, today: date) -> str:
    """Return the heading of a day shown: "Yesterday · Tuesday 10 March", "Monday 2 March"."""
    relative = fmt_day_relative(day, today)
    if day in (today, today - timedelta(days=1)):  # which day that is, too
        return HistoryWording.tr("{relative} · {day}", "'Yesterday · Tuesday 10 March'").format(
            relative=relative, day=fmt_day(day)
        )
    return relative


def spasm_text(spasm: Spasm, day: date | None = None) -> str:
    """Return severity, type, where, how long and the note of a spasm, on one line.

    One of the night after diary day ``day`` (before the day's end hour) says so first.
    """
    parts = [summary(spasm)]
    if day is not None and spasm.started.date() > day:
        parts.insert(0, HistoryWording.tr("After midnight"))
    if spasm.duration_s is not None:
        parts.append(fmt_duration(spasm.duration_s))
    if spasm.note:
        note = " ".join(spasm.note.split())
        parts.append(HistoryWording.tr("“{note}”", "the person's own note").format(note=note))
    return _joined(parts)


def dose_text(dose: ScheduledDose) -> str:
    """Return a scheduled dose and what was recorded for it."""
    record = dose.record
    if record is None:
        state = HistoryWording.tr("nothing recorded", "a dose")
    elif record.status == "taken" and record.taken is not None:
        state = HistoryWording.tr("taken at {time}", "a dose").format(time=f"{record.taken:%H:%M}")
    elif record.status == "taken":
        state = HistoryWording.tr("taken", "a dose")
    elif record.reason:
        reason = skip_reason_label(record.reason)
        state = HistoryWording.tr("skipped: {reason}", "a dose").format(reason=reason)
    else:
        state = HistoryWording.tr("skipped", "a dose")
    if record is not None and record.entered_later:
        state = HistoryWording.tr("{state} (entered later)", "a dose").format(state=state)
    return HistoryWording.tr("{dose}: {state}", "'Baclofen 10 mg: taken at 08:10'").format(
        dose=dose.label, state=state
    )


def as_needed_text(record: DoseRecord, name: str) -> str:
    """Return an as-needed dose: its medicine and amount."""
    amount = format_amount(record.amount, "") if record.amount is not None else ""
    dose = f"{name} {amount}".strip()
    return HistoryWording.tr("{dose} (as needed)", "'Baclofen 5 mg (as needed)'").format(dose=dose)


def checkin_text(checkin: CheckIn, factor_names: list[str]) -> str:
    """Return what the day's check-in said, each answer once, in the order it asks them.

    ``factor_names``: the ticked day factors' names as stored (a built-in one is shown in
    the person's language, one of their own as written).
    """
    parts = []
    if checkin.nrs is not None:
        parts.append(HistoryWording.tr("Spasticity {value} of 10").format(value=checkin.nrs))
    if checkin.nights_woken is not None:
        woken = checkin.nights_woken
        if woken in NIGHTS_WORDS:
            parts.append(translate("HistoryWording", NIGHTS_WORDS[woken]))
        else:
            parts.append(HistoryWording.tr("Woken %n times", "", woken))
    if checkin.pain is not None:
        parts.append(HistoryWording.tr("Pain {value} of 10").format(value=checkin.pain))
    if checkin.sleep is not None:
        if checkin.sleep in SLEEP_WORDS:
            parts.append(translate("HistoryWording", SLEEP_WORDS[checkin.sleep]))
        else:
            quality = sleep_label(checkin.sleep)
            parts.append(HistoryWording.tr("Sleep: {quality}").format(quality=quality))
    if checkin.spasms is not None:
        if checkin.spasms in SPASMS_WORDS:
            parts.append(translate("HistoryWording", SPASMS_WORDS[checkin.spasms]))
        else:
            parts.append(checkin.spasms)
    if factor_names:
        shown = [factor_label(name) for name in factor_names]
        names = HistoryWording.tr(", ", "between the day factors listed").join(shown)
        parts.append(HistoryWording.tr("That day: {factors}").format(factors=names))
    return _joined(parts)


def session_text(session: StretchSession) -> str:
    """Return a stretch session: its routine, how it ended and how long it ran.

    A bundled routine's name is shown in the person's language, their own as written.
    """
    name = bundled_text(session.routine_key, session.routine_name)
    how = outcome_label(session.outcome)
    length = fmt_duration(session.active_s)
    return _joined([p for p in (name, how, length) if p])


def treatment_text(treatment: Treatment) -> str:
    """Return a treatment event with the person's own words about it."""
    details = [treatment.sites, treatment.rate, treatment.note]
    if treatment.next_refill is not None:
        refill = HistoryWording.tr("next refill {day}").format(day=fmt_day(treatment.next_refill))
        details.append(refill)
    words = _joined([d for d in details if d])
    if not words:
        return treatment.title
    return HistoryWording.tr("{treatment}: {details}").format(
        treatment=treatment.title, details=words
    )


def habit_text(habit: HabitOfDay) -> str:
    """Return a habit of the day (listed under "Habits done" once ticked)."""
    if habit.tick is not None:
        return habit.habit.label
    return HistoryWording.tr("{habit}: not ticked").format(habit=habit.habit.label)
