"""Headline figures on hand-computed diaries: coverage, per-day basis, NRS change, Snow, ties."""

from __future__ import annotations

from datetime import date, datetime

from mslog.core.diary import Diary
from mslog.core.trends import DateRange, day_number
from mslog.core.trends.headline import (
    BEFORE_DIARY,
    basis_note,
    coverage_line,
    diary_began,
    hours_value,
    nrs_before,
    nrs_change,
    nrs_comparison,
    nrs_value,
    per_day_value,
    rating_value,
    snow_value,
    triggers_value,
)
from mslog.core.trends.page import TrendPage
from tests.helpers.stubs import LONDON

MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 10))  # today is 11 March: all ten are over
FEBRUARY = MARCH.previous()  # 19-28 February


def log(diary: Diary, day: date, n: int, hour: int = 10, **fields) -> None:
    for k in range(n):
        start = datetime(day.year, day.month, day.day, hour, 2 * k, tzinfo=LONDON)
        diary.spasms.log(started=start, **fields)


def march(d: int) -> date:
    return date(2026, 3, d)


def fill_march(diary: Diary) -> None:
    """1-8 March checked in as complete with 2, 0, 1, 3, 0, 4, 10, 1 spasms; NRS 4,4,5,3,4,4,5,3.

    9 March: 5 spasms, no check-in (partial). 10 March: nothing (unknown).
    """
    counts = [2, 0, 1, 3, 0, 4, 10, 1]
    for d, (n, nrs) in enumerate(zip(counts, [4, 4, 5, 3, 4, 4, 5, 3], strict=True), start=1):
        log(diary, march(d), n)
        diary.checkins.update(march(d), spasms="all_logged" if n else "none", nrs=nrs)
    log(diary, march(9), 5)


def of(diary: Diary, rng: DateRange):
    return TrendPage.of(diary, rng).figures


def test_per_day_figures_rest_on_complete_days_and_say_so(diary: Diary):
    fill_march(diary)
    f = of(diary, MARCH)
    assert coverage_line(f) == "10 days counted: 8 complete, 1 partial, 1 unknown"
    assert f.spasms == 26  # 21 on complete days and 5 on the partial one
    assert per_day_value(f) == "2.6 a day"  # 21 / 8: the partial day's 5 are not used
    assert basis_note(f) == "based on 8 of 10 days (complete days)"
    # Snow per complete day: 3, 1, 2, 3, 1, 3, 5, 2 -> sorted 1,1,2,2,3,3,3,5: lower median 2.
    assert snow_value(f) == "2 – one or fewer a day"


def test_with_fewer_than_seven_complete_days_per_day_says_which_days_it_uses(diary: Diary):
    log(diary, march(1), 4)
    diary.checkins.update(march(1), spasms="all_logged")
    diary.checkins.update(march(2), spasms="none")
    log(diary, march(3), 2)  # partial
    # 4-10 March: nothing logged or said (unknown), not seven days without spasms.
    f = of(diary, MARCH)
    assert per_day_value(f) == "2.0 a day"  # (4 + 0 + 2) over the 2 complete and 1 partial
    assert basis_note(f) == (
        "based on 3 days (2 complete, 1 partial: fewer than 7 complete, so spasms may be missing)"
    )
    assert coverage_line(f) == "10 days counted: 2 complete, 1 partial, 7 unknown"


def test_today_counts_only_once_it_is_complete(diary: Diary):
    today = DateRange(march(5), march(11))
    log(diary, march(11), 3)
    f = of(diary, today)
    assert coverage_line(f) == (
        "6 days counted: 0 complete, 0 partial, 6 unknown"
        " (today counts once it is over or checked in as complete)"
    )
    assert per_day_value(f) == "–"  # today's 3 wait until the day is over
    assert f.spasms == 3  # but they are logged, and counted as such
    diary.checkins.update(march(11), spasms="all_logged")
    assert coverage_line(of(diary, today)) == "7 days counted: 1 complete, 0 partial, 6 unknown"


def test_nrs_change_of_thirty_percent_is_marked(diary: Diary):
    fill_march(diary)
    for d in range(20, 27):  # 7 check-in days in February, NRS 6
        diary.checkins.update(date(2026, 2, d), nrs=6)
    now, before = of(diary, MARCH), of(diary, FEBRUARY)
    change = nrs_change(now, before)
    assert nrs_value(change) == "4.0 on 8 days"  # 32 / 8
    assert nrs_before(change, before) == "6.0 on 7 days"
    # (4.0 - 6.0) / 6.0 = -33.3 %
    assert nrs_comparison(change) == (
        "−33 %: a change of 30 % or more is what trials call meaningful"
    )


def test_a_smaller_nrs_change_is_not_called_meaningful(diary: Diary):
    fill_march(diary)
    for d in range(20, 27):
        diary.checkins.update(date(2026, 2, d), nrs=5)
    change = nrs_change(of(diary, MARCH), of(diary, FEBRUARY))
    assert change.percent == -20.0  # (4.0 - 5.0) / 5.0
    assert nrs_comparison(change) == "−20 %, less than the 30 % change trials call meaningful"
    assert "what trials call meaningful" not in nrs_comparison(change)


def test_no_percent_change_without_enough_check_in_days(diary: Diary):
    fill_march(diary)
    for d in range(20, 26):  # only 6 days
        diary.checkins.update(date(2026, 2, d), nrs=6)
    change = nrs_change(of(diary, MARCH), of(diary, FEBRUARY))
    assert change.percent is None
    assert nrs_comparison(change) == (
        "too few check-in days to compare (8 and 6; 7 needed in each period)"
    )


def test_the_per_spasm_mean_is_named_for_what_it_is(diary: Diary):
    log(diary, march(2), 3, severity=4)
    log(diary, march(3), 1, severity=8)
    log(diary, march(3), 1, hour=12)  # not rated
    assert rating_value(of(diary, MARCH)) == "5.0 (4 of 5 rated)"  # (4 + 4 + 4 + 8) / 4


def test_ties_are_shown_as_ties(diary: Diary):
    for d in (2, 3, 4):
        log(diary, march(d), 2, hour=7, triggers=["heat"])
        log(diary, march(d + 3), 2, hour=22, triggers=["stress"])
    log(diary, march(8), 1, hour=13)
    f = of(diary, MARCH)
    assert hours_value(f) == "07:00–08:00 and 22:00–23:00 (6 each)"
    assert triggers_value(f) == "Heat and Stress (6 each)"
    log(diary, march(9), 1, hour=13, triggers=["heat"])
    f = of(diary, MARCH)
    assert triggers_value(f) == "Heat (7 spasms)"
    assert hours_value(f) == "07:00–08:00 and 22:00–23:00 (6 each)"


def test_many_tied_hours_are_not_called_a_busiest_hour(diary: Diary):
    for d, hour in enumerate((6, 9, 12, 15) * 3, start=1):
        log(diary, march(d % 9 + 1), 1, hour=hour)
    assert hours_value(of(diary, MARCH)) == "no single busiest hour (4 hours have 3 each)"


def test_no_busiest_hour_from_a_few_spasms_or_a_few_days(diary: Diary):
    log(diary, march(2), 2, hour=7)
    too_few = "– (too little data: 10 spasms on 7 days needed)"
    assert hours_value(of(diary, MARCH)) == too_few  # 2 spasms
    log(diary, march(3), 20, hour=8)
    assert hours_value(of(diary, MARCH)) == too_few  # 22 spasms, but on 2 days
    for d in range(4, 9):
        log(diary, march(d), 1, hour=8)
    assert hours_value(of(diary, MARCH)) == "08:00–09:00 (25 spasms)"  # 27 on 7 days


def test_a_period_before_the_diary_began_shows_a_dash_never_zero(diary: Diary):
    fill_march(diary)
    before = of(diary, FEBRUARY)
    assert not before.in_diary
    for text in (
        per_day_value(before),
        rating_value(before),
        snow_value(before),
        hours_value(before),
        triggers_value(before),
        nrs_before(nrs_change(of(diary, MARCH), before), before),
    ):
        assert text == BEFORE_DIARY
    assert basis_note(before) == "before your diary began"


def test_a_new_day_start_hour_moves_a_night_spasm_to_the_other_day(diary: Diary):
    # 02:30 on 5 March is still 4 March while days start at 04:00.
    log(diary, march(5), 1, hour=2)
    diary.checkins.update(march(4), spasms="none")
    diary.checkins.update(march(5), spasms="none")
    f = of(diary, MARCH)
    assert f.coverage.partial == {day_number(march(4))}  # "none" said, yet a spasm logged
    assert f.coverage.complete == {day_number(march(5))}
    diary.set_day_start_hour(0)  # now it is 5 March's
    f = of(diary, MARCH)
    assert f.coverage.complete == {day_number(march(4))}
    assert f.coverage.partial == {day_number(march(5))}
    diary.checkins.update(march(5), spasms="all_logged")
    f = of(diary, MARCH)
    assert f.coverage.summary() == "10 days counted: 2 complete, 0 partial, 8 unknown"
    assert f.coverage.counts == {day_number(march(5)): 1}
    assert per_day_value(f) == "0.5 a day"  # 1 spasm over the 2 complete days (fewer than 7)


def test_a_typical_day_without_spasms_is_never_called_no_spasms_beside_spasms(diary: Diary):
    for d in range(1, 8):  # seven complete days, spasms on two of them
        log(diary, march(d), 2 if d in (3, 6) else 0)
        diary.checkins.update(march(d), spasms="all_logged" if d in (3, 6) else "none")
    f = of(diary, MARCH)
    assert f.snow == 1  # 1,1,3,1,1,3,1
    assert snow_value(f) == "1 – none on most of these days"
    assert "no spasms" not in snow_value(f)


def test_the_diary_begins_with_whatever_was_recorded_first(diary: Diary):
    assert diary_began(diary.trends, diary.checkins) is None
    diary.spasms.log(started=datetime(2026, 3, 5, 10, 0, tzinfo=LONDON))
    assert diary_began(diary.trends, diary.checkins) == march(5)
    diary.checkins.update(march(3), nrs=4)
    assert diary_began(diary.trends, diary.checkins) == march(3)
    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00"], starts=date(2026, 1, 1))
    c.doses.mark_skipped(med.uuid, c.doses.slot_local(date(2026, 2, 20), "08:00"), "away")
    assert diary_began(diary.trends, diary.checkins) == date(
        2026, 2, 20
    )  # a skipped dose has only its slot
    c.habits.tick(c.habits.listed()[0].uuid, date(2026, 2, 10))
    assert diary_began(diary.trends, diary.checkins) == date(2026, 2, 10)
    # The stretching or doses of February are then compared, not shown as "—".
    assert of(diary, FEBRUARY).in_diary
