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
    rows = {row[0]: row[1:] for row in content.key_rows}
    assert rows["Spasms per day"] == (
        "3.0 a day, based on 10 of 10 days (complete days)",
        "1.0 a day, based on 10 of 10 days (complete days)",
    )
    # (4.0 - 6.0) / 6.0 = -33 %, both periods with 10 check-in days.
    assert rows["Spasticity, daily check-in (0–10 NRS), mean"] == (
        "4.0 on 10 days (−33 %: a change of 30 % or more is what trials call meaningful)",
        "6.0 on 10 days",
    )
    assert rows["Mean rating of logged spasms (0–10)"] == (
        "5.0 (30 of 30 rated)",
        "– (0 of 10 rated)",
    )
    assert rows["Snow score from the log (spasms per 24 h), typical day"] == (
        "3 – one to five a day",
        "2 – one or fewer a day",
    )
    assert rows["Busiest hour"] == ("08:00–09:00 (30 spasms)", "21:00–22:00 (10 spasms)")
    assert rows["Penn spasm frequency (0–4) and severity (1–3), self-rated"] == (
        "2 of 4 (full spasms, less than once an hour); severity 1 of 3 (mild), answered 9 Mar 2026",
        "–",
    )
    assert rows["Snow spasm frequency (1–5), self-rated"][0] == (
        "3 of 5 (between one and five a day), answered 9 Mar 2026"
    )
    assert not any("Penn frequency level" in row[0] for row in content.key_rows)  # not derived


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
        "  Spasticity, daily check-in (0–10 NRS), mean: 4.0 on 10 days (−33 %: a change of 30 %"
        " or more is what trials call meaningful); 6.0 on 10 days"
    ) in stdout
    pages, text = pdf_text(out)
    flat = " ".join(text.split())
    assert pages <= 2
    assert "This period: 10 days counted: 10 complete, 0 partial, 0 unknown" in flat
    assert "what trials call meaningful" in flat
    assert "self-rated" in flat
    assert "answered 9 Mar 2026" in flat


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
    assert "  Spasms per day: 0.0 a day, based on 10 of 10 days (complete days); —" in stdout
    assert "what trials call meaningful" not in stdout  # nothing to compare with
    assert "5.0 on 10 days (nothing to compare with before your diary began); —" in stdout


def test_the_chart_knows_which_days_are_unknown(diary: Diary, qapp):
    from mslog.report_pdf import spasm_chart

    diary.checkins.update(date(2026, 3, 1), spasms="none")
    diary.spasms.log(started=datetime(2026, 3, 2, 9, 0, tzinfo=LONDON))  # partial
    # 3-10 March: nothing logged or said.
    content = build_report(diary, MARCH)
    assert content.unknown_days() == list(range(2, 10))
    assert not spasm_chart(content).isNull()
