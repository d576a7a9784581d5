"""TrendPage: each part of a range read once, the report made from it, breakdowns of any length."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from mslog.core.diary import Diary
from mslog.core.report import build_report
from mslog.core.trends import DateRange
from mslog.core.trends import headline as hl
from mslog.core.trends.page import TrendPage
from tests.helpers.stubs import LONDON

MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 10))  # today is 11 March

READS = ("daily", "hours", "heatmap", "raster", "breakdown", "notable_notes", "earliest_day")


def fill(diary: Diary) -> None:
    """1-10 March: two spasms a day at 08:xx (heat) and one at 21:00; check-ins on 1-8 March."""
    for d in range(1, 11):
        for minute in (0, 30):
            diary.spasms.log(
                started=datetime(2026, 3, d, 8, minute, tzinfo=LONDON),
                severity=4,
                triggers=["heat"],
            )
        diary.spasms.log(started=datetime(2026, 3, d, 21, 0, tzinfo=LONDON), severity=7)
        if d <= 8:
            diary.checkins.update(date(2026, 3, d), spasms="all_logged", nrs=5)
    diary.spasms.log(started=datetime(2026, 2, 25, 9, 0, tzinfo=LONDON), note="Woke me")


@pytest.fixture
def reads(diary: Diary, monkeypatch: pytest.MonkeyPatch) -> Counter:
    """Count each read of the trend aggregates and the check-ins, by method and range."""
    counted: Counter = Counter()

    def spy(service, name: str) -> None:
        real = getattr(service, name)

        def wrapper(*args, **kwargs):
            counted[(name, *(a for a in args if isinstance(a, DateRange | date)))] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(service, name, wrapper)

    for name in READS:
        spy(diary.trends, name)
    spy(diary.checkins, "between")
    spy(diary.checkins, "factors")
    spy(diary.appointments, "between")
    return counted


def test_each_part_is_read_once_and_kept(diary: Diary, reads: Counter):
    fill(diary)
    reads.clear()  # writing reads too
    page = TrendPage.of(diary, MARCH)
    for _ in range(2):
        for other in (page, page.previous):
            _ = (other.figures, other.summary, other.breakdown, other.heatmap, other.raster)
            _ = (other.lanes, other.appointments, other.nrs, other.notes)
        _ = page.analysis
    assert reads, "the spy saw nothing"
    assert max(reads.values()) == 1, [key for key, n in reads.items() if n > 1]
    # The diary's first day is one fact for both periods.
    assert reads[("earliest_day",)] == 1


def test_nothing_is_read_before_it_is_asked_for(diary: Diary, reads: Counter):
    fill(diary)
    reads.clear()
    page = TrendPage.of(diary, MARCH)
    assert page.figures.spasms == 30
    assert not any(name in ("heatmap", "raster", "notable_notes", "factors") for name, *_ in reads)


def test_the_breakdown_limit_shortens_the_lists_not_the_ties(diary: Diary):
    triggers = [
        "heat",
        "stress",
        "fatigue",
        "cold",
        "full_bladder",
        "infection",
        "pain",
        "tight_clothing",
    ]
    for k, trigger in enumerate(triggers):
        diary.spasms.log(
            started=datetime(2026, 3, 2 + k % 7, 10, k, tzinfo=LONDON), triggers=[trigger]
        )
    short = TrendPage.of(diary, MARCH, breakdown_limit=6)
    assert len(short.breakdown.triggers) == 6
    assert len(TrendPage.of(diary, MARCH).breakdown.triggers) == 8
    # Eight triggers marked once each: a tie of eight, whatever the lists show.
    assert hl.triggers_value(short.figures).endswith("and 5 more (1 each)")


def test_the_report_says_what_the_page_holds(diary: Diary):
    fill(diary)
    page = TrendPage.of(diary, MARCH)
    now, before = page.figures, page.previous.figures
    content = build_report(diary, MARCH)
    rows = {row.measure: row[1:] for row in content.key_rows}
    assert now.per_day == 3.0  # 24 spasms on the 8 complete days
    assert rows["Spasms per complete day"][0] == "3.0 on 8 complete days"
    (time_of_day,) = [s for s in content.sections if s.title == "Time of day"]
    assert time_of_day.lines[1] == f"Busiest hour: {hl.hours_value(now)}."
    assert hl.hours_value(now) == "08:00–09:00 (20 spasms)"
    (marked,) = [s for s in content.sections if s.title.startswith("Marked on spasms")]
    assert marked.lines[0].startswith("Triggers: Heat 20")
    assert before.in_diary
    assert content.daily_counts == page.daily.dense_counts(MARCH) == [3] * 10
    assert content.daily_nrs == [5] * 8 + [None] * 2
    assert content.heatmap == page.heatmap
    assert content.effects.findings == page.analysis.findings
    assert content.summary.spasms == 30
    assert content.previous.spasms == 1


def test_a_page_is_a_snapshot_of_its_moment(diary: Diary):
    fill(diary)
    page = TrendPage.of(diary, MARCH)
    assert page.figures.spasms == 30
    diary.spasms.log(started=datetime(2026, 3, 9, 12, 0, tzinfo=LONDON))
    assert page.figures.spasms == 30  # kept until the next refresh makes a new page
    assert TrendPage.of(diary, MARCH).figures.spasms == 31
