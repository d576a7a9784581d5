"""Settings apply at once; the welcome shows once; menus reach every tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.settings.store import UiSettings
from mslog.ui.style import DARK, HIGH_CONTRAST, LIGHT, contrast_ratio
from mslog.ui.welcome import WelcomeDialog
from mslog.ui.widgets.lazytab import LazyTab


def test_settings_persist_in_their_file(tmp_path):
    path = str(tmp_path / "settings.ini")
    first = UiSettings(QSettings(path, QSettings.Format.IniFormat))
    assert first.get("theme") == "system"
    assert first.get("text_scale") == 1.0
    first.set("theme", "dark")
    first.set("text_scale", 1.5)
    first.set("sounds", False)
    again = UiSettings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get("theme") == "dark"
    assert again.get("text_scale") == 1.5
    assert again.get("sounds") is False


def test_theme_and_text_size_apply_at_once(window: MainWindow, qtbot):
    app = QApplication.instance()
    dialog = window.show_settings()
    dialog.theme.button("dark").click()
    assert app.property("mslogTheme") == "dark"
    assert window.settings.get("theme") == "dark"
    base = app.font().pointSizeF()
    dialog.text_size.button("1.5").click()
    assert app.font().pointSizeF() == base * 1.5
    # Clicking the chosen theme again keeps it: a theme is always chosen.
    dialog.theme.button("dark").click()
    assert dialog.theme.selected() == ["dark"]
    dialog.theme.button("light").click()
    dialog.text_size.button("1.0").click()
    dialog.reject()


def test_day_start_hour_changes_the_diary_day(window: MainWindow, diary: Diary, clock):
    # At 14:30, a spasm at 03:00 belongs to last night while the day starts at 04:00 ...
    diary.spasms.log(started=clock.now().replace(hour=3, minute=0))
    assert window.log_tab.today.rows == []
    dialog = window.show_settings()
    dialog.day_start.setCurrentIndex(2)  # ... and to today once the day starts at 02:00.
    assert diary.day_rule.start_hour == 2
    assert len(window.log_tab.today.rows) == 1
    reopened = Diary(diary.data_dir, clock=clock)
    try:
        assert reopened.day_rule.start_hour == 2
    finally:
        reopened.close()
    dialog.reject()


def test_switches_are_stored(window: MainWindow):
    dialog = window.show_settings()
    dialog.sounds.click()
    dialog.voice.click()
    dialog.reminders.click()
    dialog.close_to_tray.click()
    assert [window.settings.get(k) for k in ("sounds", "voice", "reminders", "close_to_tray")] == [
        False
    ] * 4
    assert str(window.diary.data_dir) in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    dialog.reject()


def test_autostart_switch_calls_the_platform_hook(window: MainWindow, qtbot):
    from mslog.ui.settings.dialog import SettingsDialog

    state = {"on": False}
    dialog = SettingsDialog(
        window.settings,
        window.diary,
        autostart=(lambda: state["on"], lambda on: state.update(on=on)),
    )
    qtbot.addWidget(dialog)
    dialog.autostart_box.click()
    assert state["on"] is True
    again = SettingsDialog(window.settings, window.diary, autostart=(lambda: state["on"], print))
    qtbot.addWidget(again)
    assert again.autostart_box.isChecked()  # read back from the platform, not a stored copy


def test_welcome_once_then_never(qtbot):
    settings = UiSettings()
    opened = []
    dialog = WelcomeDialog(settings, [("Add my medicines", lambda: opened.append("meds"))])
    qtbot.addWidget(dialog)
    dialog.next_button.click()
    dialog.setup_buttons[0].click()
    dialog.reminders.setChecked(False)
    dialog.next_button.click()
    assert opened == ["meds"]
    assert settings.get("first_run_done") is True
    assert settings.get("reminders") is False


def test_skipping_the_welcome_also_counts(qtbot):
    settings = UiSettings()
    dialog = WelcomeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.skip_button.click()
    assert settings.get("first_run_done") is True
    assert settings.get("reminders") is True


def test_ctrl_number_goes_to_each_tab(window: MainWindow):
    actions = [a for a in window.view_menu.actions() if a.shortcut().toString().startswith("Ctrl+")]
    assert len(actions) == window.tabs.count()
    for index, action in enumerate(actions):
        action.trigger()
        assert window.tabs.currentIndex() == index


def test_full_screen_and_back(window: MainWindow, qtbot):
    window.fullscreen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.set_full_screen(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_shortcuts_list_opens(window: MainWindow, qtbot):
    window.show_shortcuts()
    from mslog.ui.shortcuts import ShortcutsDialog

    dialog = window.findChild(ShortcutsDialog)
    assert dialog.table.rowCount() > 5
    dialog.reject()


def test_lazy_tab_builds_on_first_show(qtbot):
    built = []

    def factory():
        built.append(1)
        return QLabel("content")

    page = LazyTab(factory)
    qtbot.addWidget(page)
    assert built == []
    page.show()
    assert built == [1]
    page.hide()
    page.show()
    assert built == [1]


def test_theme_colour_pairs_are_readable():
    for colours, minimum in ((LIGHT, 4.5), (DARK, 4.5), (HIGH_CONTRAST, 7.0)):
        for fg, bg in [
            (colours.text, colours.window),
            (colours.text, colours.surface),
            (colours.text, colours.row),
            (colours.text, colours.tab),
            (colours.muted, colours.window),
            (colours.muted, colours.surface),
            (colours.on_primary, colours.primary),
            (colours.error, colours.surface),
            (colours.disabled, colours.window),
        ]:
            assert contrast_ratio(fg, bg) >= minimum, (colours, fg, bg)


def test_window_offers_the_welcome(window: MainWindow):
    dialog = window.show_welcome()
    assert dialog.isVisible()
    dialog.skip_button.click()
    assert window.settings.get("first_run_done") is True


def test_welcome_set_up_offers_medicines_a_routine_and_the_look(window: MainWindow):
    dialog = window.show_welcome()
    labels = [button.text() for button in dialog.setup_buttons]
    assert labels == [
        "Add my medicines…",
        "Choose my daily stretch routine",
        "Choose text size and colours…",
    ]
    dialog.reject()


def test_start_at_login_writes_the_autostart_entry(window: MainWindow, tmp_path, monkeypatch):
    from mslog.platform import autostart

    if not autostart.supported():
        pytest.skip("XDG autostart only")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = window.show_settings()
    assert not dialog.autostart_box.isChecked()
    dialog.autostart_box.click()
    entry = autostart.entry_path(tmp_path / "config")
    assert entry.exists()
    assert str(window.diary.data_dir) in entry.read_text()
    dialog.autostart_box.click()
    assert not entry.exists()
    dialog.reject()


def test_file_menu_opens_the_report(window: MainWindow, qtbot):
    dialog = window.open_report()
    assert window.tabs.currentWidget() is window.trends_tab
    assert dialog.isVisible()
    dialog.reject()


def test_every_theme_has_its_style_icons():
    from mslog.ui.style import _icon

    for colours in (LIGHT, DARK, HIGH_CONTRAST):
        shown = [("tick", colours.on_primary), ("down", colours.text)]
        shown += [
            (arrow, colour)
            for arrow in ("left", "right")
            for colour in (colours.text, colours.disabled)
        ]
        for name, colour in shown:
            assert Path(_icon(name, colour)).is_file(), (name, colour)
