"""The appointment report: content from the diary, and a readable PDF made without a display."""

import subprocess
import sys
import unicodedata
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from mslog.core.diary import Diary
from mslog.core.report import build_report
from mslog.core.trends import DateRange
from tests.helpers.stubs import LONDON
from tests.reports.test_cli_reports import run


def fill(diary: Diary) -> None:
    # 1-10 March: two spasms a day at 22:10 and 07:15, severity 4 and 6; heat on the 2nd.
    for day in range(1, 11):
        diary.spasms.log(started=datetime(2026, 3, day, 7, 15, tzinfo=LONDON), severity=4)
        diary.spasms.log(
            started=datetime(2026, 3, day, 22, 10, tzinfo=LONDON),
            severity=6,
            triggers=["heat"] if day == 2 else [],
            note="Both legs locked at night" if day == 2 else "",
        )
    diary.spasms.log(started=datetime(2026, 2, 25, 12, 0, tzinfo=LONDON), severity=9)
    diary.appointments.add(date(2026, 2, 28), "Dr Okafor", "Started physio")
    diary.appointments.set_questions("Is the night stiffness worse with heat?")


def test_report_content(diary: Diary):
    fill(diary)
    content = build_report(diary, DateRange(date(2026, 3, 1), date(2026, 3, 10)))
    assert content.summary.spasms == 20
    assert content.previous.spasms == 1
    assert content.daily_counts == [2] * 10
    assert content.daily_mean_severity == [5.0] * 10
    rows = {row.measure: row[1:] for row in content.key_rows}
    # No check-ins: per-day figures rest on the partial days and say so in their cell, and
    # the row is named for that. Before, the one spasm of 25 February is one partial day
    # (not 1 spasm spread over 10 days).
    assert content.coverage_lines() == [
        "This period: 10 days counted: 0 complete, 10 partial, 0 unknown; 20 spasms logged.",
        "Previous period: 10 days counted: 0 complete, 1 partial, 9 unknown; 1 spasm logged.",
    ]
    assert rows["Spasms per day with entries"] == (
        "2.0 on 10 days (none complete: spasms may be missing)",
        "1.0 on 1 day (none complete: spasms may be missing)",
        "– (fewer than 7 complete days in a period)",
    )
    assert rows["Spasticity NRS (0–10), daily mean"] == ("– (no rating)", "– (no rating)", "–")
    assert rows["Times woken by spasms a night"][0] == "– (not answered)"
    assert rows["Pain (0–10), daily mean"][0] == "– (not answered)"
    titles = [s.title for s in content.sections]
    (time_of_day,) = [s for s in content.sections if s.title == "Time of day"]
    # 22:10 every day: 10 of the 20 spasms at night, in words.
    assert time_of_day.lines == [
        "10 of 20 spasms logged (50 %) were at night, between 22:00 and 06:00 local time.",
        "Busiest hour: 07:00–08:00 and 22:00–23:00 (10 each).",
    ]
    (marked,) = [s for s in content.sections if s.title.startswith("Marked on spasms")]
    assert marked.lines[0] == "Triggers: Heat 1"
    assert content.self_rated == []  # none self-rated yet
    assert content.questions == "Is the night stiffness worse with heat?"
    assert "Notes from the diary (the most severe noted spasms)" in titles
    assert content.appointments == [
        "Previous appointment: 28 Feb 2026 with Dr Okafor: Started physio"
    ]


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), unicodedata.normalize("NFKC", text)  # undo ligatures


def test_cli_report_pdf_text(qapp, clock, data_dir, tmp_path):
    diary = Diary(data_dir, clock=clock)
    fill(diary)
    diary.close()
    out = tmp_path / "report.pdf"
    code, stdout, err = run(["report", "--out", str(out)], clock, data_dir)
    assert code == 0, err
    assert "1 Mar 2026 – 11 Mar 2026" in stdout  # since the last appointment, by default
    pages, text = pdf_text(out)
    assert 1 <= pages <= 2
    flat = " ".join(text.split())
    assert "1 Mar 2026 – 11 Mar 2026" in flat
    assert "20 spasms logged" in flat
    assert "Dr Okafor" in flat
    assert "Is the night stiffness worse with heat?" in flat
    assert "Both legs locked at night" in flat
    code, _, err = run(
        ["report", "--out", str(out), "--from", "2026-02-01", "--to", "2026-02-28"],
        clock, data_dir,
    )  # fmt: skip
    assert code == 0, err
    flat = " ".join(pdf_text(out)[1].split())
    assert "1 Feb 2026 – 28 Feb 2026" in flat
    # January is before the diary began: "—", not 0, and nothing compared with it.
    assert "Previous period: before the diary began." in flat
    assert (
        "1.0 on 1 day (none complete: spasms may be missing) — – (nothing before the diary)"
    ) in flat


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["report"], "--out"),
        (
            ["report", "--out", "x.pdf", "--since-last-appointment", "--from", "2026-03-01"],
            "not both",
        ),
        (["report", "--out", "x.pdf", "--from", "2026-03-05", "--to", "2026-03-01"], "after"),
        (["report", "--out", "/no/such/dir/x.pdf"], "does not exist"),
    ],
)
def test_cli_report_bad_input(clock, data_dir, tmp_path, monkeypatch, args, problem):
    monkeypatch.chdir(tmp_path)  # back where it was afterwards: later tests start subprocesses
    code, _, err = run(args, clock, data_dir)
    assert code == 2
    assert problem in err
    assert not (tmp_path / "x.pdf").exists()


def test_empty_diary_report_is_still_a_calm_page(qapp, clock, data_dir, tmp_path):
    out = tmp_path / "empty.pdf"
    code, _, err = run(["report", "--out", str(out), "--since-last-appointment"], clock, data_dir)
    assert code == 0, err
    pages, text = pdf_text(out)
    assert pages == 1
    flat = " ".join(text.split())
    assert flat.count("No spasms logged in this period") == 1  # said once, not per section


@pytest.mark.slow
def test_report_command_needs_no_display(tmp_path):
    env = {
        "MSLOG_DATA_DIR": str(tmp_path / "d"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }  # no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "mslog", "report", "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_lists_medications_and_changes(qapp, clock, data_dir, tmp_path):
    diary = Diary(data_dir, clock=clock)
    fill(diary)
    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00", "20:00"], amount=10, unit="mg",
                           starts=date(2026, 2, 1))  # fmt: skip
    c.medications.change(med.uuid, effective_from=date(2026, 3, 4), times=["08:00", "14:00",
                        "20:00"], amount=15, unit="mg")  # fmt: skip
    c.doses.mark_taken(med.uuid, c.doses.slot_local(date(2026, 3, 4), "08:00"))
    diary.close()
    out = tmp_path / "m.pdf"
    assert run(["report", "--out", str(out)], clock, data_dir)[0] == 0
    pages, text = pdf_text(out)
    flat = " ".join(text.split())
    assert pages <= 2
    # From -> to, with the day, in the medicines table on page 1.
    assert "Baclofen 15 mg ×3 4 Mar 2026: 10 mg ×2 → 15 mg ×3" in flat
    assert "Changed 4 Mar" not in flat  # the old line gave only the new dose
    assert "Taking now" not in flat
    assert "Scheduled doses taken" in flat
