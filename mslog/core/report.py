"""What the appointment report says: numbers, series and text for a range (no Qt here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from mslog.core.checkin.self_ratings import SelfRating
from mslog.core.clock import from_epoch_and_offset
from mslog.core.formatting import fmt_date, fmt_moment
from mslog.core.report_medicines import Medicines, SideEffectNote, change_markers, medicines
from mslog.core.report_numbers import KeyRow, Period, key_notes, key_rows, plural, stretch_days
from mslog.core.trends import Breakdown, DateRange, Summary, day_number
from mslog.core.trends import headline as hl
from mslog.core.trends.headline import Figures
from mslog.core.trends.insight import Analysis
from mslog.core.trends.lanes import AdherenceLane, ExtraLanes
from mslog.core.trends.page import TrendPage

if TYPE_CHECKING:
    from mslog.core.checklists.treatments import RefillDue, Treatment
    from mslog.core.diary import Diary


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
            f"This period: {days_logged(self.figures)}.",
            f"Previous period: {days_logged(self.previous_figures)}.",
        ]


# The report's caveat on factors: for the clinician (the app's own asks the person to talk
# it over with them).
ASSOCIATION = "These show an association, not proof: other things change on the same days."


def days_logged(f: Figures) -> str:
    """Which days the diary knows: ``89 days: 44 complete, 16 partial, 29 unknown; ...``."""
    if not f.in_diary:
        return "before the diary began"
    c = f.coverage
    line = (
        f"{plural(c.counted, 'day')} counted: {len(c.complete)} complete,"
        f" {len(c.partial)} partial, {len(c.unknown)} unknown"
    )
    if c.in_progress:
        line += " (today counts once it is over)"
    return line + f"; {plural(f.spasms, 'spasm')} logged"


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
            return "not answered" if in_diary else "before the diary began"
        given = []
        if rating.penn_frequency is not None:
            given.append(f"Penn frequency {rating.penn_text()}")
        if rating.snow is not None:
            given.append(f"Snow {rating.snow_text()}")
        return f"{'; '.join(given) or 'not answered'}; answered {fmt_date(rating.day)}"

    return [
        f"Self-rated: this period {answers(now, True)}."
        f" Previous period {answers(before, before_in_diary)}."
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
        visits.append(f"Previous appointment: {_appointment_line(last)}")
    visits += [f"Appointment in this period: {_appointment_line(a)}" for a in appointments]
    markers = [Marker(day, label) for m in meds for day, label in change_markers(m, period)]
    markers += [Marker(a.day, "Appointment", "appointment") for a in appointments]
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
        lines.append(f"{fmt_date(t.day)}: {t.title}" + (f" ({detail})" if detail else ""))
    seen = {t.kind for t in in_period}
    last: dict[str, Treatment] = {}
    for t in earlier:
        if t.kind not in seen and (t.kind not in last or t.day >= last[t.kind].day):
            last[t.kind] = t
    lines += [
        f"Last before this period: {t.title}, {fmt_date(t.day)}."
        for t in sorted(last.values(), key=lambda t: t.day)
    ]
    if refill is not None:
        lines.append(f"Next pump refill noted as due {fmt_date(refill.day)}.")
    return lines


def night_share_text(hours: list[int]) -> str:
    """Say how many spasms were logged at night (22:00-06:00 local time), in words."""
    total = sum(hours)
    if not total:
        return "No spasms logged in this period."
    evening, morning = NIGHT
    night = sum(hours[evening:]) + sum(hours[:morning])
    share = 100 * night / total
    return (
        f"{night} of {plural(total, 'spasm')} logged ({share:.0f} %)"
        f" {'was' if night == 1 else 'were'} at night,"
        f" between {evening:02d}:00 and {morning:02d}:00 local time."
    )


def detail_sections(page: TrendPage, now: Period) -> list[Section]:
    """The details after page 1: time of day, clear factors, stretching, triggers and notes."""
    figures = page.figures
    sections = []
    if figures.spasms:  # with none, page 1 says so once
        time_lines = [night_share_text(page.hours), f"Busiest hour: {hl.hours_value(figures)}."]
        sections.append(Section("Time of day", time_lines, figure="heatmap"))
    sections.append(_effects_section(page.analysis))
    care = stretching_lines(page.lanes, now)
    if care:
        sections.append(Section("Stretching and self-care", care))
    sections.append(_breakdown_section(page.breakdown))
    if page.notes:
        long_range = page.range.days > 300  # then the year too
        sections.append(
            Section(
                "Notes from the diary (the most severe noted spasms)",
                [
                    fmt_moment(from_epoch_and_offset(epoch, offset), weekday=False, year=long_range)
                    + f"{f' (severity {sev})' if sev is not None else ''}: {_one_line(note)}"
                    for epoch, offset, sev, note in page.notes[:NOTES_SHOWN]
                ],
            )
        )
    return sections


def adherence_text(lane: AdherenceLane) -> str:
    """Doses taken as a share of those due, with skipped and not recorded apart."""
    overall = lane.overall()
    if overall is None:
        return "– (no doses recorded yet)" if lane.untracked else "–"
    due = sum(lane.scheduled)
    return (
        f"{overall:.0f} % ({sum(lane.taken)} of {due}; {lane.skipped} skipped,"
        f" {lane.not_recorded} not recorded)"
    )


def stretching_lines(extras: ExtraLanes, now: Period) -> list[str]:
    """Stretch sessions and self-care habits in the period, when the diary has them."""
    care = []
    if extras.stretch is not None:
        completed = sum(extras.stretch.completed)
        partial = sum(extras.stretch.partial)
        care.append(
            f"Stretch sessions in MSLog: {plural(completed, 'completed session')} and"
            f" {partial} stopped early, on {plural(len(extras.stretch.day), 'day')}."
        )
    if extras.habits is not None and extras.habits.by_habit:
        habits = sorted(extras.habits.by_habit.items(), key=lambda item: -len(item[1]))
        care.append(
            "Self-care habits ticked (days): "
            + ", ".join(f"{name} {len(days)}" for name, days in habits[:6])
            + "."
        )
    if care:
        care.append(
            f"Days with stretching (a session or a stretching habit): {len(stretch_days(now))}"
            f" of {plural(now.range.days, 'day')}."
        )
    return care


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _appointment_line(appointment) -> str:
    who = f" with {appointment.clinician}" if appointment.clinician else ""
    note = f": {_one_line(appointment.note, 120)}" if appointment.note.strip() else ""
    return f"{fmt_date(appointment.day)}{who}{note}"


def _breakdown_section(breakdown: Breakdown) -> Section:
    def listed(items: list[tuple[str, str, int]]) -> str:
        return ", ".join(f"{label} {n}" for _, label, n in items[:5]) or "none recorded"

    title = "Marked on spasms most often (number of spasms: a count, not a comparison)"
    if not (breakdown.triggers or breakdown.locations or breakdown.types):
        return Section(title, ["No trigger, body location or type marked on a spasm."])
    return Section(
        title,
        [
            f"Triggers: {listed(breakdown.triggers)}",
            f"Body locations: {listed(breakdown.locations)}",
            f"Types: {listed(breakdown.types)}",
        ],
    )


def _effects_section(analysis: Analysis) -> Section:
    """Only the factors whose association stood out; otherwise one line saying none did."""
    from mslog.core.trends import insight_text as words

    clear = analysis.clear
    if not clear:
        return Section(
            "Days with and without each factor (association, not proof)",
            [analysis.none_stood_out()],
        )
    lines = [f"{words.stood_out_text(analysis)} {ASSOCIATION}"]
    return Section(
        "Days with and without each factor (association, not proof)",
        lines,
        notes=[f"How: {analysis.method}"],
        header=[
            "Factor",
            "Compared with",
            "Complete days with / without",
            "Spasms a day, with vs without",
            "Rate ratio (95\u00a0% interval)",
            "NRS with minus without (95\u00a0% interval)",
        ],
        rows=[
            [
                f.factor.name,
                f"the {f.factor.lag}",
                f"{f.comparison.days_with} / {f.comparison.days_without}",
                words.means_text(f.comparison).removesuffix(" spasms a day"),
                words.ratio_short(f.comparison),
                words.nrs_short(f.comparison),
            ]
            for f in clear
        ],
    )
