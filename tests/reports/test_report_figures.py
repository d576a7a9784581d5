"""The report's key numbers on a hand-computed diary with check-ins; the CLI's same words."""

from __future__ import annotations

from datetime import date, datetime

from mslog.core.diary import Diary
from mslog.core.report import build_report
from mslog.core.trends import DateRange
from tests.helpers.stubs import LONDON
from tests.reports.test_cli_reports import run
from tests.reports.test_report import pdf_text

MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 10))


def fill(diary: Diary) -> None:
    """1-10 March: 3 spasms a day at 08:00 (severity 5), checked in complete, NRS 4 (mean 4.0).

    19-28 February: one spasm a day at 21:00 (unrated), checked in complete, NRS 6 (mean 6.0).
    """
    for month, first, nrs, hour, severity, n in ((3, 1, 4, 8, 5, 3), (2, 19, 6, 21, None, 1)):
        for d in range(first, first + 10):
            day = date(2026, month, d)
            for k in range(n):
                diary.spasms.log(
                    started=datetime(2026, month, d, hour, k, tzinfo=LONDON), severity=severity
                )
            diary.checkins.update(day, nrs=nrs, spasms="all_logged")


def test_key_numbers_compare_the_periods_and_lead_with_the_check_in_nrs(diary: Diary):
    fill(diary)
    diary.self_ratings.answer(date(2026, 3, 9), penn_frequency=2, penn_severity=1, snow=3)
    content = build_report(diary, MARCH)
    assert content.daily_nrs == [4] * 10  # drawn on the chart beside the logged spasms
    assert content.coverage_lines() == [
        "This period: 10 days counted: 10 complete, 0 partial, 0 unknown; 30 spasms logged.",
        "Previous period: 10 days counted: 10 complete, 0 partial, 0 unknown; 10 spasms logged.",
    ]
    rows = {row.measure: row[1:] for row in content.key_rows}
    assert rows["Spasms per complete day"] == (
        "3.0 on 10 complete days",
        "1.0 on 10 complete days",
        "+200 %",
    )
    # (4.0 - 6.0) / 6.0 = -33 %, both periods with 10 check-in days.
    assert rows["Spasticity NRS (0–10), daily mean"] == (
        "4.0 on 10 days",
        "6.0 on 10 days",
        "−33 % (reaches the 30 % mark)",
    )
    # The old rows that read as more than they are: totals over days not all logged, and
    # the rating of logged spasms beside the check-in NRS.
    for old in ("Spasms logged", "Days with spasms logged", "Mean spasm rating", "Spasms per day*"):
        assert old not in rows
    # The self-rated answers are said in full once, across the page, not squeezed in a cell.
    assert content.self_rated == [
        "Self-rated: this period Penn frequency 2 of 4 (full spasms, less than once an hour);"
        " severity 1 of 3 (mild); Snow 3 of 5 (between one and five a day); answered 9 Mar 2026."
        " Previous period not answered."
    ]
    assert not any("Penn" in row.measure for row in content.key_rows)  # not from the log


def test_nights_woken_and_pain_are_compared_only_with_enough_days(diary: Diary):
    for d in range(1, 11):
        diary.checkins.update(date(2026, 3, d), nights_woken=1, pain=3, spasms="none")
    for d in range(19, 29):
        diary.checkins.update(date(2026, 2, d), nights_woken=2, pain=4, spasms="none")
    diary.checkins.update(date(2026, 2, 19), nights_woken=2, pain=None, spasms="none")
    rows = {row.measure: row[1:] for row in build_report(diary, MARCH).key_rows}
    assert rows["Times woken by spasms a night"] == ("1.0 on 10 nights", "2.0 on 10 nights",
                                                     "−50 %")  # fmt: skip
    assert rows["Pain (0–10), daily mean"] == ("3.0 on 10 days", "4.0 on 9 days", "−25 %")
    for d in range(19, 25):
        diary.checkins.update(date(2026, 2, d), pain=None, spasms="none")
    rows = {row.measure: row[1:] for row in build_report(diary, MARCH).key_rows}
    assert rows["Pain (0–10), daily mean"] == (
        "3.0 on 10 days",
        "4.0 on 4 days",
        "– (fewer than 7 days in a period)",
    )


def test_a_too_short_previous_period_says_why_there_is_no_change(diary: Diary):
    for d in range(1, 11):
        diary.checkins.update(date(2026, 3, d), nrs=4, spasms="none")
    for d in (26, 27):
        diary.checkins.update(date(2026, 2, d), nrs=6, spasms="none")
    rows = {row.measure: row[1:] for row in build_report(diary, MARCH).key_rows}
    assert rows["Spasticity NRS (0–10), daily mean"] == (
        "4.0 on 10 days",
        "6.0 on 2 days",
        "– (fewer than 7 days rated in a period)",
    )


def test_pdf_and_cli_say_what_the_numbers_rest_on(qapp, clock, data_dir, tmp_path):
    diary = Diary(data_dir, clock=clock)
    fill(diary)
    diary.self_ratings.answer(date(2026, 3, 9), penn_frequency=2, penn_severity=1, snow=3)
    diary.close()
    out = tmp_path / "r.pdf"
    code, stdout, err = run(
        ["report", "--out", str(out), "--from", "2026-03-01", "--to", "2026-03-10"], clock, data_dir
    )
    assert code == 0, err
    assert "This period: 10 days counted: 10 complete, 0 partial, 0 unknown" in stdout
    assert (
        "  Spasticity NRS (0–10), daily mean: 4.0 on 10 days; 6.0 on 10 days;"
        " −33 % (reaches the 30 % mark)"
    ) in stdout
    assert "Self-rated: this period Penn frequency 2 of 4" in stdout
    pages, text = pdf_text(out)
    flat = " ".join(text.split())
    assert pages <= 2
    assert "This period: 10 days counted: 10 complete, 0 partial, 0 unknown" in flat
    assert "Measure This period Previous period Change" in flat
    assert "Spasms per complete day 3.0 on 10 complete days 1.0 on 10 complete days +200 %" in flat
    assert "the change in the daily NRS that trials treat as meaningful" in flat
    assert "Self-rated: this period Penn frequency 2 of 4" in flat
    assert "answered 9 Mar 2026" in flat
    assert "Nothing here is a clinical assessment" in flat


def test_a_smaller_nrs_change_and_a_pre_diary_period_in_the_cli(clock, data_dir, qapp, tmp_path):
    diary = Diary(data_dir, clock=clock)
    for d in range(1, 11):
        diary.checkins.update(date(2026, 3, d), nrs=5, spasms="none")
    diary.close()
    code, stdout, err = run(
        ["report", "--out", str(tmp_path / "r.pdf"), "--from", "2026-03-01", "--to", "2026-03-10"],
        clock,
        data_dir,
    )
    assert code == 0, err
    assert "Previous period: before the diary began." in stdout
    assert (
        "  Spasms per complete day: 0.0 on 10 complete days; —; – (nothing before the diary)"
    ) in stdout
    assert "mark)" not in stdout  # nothing to compare with
    assert "5.0 on 10 days; —; – (nothing before the diary)" in stdout


def test_the_chart_knows_which_days_are_unknown(diary: Diary, qapp):
    from mslog.report_pdf import spasm_chart

    diary.checkins.update(date(2026, 3, 1), spasms="none")
    diary.spasms.log(started=datetime(2026, 3, 2, 9, 0, tzinfo=LONDON))  # partial
    # 3-10 March: nothing logged or said.
    content = build_report(diary, MARCH)
    assert content.unknown_days() == list(range(2, 10))
    assert not spasm_chart(content).isNull()
