"""The report in another language: no English of its own left, no English dates, still fitting.

The report's words (contexts Report, KeyNumbers, ReportMedicines, ReportPdf) are made when
the report is built, so each test speaks its language first and builds after.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from mslog.core.diary import Diary
from mslog.core.report import ReportContent, build_report
from tests.helpers.language import bare, english_left, speak
from tests.reports.test_report_pages import PERIOD, fill

CONTEXTS = ("Report", "KeyNumbers", "ReportMedicines", "ReportPdf")
_TAG = re.compile(r"<[^>]+>")


def report_text(content: ReportContent) -> str:
    """The report's words as the page shows them (markup and style left out)."""
    from mslog.report_pdf import report_html

    body = report_html(content).split("<body>", 1)[1]
    return " ".join(_TAG.sub(" ", body).split())


def said_elsewhere(content: ReportContent) -> list[str]:
    """What other packages put in the report (a prescription, the factors' verdict)."""
    from mslog.core.report import Report

    factors = Report.tr("Days with and without each factor (association, not proof)")
    verdicts = [line for s in content.sections if s.title == factors for line in s.lines]
    return [*(m.now for m in content.medicines.lines), *verdicts]


def full_content(diary: Diary) -> ReportContent:
    """The pages' diary with the rest of what the report can say: side effects, treatments."""
    fill(diary)
    baclofen = next(m for m in diary.checklists.medications.all() if m.name == "Baclofen")
    diary.checklists.effects.note(
        date(2026, 2, 21), ["drowsiness"], "Müde", medication_uuid=baclofen.uuid
    )
    diary.checklists.treatments.add("pump_refill", date(2026, 2, 24), next_refill=date(2026, 5, 19))
    diary.checklists.treatments.add("botulinum_toxin", date(2025, 12, 1))
    return build_report(diary, PERIOD)


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl"])
def test_the_report_has_no_english_of_its_own_and_no_english_dates(qapp, diary: Diary, language):
    speak(qapp, language)
    content = full_content(diary)
    text = report_text(content)
    for other in said_elsewhere(content):
        text = text.replace(other, " ")
    assert english_left(text, CONTEXTS, language) == []


def test_a_german_report_reads_german(qapp, diary: Diary):
    speak(qapp, "de")
    content = full_content(diary)
    text = report_text(content)
    assert "Spasmus-Tagebuch: Übersicht · 10. Feb. 2026 – 10. März 2026" in text
    assert "Fragen für diesen Termin" in text
    rows = {row.measure: row[1:] for row in content.key_rows}
    assert rows["Spasmen je vollständigem Tag"][0] == "3,0 an 29 vollständigen Tagen"
    assert "Geplante Dosen genommen" in rows
    assert content.coverage_lines()[0].startswith("Dieser Zeitraum: 29 Tage gezählt")


def test_every_text_of_the_report_is_translated(qapp, diary: Diary):
    # Under the pseudo-language every text of the catalogue reads ⟦…⟧; what is left bare
    # is the person's own words, the names of medicines and what other packages say.
    speak(qapp, "en", pseudo=True)
    content = full_content(diary)
    own = {"Baclofen", "Diazepam", "Dr Okafor", "Baclofen review", "Müde"}
    own |= {"felt too drowsy", "forgot", "drowsiness", *content.questions.splitlines()}
    # The treatments' words are the Checklists package's (its own scan).
    own |= {t.marker for t in diary.checklists.treatments.all()}
    cells = [cell for row in content.key_rows for cell in row]
    lines = [*cells, *content.key_notes, *content.coverage_lines(), *content.self_rated]
    lines += [*content.medicines.as_needed, *content.medicines.notes]
    lines += [m.label for m in content.markers]
    lines += [line for m in content.medicines.lines for line in [*m.changes, m.taken, m.skipped]]
    lines += [*content.appointments, *content.treatments]
    lines += [s.title for s in content.sections] + [h for s in content.sections for h in s.header]

    def unwrapped(line: str) -> bool:
        for word in sorted(own, key=len, reverse=True):
            line = line.replace(word, " ")
        return bare(line)

    assert [line for line in lines if unwrapped(line)] == []


def broken_words(doc) -> list[str]:
    """Words a table cell breaks in the middle (its column too narrow for them)."""
    from mslog.report_pdf import _tables

    broken = []
    for table in _tables(doc):
        for row in range(table.rows()):
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                block = cell.firstCursorPosition().block()
                while block.isValid() and block.position() <= cell.lastPosition():
                    text, layout = block.text(), block.layout()
                    for i in range(1, layout.lineCount()):
                        at = layout.lineAt(i).textStart()
                        if text[at - 1].isalnum() and text[at].isalnum():
                            broken.append(text)
                    block = block.next()
    return broken


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl"])
def test_a_full_diary_s_report_fits_two_pages_and_its_words_their_columns(qapp, tmp_path, language):
    """German is long: every table stays within the page, no word breaks, two pages at most."""
    from mslog.report_pdf import _tables, build_document, page_layout, write_pdf
    from tests.reports.test_report_layout import page_texts

    speak(qapp, language)
    content = demo_content(tmp_path, days=90)
    doc = build_document(content, page_layout().paintRectPoints().size().toSizeF())
    width = doc.pageSize().width()
    tables = _tables(doc)
    assert len(tables) >= 2  # key numbers, medicines (and factors, when one stood out)
    for table in tables:
        assert doc.documentLayout().frameBoundingRect(table).width() <= width + 1
    assert broken_words(doc) == []
    pages = page_texts(write_pdf(content, tmp_path / "report.pdf"))
    assert len(pages) <= 2


def demo_content(tmp_path, days: int) -> ReportContent:
    """The report of the screenshots' invented diary (everything MSLog records)."""
    import importlib.util
    from datetime import timedelta

    from mslog.core.trends import DateRange
    from tests.reports.test_report_layout import SCRIPT

    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    demo = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(demo)
    clock = demo.DemoClock(demo.NOW)
    diary = Diary(tmp_path / "diary", clock=clock)
    try:
        demo.fill_diary(diary, clock)
        today = diary.today()
        return build_report(diary, DateRange(today - timedelta(days=days - 1), today))
    finally:
        diary.close()
