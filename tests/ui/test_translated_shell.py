"""The window's shell in the person's language: menus, tabs, tray, welcome, shortcuts, widgets.

Under the pseudo-language every translated text reads ⟦…⟧, so a word outside the brackets
was never wrapped. Menus keep one accelerator per letter in every shipped language.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from mslog.core.diary import Diary
from mslog.platform.language import LANGUAGES
from mslog.ui.main_window import MainWindow
from tests.helpers.language import bare, speak, unwrapped_texts


def _window(qtbot, diary: Diary) -> MainWindow:
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menus(window: MainWindow) -> list[QMenu]:
    return [action.menu() for action in window.menuBar().actions() if action.menu()]


def _bare(texts: list[str]) -> list[str]:
    return [text for text in texts if text and bare(text)]


def test_the_window_s_title_tabs_and_menus_are_translated(pseudo, qtbot, diary: Diary):
    window = _window(qtbot, diary)
    # Entries other packages add to the File menu (check-in, export, back up...) are theirs.
    others = {window.checkin.action, window.export.action, *window.data_safety.actions()}
    texts = [window.windowTitle(), *(window.tabs.tabText(i) for i in range(window.tabs.count()))]
    texts += [action.text() for action in window.menuBar().actions()]
    for menu in _menus(window):
        texts += [a.text() for a in menu.actions() if not a.isSeparator() and a not in others]
    texts += [action.text() for action in window.actions()]  # "Leave full screen"
    texts += [action.text() for action in window.tray.menu.actions() if not action.isSeparator()]
    assert _bare(texts) == []
    # The busy note of the Trends tab, shown while it is first drawn.
    assert not bare(window.trends_tab._busy or "")


def test_the_tray_and_closing_to_it_say_their_words_translated(pseudo, qtbot, diary: Diary):
    from mslog.ui.settings.store import UiSettings
    from mslog.ui.tray import CloseToTray

    window = _window(qtbot, diary)
    told: list[tuple[str, ...]] = []
    window.tray.notify = lambda *args, **_kw: told.append(args)  # type: ignore[method-assign]
    window.log_from_tray()
    window.tray.allow_writes(False)
    window.tray._buttons[7] = lambda _key: None
    window.tray._on_button(7, "taken")  # pressed on a notification while an import writes
    keeper = CloseToTray(window, UiSettings(), lambda: True, lambda *a: told.append(a))
    keeper.keep_running(spontaneous=True)
    keeper.detach()
    assert len(told) == 3
    assert _bare([text for said in told for text in said]) == []


def test_every_text_of_the_welcome_is_translated(pseudo, qtbot, diary: Diary):
    from mslog.core.routines.library import RoutineLibrary
    from mslog.platform.assets import resource_path
    from mslog.ui.settings.store import UiSettings
    from mslog.ui.welcome import WelcomeDialog

    window = _window(qtbot, diary)
    routines = RoutineLibrary(resource_path(), diary.data_dir).routines()
    dialog = WelcomeDialog(
        UiSettings(),
        window.welcome_actions(),
        add_medicine=lambda _over, _added: None,
        routines=routines,
        today=date(2026, 3, 11),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    # The routines' own names and descriptions are the Stretch package's.
    own = {text for r in routines for text in (r.name, r.description)}
    own |= {dialog.routine_list.item(i).text() for i in range(dialog.routine_list.count())}
    assert unwrapped_texts(dialog, own) == []
    dialog.next_page()  # the set-up
    dialog.medicine_added(
        diary.checklists.medications.add(
            "Baclofen", times=["08:00"], amount=10, unit="mg", starts=date(2026, 3, 1)
        )
    )
    assert unwrapped_texts(dialog, own) == []
    dialog.show_routines()
    assert unwrapped_texts(dialog, own) == []
    dialog.use_routine()
    chosen = dialog.routine_chosen.text()
    assert chosen.startswith("⟦")
    assert chosen.endswith("⟧")
    assert unwrapped_texts(dialog, own) == []


def test_every_text_of_the_shortcut_list_is_translated(pseudo, qtbot, diary: Diary):
    window = _window(qtbot, diary)
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    table = dialog.table  # type: ignore[attr-defined]
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    where_and_what = [
        table.item(row, column).text() for row in range(table.rowCount()) for column in (0, 2)
    ]
    assert _bare(header + where_and_what) == []
    assert unwrapped_texts(dialog, skip=()) == []
    dialog.reject()


def test_the_shortcut_keys_are_written_the_platform_s_way_in_the_language(qapp, qtbot):
    from mslog.ui.shortcuts import ShortcutsDialog

    speak(qapp, "de")
    try:
        dialog = ShortcutsDialog()
        qtbot.addWidget(dialog)
        keys = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
        assert "Strg+L" in keys  # Qt's own German for the Ctrl key
        assert "Tabulator / Umschalt+Tab" in keys or any("Umschalt" in k for k in keys)
        assert dialog.table.item(0, 0).text() == "Überall"
    finally:
        speak(qapp, "en")


def test_every_text_of_the_about_box_is_translated(pseudo, qtbot, diary: Diary):
    window = _window(qtbot, diary)
    box = window.show_about()
    qtbot.waitExposed(box)
    assert _bare([box.windowTitle(), window.about_text.text()]) == []
    assert unwrapped_texts(box) == []
    box.reject()


def test_the_widgets_say_their_own_words_translated(pseudo, qtbot):
    from mslog.ui.widgets.severity import SeverityPicker
    from mslog.ui.widgets.time_field import TimeField

    root = QWidget()
    qtbot.addWidget(root)
    SeverityPicker(root)
    TimeField(QTime(9, 30), parent=root).move(0, 80)
    root.show()
    # The time itself ("09:30") and the scale's numbers are no words.
    assert unwrapped_texts(root) == []


def test_the_progress_dialog_says_its_words_translated(pseudo, qtbot):
    import threading

    from mslog.ui.widgets.progress import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    ended = []
    doing = QCoreApplication.translate("ExportUi", "Exporting your diary")  # as a caller does

    def work(progress, cancelled) -> None:
        progress(1, 4)
        release.wait(10)

    task = run_with_progress(
        work, ended.append, doing=doing, cancel_note=None, parent=parent, measured=True
    )
    try:
        dialog = task.dialog
        assert dialog is not None
        texts = [dialog.label.text(), dialog.note.text(), dialog.cancel_button.text()]
        texts.append(dialog.cancel_button.accessibleName())
        assert _bare(texts) == []
    finally:
        release.set()
        qtbot.waitUntil(lambda: bool(ended), timeout=10_000)


def _accelerators(texts: list[str]) -> list[str]:
    """The letter after each single "&" (a doubled "&&" is a literal ampersand)."""
    found = []
    for text in texts:
        marks = re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))
        assert len(marks) <= 1, text
        found += [mark.casefold() for mark in marks]
    return found


def _translated(language: str) -> set[str]:
    """Every finished translation of ``language``'s catalogue (English: every source text)."""
    import xml.etree.ElementTree as ET

    from mslog.platform.language import catalogue

    root = ET.parse(catalogue("de" if language == "en" else language, ".ts")).getroot()
    found = set()
    for message in root.iter("message"):
        if language == "en":
            found.add(message.findtext("source") or "")
            continue
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            found.add(translation.text)
    return found


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_each_menu_has_one_accelerator_per_letter_in_every_language(
    qapp, qtbot, diary: Diary, language
):
    speak(qapp, language)
    try:
        window = _window(qtbot, diary)
        # An entry another package adds counts once its package speaks the language (before
        # its catalogue is in, its English letters say nothing about the language's).
        others = {window.checkin.action, window.export.action, *window.data_safety.actions()}
        translated = _translated(language)
        menus = {"menu bar": [a.text() for a in window.menuBar().actions()]}
        for menu in _menus(window):
            actions: list[QAction] = [
                a
                for a in menu.actions()
                if not a.isSeparator()
                and (language == "en" or a not in others or a.text() in translated)
            ]
            menus[menu.title()] = [a.text() for a in actions]
        twice = {
            title: sorted(k for k, n in Counter(_accelerators(texts)).items() if n > 1)
            for title, texts in menus.items()
        }
        assert {title: keys for title, keys in twice.items() if keys} == {}
        # Every entry of the window's own has one ("&1 Log"... on the tab's number).
        for action in (window.log_action, window.report_action, window.quit_action):
            assert len(_accelerators([action.text()])) == 1, action.text()
        for menu in _menus(window):
            assert len(_accelerators([menu.title()])) == 1, menu.title()
        window.close()
    finally:
        speak(qapp, "en")


def test_the_window_speaks_german(qapp, qtbot, diary: Diary):
    speak(qapp, "de")
    try:
        window = _window(qtbot, diary)
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            "Eintrag",
            "Dehnen",
            "Listen",
            "Trends",
            "Verlauf",
        ]
        assert [a.text() for a in window.menuBar().actions()] == [
            "&Datei",
            "&Bearbeiten",
            "&Ansicht",
            "&Hilfe",
        ]
        assert window.view_menu.actions()[0].text() == "&1 Eintrag"
        window.close()
    finally:
        speak(qapp, "en")


def test_core_messages_speak_german(qapp):
    from mslog.core.errors import ValidationError
    from mslog.core.preferences import check_day_start_hour
    from mslog.core.progress import CancelledError

    speak(qapp, "de")
    try:
        assert str(CancelledError()) == "Abgebrochen. Nichts wurde geändert."
        with pytest.raises(ValidationError) as raised:
            check_day_start_hour(25)
        assert raised.value.message == "muss zwischen 0 und 23 liegen, nicht 25"
    finally:
        speak(qapp, "en")
    assert str(CancelledError()) == "Cancelled. Nothing was changed."


def test_no_english_is_left_in_the_german_window_s_own_words(qapp, qtbot, diary: Diary):
    """A German run: none of the shell's English source texts shows (but names like MSLog)."""
    import xml.etree.ElementTree as ET

    from mslog.platform.language import catalogue

    mine = {"MainWindow", "TrayIcon", "CloseToTray", "WelcomeDialog", "ShortcutsDialog"}
    root = ET.parse(catalogue("de", ".ts")).getroot()
    english = {
        message.findtext("source") or ""
        for context in root.iter("context")
        if context.findtext("name") in mine
        for message in context.iter("message")
        if (message.findtext("source") or "") != (message.findtext("translation") or "")
    }
    speak(qapp, "de")
    try:
        window = _window(qtbot, diary)
        shown = {window.windowTitle(), *(window.tabs.tabText(i) for i in range(5))}
        for menu in [window.menuBar(), *_menus(window), window.tray.menu]:
            shown |= {a.text() for a in menu.actions()}
        assert shown & english == set()
        window.close()
    finally:
        speak(qapp, "en")
    assert QApplication.instance() is qapp


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_word_of_the_shortcut_list_is_cut_at_800x600_200_percent(qapp, qtbot, language):
    from mslog.ui.shortcuts import ShortcutsDialog
    from mslog.ui.style import apply_style

    speak(qapp, language)
    apply_style(qapp, "light", 2.0)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(800, 600)
        window.show()
        dialog = ShortcutsDialog(window)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        metrics = table.fontMetrics()
        cut = [
            word
            for row in range(table.rowCount())
            for column in range(3)
            for word in table.item(row, column).text().replace("+", "+ ").split()
            if metrics.horizontalAdvance(word) + 8 > table.columnWidth(column)
        ]
        assert cut == []
        assert not table.horizontalScrollBar().isVisible()  # no sideways scrolling either
        dialog.reject()
    finally:
        apply_style(qapp)
        speak(qapp, "en")
