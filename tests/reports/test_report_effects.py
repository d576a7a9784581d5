"""The report's factor section: only associations that stood out, or one line saying none did."""

from __future__ import annotations

from datetime import date, datetime

from mslog.core.diary import Diary
from mslog.core.report import build_report
from mslog.core.trends import DateRange
from tests.helpers.stubs import LONDON

FEBRUARY = DateRange(date(2026, 2, 1), date(2026, 2, 28))
TITLE = "Days with and without each factor (association, not proof)"


def section(diary: Diary, period: DateRange):
    (found,) = [s for s in build_report(diary, period).sections if s.title == TITLE]
    return found


def test_only_factors_that_stood_out_are_listed_with_their_numbers(diary: Diary):
    heat = diary.checkins.find_factor("heat").uuid
    stress = diary.checkins.find_factor("stress").uuid
    for d in range(1, 29):
        hot = d % 2 == 0
        for k in range(6 if hot else 2):
            diary.spasms.log(started=datetime(2026, 2, d, 12, 3 * k, tzinfo=LONDON))
        factors = ({heat} if hot else set()) | ({stress} if d % 4 < 2 else set())
        diary.checkins.update(date(2026, 2, d), spasms="all_logged", nrs=5, factors=factors)
    found = section(diary, FEBRUARY)
    assert found.lines[0] == (
        "1 of 2 factors tested on 28 complete days stood out. These show an association,"
        " not proof: other things change on the same days."
    )
    assert found.notes[0].startswith("How: ")  # in small print under the finding
    assert found.rows == [
        ["Hot weather or overheating", "the same day", "14 / 14", "6.0 vs 2.0",
         "3.00 (3.00–3.00)", "0.0 (0.0 to 0.0)"],
    ]  # fmt: skip
    assert "Stress" not in str(found.rows)  # tested, no clear difference: not listed


def test_with_nothing_clear_one_line_says_so_and_how_much_was_tested(diary: Diary):
    found = section(diary, FEBRUARY)
    assert found.lines == [
        "No factor has 14 complete days with it and 14 without it yet (0 complete days)."
    ]
    assert found.rows == []
