"""What the appointment report says: numbers, series and text for a range (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from mslog.core.checkin.self_ratings import SelfRating
from mslog.core.clock import from_epoch_and_offset
from mslog.core.trends import Breakdown, DateRange, Summary, day_number
from mslog.core.trends import headline as hl
from mslog.core.trends.coverage import MIN_COMPLETE_DAYS
from mslog.core.trends.headline import BEFORE_DIARY, Figures
from mslog.core.trends.insight import Analysis
from mslog.core.trends.lanes import AdherenceLane, ExtraLanes
from mslog.core.trends.page import TrendPage

if TYPE_CHECKING:
    from mslog.core.diary import Diary


@dataclass(frozen=True)
class Section:
    """A titled block of the report: optional lines of text and an optional table."""

    title: str
    lines: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass(frozen=True)
class ReportContent:
    """Everything the report shows, ready to lay out.

    Attributes:
        period: The diary days covered.
        prepared_on: The day it was made.
        summary: Headline numbers for the period.
        previous: The same numbers for the equally long period before.
        key_rows: (measure, this period, previous period) rows.
        daily_counts: Spasms on every day of the period (zeros included).
        daily_mean_severity: Mean severity per day, or None.
        heatmap: Spasms as 7 weekday rows × 24 hours.
        breakdown: Triggers, locations and types.
        sections: Further blocks (medication, stretching, factors, notes...).
        questions: The person's own questions for the appointment.
        markers: (day, short label) drawn on the chart, e.g. medication changes.
        figures: The headline figures of the period, with its coverage.
        daily_nrs: The check-in spasticity rating (0-10) of every day, or None.
        previous_figures: The same for the period before.
        self_rated: The person's own latest Penn and Snow answers, this period and before.
        appointments: The appointment before the period and those in it, one line each.
    """

    period: DateRange
    prepared_on: date
    summary: Summary
    previous: Summary
    key_rows: list[tuple[str, str, str]]
    daily_counts: list[int]
    daily_mean_severity: list[float | None]
    heatmap: list[list[int]]
    breakdown: Breakdown
    effects: Analysis
    sections: list[Section]
    questions: str
    markers: list[tuple[date, str]] = field(default_factory=list)
    figures: Figures | None = None
    previous_figures: Figures | None = None
    daily_nrs: list[int | None] = field(default_factory=list)
    self_rated: list[str] = field(default_factory=list)
    appointments: list[str] = field(default_factory=list)

    def coverage_rows(self) -> list[tuple[str, str, str]]:
        """The key-number rows on coverage: days complete, partial, unknown and the basis."""
        if self.figures is None or self.previous_figures is None:
            return []
        return coverage_rows(self.figures, self.previous_figures)

    def unknown_days(self) -> list[int]:
        """Indexes (0 = the first day) of the period's days with nothing logged or said."""
        if self.figures is None:
            return []
        start = day_number(self.period.first)
        return sorted(d - start for d in self.figures.coverage.unknown)

    def coverage_lines(self) -> list[str]:
        """What the figures rest on, this period and the one before."""
        if self.figures is None or self.previous_figures is None:
            return []
        now, before = self.figures, self.previous_figures
        return [
            f"This period: {hl.coverage_line(now)}; per-day figures {hl.basis_note(now)}.",
            f"Previous period: {hl.coverage_line(before)}"
            + (f"; per-day figures {hl.basis_note(before)}." if before.in_diary else "."),
        ]


# The report's caveat on factors: for the clinician (the app's own asks the person to talk
# it over with them).
ASSOCIATION = "These show an association, not proof: other things change on the same days."
PER_DAY_MARK = "*"  # marks the key numbers that rest on the per-day basis days


def key_notes() -> list[str]:
    """What the key numbers rest on, said once below the table rather than in every cell."""
    return [
        "Complete day: the daily check-in says every spasm was logged (or none happened);"
        " partial: spasms logged without that; unknown: nothing logged or said; today counts"
        f" once over or checked in as complete. {PER_DAY_MARK} Per-day figures count only"
        f" complete days once there are {MIN_COMPLETE_DAYS}, so a day with spasms missing is"
        " not read as calm. NRS: the daily check-in's 0–10 spasticity rating. Snow score from"
        " the log: a typical (median) day's spasms as a Snow level. Self-rated: the person's"
        f" own answers. Nothing here is a clinical assessment. {BEFORE_DIARY}: before the"
        " diary began; –: nothing to rest on.",
    ]


def coverage_rows(now: Figures, before: Figures) -> list[tuple[str, str, str]]:
    """Rows saying which days the figures rest on, this period beside the one before."""

    def days(f: Figures) -> str:
        if not f.in_diary:
            return BEFORE_DIARY
        c = f.coverage
        return f"{len(c.complete)} / {len(c.partial)} / {len(c.unknown)} of {c.counted} days"

    def basis(f: Figures) -> str:
        if not f.in_diary:
            return BEFORE_DIARY
        c = f.coverage
        if c.uses_complete_days:
            return f"the {len(c.complete)} complete days"
        if not c.basis:
            return "no day with entries yet"
        return (
            f"{len(c.basis)} day{'' if len(c.basis) == 1 else 's'} ({len(c.complete)} complete,"
            f" {len(c.partial)} partial):"
            " spasms may be missing"
        )

    return [
        ("Complete / partial / unknown", days(now), days(before)),
        ("Per-day figures" + PER_DAY_MARK + " rest on", basis(now), basis(before)),
    ]


def key_rows(now: Figures, before: Figures) -> list[tuple[str, str, str]]:
    """Return the (measure, this period, previous period) rows of the key numbers table."""

    def both(value) -> tuple[str, str]:
        return value(now), value(before)

    def spasm_days(f: Figures) -> str:
        return f"{f.spasm_days} of {f.range.days}" if f.in_diary else BEFORE_DIARY

    change = hl.nrs_change(now, before)
    nrs_now = hl.nrs_value(change)
    if change.percent is None and change.now is not None and change.before:
        # Both periods' check-in days are in the table: only the rule is left to say.
        nrs_now += f"; too few check-in days to compare ({hl.MIN_NRS_DAYS} needed in each)"
    elif change.now is not None:
        nrs_now += f"; {hl.nrs_comparison(change)}"
    return [
        ("Spasms logged", *both(lambda f: str(f.spasms) if f.in_diary else BEFORE_DIARY)),
        ("Days with spasms logged", *both(spasm_days)),
        ("Spasms per day" + PER_DAY_MARK, *both(hl.per_day_value)),
        ("Spasticity NRS, mean", nrs_now, hl.nrs_before(change, before)),
        ("Mean spasm rating", *both(hl.rating_value)),
        ("Snow score from the log" + PER_DAY_MARK, *both(hl.snow_value)),
        ("Busiest hour", *both(hl.hours_value)),
        ("Trigger marked most", *both(hl.triggers_value)),
    ]


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
        return f"{'; '.join(given) or 'not answered'}; answered {rating.day:%-d %b %Y}"

    return [
        f"Self-rated: this period {answers(now, True)}."
        f" Previous period {answers(before, before_in_diary)}."
    ]


REPORT_BREAKDOWN = 6  # triggers, places and types the report reads per breakdown


def build_report(diary: Diary, period: DateRange) -> ReportContent:
    """Gather the report for ``period`` from an open :class:`~mslog.core.diary.Diary`."""
    page = TrendPage.of(diary, period, breakdown_limit=REPORT_BREAKDOWN)
    before = page.previous
    daily = page.daily
    means: list[float | None] = [None] * period.days
    start = day_number(period.first)
    for number, mean in zip(daily.day, daily.mean_severity, strict=True):
        means[number - start] = mean
    now_figures, before_figures = page.figures, before.figures
    rows = key_rows(now_figures, before_figures)
    ratings = diary.self_ratings
    self_rated = self_rated_lines(
        ratings.latest(period.first, period.last),
        ratings.latest(before.range.first, before.range.last),
        before_figures.in_diary,
    )
    # The period before's lanes are read even before the diary began: a lane the
    # diary has keeps its row, with "—" for the days before.
    rows += lane_rows(page.lanes, before.lanes, period, before.range, before_figures.in_diary)
    sections = lane_sections(page.lanes)
    sections.append(_breakdown_section(page.breakdown))
    sections.append(_effects_section(page.analysis))
    if page.notes:
        sections.append(
            Section(
                "Notes from the diary",
                [
                    f"{from_epoch_and_offset(epoch, offset):%-d %b %H:%M}"
                    f"{f' (severity {sev})' if sev is not None else ''}: {_one_line(note)}"
                    for epoch, offset, sev, note in page.notes
                ],
            )
        )
    appointments = page.appointments
    last = diary.appointments.last_before(period.first)
    visits = []
    if last and last not in appointments:
        visits.append(f"Previous appointment: {_appointment_line(last)}")
    visits += [f"Appointment in this period: {_appointment_line(a)}" for a in appointments]
    return ReportContent(
        period=period,
        prepared_on=page.today,
        summary=page.summary,
        previous=before.summary,
        key_rows=rows,
        daily_counts=daily.dense_counts(period),
        daily_mean_severity=means,
        heatmap=page.heatmap,
        breakdown=page.breakdown,
        effects=page.analysis,
        sections=sections,
        questions=diary.appointments.questions().strip(),
        self_rated=self_rated,
        appointments=visits,
        markers=page.medication_changes,
        figures=now_figures,
        previous_figures=before_figures,
        daily_nrs=[page.nrs.get(start + i) for i in range(period.days)],
    )


def lane_rows(
    extras: ExtraLanes,
    previous: ExtraLanes,
    period: DateRange,
    before: DateRange,
    before_in_diary: bool = True,
) -> list[tuple[str, str, str]]:
    """Return key-number rows for stretching and medication, when the diary has them.

    ``before_in_diary``: False when the period before lies wholly before the diary
    began (its cells show "—").
    """
    rows = []
    if extras.stretch is not None and previous.stretch is not None:
        rows.append(
            (
                "Days stretched in full",
                f"{len(extras.stretch.completed_days)} of {period.days}",
                f"{len(previous.stretch.completed_days)} of {before.days}"
                if before_in_diary
                else BEFORE_DIARY,
            )
        )
    if extras.adherence is not None and previous.adherence is not None:
        rows.append(
            (
                "Scheduled doses taken",
                adherence_text(extras.adherence),
                adherence_text(previous.adherence) if before_in_diary else BEFORE_DIARY,
            )
        )
    return rows


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


def lane_sections(extras: ExtraLanes) -> list[Section]:
    """Return report sections on medication and self-care, when the diary has them."""
    sections = []
    if extras.adherence is not None or extras.medications or extras.markers:
        lines = [f"Taking now: {'; '.join(extras.medications) or 'none recorded'}"]
        lines += [f"Changed {day:%-d %b %Y}: {label}" for day, label in extras.markers]
        if extras.adherence is not None:
            lines += [
                f"{name}: {taken} of {due} scheduled doses taken ({100 * taken / due:.0f} %),"
                f" {skipped} skipped, {missed} not recorded."
                for name, taken, due, skipped, missed in extras.adherence.by_medication
                if due
            ]
            lines.append(
                "Doses count from each medicine's first dose recorded in MSLog; days before"
                " it are not counted as missed."
            )
            if extras.adherence.untracked:
                lines.append(
                    "No dose recorded yet, so not counted: "
                    + ", ".join(extras.adherence.untracked)
                    + "."
                )
        sections.append(Section("Medication: changes and doses taken as scheduled", lines))
    care = []
    if extras.stretch is not None:
        completed = sum(extras.stretch.completed)
        partial = sum(extras.stretch.partial)
        care.append(
            f"Stretching: {completed} completed session{'s' if completed != 1 else ''}"
            f" and {partial} stopped early, on {len(extras.stretch.day)} days."
        )
    if extras.habits is not None and extras.habits.by_habit:
        habits = sorted(extras.habits.by_habit.items(), key=lambda item: -len(item[1]))
        care.append(
            "Self-care habits (days done): "
            + ", ".join(f"{name} {len(days)}" for name, days in habits[:6])
            + "."
        )
    if care:
        sections.append(Section("Stretching and self-care", care))
    return sections


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _appointment_line(appointment) -> str:
    who = f" with {appointment.clinician}" if appointment.clinician else ""
    note = f": {_one_line(appointment.note, 120)}" if appointment.note.strip() else ""
    return f"{appointment.day:%-d %b %Y}{who}{note}"


def _breakdown_section(breakdown: Breakdown) -> Section:
    def listed(items: list[tuple[str, str, int]]) -> str:
        return ", ".join(f"{label} {n}" for _, label, n in items[:5]) or "none recorded"

    return Section(
        "Triggers, places and types marked most often (number of spasms)",
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
    lines = [f"{words.stood_out_text(analysis)} {ASSOCIATION}", f"How: {analysis.method}"]
    return Section(
        "Days with and without each factor (association, not proof)",
        lines,
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
