"""What the appointment report says: numbers, series and text for a range (no Qt here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from mslog.core.checkin.self_ratings import SelfRating
from mslog.core.checklists.model import habit_label
from mslog.core.clock import from_epoch_and_offset
from mslog.core.formatting import fmt_date, fmt_moment, fmt_number
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.report_medicines import Medicines, SideEffectNote, change_markers, medicines
from mslog.core.report_numbers import KeyRow, Period, key_notes, key_rows, stretch_days
from mslog.core.trends import Breakdown, DateRange, Summary, day_number
from mslog.core.trends import headline as hl
from mslog.core.trends.headline import Figures
from mslog.core.trends.insight import Analysis
from mslog.core.trends.lanes import AdherenceLane, ExtraLanes
from mslog.core.trends.page import TrendPage

if TYPE_CHECKING:
    from mslog.core.checklists.treatments import RefillDue, Treatment
    from mslog.core.diary import Diary


class Report(Words):
    """The translation context of the report's words (its sections, lines and markers)."""


@dataclass(frozen=True)
class Section:
    """A titled block of the report: optional lines of text and an optional table."""

    title: str
    lines: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    figure: str = ""  # a chart drawn under the lines: "heatmap" (time of day) or none
    notes: list[str] = field(default_factory=list)  # how it was worked out, in small print


@dataclass(frozen=True)
class Marker:
    """A day drawn on the chart: a medication change, an appointment or a treatment.

    Attributes:
        day: The diary day.
        label: A short label ("Baclofen 10 → 15 mg ×3", "Appointment").
        kind: "medicine", "appointment" or "treatment".
    """

    day: date
    label: str
    kind: str = "medicine"


@dataclass(frozen=True)
class ReportContent:
    """Everything the report shows, ready to lay out.

    Attributes:
        period: The diary days covered.
        prepared_on: The day it was made.
        summary: Plain totals of the period.
        previous: The same for the equally long period before.
        key_rows: The key numbers: measure, this period, previous period, change.
        key_notes: What the key numbers rest on, said once under them.
        daily_counts: Spasms on every day of the period (zeros included).
        daily_mean_severity: Mean severity per day, or None.
        heatmap: Spasms as 7 weekday rows × 24 hours.
        breakdown: Triggers, locations and types.
        effects: The factor analysis.
        sections: The details after page 1 (time of day, factors, stretching, notes).
        questions: The person's own questions for the appointment.
        markers: Days drawn on the chart: medication changes, appointments, treatments.
        figures: The headline figures of the period, with its coverage.
        previous_figures: The same for the period before.
        daily_nrs: The check-in spasticity rating (0-10) of every day, or None.
        self_rated: The person's own latest Penn and Snow answers, this period and before.
        appointments: The appointment before the period and those in it, one line each.
        medicines: Medicines taken, their changes, doses, as-needed doses, side effects.
        treatments: Treatment events (injections, pump refills...) in and before the period,
            one line each, under the medicines.
    """

    period: DateRange
    prepared_on: date
    summary: Summary
    previous: Summary
    key_rows: list[KeyRow]
    daily_counts: list[int]
    daily_mean_severity: list[float | None]
    heatmap: list[list[int]]
    breakdown: Breakdown
    effects: Analysis
    sections: list[Section]
    questions: str
    markers: list[Marker] = field(default_factory=list)
    figures: Figures | None = None
    previous_figures: Figures | None = None
    daily_nrs: list[int | None] = field(default_factory=list)
    self_rated: list[str] = field(default_factory=list)
    appointments: list[str] = field(default_factory=list)
    medicines: Medicines = field(default_factory=Medicines)
    key_notes: list[str] = field(default_factory=list)
    treatments: list[str] = field(default_factory=list)

    def unknown_days(self) -> list[int]:
        """Indexes (0 = the first day) of the period's days with nothing logged or said."""
        if self.figures is None:
            return []
        start = day_number(self.period.first)
        return sorted(d - start for d in self.figures.coverage.unknown)

    def coverage_lines(self) -> list[str]:
        """What the figures rest on, this period and the one before, in words."""
        if self.figures is None or self.previous_figures is None:
            return []
        return [
            Report.tr("This period: {days}.").format(days=days_logged(self.figures)),
            Report.tr("Previous period: {days}.").format(days=days_logged(self.previous_figures)),
        ]


# What the factors' table says a factor was set against (a key of insight.LAGS).
LAG_WORDS = {
    "same day": QT_TRANSLATE_NOOP("Report", "the same day"),
    "next day": QT_TRANSLATE_NOOP("Report", "the next day"),
}


def days_logged(f: Figures) -> str:
    """Which days the diary knows: ``89 days: 44 complete, 16 partial, 29 unknown; ...``."""
    if not f.in_diary:
        return Report.tr("before the diary began")
    c = f.coverage
    line = Report.tr(
        "%n days counted: {complete} complete, {partial} partial, {unknown} unknown",
        "",
        c.counted,
    ).format(complete=len(c.complete), partial=len(c.partial), unknown=len(c.unknown))
    if c.in_progress:
        line = Report.tr("{days} (today counts once it is over)").format(days=line)
    return Report.tr("{days}; %n spasms logged", "", f.spasms).format(days=line)


def self_rated_lines(
    now: SelfRating | None, before: SelfRating | None, before_in_diary: bool = True
) -> list[str]:
    """Lines with the person's own latest Penn and Snow answers, when they gave any.

    Said in full across the page, so the scales' levels keep their words.
    """
    if now is None and before is None:
        return []

    def answers(rating: SelfRating | None, in_diary: bool) -> str:
        if rating is None:
            return Report.tr("not answered") if in_diary else Report.tr("before the diary began")
        given = []
        if rating.penn_frequency is not None:
            given.append(Report.tr("Penn frequency {level}").format(level=rating.penn_text()))
        if rating.snow is not None:
            given.append(Report.tr("Snow {level}").format(level=rating.snow_text()))
        return Report.tr("{answers}; answered {date}").format(
            answers="; ".join(given) or Report.tr("not answered"), date=fmt_date(rating.day)
        )

    return [
        Report.tr("Self-rated: this period {now}. Previous period {before}.").format(
            now=answers(now, True), before=answers(before, before_in_diary)
        )
    ]


REPORT_BREAKDOWN = 6  # triggers, places and types the report reads per breakdown
NIGHT = (22, 6)  # the night, local hours: from 22:00 to 06:00
NOTES_SHOWN = 5  # notes of the most severe noted spasms shown


def build_report(diary: Diary, period: DateRange) -> ReportContent:
    """Gather the report for ``period`` from an open :class:`~mslog.core.diary.Diary`."""
    page = TrendPage.of(diary, period, breakdown_limit=REPORT_BREAKDOWN)
    before = page.previous
    daily = page.daily
    means: list[float | None] = [None] * period.days
    start = day_number(period.first)
    for number, mean in zip(daily.day, daily.mean_severity, strict=True):
        means[number - start] = mean
    began = page.began
    now = Period(page.figures, page.checkins, page.lanes)
    earlier = Period(
        before.figures,
        before.checkins,
        before.lanes,
        whole=began is not None and began <= before.range.first,
    )
    ratings = diary.self_ratings
    self_rated = self_rated_lines(
        ratings.latest(period.first, period.last),
        ratings.latest(before.range.first, before.range.last),
        before.figures.in_diary,
    )
    meds = diary.checklists.medications.all()
    doses = diary.checklists.doses.between(period.first, period.last) if meds else []
    side_effects = [
        SideEffectNote(e.day, e.medication_name, e.kinds, e.note)
        for e in diary.checklists.side_effects(period.first, period.last)
    ]
    medicine_part = medicines(meds, page.lanes.adherence, doses, period, side_effects)
    appointments = page.appointments
    last = diary.appointments.last_before(period.first)
    visits = []
    if last and last not in appointments:
        visits.append(
            Report.tr("Previous appointment: {visit}").format(visit=_appointment_line(last))
        )
    visits += [
        Report.tr("Appointment in this period: {visit}").format(visit=_appointment_line(a))
        for a in appointments
    ]
    markers = [Marker(day, label) for m in meds for day, label in change_markers(m, period)]
    markers += [Marker(a.day, Report.tr("Appointment"), "appointment") for a in appointments]
    treatments = diary.checklists.treatments
    markers += [Marker(t.day, t.marker, "treatment") for t in page.treatments]
    treated_before = [t for t in treatments.all() if t.day < period.first]
    return ReportContent(
        period=period,
        prepared_on=page.today,
        summary=page.summary,
        previous=before.summary,
        key_rows=key_rows(now, earlier),
        key_notes=key_notes(now),
        daily_counts=daily.dense_counts(period),
        daily_mean_severity=means,
        heatmap=page.heatmap,
        breakdown=page.breakdown,
        effects=page.analysis,
        sections=detail_sections(page, now),
        questions=diary.appointments.questions().strip(),
        self_rated=self_rated,
        appointments=visits,
        markers=sorted(markers, key=lambda m: (m.day, m.kind, m.label)),
        figures=page.figures,
        previous_figures=before.figures,
        daily_nrs=[page.nrs.get(start + i) for i in range(period.days)],
        medicines=medicine_part,
        treatments=treatment_lines(page.treatments, treated_before, treatments.refill_due()),
    )


def treatment_lines(
    in_period: Sequence[Treatment], earlier: Sequence[Treatment], refill: RefillDue | None
) -> list[str]:
    """The period's treatment events, the last of each other kind before it, the next refill.

    The last injection before the period matters as much as one in it: botulinum toxin
    is given every few months, so an appointment often falls between two.
    """
    lines = []
    for t in in_period:
        detail = t.detail()
        if detail:
            line = Report.tr("{date}: {treatment} ({detail})", "a treatment given, with its detail")
        else:
            line = Report.tr("{date}: {treatment}", "a treatment given")
        lines.append(line.format(date=fmt_date(t.day), treatment=t.title, detail=detail))
    seen = {t.kind for t in in_period}
    last: dict[str, Treatment] = {}
    for t in earlier:
        if t.kind not in seen and (t.kind not in last or t.day >= last[t.kind].day):
            last[t.kind] = t
    lines += [
        Report.tr("Last before this period: {treatment}, {date}.").format(
            treatment=t.title, date=fmt_date(t.day)
        )
        for t in sorted(last.values(), key=lambda t: t.day)
    ]
    if refill is not None:
        lines.append(
            Report.tr("Next pump refill noted as due {date}.").format(date=fmt_date(refill.day))
        )
    return lines


def night_share_text(hours: list[int]) -> str:
    """Say how many spasms were logged at night (22:00-06:00 local time), in words."""
    total = sum(hours)
    if not total:
        return Report.tr("No spasms logged in this period.")
    evening, morning = NIGHT
    night = sum(hours[evening:]) + sum(hours[:morning])
    share = 100 * night / total
    if night == 1:
        text = Report.tr(
            "{night} of %n spasms logged ({share} %) was at night,"
            " between {evening} and {morning} local time.",
            "one spasm at night",
            total,
        )
    else:
        text = Report.tr(
            "{night} of %n spasms logged ({share} %) were at night,"
            " between {evening} and {morning} local time.",
            "",
            total,
        )
    return text.format(
        night=night,
        share=fmt_number(share, 0),
        evening=f"{evening:02d}:00",
        morning=f"{morning:02d}:00",
    )


def detail_sections(page: TrendPage, now: Period) -> list[Section]:
    """The details after page 1: time of day, clear factors, stretching, triggers and notes."""
    figures = page.figures
    sections = []
    if figures.spasms:  # with none, page 1 says so once
        busiest = Report.tr("Busiest hour: {hours}.").format(hours=hl.hours_value(figures))
        time_lines = [night_share_text(page.hours), busiest]
        sections.append(Section(Report.tr("Time of day"), time_lines, figure="heatmap"))
    sections.append(_effects_section(page.analysis))
    care = stretching_lines(page.lanes, now)
    if care:
        sections.append(Section(Report.tr("Stretching and self-care"), care))
    sections.append(_breakdown_section(page.breakdown))
    if page.notes:
        long_range = page.range.days > 300  # then the year too
        sections.append(
            Section(
                Report.tr("Notes from the diary (the most severe noted spasms)"),
                [
                    _note_line(from_epoch_and_offset(epoch, offset), sev, note, long_range)
                    for epoch, offset, sev, note in page.notes[:NOTES_SHOWN]
                ],
            )
        )
    return sections


def _note_line(at: datetime, severity: int | None, note: str, year: bool) -> str:
    """One noted spasm: ``12 Mar 07:40 (severity 8): woke me up``."""
    when = fmt_moment(at, weekday=False, year=year)
    if severity is None:
        text = Report.tr("{when}: {note}", "a spasm's note")
    else:
        text = Report.tr("{when} (severity {severity}): {note}", "a spasm's note")
    return text.format(when=when, severity=severity, note=_one_line(note))


def adherence_text(lane: AdherenceLane) -> str:
    """Doses taken as a share of those due, with skipped and not recorded apart."""
    overall = lane.overall()
    if overall is None:
        return Report.tr("– (no doses recorded yet)") if lane.untracked else "–"
    due = sum(lane.scheduled)
    return Report.tr(
        "{percent} % ({taken} of {due}; {skipped} skipped, {missing} not recorded)"
    ).format(
        percent=fmt_number(overall, 0),
        taken=sum(lane.taken),
        due=due,
        skipped=lane.skipped,
        missing=lane.not_recorded,
    )


def stretching_lines(extras: ExtraLanes, now: Period) -> list[str]:
    """Stretch sessions and self-care habits in the period, when the diary has them."""
    care = []
    if extras.stretch is not None:
        completed = sum(extras.stretch.completed)
        partial = sum(extras.stretch.partial)
        care.append(
            Report.tr(
                "Stretch sessions in MSLog: {completed} and {partial} stopped early, on {days}."
            ).format(
                completed=Report.tr("%n completed sessions", "", completed),
                partial=partial,
                days=Report.tr("%n days", "", len(extras.stretch.day)),
            )
        )
    if extras.habits is not None and extras.habits.by_habit:
        habits = sorted(extras.habits.by_habit.items(), key=lambda item: -len(item[1]))
        care.append(
            Report.tr("Self-care habits ticked (days): {habits}.").format(
                habits=", ".join(f"{habit_label(name)} {len(days)}" for name, days in habits[:6])
            )
        )
    if care:
        care.append(
            Report.tr(
                "Days with stretching (a session or a stretching habit): {count} of %n days.",
                "",
                now.range.days,
            ).format(count=len(stretch_days(now)))
        )
    return care


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _appointment_line(appointment) -> str:
    line = fmt_date(appointment.day)
    if appointment.clinician:
        line = Report.tr("{date} with {clinician}").format(
            date=line, clinician=appointment.clinician
        )
    if appointment.note.strip():
        line = Report.tr("{appointment}: {note}").format(
            appointment=line, note=_one_line(appointment.note, 120)
        )
    return line


def _breakdown_section(breakdown: Breakdown) -> Section:
    def listed(items: list[tuple[str, str, int]]) -> str:
        found = ", ".join(f"{label} {n}" for _, label, n in items[:5])
        return found or Report.tr("none recorded")

    title = Report.tr("Marked on spasms most often (number of spasms: a count, not a comparison)")
    if not (breakdown.triggers or breakdown.locations or breakdown.types):
        return Section(title, [Report.tr("No trigger, body location or type marked on a spasm.")])
    return Section(
        title,
        [
            Report.tr("Triggers: {found}").format(found=listed(breakdown.triggers)),
            Report.tr("Body locations: {found}").format(found=listed(breakdown.locations)),
            Report.tr("Types: {found}").format(found=listed(breakdown.types)),
        ],
    )


def _effects_section(analysis: Analysis) -> Section:
    """Only the factors whose association stood out; otherwise one line saying none did."""
    from mslog.core.trends import insight_text as words

    clear = analysis.clear
    title = Report.tr("Days with and without each factor (association, not proof)")
    if not clear:
        return Section(title, [analysis.none_stood_out()])
    # The report's caveat on factors: for the clinician (the app's own asks the person to
    # talk it over with them).
    lines = [
        Report.tr(
            "{stood_out} These show an association, not proof:"
            " other things change on the same days."
        ).format(stood_out=words.stood_out_text(analysis))
    ]
    return Section(
        title,
        lines,
        notes=[Report.tr("How: {method}").format(method=analysis.method)],
        header=[
            Report.tr("Factor"),
            Report.tr("Compared with"),
            Report.tr("Complete days with / without"),
            Report.tr("Spasms a day, with vs without"),
            Report.tr("Rate ratio (95\u00a0% interval)"),
            Report.tr("NRS with minus without (95\u00a0% interval)"),
        ],
        rows=[
            [
                f.factor.name,
                _lag_words(f.factor.lag),
                f"{f.comparison.days_with} / {f.comparison.days_without}",
                words.means_short(f.comparison),
                words.ratio_short(f.comparison),
                words.nrs_short(f.comparison),
            ]
            for f in clear
        ],
    )


def _lag_words(lag: str) -> str:
    """What a factor was set against: ``the same day`` or ``the next day``."""
    words = LAG_WORDS.get(lag)
    return translate("Report", words) if words else lag
