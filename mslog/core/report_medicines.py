"""The report's medicines: what is taken, each change from -> to, doses, skips and as-needed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from mslog.core.checklists.model import (
    SKIP_REASONS,
    DoseRecord,
    Medication,
    skip_reason_key,
    skip_reason_label,
)
from mslog.core.formatting import fmt_date, fmt_number
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.trends import DateRange
from mslog.core.trends.lanes import AdherenceLane

REASONS_SHOWN = 2  # commonest skip reasons named per medicine
CHANGES_SHOWN = 4  # changes listed per medicine; a long period counts the earlier ones
# Parts of the day an as-needed dose is said to be taken in (local time, start hour, name).
PARTS_OF_DAY = (
    (6, QT_TRANSLATE_NOOP("ReportMedicines", "in the morning")),
    (12, QT_TRANSLATE_NOOP("ReportMedicines", "in the afternoon")),
    (18, QT_TRANSLATE_NOOP("ReportMedicines", "in the evening")),
    (22, QT_TRANSLATE_NOOP("ReportMedicines", "at night")),
)


class ReportMedicines(Words):
    """The translation context of the report's medicines (changes, doses, side effects)."""


@dataclass(frozen=True)
class MedicineLine:
    """One medicine in the report's table.

    Attributes:
        name: What the person calls it.
        now: The prescription in force on the period's last day ("15 mg ×3", "stopped").
        changes: Each change in the period, ``"10 mg ×3 → 15 mg ×3, 15 Feb"``.
        taken: Scheduled doses taken of those due, e.g. ``"93 % (169 of 181)"``, or "".
        skipped: Skipped and not recorded, with the commonest reasons, or "".
    """

    name: str
    now: str
    changes: list[str] = field(default_factory=list)
    taken: str = ""
    skipped: str = ""


@dataclass(frozen=True)
class Medicines:
    """What the report says about medicines in a period.

    Attributes:
        lines: One per medicine taken or changed in the period.
        as_needed: One sentence per as-needed medicine with doses in the period.
        side_effects: Side effects noted in the period, one line each (empty until the
            diary records them).
        notes: What the dose figures rest on.
    """

    lines: list[MedicineLine] = field(default_factory=list)
    as_needed: list[str] = field(default_factory=list)
    side_effects: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def change_text(before_summary: str | None, after_summary: str, day: date) -> str:
    """Say one change as from -> to with its day: ``15 Feb 2026: 10 mg ×3 → 15 mg ×3``."""
    when = fmt_date(day)
    if before_summary is None:
        return ReportMedicines.tr("{date}: started, {prescription}").format(
            date=when, prescription=after_summary
        )
    return ReportMedicines.tr("{date}: {change}", "a change of a prescription").format(
        date=when, change=short_change(before_summary, after_summary)
    )


def changes_in(medication: Medication, period: DateRange) -> list[tuple[date, str]]:
    """Return (day, from -> to text) of each change of ``medication`` in ``period``."""
    versions = medication.effective_versions()
    found = []
    for index, version in enumerate(versions):
        if not period.first <= version.effective_from <= period.last:
            continue
        earlier = versions[index - 1].summary() if index else None
        day = version.effective_from
        found.append((day, change_text(earlier, version.summary(), day)))
    return found


def shown_changes(changes: list[str]) -> list[str]:
    """The latest :data:`CHANGES_SHOWN` changes, the earlier ones counted in one line."""
    if len(changes) <= CHANGES_SHOWN:
        return changes
    earlier = len(changes) - CHANGES_SHOWN + 1
    latest = changes[-(CHANGES_SHOWN - 1) :]
    first = ReportMedicines.tr("%n earlier changes, the first {change}", "", earlier)
    return [first.format(change=changes[0]), *latest]


def change_markers(medication: Medication, period: DateRange) -> list[tuple[date, str]]:
    """Short chart labels of the period's changes: ``Baclofen 10 → 15 mg ×3``."""
    versions = medication.effective_versions()
    labels = []
    for index, version in enumerate(versions):
        if not period.first <= version.effective_from <= period.last:
            continue
        now = version.summary()
        if not index:
            text = ReportMedicines.tr("{medicine} started {prescription}")
        elif not version.active:
            text = ReportMedicines.tr("{medicine} stopped")
        else:
            text = ReportMedicines.tr("{medicine} {change}", "a chart label: a medicine changed")
            now = short_change(versions[index - 1].summary(), now)
        labels.append(
            (
                version.effective_from,
                text.format(medicine=medication.name, prescription=now, change=now),
            )
        )
    return labels


def short_change(before: str, after: str) -> str:
    """Say a change from -> to, shorter when only the amount changed: ``10 → 15 mg ×3``."""
    a, b = before.split(" ", 1), after.split(" ", 1)
    if len(a) == 2 and len(b) == 2 and a[1] == b[1]:
        return f"{a[0]} → {b[0]} {b[1]}"
    return f"{before} → {after}"


def part_of_day(hour: int) -> str:
    """The part of the day a local hour falls in (night is 22:00-06:00), untranslated."""
    name = PARTS_OF_DAY[-1][1]
    for begins, words in PARTS_OF_DAY:
        if hour >= begins:
            name = words
    return name


def as_needed_text(name: str, doses: Sequence[DoseRecord]) -> str:
    """One as-needed medicine's doses: how many and the part of the day most were taken."""
    parts = Counter(part_of_day(d.taken.hour) for d in doses if d.taken is not None)
    commonest, n = "", 0
    if not parts:
        text = ReportMedicines.tr("{medicine}: %n doses taken as needed.", "", len(doses))
    else:
        (commonest, n), *rest = parts.most_common()
        if rest and rest[0][1] == n:
            text = ReportMedicines.tr(
                "{medicine}: %n doses taken as needed, at different times of day.", "", len(doses)
            )
        elif n == len(doses):
            text = ReportMedicines.tr(
                "{medicine}: %n doses taken as needed, all {part_of_day}.", "", len(doses)
            )
        else:
            text = ReportMedicines.tr(
                "{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.",
                "",
                len(doses),
            )
    return text.format(
        medicine=name,
        most=n,
        all=len(doses),
        part_of_day=translate("ReportMedicines", commonest) if commonest else "",
    )


def skip_text(skipped: int, missing: int, reasons: Counter[str]) -> str:
    """Skipped doses with their commonest reasons, and those with nothing recorded."""
    parts = []
    if skipped:
        common = reasons.most_common(REASONS_SHOWN)
        named = [f"{_reason_shown(reason)} ({n})" for reason, n in common]
        shown = sum(n for _, n in reasons.most_common(REASONS_SHOWN))
        others = sum(reasons.values()) - shown
        if others:
            named.append(ReportMedicines.tr("other reasons ({count})").format(count=others))
        if named and skipped > shown + others:
            unsaid = skipped - shown - others
            named.append(ReportMedicines.tr("no reason given ({count})").format(count=unsaid))
        if named:
            text = ReportMedicines.tr("{count} skipped: {reasons}", "doses skipped")
        else:
            text = ReportMedicines.tr("{count} skipped", "doses skipped")
        parts.append(text.format(count=skipped, reasons=", ".join(named)))
    if missing:
        parts.append(ReportMedicines.tr("{count} not recorded", "doses").format(count=missing))
    return "; ".join(parts) or ReportMedicines.tr("none", "no dose skipped or unrecorded")


@dataclass(frozen=True)
class SideEffectNote:
    """One side effect noted in the diary, as the report reads it.

    Attributes:
        day: The diary day it was noted for.
        medicine: The medicine it was noted against, or None for the day in general.
        kinds: The chips chosen ("drowsiness", "weakness"...).
        note: The person's own words.
    """

    day: date
    medicine: str | None = None
    kinds: tuple[str, ...] = ()
    note: str = ""


def side_effect_lines(notes: Sequence[SideEffectNote], shown: int = 3) -> list[str]:
    """Say the side effects noted: each kind with its days, then a few of the person's words.

    The report's hook for the side effects the diary records: given none, nothing is said.
    """
    if not notes:
        return []
    days: dict[str, set[date]] = {}
    for n in notes:
        for kind in n.kinds:
            days.setdefault(kind.lower(), set()).add(n.day)
    counted = sorted(days.items(), key=lambda item: (-len(item[1]), item[0]))
    noted_on = len({n.day for n in notes})
    if counted:
        kinds = ", ".join(
            ReportMedicines.tr("{kind} (%n days)", "", len(d)).format(kind=kind)
            for kind, d in counted
        )
        text = ReportMedicines.tr("Side effects noted on %n days: {kinds}.", "", noted_on)
    else:
        kinds = ""
        text = ReportMedicines.tr("Side effects noted on %n days.", "", noted_on)
    lines = [text.format(kinds=kinds)]
    worded = [n for n in sorted(notes, key=lambda n: n.day, reverse=True) if n.note.strip()]
    for n in worded[:shown]:
        if n.medicine:
            line = ReportMedicines.tr("{date} ({medicine}): {note}", "a side effect noted")
        else:
            line = ReportMedicines.tr("{date}: {note}", "a side effect noted")
        words = " ".join(n.note.split())
        lines.append(line.format(date=fmt_date(n.day, year=False), medicine=n.medicine, note=words))
    return lines


def medicines(
    all_medications: Sequence[Medication],
    lane: AdherenceLane | None,
    doses: Sequence[DoseRecord],
    period: DateRange,
    side_effects: Sequence[SideEffectNote] = (),
) -> Medicines:
    """Gather the medicines part of the report for ``period``.

    Args:
        all_medications: Every medication with its history.
        lane: The period's adherence lane (scheduled doses due and taken).
        doses: The doses recorded for the period's days.
        period: The days.
        side_effects: The side effects noted in the period (none until the diary
            records them).
    """
    if not all_medications:
        return Medicines()
    by_uuid = {m.uuid: m for m in all_medications}
    reasons: dict[str, Counter[str]] = {}
    as_needed: dict[str, list[DoseRecord]] = {}
    for dose in doses:
        if dose.slot_local is None and dose.status == "taken":
            as_needed.setdefault(dose.medication_uuid, []).append(dose)
        elif dose.status == "skipped" and dose.reason.strip():
            reasons.setdefault(dose.medication_uuid, Counter())[_reason(dose.reason)] += 1
    counts = {row[0]: row[1:] for row in (lane.by_medication if lane else [])}
    lines = []
    for med in all_medications:
        in_force = med.version_on(period.last)
        changes = changes_in(med, period)
        taken_here = med.uuid in as_needed or med.name in counts
        if not changes and not taken_here and not (in_force and in_force.active):
            continue
        if in_force is None:
            continue  # starts after the period
        taken = skipped = ""
        if in_force.as_needed:
            taken = skipped = ReportMedicines.tr("– (as needed)")
        if med.name in counts:
            took, due, skips, missing = counts[med.name]
            taken = ""
            if due:
                taken = ReportMedicines.tr("{percent} % ({taken} of {due})").format(
                    percent=fmt_number(100 * took / due, 0), taken=took, due=due
                )
            skipped = skip_text(skips, missing, reasons.get(med.uuid, Counter()))
        lines.append(
            MedicineLine(
                med.name, in_force.summary(), shown_changes([t for _, t in changes]), taken, skipped
            )
        )
    notes = []
    if lane is not None and lane.by_medication:
        notes.append(
            ReportMedicines.tr(
                "Scheduled doses count from each medicine's first dose recorded in MSLog; days"
                " before it are not counted as missed."
            )
        )
    if lane is not None and lane.untracked:
        notes.append(
            ReportMedicines.tr("No dose recorded yet, so not counted: {medicines}.").format(
                medicines=", ".join(lane.untracked)
            )
        )
    return Medicines(
        lines=lines,
        as_needed=[
            as_needed_text(by_uuid[uuid].name, found)
            for uuid, found in sorted(as_needed.items(), key=lambda i: by_uuid[i[0]].name)
        ],
        side_effects=side_effect_lines(side_effects),
        notes=notes,
    )


def _reason_shown(reason: str) -> str:
    """A counted reason in a sentence: an offered one translated, in lower case in English."""
    shown = skip_reason_label(reason)
    return reason.lower() if shown == reason else shown


def _reason(text: str) -> str:
    """The reason a skip is counted under: an offered one by its key, else as written."""
    plain = " ".join(text.split()).rstrip(".")
    offered = {reason.casefold(): reason for reason in SKIP_REASONS}
    key = skip_reason_key(plain)
    return offered.get(key.casefold(), plain.lower()[:40])
