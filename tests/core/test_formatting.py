"""The formatters MSLog shows values with: numbers, durations, countdowns, spasm types."""

from __future__ import annotations

import pytest

from mslog.core.formatting import fmt_countdown, fmt_duration, fmt_number, short_type_label


def test_numbers_have_fixed_decimals_and_none_is_a_dash():
    assert fmt_number(2.345) == "2.3"
    assert fmt_number(0.5, 2) == "0.50"
    assert fmt_number(None) == "–"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, ""),
        (0, "0 s"),
        (42.4, "42 s"),
        (59, "59 s"),
        (60, "1 min"),
        (120, "2 min"),
        (150, "2 min 30 s"),
        (305, "5 min 5 s"),
        (3599, "59 min 59 s"),
        (3600, "1 h"),
        (3900, "1 h 5 min"),
        (3930, "1 h 5 min"),  # past an hour the seconds are left out
        (86400, "24 h"),
    ],
)
def test_durations_read_in_short_words(seconds, text):
    assert fmt_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (5, "0:05"), (30.000000001, "0:30"), (57.5, "0:58"), (90, "1:30"),
     (600, "10:00"), (4500, "75:00"), (-3, "0:00")],
)  # fmt: skip
def test_countdowns_are_minutes_and_seconds_rounded_up(seconds, text):
    assert fmt_countdown(seconds) == text


def test_a_spasm_type_is_named_without_its_explanation():
    assert short_type_label("flexor") == "Flexor"
    assert short_type_label("clonus") == "Clonus"
    assert short_type_label("cramp") == "Cramp"
    assert short_type_label(None) == ""
    assert short_type_label("") == ""
    assert short_type_label("tremor") == "tremor"  # unknown to this version: shown as stored


def test_a_number_that_rounds_to_zero_never_reads_minus_zero():
    from mslog.core.formatting import fmt_number
    from mslog.core.trends.insight_text import _signed

    assert fmt_number(-0.04) == "0.0"
    assert fmt_number(-0.004, 2) == "0.00"
    assert fmt_number(-0.06) == "-0.1"
    assert _signed(-0.04) == "0.0"  # an interval's end, as the factor table shows it
    assert _signed(-0.06) == "−0.1"
    assert _signed(0.8) == "+0.8"


def test_a_day_is_named_in_english_whatever_the_locale():
    from datetime import date

    from mslog.core.formatting import fmt_day, fmt_day_relative

    assert fmt_day(date(2026, 11, 30)) == "Monday 30 November"
    assert fmt_day(date(2026, 11, 30), year=True) == "Monday 30 November 2026"
    today = date(2026, 12, 1)
    assert fmt_day_relative(today, today) == "Today"
    assert fmt_day_relative(date(2026, 11, 30), today) == "Yesterday"
    assert fmt_day_relative(date(2025, 11, 30), today) == "Sunday 30 November 2025"


def test_saying_which_diary_an_earlier_entry_went_into():
    from datetime import date, datetime

    from mslog.core.formatting import fmt_saved_in_diary

    today = date(2026, 12, 1)
    monday = date(2026, 11, 30)
    assert fmt_saved_in_diary(datetime(2026, 12, 1, 9, 5), today, today) == "Saved 09:05"
    night = fmt_saved_in_diary(datetime(2026, 12, 1, 2, 40), monday, today)
    assert night == "Saved 02:40, last night — in Monday's diary"
    afternoon = fmt_saved_in_diary(datetime(2026, 11, 30, 15, 0), monday, today)
    assert afternoon == "Saved 15:00, yesterday — in Monday's diary"
    earlier = fmt_saved_in_diary(datetime(2026, 11, 28, 18, 10), date(2026, 11, 28), today)
    assert earlier == "Saved 18:10 — in Saturday 28 November's diary"


def test_short_dates_and_moments_read_the_same_on_every_system():
    from datetime import date, datetime

    from mslog.core.formatting import fmt_date, fmt_moment, fmt_month

    day = date(2026, 3, 1)
    assert fmt_date(day) == "1 Mar 2026"  # no leading zero, and no %-d (Windows refuses it)
    assert fmt_date(day, weekday=True) == "Sun 1 Mar 2026"
    assert fmt_date(day, year=False) == "1 Mar"
    assert fmt_month(day) == "Mar 2026"
    moment = datetime(2026, 3, 1, 9, 5, 7)
    assert fmt_moment(moment) == "Sun 1 Mar, 09:05"
    assert fmt_moment(moment, weekday=False, year=True, seconds=True) == "1 Mar 2026, 09:05:07"


def test_no_date_a_person_reads_is_made_by_strftime_names_or_windows_refused_codes():
    """``%a``/``%b`` follow the C library's locale and ``%-d`` raises on Windows: formatting.py."""
    import re
    from pathlib import Path

    code = Path(__file__).resolve().parents[2] / "mslog"
    pattern = re.compile(r"%-[a-zA-Z]|[:\"' ]%[aAbBcxXp]\b|\{[^{}]*:%[aAbB]")
    found = [
        f"{path.relative_to(code)}:{number}: {line.strip()}"
        for path in sorted(code.rglob("*.py"))
        if path.name != "formatting.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not found, "use mslog/core/formatting.py:\n" + "\n".join(found)
