"""The report of a full diary fits two pages, the person's questions and the chart on page 1."""

from __future__ import annotations

import importlib.util
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mslog.core.diary import Diary
from mslog.core.report import ReportContent, build_report
from mslog.core.trends import DateRange

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "screenshots.py"


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[int, ReportContent]:
    """Reports of the screenshots' invented diary (60 days of everything) for 30, 60, 90 days."""
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    clock = demo.DemoClock(demo.NOW)
    diary = Diary(tmp_path_factory.mktemp("full") / "diary", clock=clock)
    try:
        demo.fill_diary(diary, clock)
        today = diary.today()
        return {
            days: build_report(diary, DateRange(today - timedelta(days=days - 1), today))
            for days in (30, 60, 90)
        }
    finally:
        diary.close()


def page_texts(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


@pytest.mark.parametrize("days", [30, 60, 90])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_full_diary_fits_two_pages_with_the_questions_first(qapp, reports, tmp_path, days, paper):
    from mslog.report_pdf import write_pdf

    content = reports[days]
    out = write_pdf(content, tmp_path / "r.pdf", paper)
    pages = page_texts(out)
    assert len(pages) <= 2
    first = pages[0]
    # What the clinician reads first: the questions, then the key numbers.
    assert first.index("Questions for this appointment") < first.index("Key numbers")
    assert "Are the night spasms worth a separate medicine? Can I stretch twice a day?" in first
    assert "Previous appointment: 4 Feb 2026 with Dr Okafor" in first or (
        "Appointment in this period: 4 Feb 2026 with Dr Okafor" in first
    )
    assert "Scheduled doses taken" in first
    # The medicines, from -> to with the day, are on page 1 too.
    assert first.index("Key numbers") < first.index("Medicines")
    assert "Baclofen 15 mg ×3" in first
    if days >= 30:
        assert "10 → 15 mg ×3" in first
    # Nothing a neurologist needs was dropped to make it fit.
    text = " ".join(pages)
    for part in (
        "Time of day",
        "were at night, between 22:00 and 06:00 local time",
        "Stretch sessions in MSLog: ",
        "Triggers: ",
        "Days with and without each factor",
        "Notes from the diary",
        "Woke me up",
        "Nothing here is a clinical assessment",
    ):
        assert part in text, part


@pytest.mark.parametrize("days", [30, 60, 90])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_chart_shares_page_one_and_no_heading_is_left_alone(qapp, reports, days, paper):
    from mslog.report_pdf import build_document, chart_page, page_layout

    doc = build_document(reports[days], page_layout(paper).paintRectPoints().size().toSizeF())
    assert doc.pageCount() <= 2
    assert chart_page(doc) == 0
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            here = layout.blockBoundingRect(block).top() // height
            assert here == layout.blockBoundingRect(following).bottom() // height, block.text()
        block = following


def test_no_text_is_smaller_than_nine_points(qapp, reports):
    from mslog.report_pdf import build_document

    doc = build_document(reports[30])
    block = doc.begin()
    while block.isValid():
        for piece in block:
            fragment = piece.fragment()
            if fragment.text().strip() and not fragment.charFormat().isImageFormat():
                assert fragment.charFormat().font().pointSizeF() >= 9, fragment.text()
        block = block.next()


def test_the_window_s_text_size_does_not_change_the_printed_report(qapp, reports, tmp_path):
    """Reading at 200 % on screen still prints the same pages (the report has its own font)."""
    from PySide6.QtGui import QFont

    from mslog.report_pdf import write_pdf

    content = reports[60]
    before = page_texts(write_pdf(content, tmp_path / "before.pdf", "A4"))
    saved = QFont(qapp.font())
    large = QFont(saved)
    large.setPointSizeF(saved.pointSizeF() * 2.5)
    qapp.setFont(large)
    try:
        after = page_texts(write_pdf(content, tmp_path / "after.pdf", "A4"))
    finally:
        qapp.setFont(saved)
    assert after == before
    assert len(after) <= 2
