"""What the appointment report says: numbers, series and text for a range (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mslog.core.clock import from_epoch_and_offset
from mslog.core.trend_lanes import ExtraLanes, extra_lanes
from mslog.core.trends import (
    PENN_LABELS,
    SNOW_LABELS,
    Breakdown,
    DateRange,
    FactorEffect,
    Summary,
    day_number,
)


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
        sections: Further blocks (medication, stretching, notes, appointments...).
        questions: The person's own questions for the appointment.
        markers: (day, short label) drawn on the chart, e.g. medication changes.
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
    effects: list[FactorEffect]
    sections: list[Section]
    questions: str
    markers: list[tuple[date, str]] = field(default_factory=list)


def fmt_number(value: float | None, digits: int = 1) -> str:
    """Return a number with ``digits`` decimals, or an en dash for none."""
    return "–" if value is None else f"{value:.{digits}f}"


def fmt_hour(hour: int | None) -> str:
    """Return ``22:00–23:00`` for hour 22, or an en dash."""
    return "–" if hour is None else f"{hour:02d}:00–{(hour + 1) % 24:02d}:00"


def key_rows(summary: Summary, previous: Summary, days_with: tuple[int, int]) -> list[tuple]:
    """Return the (measure, this period, previous period) rows of the key numbers table."""

    def trigger(s: Summary) -> str:
        return f"{s.top_trigger[0]} ({s.top_trigger[1]})" if s.top_trigger else "–"

    return [
        ("Spasms logged", str(summary.spasms), str(previous.spasms)),
        ("Spasms per day (average)", fmt_number(summary.per_day), fmt_number(previous.per_day)),
        (
            "Days with spasms",
            f"{days_with[0]} of {summary.range.days}",
            f"{days_with[1]} of {previous.range.days}",
        ),
        (
            "Mean severity (0–10 NRS)",
            fmt_number(summary.mean_severity),
            fmt_number(previous.mean_severity),
        ),
        (
            "Typical Snow frequency score (1–5)",
            f"{summary.snow_typical} – {SNOW_LABELS[summary.snow_typical]}",
            str(previous.snow_typical),
        ),
        (
            "Typical Penn frequency level (0–4)",
            f"{summary.penn_typical} – {PENN_LABELS[summary.penn_typical]}",
            str(previous.penn_typical),
        ),
        ("Busiest hour", fmt_hour(summary.worst_hour), fmt_hour(previous.worst_hour)),
        ("Most frequent trigger", trigger(summary), trigger(previous)),
    ]


def build_report(diary, period: DateRange) -> ReportContent:
    """Gather the report for ``period`` from an open :class:`~mslog.core.diary.Diary`."""
    trends = diary.trends
    daily = trends.daily(period)
    heatmap = trends.heatmap(period)
    breakdown = trends.breakdown(period, limit=6)
    summary = trends.summary(period, daily, heatmap, breakdown)
    before = period.previous()
    previous_daily = trends.daily(before)
    previous = trends.summary(before, previous_daily)
    counts = daily.dense_counts(period)
    means: list[float | None] = [None] * period.days
    start = day_number(period.first)
    for number, mean in zip(daily.day, daily.mean_severity, strict=True):
        means[number - start] = mean
    rows = key_rows(summary, previous, (len(daily.day), len(previous_daily.day)))
    extras = extra_lanes(diary, period)
    previous_extras = extra_lanes(diary, before)
    rows += lane_rows(extras, previous_extras, period, before)
    sections = lane_sections(extras)
    effects = trends.factor_effects(period, daily, extras.factors)
    sections.append(_breakdown_section(breakdown))
    if effects:
        sections.append(_effects_section(effects[:4]))
    notes = trends.notable_notes(period)
    if notes:
        sections.append(
            Section(
                "Notes from the diary",
                [
                    f"{from_epoch_and_offset(epoch, offset):%-d %b %H:%M}"
                    f"{f' (severity {sev})' if sev is not None else ''}: {_one_line(note)}"
                    for epoch, offset, sev, note in notes
                ],
            )
        )
    appointments = diary.appointments.between(period.first, period.last)
    last = diary.appointments.last_before(period.first)
    if appointments or last:
        lines = []
        if last and last not in appointments:
            lines.append(f"Previous appointment: {_appointment_line(last)}")
        lines += [_appointment_line(a) for a in appointments]
        sections.append(Section("Appointments", lines))
    return ReportContent(
        period=period,
        prepared_on=diary.today(),
        summary=summary,
        previous=previous,
        key_rows=rows,
        daily_counts=counts,
        daily_mean_severity=means,
        heatmap=heatmap,
        breakdown=breakdown,
        effects=effects,
        sections=sections,
        questions=diary.appointments.questions().strip(),
        markers=extras.markers,
    )


def lane_rows(
    extras: ExtraLanes, previous: ExtraLanes, period: DateRange, before: DateRange
) -> list[tuple[str, str, str]]:
    """Return key-number rows for stretching and medication, when the diary has them."""
    rows = []
    if extras.stretch is not None and previous.stretch is not None:
        rows.append(
            (
                "Days with a completed stretch session",
                f"{len(extras.stretch.completed_days)} of {period.days}",
                f"{len(previous.stretch.completed_days)} of {before.days}",
            )
        )
    if extras.adherence is not None and previous.adherence is not None:
        rows.append(
            (
                "Scheduled doses taken",
                _percent(extras.adherence.overall()),
                _percent(previous.adherence.overall()),
            )
        )
    return rows


def lane_sections(extras: ExtraLanes) -> list[Section]:
    """Return report sections on medication and self-care, when the diary has them."""
    sections = []
    if extras.adherence is not None or extras.medications or extras.markers:
        lines = [f"Taking now: {'; '.join(extras.medications) or 'none recorded'}"]
        lines += [f"Changed {day:%-d %b %Y}: {label}" for day, label in extras.markers]
        rows = [
            [
                name,
                f"{taken} of {due} ({100 * taken / due:.0f} %)",
                str(skipped),
                str(missed),
            ]
            for name, taken, due, skipped, missed in (
                extras.adherence.by_medication if extras.adherence else []
            )
            if due
        ]
        sections.append(
            Section(
                "Medication: changes and doses taken as scheduled",
                lines,
                ["Medication", "Scheduled doses taken", "Skipped", "Not recorded"] if rows else [],
                rows,
            )
        )
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


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %"


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
        "Triggers, places and types",
        header=["", "Most often (number of spasms)"],
        rows=[
            ["Triggers", listed(breakdown.triggers)],
            ["Body locations", listed(breakdown.locations)],
            ["Types", listed(breakdown.types)],
        ],
    )


def _effects_section(effects: list[FactorEffect]) -> Section:
    return Section(
        "Next-day spasms after days with and without… (association, not proof)",
        header=["Factor", "Days with / without", "Spasms next day: with", "without"],
        rows=[
            [
                e.label,
                f"{e.days_with} / {e.days_without}",
                fmt_number(e.mean_with),
                fmt_number(e.mean_without),
            ]
            for e in effects
        ],
    )
