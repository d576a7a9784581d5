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


def test_key_numbers_rest_on_complete_days_and_lead_with_the_check_in_nrs(diary: Diary):
    fill(diary)
    diary.self_ratings.answer(date(2026, 3, 9), penn_frequency=2, penn_severity=1, snow=3)
    content = build_report(diary, MARCH)
    assert content.daily_nrs == [4] * 10  # drawn on the chart beside the logged spasms
    assert content.coverage_lines() == [
        "This period: 10 days counted: 10 complete, 0 partial, 0 unknown;"
        " per-day figures based on 10 of 10 days (complete days).",
        "Previous period: 10 days counted: 10 complete, 0 partial, 0 unknown;"
        " per-day figures based on 10 of 10 days (complete days).",
    ]
    assert content.coverage_rows() == [
        ("Complete / partial / unknown", "10 / 0 / 0 of 10 days", "10 / 0 / 0 of 10 days"),
        ("Per-day figures* rest on", "the 10 complete days", "the 10 complete days"),
    ]
    rows = {row[0]: row[1:] for row in content.key_rows}
    assert rows["Spasms per day*"] == ("3.0 a day", "1.0 a day")
    # (4.0 - 6.0) / 6.0 = -33 %, both periods with 10 check-in days.
    assert rows["Spasticity NRS, mean"] == (
        "4.0 on 10 days; −33 %: a change of 30 % or more is what trials call meaningful",
        "6.0 on 10 days",
    )
    assert rows["Mean spasm rating"] == ("5.0 (30 of 30 rated)", "– (0 of 10 rated)")
    assert rows["Snow score from the log*"] == ("3 – one to five a day", "2 – one or fewer a day")
    assert rows["Busiest hour"] == ("08:00–09:00 (30 spasms)", "21:00–22:00 (10 spasms)")
    # The self-rated answers are said in full once, across the page, not squeezed in a cell.
    assert content.self_rated == [
        "Self-rated: this period Penn frequency 2 of 4 (full spasms, less than once an hour);"
        " severity 1 of 3 (mild); Snow 3 of 5 (between one and five a day); answered 9 Mar 2026."
        " Previous period not answered."
    ]
    assert not any("Penn" in row[0] for row in content.key_rows)  # not derived from the log


def test_a_too_short_previous_period_says_why_there_is_no_change(diary: Diary):
    for d in range(1, 11):
        diary.checkins.update(date(2026, 3, d), nrs=4, spasms="none")
    for d in (26, 27):
        diary.checkins.update(date(2026, 2, d), nrs=6, spasms="none")
    rows = {row[0]: row[1:] for row in build_report(diary, MARCH).key_rows}
    # Both periods' check-in days are in the row already: only the rule is added.
    assert rows["Spasticity NRS, mean"] == (
        "4.0 on 10 days; too few check-in days to compare (7 needed in each)",
        "6.0 on 2 days",
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
        "  Spasticity NRS, mean: 4.0 on 10 days; −33 %: a change of 30 % or more is what trials"
        " call meaningful; 6.0 on 10 days"
    ) in stdout
    assert "Self-rated: this period Penn frequency 2 of 4" in stdout
    assert "Per-day figures count only complete days once there are 7" in stdout
    pages, text = pdf_text(out)
    flat = " ".join(text.split())
    assert pages <= 2
    assert "Complete / partial / unknown 10 / 0 / 0 of 10 days 10 / 0 / 0 of 10 days" in flat
    assert "Per-day figures* rest on the 10 complete days" in flat
    assert "what trials call meaningful" in flat
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
    assert "Previous period: before your diary began." in stdout
    assert "  Spasms logged: 0; —" in stdout
    assert "  Spasms per day*: 0.0 a day; —" in stdout
    assert "what trials call meaningful" not in stdout  # nothing to compare with
    assert "5.0 on 10 days; nothing to compare with before your diary began; —" in stdout


def test_the_chart_knows_which_days_are_unknown(diary: Diary, qapp):
    from mslog.report_pdf import spasm_chart

    diary.checkins.update(date(2026, 3, 1), spasms="none")
    diary.spasms.log(started=datetime(2026, 3, 2, 9, 0, tzinfo=LONDON))  # partial
    # 3-10 March: nothing logged or said.
    content = build_report(diary, MARCH)
    assert content.unknown_days() == list(range(2, 10))
    assert not spasm_chart(content).isNull()
