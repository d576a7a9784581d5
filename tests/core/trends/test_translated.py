"""The Trends figures and the factor analysis in German: no English sentence, no English dates.

What the cards, the report and ``mslog insights`` say comes from core/trends; run in
German, none of it may keep an English phrase of the source catalogue, nor an English
month or weekday name.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mslog.core.diary import Diary
from mslog.core.i18n import translate
from mslog.core.trends import SNOW_LABELS, DateRange, range_choices
from mslog.core.trends import headline as hl
from mslog.core.trends import insight_text as words
from mslog.core.trends.exposures import _days_with
from mslog.core.trends.insight import Factor, analyse
from mslog.core.trends.page import TrendPage
from tests.helpers.language import english_left, english_pieces
from tests.helpers.stubs import LONDON

# The contexts of core/trends, core/appointments and the Trends tab (ui/trends).
CONTEXTS = {
    "TrendRange", "SnowScore", "DaysCounted", "Headline", "FactorAnalysis", "Factors",
    "MedicineMarkers", "AppointmentProblems", "CustomRangeDialog", "TrendsView", "Cards",
    "SummaryCards", "Lanes", "LanesChart", "ChartZoom", "DayZoom", "TimeOfDay",
    "TimeOfDayCharts", "FactorPage", "BarsChart", "BreakdownPage", "AppointmentList",
    "AppointmentsPage", "SelfRatingForm", "ReportDialog", "ExportDialog", "ExportUi",
}  # fmt: skip


def assert_german(texts: list[str]) -> None:
    """Fail on any English phrase of our catalogue or English date name in ``texts``."""
    assert [(text, left) for text in texts if (left := english_left(text, CONTEXTS))] == []


def march(d: int) -> date:
    return date(2026, 3, d)


def fill_march(diary: Diary) -> None:
    """1-8 March complete (NRS each day), two busy hours and two triggers tied; 9 partial."""
    for d in range(1, 9):
        for k in range(4):
            start = datetime(2026, 3, d, 7 if k % 2 else 22, 5 * k, tzinfo=LONDON)
            diary.spasms.log(started=start, severity=4 + k, triggers=["heat", "stress"])
        diary.checkins.update(march(d), spasms="all_logged", nrs=4 + d % 3)
    diary.spasms.log(started=datetime(2026, 3, 9, 10, tzinfo=LONDON), severity=2)


def test_the_headline_figures_read_in_german(german, diary: Diary):
    fill_march(diary)
    page = TrendPage.of(diary, DateRange(march(1), march(10)))
    now, before = page.figures, page.previous.figures
    change = hl.nrs_change(now, before)
    texts = [
        page.range.label(),
        hl.per_day_value(now),
        hl.basis_note(now),
        hl.basis_note(before),
        hl.coverage_line(now),
        hl.nrs_value(change),
        hl.nrs_comparison(change),
        hl.nrs_before(change, before),
        hl.rating_value(now),
        hl.snow_value(now),
        hl.hours_value(now),
        hl.triggers_value(now),
        hl.too_few_for_hour(),
        *[label for _, label in range_choices()],
    ]
    assert "Tage gezählt" in hl.coverage_line(now)
    assert hl.per_day_value(now).endswith("am Tag")
    assert "," in hl.per_day_value(now)  # the German decimal comma
    assert " und " in hl.hours_value(now)  # two tied hours, joined in German
    assert hl.triggers_value(now) == "Wärme und Stress (je 32)"
    assert_german(texts)


def test_the_snow_levels_and_a_short_diary_read_in_german(german, diary: Diary):
    diary.spasms.log(started=datetime(2026, 3, 10, 9, tzinfo=LONDON))
    diary.checkins.update(march(10), spasms="all_logged", nrs=3)
    page = TrendPage.of(diary, DateRange(march(4), march(10)))
    now, before = page.figures, page.previous.figures
    change = hl.nrs_change(now, before)
    texts = [
        hl.basis_note(now),
        hl.coverage_line(before),
        hl.nrs_comparison(change),
        hl.hours_value(now),
        hl.rating_value(now),
        *[translate("SnowScore", label) for label in SNOW_LABELS.values()],
    ]
    assert hl.nrs_comparison(change) == "vor Beginn Ihres Tagebuchs nichts zum Vergleichen"
    assert_german(texts)


def _series(with_it: int, without: int, lag: int = 0):
    # Days with the factor have four times the spasms; NRS known on every day.
    rows = [(d, 8 + d % 3, 6.0, True) for d in range(with_it)]
    rows += [(with_it + d, 2 + d % 2, 3.0, False) for d in range(without)]
    return rows


def test_the_factor_analysis_reads_in_german(german):
    factors = [
        Factor("Hitze", "day factor", "same day", _days_with("Hitze")[0], _series(20, 20)),
        Factor("Warmes Bad", "habit", "next day", _days_with("Warmes Bad")[1], _series(3, 30)),
    ]
    analysis = analyse(factors)
    clear, waiting = analysis.findings
    assert clear.clear
    assert clear.verdict == "mehr Spasmen an Tagen mit Hitze"  # the name keeps its capital
    texts = [
        analysis.method,
        analysis.none_stood_out(),
        words.caveat(),
        words.trigger_note(),
        words.unclear_note(),
        words.stood_out_text(analysis),
        words.coverage_text(analysis),
        words.missing_text(analysis),
        *(words.lag_text(f.factor.lag) for f in analysis.findings),
        *(f.verdict for f in analysis.findings),
        *(words.title_text(f) for f in analysis.findings),
        *(words.spasms_text(f) for f in analysis.findings),
        *(words.nrs_text(f.comparison) for f in analysis.findings),
        words.means_short(clear.comparison),
        words.ratio_short(clear.comparison),
        words.nrs_short(clear.comparison),
    ]
    assert words.title_text(waiting) == "Warmes Bad (Gewohnheit, Folgetag)"
    assert "Ratenverhältnis" in words.spasms_text(clear)
    assert_german(texts)


def test_an_appointment_refused_says_why_in_german(german, diary: Diary):
    from mslog.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        diary.appointments.add(date(2031, 3, 11))
    assert caught.value.message == "11. März 2031 liegt mehr als zwei Jahre voraus"
    assert_german([caught.value.message])


def test_the_check_itself_finds_english(german):
    # The source catalogue's phrases and English dates are what the other tests look for.
    assert "complete days" in english_pieces(CONTEXTS)
    with pytest.raises(AssertionError):
        assert_german(["Wed 11 Mar: 3 spasms"])
    with pytest.raises(AssertionError):
        assert_german(["30 Tage gezählt: 24 complete days"])
