"""The report as a clinician reads it: page 1 in order, its numbers, page 2, the PDF's text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mslog.core.diary import Diary
from mslog.core.report import Marker, ReportContent, build_report
from mslog.core.trends import DateRange
from tests.helpers.stubs import LONDON

PERIOD = DateRange(date(2026, 2, 10), date(2026, 3, 10))  # 29 days; before: 12 Jan - 9 Feb
BEFORE = DateRange(date(2026, 1, 12), date(2026, 2, 9))
QUESTIONS = "Could the drowsiness be the baclofen?\nShould I see a physiotherapist?"


def fill(diary: Diary) -> None:
    """Two periods of 29 days, every day checked in complete.

    Before: 5 spasms a day (09:00 ×2, 17:00 ×2, 23:30), NRS 6, woken twice, pain 5.
    This period: 3 a day (09:00, 17:00, 23:30), NRS 4, woken once, pain 4, stretching
    ticked on 15 of its days; baclofen 10 -> 15 mg ×3 from 20 Feb; the 14:00 dose skipped
    on 5 days ("felt too drowsy" 3, "forgot" 2); diazepam as needed 3 times at 02:10 and
    once at 15:10.
    """
    c = diary.checklists
    baclofen = c.medications.add(
        "Baclofen", times=["08:00", "14:00", "20:00"], amount=10, unit="mg", starts=BEFORE.first
    )
    diazepam = c.medications.add(
        "Diazepam", as_needed=True, amount=2, unit="mg", starts=BEFORE.first
    )
    c.medications.change(
        baclofen.uuid,
        effective_from=date(2026, 2, 20),
        times=["08:00", "14:00", "20:00"],
        amount=15,
        unit="mg",
    )
    stretching = next(h for h in c.habits.listed() if h.key == "stretching")
    skips = {2: "felt too drowsy", 5: "felt too drowsy", 9: "Forgot.", 12: "forgot", 20: ""}
    day = BEFORE.first
    while day <= PERIOD.last:
        now = day >= PERIOD.first
        index = (day - PERIOD.first).days
        hours = [9, 17] if now else [9, 9, 17, 17]
        for k, hour in enumerate(hours):
            diary.spasms.log(started=datetime.combine(day, time(hour, k), LONDON), severity=5)
        diary.spasms.log(started=datetime.combine(day, time(23, 30), LONDON), severity=6)
        diary.checkins.update(
            day,
            nrs=4 if now else 6,
            nights_woken=1 if now else 2,
            pain=4 if now else 5,
            spasms="all_logged",
        )
        for dose in c.doses.scheduled_on(day):
            if now and dose.time_of_day == "14:00" and index in skips:
                c.doses.mark_skipped(baclofen.uuid, dose.slot_local, skips[index])
            else:
                c.doses.mark_taken(baclofen.uuid, dose.slot_local)
        if now and index % 2 == 0:
            c.habits.tick(stretching.uuid, day)
        day += timedelta(days=1)
    for d, hour in ((12, 2), (15, 2), (25, 2), (27, 15)):
        c.doses.log_as_needed(diazepam.uuid, datetime(2026, 2, d, hour, 10, tzinfo=LONDON))
    diary.appointments.add(date(2026, 1, 11), "Dr Okafor", "Baclofen review")
    diary.appointments.set_questions(QUESTIONS)


def pages_of(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


@pytest.fixture
def content(diary: Diary) -> ReportContent:
    fill(diary)
    return build_report(diary, PERIOD)


def test_key_numbers_give_both_periods_and_the_change(content: ReportContent):
    rows = {row.measure: row[1:] for row in content.key_rows}
    assert rows == {
        "Spasms per complete day": (
            "3.0 on 29 complete days",
            "5.0 on 29 complete days",
            "−40 %",
        ),
        "Spasticity NRS (0–10), daily mean": (
            "4.0 on 29 days",
            "6.0 on 29 days",
            "−33 % (reaches the 30 % mark)",
        ),
        "Times woken by spasms a night": ("1.0 on 29 nights", "2.0 on 29 nights", "−50 %"),
        "Pain (0–10), daily mean": ("4.0 on 29 days", "5.0 on 29 days", "−20 %"),
        "Days with stretching": ("15 of 29 days", "0 of 29 days", "no % change from 0"),
        # 87 doses due; 5 skipped. Before: all 87 taken.
        "Scheduled doses taken": ("94 % (82 of 87)", "100 % (87 of 87)", "−6 points"),
    }


def test_medicines_say_from_to_the_skip_reasons_and_as_needed_doses(content: ReportContent):
    meds = content.medicines
    baclofen, diazepam = meds.lines
    assert baclofen.now == "15 mg ×3"
    assert baclofen.changes == ["20 Feb 2026: 10 → 15 mg ×3"]
    assert baclofen.taken == "94 % (82 of 87)"
    # Reasons read alike however they were typed; one skip gave none.
    assert baclofen.skipped == "5 skipped: felt too drowsy (2), forgot (2), no reason given (1)"
    assert diazepam.taken == "– (as needed)"
    assert meds.as_needed == ["Diazepam: 4 doses taken as needed, 3 of 4 at night."]
    assert meds.side_effects == []  # none recorded in this diary
    assert [(m.day, m.label, m.kind) for m in content.markers] == [
        (date(2026, 2, 20), "Baclofen 10 → 15 mg ×3", "medicine")
    ]


def test_page_one_reads_in_a_clinician_s_order_and_page_two_has_the_details(
    qapp, content, tmp_path
):
    from mslog.report_pdf import write_pdf

    pages = pages_of(write_pdf(content, tmp_path / "r.pdf"))
    assert len(pages) == 2
    first, second = pages
    order = [
        "Spasm diary summary · 10 Feb 2026 – 10 Mar 2026",
        "This period: 29 days counted: 29 complete, 0 partial, 0 unknown; 87 spasms logged.",
        "Previous period: 29 days counted: 29 complete, 0 partial, 0 unknown; 145 spasms logged.",
        "Previous appointment: 11 Jan 2026 with Dr Okafor: Baclofen review",
        "Questions for this appointment",
        "Could the drowsiness be the baclofen? Should I see a physiotherapist?",
        "Key numbers",
        "Measure This period Previous period Change",
        "Spasms per complete day 3.0 on 29 complete days 5.0 on 29 complete days −40 %",
        "Spasticity NRS (0–10), daily mean 4.0 on 29 days 6.0 on 29 days −33 % (reaches the 30 %",
        "Times woken by spasms a night 1.0 on 29 nights 2.0 on 29 nights −50 %",
        "Medicines",
        "Baclofen 15 mg ×3 20 Feb 2026: 10 → 15 mg ×3 94 % (82 of 87) 5 skipped: felt too drowsy",
        "Diazepam: 4 doses taken as needed, 3 of 4 at night.",
    ]
    at = [first.find(part) for part in order]
    assert -1 not in at, [p for p, i in zip(order, at, strict=True) if i < 0]
    assert at == sorted(at)
    # Page 2: the night share in words, the factors (none stood out here), stretching.
    for part in (
        "Time of day",
        "29 of 87 spasms logged (33 %) were at night, between 22:00 and 06:00 local time.",
        "Days with and without each factor (association, not proof)",
        "Stretching and self-care",
        "Days with stretching (a session or a stretching habit): 15 of 29 days.",
    ):
        assert part in second, part
    # The old rows that read as more than they were are gone.
    text = " ".join(pages)
    for old in (
        "Spasms logged 87",
        "Days with spasms logged",
        "Mean spasm rating",
        "Changed 20 Feb",
        "Taking now",
        "Snow score from the log",
        "Per-day figures* rest on",
    ):
        assert old not in text, old


def test_counts_of_one_are_singular(qapp, diary: Diary, tmp_path):
    from mslog.report_pdf import write_pdf

    day = date(2026, 3, 10)
    diary.spasms.log(started=datetime(2026, 3, 10, 23, 0, tzinfo=LONDON), severity=3)
    diary.checkins.update(day, nrs=2, nights_woken=1, pain=1, spasms="all_logged")
    diary.checkins.update(day - timedelta(days=1), nrs=3, spasms="none")
    text = " ".join(
        pages_of(write_pdf(build_report(diary, DateRange(day, day)), tmp_path / "r.pdf"))
    )
    assert "1 day counted: 1 complete, 0 partial, 0 unknown; 1 spasm logged." in text
    assert "1 of 1 spasm logged (100 %) was at night" in text
    assert "2.0 on 1 day" in text
    assert "1.0 on 1 night" in text
    assert not re.search(r"\b1 (days|nights|spasms|doses|complete days|changes)\b", text)


def test_the_night_share_says_one_spasm_in_words():
    from mslog.core.report import night_share_text

    hours = [0] * 24
    hours[23] = 1
    assert night_share_text(hours) == (
        "1 of 1 spasm logged (100 %) was at night, between 22:00 and 06:00 local time."
    )
    hours[12] = 2
    assert night_share_text(hours).startswith("1 of 3 spasms logged (33 %) was at night")


def test_no_table_header_is_left_alone_at_a_page_foot(qapp, content):
    """Longer questions push the tables down the page in steps: none ever splits from its header."""
    from mslog.report_pdf import _tables, build_document, table_pages

    for lines in range(0, 46, 3):  # one diary for every step (filling it is the slow part)
        questions = "\n".join(f"Question {i + 1}: is this worth asking?" for i in range(lines))
        doc = build_document(replace(content, questions=questions))
        assert doc.pageCount() <= (2 if lines <= 30 else 3), lines  # forty questions need more
        tables = _tables(doc)
        assert len(tables) == 2, lines  # key numbers and medicines
        for table in tables:
            head, first_row, end = table_pages(doc, table)
            where = (lines, table.cellAt(0, 0).firstCursorPosition().block().text())
            assert head == first_row, where
            assert head == end, where  # short tables are kept whole


def test_marker_labels_never_overlap_or_leave_the_chart(qapp, content):
    from mslog.report_pdf import CHART_SIZE, marker_key, marker_layout

    width = CHART_SIZE[0]
    crowded = [
        Marker(PERIOD.first + timedelta(days=d), label, kind)
        for d, label, kind in (
            (0, "Baclofen 10 → 15 mg ×3", "medicine"),
            (1, "Appointment", "appointment"),
            (1, "Injection", "treatment"),
            (2, "Tizanidine started 2 mg ×1", "medicine"),
            (27, "Pump refill", "treatment"),
            (28, "Baclofen 15 → 20 mg ×3", "medicine"),
        )
    ]
    for markers in (crowded, crowded * 4):
        placed = marker_layout(replace(content, markers=markers), width, 110, width - 110)
        assert len(placed) == len(markers)
        spans: dict[int, list[tuple[float, float]]] = {}
        for p in placed:
            if p.row is None:
                continue
            assert p.text_left >= 0
            assert p.text_left + p.text_width <= width
            for a, b in spans.get(p.row, []):
                assert p.text_left >= b or p.text_left + p.text_width <= a, p.text
            spans.setdefault(p.row, []).append((p.text_left, p.text_left + p.text_width))
        # A label's line runs down from its row to the chart: it crosses no label below.
        for p in placed:
            for q in placed:
                if p.row is not None and q.row is not None and q.row > p.row:
                    assert not q.text_left <= p.x <= q.text_left + q.text_width, (p.text, q.text)
    # Too many to name: numbered, and the key under the chart says what each is.
    key = marker_key(replace(content, markers=crowded * 4))
    assert key[0] == "1: 10 Feb 2026, Baclofen 10 → 15 mg ×3"
    assert len(key) == 24


def test_side_effects_are_said_with_their_days_when_the_diary_has_them():
    from mslog.core.report_medicines import SideEffectNote, side_effect_lines

    assert side_effect_lines([]) == []
    notes = [
        SideEffectNote(date(2026, 2, 12), "Baclofen", ("Drowsiness",), "Slept after lunch"),
        SideEffectNote(date(2026, 2, 13), "Baclofen", ("drowsiness", "weakness")),
        SideEffectNote(date(2026, 2, 13), None, ("dizziness",), "  dizzy   standing up "),
    ]
    assert side_effect_lines(notes) == [
        "Side effects noted on 2 days: drowsiness (2 days), dizziness (1 day), weakness (1 day).",
        "13 Feb: dizzy standing up",
        "12 Feb (Baclofen): Slept after lunch",
    ]


def test_doses_between_reads_each_dose_on_its_diary_day(diary: Diary):
    c = diary.checklists
    med = c.medications.add("Diazepam", times=["01:30"], amount=2, unit="mg",
                           starts=date(2026, 3, 1))  # fmt: skip
    slot = c.doses.slot_local(date(2026, 3, 5), "01:30")  # the night after 5 March
    assert slot == "2026-03-06 01:30"
    c.doses.mark_skipped(med.uuid, slot, "forgot")
    c.doses.log_as_needed(med.uuid, datetime(2026, 3, 6, 2, 0, tzinfo=LONDON))  # still 5 March
    c.doses.log_as_needed(med.uuid, datetime(2026, 3, 6, 12, 0, tzinfo=LONDON))
    assert [d.status for d in c.doses.between(date(2026, 3, 5), date(2026, 3, 5))] == [
        "skipped",
        "taken",
    ]
    (later,) = c.doses.between(date(2026, 3, 6), date(2026, 3, 10))
    assert later.taken == datetime(2026, 3, 6, 12, 0, tzinfo=LONDON)


def test_one_point_is_singular():
    from mslog.core.report_numbers import points_text

    assert [points_text(n) for n in (-1, 2, 0)] == ["−1 point", "+2 points", "no change"]


def test_treatment_lines_follow_the_medicines_on_page_one(qapp, content, tmp_path):
    from mslog.report_pdf import write_pdf

    lines = ["24 Feb 2026: Baclofen pump refill", "Last before this period: Botulinum toxin"
             " injection, 1 Dec 2025."]  # fmt: skip
    crowded = [Marker(date(2026, 2, 24), "Pump refill", "treatment"), *content.markers]
    first = pages_of(write_pdf(replace(content, treatments=lines, markers=crowded),
                               tmp_path / "r.pdf"))[0]  # fmt: skip
    assert first.index("Medicines") < first.index("Treatments") < first.index(lines[0])
    assert lines[1] in first


def test_treatments_are_on_page_one_and_on_the_chart(qapp, diary: Diary, tmp_path):
    from mslog.report_pdf import write_pdf

    fill(diary)
    t = diary.checklists.treatments
    t.add("botulinum_toxin", date(2025, 12, 1), sites="left calf")  # the last one before
    t.add("botulinum_toxin", date(2025, 11, 1), sites="left calf")
    t.add("pump_refill", date(2026, 2, 24), rate="120 µg/day", next_refill=date(2026, 5, 19))
    content = build_report(diary, PERIOD)
    assert content.treatments == [
        "24 Feb 2026: Baclofen pump refill (New rate: 120 µg/day · Next refill Tue 19 May 2026)",
        "Last before this period: Botulinum toxin injection, 1 Dec 2025.",
        "Next pump refill noted as due 19 May 2026.",
    ]
    assert Marker(date(2026, 2, 24), "Pump refill", "treatment") in content.markers
    first = pages_of(write_pdf(content, tmp_path / "r.pdf"))[0]
    assert first.index("Medicines") < first.index("Treatments")
    assert "Last before this period: Botulinum toxin injection, 1 Dec 2025." in first


def test_side_effects_noted_in_the_diary_are_on_page_one(qapp, diary: Diary, tmp_path):
    """What the person noted (chips and words) is said under the medicines, counted by day."""
    from mslog.report_pdf import write_pdf

    fill(diary)
    baclofen = next(m for m in diary.checklists.medications.all() if m.name == "Baclofen")
    effects = diary.checklists.effects
    effects.note(
        date(2026, 2, 21), ["drowsiness"], "Sleepy all afternoon", medication_uuid=baclofen.uuid
    )
    effects.note(date(2026, 2, 22), ["drowsiness", "weakness"], medication_uuid=baclofen.uuid)
    effects.note(date(2026, 1, 20), ["nausea"])  # the period before: not in this report
    content = build_report(diary, PERIOD)
    first = pages_of(write_pdf(content, tmp_path / "r.pdf"))[0]
    assert "Side effects noted on 2 days: drowsiness (2 days), weakness (1 day)." in first
    assert "21 Feb (Baclofen): Sleepy all afternoon" in first
    assert "nausea" not in first
