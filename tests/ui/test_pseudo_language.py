"""Every text of the converted screens goes through the catalogue (the pseudo-language run).

Under the pseudo-language every translated text reads ⟦…⟧; a word outside the brackets was
never wrapped. Add a screen here once its package is converted (see docs/architecture.md).
"""

from __future__ import annotations

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.settings.dialog import SettingsDialog
from tests.helpers.language import unwrapped_texts


def test_every_text_of_the_log_tab_is_translated(pseudo, qtbot, diary: Diary):
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.log_tab
    assert unwrapped_texts(tab.today) == []
    tab.log_button.click()  # the details panel and a row of today's list
    tab.details.own_trigger.setText("my own words")
    tab.details.add_own_trigger()
    assert unwrapped_texts(tab, {"my own words"}) == []  # the check-in card and status too
    tab.ask_earlier()
    assert tab.when_dialog is not None
    assert unwrapped_texts(tab.when_dialog) == []
    tab.when_dialog.reject()


def test_every_text_of_the_settings_dialog_is_translated(pseudo, qtbot, diary: Diary):
    dialog = SettingsDialog(
        # The data folder is the person's own path; the language names are their own words.
        __import__("mslog.ui.settings.store", fromlist=["UiSettings"]).UiSettings(),
        diary,
        speech_status=lambda: "",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_speech.click()
    allowed = {"English", "Deutsch", "Français", "Español", "Italiano", "Nederlands"}
    found = [line for line in unwrapped_texts(dialog, allowed) if str(diary.data_dir) not in line]
    assert found == []


def test_the_helper_reports_a_bare_text(pseudo, qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    QLabel("Never wrapped", root)
    QPushButton(QLabel().tr("Wrapped"), root).setToolTip("Bare tooltip")
    root.show()
    assert unwrapped_texts(root) == [
        "QLabel(-) text: 'Never wrapped'",
        "QPushButton(-) tooltip: 'Bare tooltip'",
    ]
