"""Switching back to a range reuses its page, and never once anything changed."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime

from mslog.core.diary import Diary
from mslog.core.trends import DateRange
from mslog.core.trends import page as page_module
from mslog.core.trends.page import RecentPages, TrendPage
from tests.helpers.month_of_everything import a_month_of_everything
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


def _fill(diary: Diary, clock: FakeClock) -> None:
    a_month_of_everything(diary, clock)
    diary.checklists.habits.tick(diary.checklists.habits.listed()[0].uuid, date(2026, 3, 9))
    diary.checklists.treatments.add("pump_refill", date(2026, 3, 4))


def test_a_spasm_logged_reads_the_spasms_again_and_keeps_the_other_lanes(diary: Diary, clock):
    _fill(diary, clock)
    pages = RecentPages()
    before = pages.get(diary, MARCH)
    spasms, lanes = before.figures.spasms, before.lanes
    _log(diary, 4)
    after = pages.get(diary, MARCH)
    assert after is not before
    assert after.figures.spasms == spasms + 1
    assert after.daily.count != before.daily.count
    assert after.lanes is lanes  # no dose, habit or stretch was written
    assert after.previous is not before.previous


def test_a_dose_ticked_reads_the_lanes_again_and_keeps_the_spasms(diary: Diary, clock):
    _fill(diary, clock)
    pages = RecentPages()
    before = pages.get(diary, MARCH)
    daily, taken = before.daily, sum(before.lanes.adherence.taken)
    med = diary.checklists.medications.all()[0]
    diary.checklists.doses.mark_skipped(med.uuid, diary.checklists.doses.slot_local(
        date(2026, 3, 5), "08:00"))  # fmt: skip
    after = pages.get(diary, MARCH)
    assert after.daily is daily
    assert sum(after.lanes.adherence.taken) == taken - 1


def test_a_write_that_cannot_be_told_apart_reads_everything_again(diary: Diary, clock):
    _fill(diary, clock)
    pages = RecentPages()
    before = pages.get(diary, MARCH)
    daily, lanes = before.daily, before.lanes
    assert before.figures.spasms > 0
    with diary.db.atomic():
        diary.db.connection().execute("DELETE FROM spasm")  # not through the database object
    after = pages.get(diary, MARCH)
    assert after.figures.spasms == 0
    assert after.daily is not daily
    assert after.lanes is not lanes


def _feeds(diary: Diary) -> dict[str, set[str]]:
    """Each aggregate table and the diary tables whose triggers write it (through others too)."""
    direct: dict[str, set[str]] = {}
    for source, sql in diary.db.execute_sql(
        "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
    ).fetchall():
        for table in set(re.findall(r"\b(cache_\w+)", sql)) - {source, "cache_trend_meta"}:
            direct.setdefault(table, set()).add(source)

    def sources(table: str, seen: frozenset[str] = frozenset()) -> set[str]:
        if table not in direct:
            return {table}
        found: set[str] = set()
        for source in direct[table] - seen:
            found |= sources(source, seen | {table})
        return found

    return {table: sources(table) for table in direct}


def test_each_kept_part_names_every_table_it_reads(diary: Diary, clock):
    _fill(diary, clock)
    feeds = _feeds(diary)
    assert {"spasm", "spasm_trigger"} <= feeds["cache_trend_day"] | feeds["cache_trend_tag"]
    parts = {**page_module.PART_TABLES, **page_module._MINUTE_PARTS}
    connection = diary.db.connection()
    diary.trends._ensure()  # the aggregates' first check on a connection reads them all
    for part, declared in parts.items():
        page = TrendPage.of(diary, YEAR)
        read: set[str] = set()

        def note(action, table, *_, read=read):
            if action == sqlite3.SQLITE_READ and table:
                read.add(table)
            return sqlite3.SQLITE_OK

        connection.set_authorizer(note)
        try:
            value = getattr(page, part)
            if part == "lanes":
                value.habits.by_habit  # noqa: B018 - read when first asked for
        finally:
            connection.set_authorizer(None)
        diary_tables = set()
        for table in read - {"sqlite_master", "cache_trend_meta"}:
            diary_tables |= feeds.get(table, {table})
        assert diary_tables <= declared, (part, diary_tables - declared)


def test_a_minute_later_only_which_doses_are_due_is_settled_again(diary: Diary, clock):
    _fill(diary, clock)
    today = DateRange(date(2026, 3, 5), date(2026, 3, 11))
    med = diary.checklists.medications.add("Tizanidine", times=["15:00"], starts=date(2026, 3, 5))
    diary.checklists.doses.mark_taken(med.uuid, diary.checklists.doses.slot_local(
        date(2026, 3, 5), "15:00"))  # fmt: skip
    pages = RecentPages()
    before = pages.get(diary, today)
    due_before, daily = sum(before.lanes.adherence.scheduled), before.daily
    clock.advance(2 * 3600)  # 16:30: today's 15:00 dose is over an hour past, so due
    after = pages.get(diary, today)
    assert after._scheduled is before._scheduled  # nothing written: the counts kept
    assert after.daily is daily
    assert sum(after.lanes.adherence.scheduled) == due_before + 1
    assert after.lanes.adherence == TrendPage.of(diary, today).lanes.adherence


def test_a_spasm_logged_by_another_mslog_reads_only_the_spasms_again(diary: Diary, clock, data_dir):
    _fill(diary, clock)
    pages = RecentPages()
    before = pages.get(diary, MARCH)
    spasms, lanes = before.figures.spasms, before.lanes
    other = Diary(data_dir, clock=clock)  # `mslog log` from the hotkey, meanwhile
    try:
        _log(other, 4)
    finally:
        other.close()
    after = pages.get(diary, MARCH)
    assert after.figures.spasms == spasms + 1
    assert after.lanes is lanes
    assert pages.get(diary, MARCH) is after
