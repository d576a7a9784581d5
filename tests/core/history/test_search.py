"""Searching notes on every day: case-insensitive, newest first, bounded."""

from __future__ import annotations

from datetime import date, datetime

from mslog.core.diary import Diary
from mslog.core.history import search_notes
from mslog.core.history.search import excerpt
from tests.helpers.stubs import FakeClock


def test_notes_are_found_ignoring_case_newest_first(diary: Diary, clock: FakeClock):
    for day, note in ((2, "Cramp on the STAIRS"), (5, "nothing much"), (9, "stairs again, Über")):
        diary.spasms.log(started=clock.localize(datetime(2026, 3, day, 10, 0)), note=note)
    diary.checklists.treatments.add("physiotherapy", date(2026, 3, 7), note="stairs practice")
    clock.set(datetime(2026, 3, 11, 14, 30))

    result = search_notes(diary, "  stairs ")
    assert [(h.day.day, h.kind) for h in result.hits] == [
        (9, "spasm"),
        (7, "treatment"),
        (2, "spasm"),
    ]
    assert result.hits[0].excerpt == "stairs again, Über"
    assert result.hits[1].excerpt == "Physiotherapy session: stairs practice"
    assert not result.more
    assert [h.day.day for h in search_notes(diary, "über").hits] == [9]  # beyond ASCII too
    assert search_notes(diary, "   ").hits == ()


def test_a_search_returns_at_most_its_limit(diary: Diary, clock: FakeClock):
    for hour in range(8):
        diary.spasms.log(started=clock.localize(datetime(2026, 3, 10, 9 + hour)), note="calf")
    result = search_notes(diary, "CALF", limit=5)
    assert [h.at.hour for h in result.hits] == [16, 15, 14, 13, 12]
    assert result.more


def test_an_excerpt_is_one_line_around_the_match():
    text = "a " * 40 + "the word\nhere " + "b " * 40
    shown = excerpt(text, "WORD", span=10)
    assert shown.startswith("…")
    assert shown.endswith("…")
    assert "word here" in shown
    assert "\n" not in shown
