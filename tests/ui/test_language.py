"""Loading a language: Qt's catalogues, QLocale's dates and numbers, the pseudo-language."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from mslog.core import formatting, i18n
from mslog.core.formatting import fmt_date, fmt_day, fmt_number
from mslog.platform.language import choose, from_environment, shipped
from mslog.platform.translators import QtDisplayLocale
from tests.helpers.language import bare, speak

PATTERNS = ["dddd d MMMM yyyy", "d MMM", "ddd d MMM yyyy", "MMM yyyy", "dd/MM/yy", "d 'de' MMMM"]


def test_qlocale_english_writes_what_the_qt_free_english_writes():
    qt, plain = QtDisplayLocale(QLocale("en")), formatting.EnglishLocale()
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(0, 366, 5)]
    assert [qt.date(d, p) for d in days for p in PATTERNS] == [
        plain.date(d, p) for d in days for p in PATTERNS
    ]
    assert [qt.number(v, 2) for v in (0.0, 3.14159, 1234.5)] == ["0.00", "3.14", "1234.50"]


def test_german_dates_and_numbers_come_from_qlocale(qapp):
    speak(qapp, "de")
    assert fmt_day(date(2026, 3, 11)) == "Mittwoch, 11. März"  # the German pattern, Qt's names
    assert fmt_date(date(2026, 3, 11), weekday=True) == "Mi., 11. März 2026"
    assert fmt_number(3.14) == "3,1"
    assert QLocale().language() == QLocale.Language.German


def test_english_plural_forms_come_from_the_english_catalogue(qapp):
    speak(qapp, "en")
    # The Qt-free English and the window's agree; "%n spasms" alone would say "1 spasms".
    for n, text in [(1, "Today · 1 spasm"), (0, "Today · 0 spasms"), (2, "Today · 2 spasms")]:
        assert QCoreApplication.translate("TodayList", "Today · %n spasms", None, n) == text
        assert i18n.english("TodayList", "Today · %n spasms", None, n) == text


def test_the_language_is_chosen_in_settings_for_the_next_start(qtbot, diary):
    from mslog.ui.settings.dialog import SettingsDialog
    from mslog.ui.settings.store import UiSettings

    settings = UiSettings()
    dialog = SettingsDialog(settings, diary, speech_status=lambda: "")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    assert dialog.language.itemText(0) == "Follow the system"
    dialog.language.setCurrentIndex(dialog.language.findText("Deutsch"))
    assert settings.get("language") == "de"
    hints = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert "A new language takes effect when MSLog next starts." in hints


def test_pseudo_language_wraps_core_and_qt_texts(qapp):
    speak(qapp, "en", pseudo=True)
    assert formatting.fmt_day_relative(date(2026, 3, 11), date(2026, 3, 11)) == "⟦Today⟧"
    assert formatting.short_type_label("flexor") == "⟦Flexor⟧"
    assert not bare("⟦Saved 14:30⟧ · ⟦Today⟧ 3")
    assert bare("⟦Saved⟧ 14:30 left")
    assert not bare("<b>⟦x⟧</b> 12 h")


@pytest.mark.parametrize(
    ("setting", "system", "language"),
    [
        ("system", ["de-CH", "en-GB"], "de"),
        ("system", ["pt-BR", "fr-FR"], "fr"),
        ("system", ["pt-BR"], "en"),
        ("nl", ["de-DE"], "nl"),
    ],
)
def test_the_language_follows_the_setting_then_the_system(setting, system, language):
    assert choose(setting, system) == language


def test_the_command_line_reads_the_usual_locale_variables():
    assert from_environment({}) == "en"
    assert from_environment({"LANG": "it_IT.UTF-8"}) == "it"
    assert from_environment({"LANGUAGE": "pt:es", "LANG": "de_DE.UTF-8"}) == "es"
    assert from_environment({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert from_environment({"MSLOG_LANGUAGE": "nl", "LANG": "de_DE"}) == "nl"
    assert shipped("fr_CA.UTF-8@euro") == "fr"
