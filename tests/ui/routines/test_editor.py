"""Custom routines from the Stretch tab: copy a built-in one, change it, save, play, delete."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from mslog.core.diary import Diary
from mslog.ui.routines.tab import StretchTab


class Silent:
    def play(self, name: str) -> None:
        pass

    def say(self, text: str) -> None:
        pass


@pytest.fixture
def tab(qtbot, diary: Diary) -> StretchTab:
    widget = StretchTab(diary, sound_factory=Silent, voice_factory=Silent)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def test_bundled_routine_is_copied_not_changed(tab: StretchTab, diary: Diary):
    tab.picker.select("bundled/daily_5_minutes")
    assert tab.picker.edit_button.text() == "Copy and edit"
    assert not tab.picker.delete_button.isEnabled()
    tab.picker.edit_button.click()
    editor = tab.editor
    assert editor is not None
    assert editor.name.text() == "Daily 5-minute routine (my copy)"

    editor.name.setText("My morning")
    editor.steps.setCurrentRow(0)
    editor.remove_step()
    editor.steps.setCurrentRow(0)  # now the right ankle roll
    editor.move_step(1)
    editor.steps.setCurrentRow(1)
    editor.duration.setValue(45)
    editor.rest.setValue(0)
    editor.add_step()  # a copy of the chosen step, after it
    editor.exercise.setCurrentIndex(editor.exercise.findData("wrist_stretch"))
    editor.side.setCurrentIndex(editor.side.findData("right"))
    assert editor.steps.count() == 8
    editor.save_button.click()

    assert tab.editor is None or not tab.editor.isVisible()
    saved = tab.library.get(tab.picker.current_key())
    assert saved.name == "My morning"
    assert saved.key.startswith("custom/")
    assert [s.exercise for s in saved.steps[:3]] == ["foot_pumps", "ankle_rolls", "wrist_stretch"]
    assert (saved.steps[1].duration_s, saved.steps[1].rest_s) == (45, 0)
    assert saved.steps[2].side == "right"
    daily = tab.library.get("bundled/daily_5_minutes")
    assert (len(daily.steps), daily.steps[0].exercise) == (8, "ankle_rolls")
    assert "My morning  (yours)" in tab.picker.list.currentItem().text()


def test_reps_and_pace_and_invalid_values_are_explained(tab: StretchTab):
    tab.picker.newRequested.emit()
    editor = tab.editor
    editor.mode.setCurrentIndex(editor.mode.findData("reps"))
    editor.reps.setValue(100)
    editor.pace.setValue(20)  # 2000 s: too long for one step
    editor.name.setText("")
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.error.text().startswith("Not saved: name:")
    editor.name.setText("Long one")
    editor.save_button.click()
    assert "at most 600 s" in editor.error.text()
    editor.pace.setValue(3)
    editor.save_button.click()
    assert not editor.isVisible()
    saved = tab.library.get(tab.picker.current_key())
    assert (saved.steps[0].reps, saved.steps[0].pace_s) == (100, 3.0)


def test_a_custom_routine_plays_and_can_be_deleted(
    tab: StretchTab, diary: Diary, clock, monkeypatch
):
    tab.new_routine()
    tab.editor.name.setText("Tiny")
    tab.editor.duration.setValue(10)
    tab.editor.save_button.click()
    key = tab.picker.current_key()
    tab.picker.start_button.click()
    clock.advance(15)
    tab.refresh_player()
    assert tab.pages.currentWidget() is tab.summary
    assert diary.stretches.recent()[0].routine_name == "Tiny"

    tab.show_picker()
    tab.picker.select(key)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    tab.picker.delete_button.click()
    assert key not in [r.key for r in tab.library.routines()]
    assert len(diary.stretches.recent()) == 1  # the history stays


def test_a_broken_routine_file_is_named_and_the_others_still_load(qtbot, diary: Diary):
    folder = diary.data_dir / "routines"
    folder.mkdir()
    (folder / "mine.json").write_text('{"name": "Mine", "steps": [{"exercise": "calf_stretch"}]}')
    widget = StretchTab(diary, sound_factory=Silent, voice_factory=Silent)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.picker.problems.isVisible()
    assert "mine.json: steps[1]: needs duration_s" in widget.picker.problems.text()
    assert widget.picker.list.count() == 3  # the built-in routines


def test_sound_and_voice_switches_follow_the_settings(window):
    window.tabs.setCurrentWidget(window.stretch_page)
    stretch = window.stretch_page.content
    assert stretch.picker.sound_box.isChecked()
    window.settings.set("sounds", False)
    assert not stretch.picker.sound_box.isChecked()
    assert not stretch.cues.sound_on
    stretch.picker.voice_box.setChecked(False)
    assert window.settings.get("voice") is False
    assert not stretch.cues.voice_on


def test_pipes_devices_and_deep_files_in_routines_do_not_hang_the_tab(qtbot, diary: Diary):
    from tests.core.test_hostile_files import fifo

    folder = diary.data_dir / "routines"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / "mine.json").write_text(
        '{"name": "Mine", "steps": [{"exercise": "calf_stretch", "duration_s": 30}]}'
    )
    with fifo(folder / "pipe.json"):
        widget = StretchTab(diary, sound_factory=Silent, voice_factory=Silent)
    qtbot.addWidget(widget)
    widget.show()
    problems = widget.picker.problems.text()
    assert "deep.json: file: is nested more than 32 levels deep" in problems
    assert "pipe.json: file: is a pipe or device" in problems
    assert "zero.json: file: is a pipe or device" in problems
    assert widget.picker.list.count() == 4  # the built-in routines and Mine
    widget.shutdown()
