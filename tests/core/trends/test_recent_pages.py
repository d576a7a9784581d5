"""Switching back to a range reuses its page, and never once anything changed."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from mslog.core.diary import Diary
from mslog.core.trends import DateRange
from mslog.core.trends.page import RecentPages
from tests.helpers.stubs import LONDON, FakeClock

MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 10))  # today is 11 March
YEAR = DateRange(date(2025, 3, 12), date(2026, 3, 11))


def _log(diary: Diary, day: int) -> str:
    return diary.spasms.log(started=datetime(2026, 3, day, 9, 0, tzinfo=LONDON), severity=5).uuid


def test_a_range_seen_again_is_not_read_again(diary: Diary):
    _log(diary, 2)
    pages = RecentPages()
    march = pages.get(diary, MARCH)
    assert march.figures.spasms == 1
    year = pages.get(diary, YEAR)
    assert pages.get(diary, MARCH) is march  # back and forth between ranges
    assert pages.get(diary, YEAR) is year


def test_a_new_entry_or_an_undo_makes_every_page_new(diary: Diary):
    _log(diary, 2)
    pages = RecentPages()
    assert pages.get(diary, MARCH).figures.spasms == 1
    pages.get(diary, YEAR)
    latest = _log(diary, 3)
    assert pages.get(diary, MARCH).figures.spasms == 2
    assert pages.get(diary, YEAR).figures.spasms == 2  # the other range is new too
    diary.spasms.delete(latest)
    assert pages.get(diary, MARCH).figures.spasms == 1


def test_a_write_by_another_program_makes_the_page_new(diary: Diary):
    _log(diary, 2)
    pages = RecentPages()
    assert pages.get(diary, MARCH).figures.spasms == 1
    other = sqlite3.connect(diary.db.database)
    with other:
        other.execute("DELETE FROM spasm")
    other.close()
    assert pages.get(diary, MARCH).figures.spasms == 0


def test_the_next_minute_or_a_new_day_start_hour_makes_the_page_new(diary: Diary, clock: FakeClock):
    pages = RecentPages()
    page = pages.get(diary, MARCH)
    assert pages.get(diary, MARCH) is page
    clock.advance(60)  # doses due and today depend on the moment
    assert pages.get(diary, MARCH) is not page
    page = pages.get(diary, MARCH)
    diary.set_day_start_hour(4)
    assert pages.get(diary, MARCH) is not page


def test_only_the_last_few_pages_are_kept(diary: Diary):
    pages = RecentPages(size=2)
    days = [DateRange(date(2026, 3, d), date(2026, 3, 10)) for d in (1, 2, 3)]
    first = pages.get(diary, days[0])
    pages.get(diary, days[1])
    pages.get(diary, days[2])
    assert pages.get(diary, days[0]) is not first  # the oldest went to make room
