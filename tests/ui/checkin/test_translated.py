"""Every text of the check-in's card, reminder banner and dialog goes through the catalogue.

Under the pseudo-language every translated text reads ⟦…⟧; a word outside the brackets was
never wrapped (see docs/architecture.md, "Translation").
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.widgets.severity import SeverityPicker
from tests.helpers.language import speak, unwrapped_texts
from tests.ui.checkin.test_checkin import open_by_shortcut


def scan(dialog, *allowed: str) -> list[str]:
    # The status line says what the check-in operations did (mslog/ui/operations, not
    # converted here); the spasticity and pain scales are the shared severity picker's.
    return unwrapped_texts(dialog, {dialog.status.text(), *allowed}, skip=(SeverityPicker,))


def test_every_text_of_the_card_and_the_action_is_translated(pseudo, window: MainWindow):
    card = window.checkin.card
    card.refresh()
    assert card.isVisible()
    assert unwrapped_texts(card) == []
    assert window.checkin.action.text().startswith("⟦")


def test_every_text_of_the_dialog_is_translated_on_each_kind_of_day(
    pseudo, window: MainWindow, diary: Diary, qtbot
):
    dialog = open_by_shortcut(window, qtbot)
    assert scan(dialog) == []  # today, nothing logged
    diary.spasms.log()
    dialog.refresh()
    assert scan(dialog) == []  # today, a spasm logged
    for back in (1, 5):  # yesterday, and a day named by its date
        dialog.show_day(diary.today() - timedelta(days=back))
        assert scan(dialog) == []
    dialog.fit_width(300)  # arrows only on the day buttons
    assert scan(dialog) == []


def test_the_list_being_changed_and_an_own_factor_are_translated(pseudo, window: MainWindow, qtbot):
    dialog = open_by_shortcut(window, qtbot)
    dialog.own_factor.setText("My own thing")
    dialog.add_own_factor()
    dialog.edit_factors_button.click()
    assert dialog.edit_factors_button.text().startswith("⟦")
    assert scan(dialog, "My own thing") == []
    rename = dialog.ask_rename_factor(next(iter(dialog._checkins.factors())))
    assert rename.windowTitle().startswith("⟦")
    rename.reject()


def test_every_text_of_the_reminder_banner_is_translated(pseudo, window: MainWindow, qtbot):
    ui = window.checkin
    ui.remind(ui.card.day)
    bar = ui.bar
    assert bar.isVisible()
    assert unwrapped_texts(bar) == []
    bar.fit_width(200)  # the short labels, alone under the question
    assert unwrapped_texts(bar) == []


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl"])
def test_every_language_fits_the_dialog_and_banner_at_800x600_200_percent(
    qapp, language: str, window: MainWindow, diary: Diary, qtbot
):
    from PySide6.QtWidgets import QApplication

    from mslog.ui.style import apply_style
    from tests.helpers.audit import clipping

    speak(qapp, language)
    apply_style(qapp, "light", 2.0)
    try:
        window.resize(800, 600)
        dialog = open_by_shortcut(window, qtbot)
        dialog.own_factor.setText("Eigenes")
        dialog.add_own_factor()

        def fits() -> bool:
            QApplication.processEvents()
            content = dialog.scroll_area.widget()
            return content.minimumSizeHint().width() <= dialog.scroll_area.viewport().width()

        assert fits()  # today
        diary.spasms.log()
        dialog.refresh()
        assert fits()
        for back in (1, 5):
            dialog.show_day(diary.today() - timedelta(days=back))
            assert fits()
        dialog.edit_factors_button.click()
        assert fits()
        assert dialog.scroll_area.horizontalScrollBar().maximum() == 0
        assert not [str(p) for p in clipping(dialog)]
        dialog.reject()
        window.checkin.remind(diary.today())
        QApplication.processEvents()
        bar = window.checkin.bar
        # The three buttons stay on one line under the question.
        tops = {b.y() for b in (bar.open_button, bar.snooze_button, bar.hide_button)}
        assert len(tops) == 1
    finally:
        apply_style(qapp, "light")
        speak(qapp, "en")
