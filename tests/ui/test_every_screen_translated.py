"""Every tab, page, dialog and the report, in a pseudo-language and in German (issue 18).

The pseudo-language run wraps each translated text in ⟦…⟧: a word left outside the brackets
was never put through the catalogue. The German run then looks for what a person would
notice: a word that only the English texts of the catalogue use, or an English month or
weekday name.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.core.trends import DateRange
from mslog.ui.main_window import MainWindow
from tests.helpers.audit import POPUP_NOTICES
from tests.helpers.language import NAMES, english_in, speak, unwrapped_texts, visible_texts
from tests.helpers.month_of_everything import a_month_of_everything
from tests.helpers.screens import every_screen

# The person's own words in the filled diary (shown as written, in any language).
DATA = (
    "Dr Okafor, neurology",
    "Baclofen review",
    "Are the night spasms worth a separate medicine?",
    "Baclofen",
    "mg",  # the unit as typed
    "Baclofen 10 mg",  # the medicine, its amount and unit as typed
    "Baclofen 10 mg ×1",
)
# Texts Qt itself writes from the locale (the calendar's month), and the languages' own names.
QT_OWN = ("qt_calendar_monthbutton",)
LANGUAGE_NAMES = ("English", "Deutsch", "Français", "Español", "Italiano", "Nederlands")


@pytest.fixture
def filled(qtbot, diary: Diary, clock):
    """Return a function that opens the window on a month of everything."""

    def open_window() -> MainWindow:
        a_month_of_everything(diary, clock)
        window = MainWindow(diary)
        qtbot.addWidget(window)
        window.settings.set("sounds", False)  # the player runs a step: no audio device
        window.settings.set("voice", False)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_window


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
def test_every_screen_is_put_through_the_catalogue(qapp, filled, diary: Diary, clock):
    speak(qapp, "en", pseudo=True)
    window = filled()
    found = []
    for name, shown in every_screen(window, diary, lambda s: clock.advance(seconds=s)):
        allowed = (*DATA, *NAMES, *LANGUAGE_NAMES)
        found += [
            f"[{name}] {line}"
            for line in unwrapped_texts(shown, allowed=allowed)
            if not any(own in line for own in QT_OWN) and str(diary.data_dir) not in line
        ]
    assert not found, "\n".join(found)


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
def test_every_screen_in_german_has_no_english_words(qapp, filled, diary: Diary, clock):
    speak(qapp, "de")
    window = filled()
    found = []
    for name, shown in every_screen(window, diary, lambda s: clock.advance(seconds=s)):
        for where, text in visible_texts(shown):
            if words := english_in(text.replace(str(diary.data_dir), " "), "de", DATA):
                found.append(f"[{name}] {where}: {text!r} -> {words}")
    assert not found, "\n".join(found)
    assert window.tabs.tabText(0) != "Log"


def test_the_report_in_german_has_no_english_words(qapp, diary: Diary, clock, tmp_path: Path):
    from mslog.core.report import build_report
    from mslog.report_pdf import write_pdf

    speak(qapp, "de")
    a_month_of_everything(diary, clock)
    today = diary.today()
    content = build_report(diary, DateRange(today - timedelta(days=29), today))
    pages = PdfReader(write_pdf(content, tmp_path / "bericht.pdf")).pages
    text = "\n".join(page.extract_text() for page in pages).replace("\t", " ")
    found = [line for line in text.splitlines() if english_in(line, "de", DATA)]
    assert not found, "\n".join(f"{line!r} -> {english_in(line, 'de', DATA)}" for line in found)
    assert "Spasm" in text  # "Spasmen", "Spasmus": the report is in German
    QApplication.processEvents()
