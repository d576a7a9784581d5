"""The Stretch tab: pick a routine, be guided through it hands-free, see how it went."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from mslog.core.diary import Diary
from mslog.core.errors import MSLogError
from mslog.core.routines import wording
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import Outcome, Phase, PhaseKind, Player, SessionResult, State
from mslog.core.routines.poses import routine_position
from mslog.core.routines.schema import Exercise, Routine, Step
from mslog.core.routines.sessions import SessionTracker
from mslog.platform.assets import resource_path
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.routines.cues import (
    Cues,
    QtSoundBackend,
    QtVoiceBackend,
    SoundBackend,
    VoiceBackend,
)
from mslog.ui.routines.editor import RoutineEditor
from mslog.ui.routines.picker import PickerPage
from mslog.ui.routines.player_view import PlayerView
from mslog.ui.routines.stop_dialog import StopDialog
from mslog.ui.routines.summary import SummaryPage
from mslog.ui.settings.store import UiSettings
from mslog.ui.widgets.announce import announce

# Twenty redraws a second while running and on screen: smooth for slow stretching moves
# and the countdown ring. The timer only prompts a redraw; it keeps no time.
REFRESH_MS = 50
# Off screen (another tab, the window minimised) nothing is drawn: the player wakes at each
# half second of the countdown, when a beep, a word or the end of a step can fall due.
HIDDEN_STEP_S = 0.5
# Shorter holds are over before "halfway" would help.
HALFWAY_MIN_S = 20


class StretchTab(QWidget):
    """Routine picker, player and summary, stacked.

    Args:
        diary: The open diary (its clock times the player; sessions are recorded in it).
        notifier: Change signals; the history redraws on them.
        resources: Folder with exercises, routines, illustrations and sounds.
        sound_factory: Makes the sound back-end on first use (tests pass a fake).
        voice_factory: Makes the voice back-end on first use (tests pass a fake).
        settings: The window's preferences, holding the ``sounds`` and ``voice`` switches.
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier | None = None,
        resources: Path | None = None,
        sound_factory: Callable[[], SoundBackend] | None = None,
        voice_factory: Callable[[], VoiceBackend] | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        resources = resources or resource_path()
        self.library = RoutineLibrary(resources, diary.data_dir)
        self.player: Player | None = None
        self.tracker: SessionTracker | None = None
        self.result: SessionResult | None = None
        self.editor: RoutineEditor | None = None
        self.stop_dialog: StopDialog | None = None
        self._skipped: int | None = None
        self._resume_second: int | None = None

        sounds = resources / "sounds"
        self.cues = Cues(
            sound_factory or (lambda: QtSoundBackend(sounds, self)),
            voice_factory or (lambda: QtVoiceBackend(parent=self)),
            self,
        )
        self.cues.unavailable.connect(self._backend_missing)

        self.picker = PickerPage()
        self.picker.startRequested.connect(self.start)
        self.picker.editRequested.connect(self.edit_routine)
        self.picker.newRequested.connect(self.new_routine)
        self.picker.deleteRequested.connect(self.delete_routine)
        self._settings = settings
        self.picker.soundToggled.connect(lambda on: self._set_switch("sounds", on))
        self.picker.voiceToggled.connect(lambda on: self._set_switch("voice", on))
        if settings is not None:
            settings.changed.connect(self._setting_changed)
        self.view = PlayerView(self.library)
        if settings is not None:
            for key in ("sounds", "voice", "visual_cues", "reduce_motion"):
                self._setting_changed(key)
        self.view.pauseClicked.connect(self.toggle_pause)
        self.view.previousClicked.connect(self.previous)
        self.view.skipClicked.connect(self.skip)
        self.view.stopClicked.connect(self.stop)
        self.view.fullScreenClicked.connect(self.toggle_full_screen)
        self.view.reasonChosen.connect(self._reason_chosen)
        self.summary = SummaryPage(self.library)
        self.summary.backRequested.connect(self.show_picker)
        self.pages = QStackedWidget()
        for page in (self.picker, self.view, self.summary):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh_player)
        # Fires at a phase's exact deadline, so a step ends on time, not up to a tick late.
        self.deadline_timer = QTimer(self)
        self.deadline_timer.setSingleShot(True)
        self.deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.deadline_timer.timeout.connect(self.refresh_player)

        self._shortcuts: list[QShortcut] = []
        self._add_shortcuts(
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Left, self.previous),
            (Qt.Key.Key_Right, self.skip),
        )

        if notifier is not None:
            notifier.stretchesChanged.connect(self.refresh_history)
            notifier.reloaded.connect(self.refresh_history)  # restore, import, another process
        self.library.changed.connect(lambda _key: self.refresh_routines())
        self.refresh_routines()
        self.refresh_history()
        if settings is not None:
            self._setting_changed("routine")

    # --- lists ---

    def refresh_routines(self) -> None:
        """List the routines again."""
        self.picker.set_routines(self.library.routines(), self.library.problems)

    def refresh_history(self, _change: object = None) -> None:
        """Show the recent sessions."""
        self.picker.set_history(self._diary.stretches.recent(12))

    # --- playing ---

    def start(self, key: str) -> None:
        """Play a routine from its get-ready phase."""
        if self.player is not None and self.player.state is not State.DONE:
            return
        try:
            routine = self.library.get(key)
        except MSLogError as exc:
            self.picker.problems.setText(str(exc))
            self.picker.problems.show()
            return
        player = Player(routine, self._diary.clock.monotonic)
        self.player = player
        self.result = None
        self.tracker = self._diary.stretches.track(player)
        player.step_started.connect(self._on_step_started)
        player.side_switch.connect(self._on_side_switch)
        player.rest.connect(self._on_rest)
        player.halfway.connect(self._on_halfway)
        player.last_seconds.connect(self._on_last_seconds)
        player.phase_started.connect(self._on_phase)
        player.state_changed.connect(self._on_state)
        player.done.connect(self._on_done)
        self.view.set_routine_name(wording.routine_name(routine))
        self.view.picture.set_position(routine_position(routine))
        self.view.show_notice("")
        self.pages.setCurrentWidget(self.view)
        player.start()
        first = routine.steps[0]
        said = wording.announcement(first, self._exercise(first))
        self._tell(self.tr("Get ready. {step}").format(step=said))
        self.refresh_player()
        self.view.pause_button.setFocus()

    def refresh_player(self) -> None:
        """Bring the player up to date with its clock and redraw (the timer calls this)."""
        if self.player is None or self.player.state is State.DONE:
            return
        snapshot = self.player.snapshot()  # may fire events, even end the session
        on_screen = self._on_screen()
        if self.player is not None and snapshot.state is not State.DONE and on_screen:
            self.view.show_snapshot(snapshot)
        running = snapshot.state in (State.RUNNING, State.RESUMING)
        if running and not on_screen:
            self.timer.stop()
            resuming = snapshot.state is State.RESUMING
            left = snapshot.resume_in_s if resuming else snapshot.remaining_s
            wait = left % HIDDEN_STEP_S or HIDDEN_STEP_S
            self.deadline_timer.start(max(1, math.ceil(wait * 1000)))
        elif running and not self.timer.isActive():
            self.timer.start()  # back on screen
        left_ms = snapshot.remaining_s * 1000
        near_deadline = snapshot.state is State.RUNNING and left_ms < 1.5 * REFRESH_MS
        if on_screen and near_deadline and not self.deadline_timer.isActive():
            self.deadline_timer.start(math.ceil(left_ms))
        # A tick for each second of the countdown after Resume, so no one needs to look.
        second = math.ceil(snapshot.resume_in_s) if snapshot.state is State.RESUMING else None
        if second and second != self._resume_second:
            self.cues.play("tick")
        self._resume_second = second

    def _on_screen(self) -> bool:
        """Whether the player can be seen: its page shown and the window not minimised."""
        return self.view.isVisible() and not self.window().isMinimized()

    def toggle_pause(self) -> None:
        """Pause, or resume after a short countdown."""
        if player := self._active():
            player.toggle_pause()
            self.refresh_player()

    def previous(self) -> None:
        """Go back a step (or to the start of this one)."""
        if player := self._active():
            self.view.show_reasons(False)
            player.previous()
            self.refresh_player()

    def skip(self) -> None:
        """Skip to the next step; a skipped step may be given a reason."""
        player = self._active()
        if player is None:
            return
        phase = player.phase
        skipping_step = phase is not None and phase.kind is PhaseKind.STEP
        self._skipped = phase.step_index if phase is not None and skipping_step else None
        player.skip()
        if player.state is not State.DONE:
            self.view.show_reasons(skipping_step)
            self.refresh_player()

    def stop(self) -> None:
        """Ask, with the timer paused, whether to end the session early."""
        player = self._active()
        if player is None or self.stop_dialog is not None:
            return
        was_running = player.state in (State.RUNNING, State.RESUMING)
        player.pause()
        self.refresh_player()
        dialog = StopDialog(self)
        dialog.finished.connect(lambda result: self._stop_answered(dialog, result, was_running))
        self.stop_dialog = dialog
        dialog.open()
        dialog.keep_button.setFocus()

    def _stop_answered(self, dialog: StopDialog, result: int, was_running: bool) -> None:
        self.stop_dialog = None
        dialog.deleteLater()
        player = self._active()
        if player is None:
            return
        if result == QDialog.DialogCode.Accepted:
            player.stop(Outcome.STOPPED)
            return
        if was_running:  # carry on after the usual short count
            player.resume()
        self.refresh_player()
        self.view.pause_button.setFocus()

    def shutdown(self) -> None:
        """Save a session still playing as unfinished (MSLog is closing)."""
        if player := self._active():
            player.stop(Outcome.PARTIAL)
        if self.stop_dialog is not None:
            self.stop_dialog.reject()
        self.timer.stop()
        self.deadline_timer.stop()

    def toggle_full_screen(self) -> None:
        """Fill the screen with the player, or go back."""
        window = self.window()
        if window.isFullScreen():
            self.leave_full_screen()
        elif hasattr(window, "set_full_screen"):  # the main window keeps its menu in step
            window.set_full_screen(True)
        else:
            window.showFullScreen()

    def leave_full_screen(self) -> None:
        """Leave full screen (Esc)."""
        window = self.window()
        if not window.isFullScreen():
            return
        if hasattr(window, "set_full_screen"):
            window.set_full_screen(False)
        else:
            window.showNormal()

    def _add_shortcuts(self, *pairs: tuple[Qt.Key, Callable[[], None]]) -> None:
        for key, action in pairs:
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
            self._shortcuts.append(shortcut)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Add F11 and Esc unless the window already has them (two would cancel out)."""
        if len(self._shortcuts) == 3 and not hasattr(self.window(), "fullscreen_action"):
            self._add_shortcuts(
                (Qt.Key.Key_F11, self.toggle_full_screen),
                (Qt.Key.Key_Escape, self.leave_full_screen),
            )
        super().showEvent(event)
        if self.player is not None and self.player.state in (State.RUNNING, State.RESUMING):
            self.refresh_player()  # back from another tab: draw now and run the frames again

    def show_picker(self) -> None:
        """Back to the routine list."""
        self.pages.setCurrentWidget(self.picker)
        self.picker.start_button.setFocus()

    # --- editing routines ---

    def edit_routine(self, key: str) -> None:
        """Edit a custom routine, or a new copy of a bundled one."""
        routine = self.library.get(key)
        if routine.read_only:
            routine = self.library.duplicate(routine)
        self._open_editor(routine)

    def new_routine(self) -> None:
        """Start a new routine from one step."""
        self._open_editor(self.library.new())

    def delete_routine(self, key: str) -> None:
        """Delete a custom routine, after asking."""
        routine = self.library.get(key)
        answer = QMessageBox.question(
            self,
            self.tr("Delete routine?"),
            self.tr(
                "Delete your routine “{name}”? Sessions already done stay in your history."
            ).format(name=routine.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.library.delete(routine)

    def _open_editor(self, routine: Routine) -> None:
        editor = RoutineEditor(self.library, routine, self)
        editor.accepted.connect(lambda: self._select_saved(editor))
        editor.finished.connect(editor.deleteLater)
        editor.finished.connect(lambda _result: setattr(self, "editor", None))
        self.editor = editor
        editor.open()

    # --- player events ---

    def _select_saved(self, editor: RoutineEditor) -> None:
        if editor.saved is not None:
            self.picker.select(editor.saved.key)

    def _playing(self) -> bool:
        return self._active() is not None

    def _active(self) -> Player | None:
        """The player of the session under way, if one is."""
        player = self.player
        if player is None or player.state in (State.READY, State.DONE):
            return None
        return player

    def _step(self, index: int) -> Step:
        """Step ``index`` of the routine playing (its player's events name steps by index)."""
        assert self.player is not None, "player events come only while a player is set"
        return self.player.routine.steps[index]

    def _exercise(self, step: Step) -> Exercise:
        return self.library.exercises[step.exercise]

    def _tell(self, text: str) -> None:
        """Speak ``text`` (when the voice is on) and tell a screen reader, which has its own."""
        self.cues.say(text)
        announce(self, text)

    def _on_last_seconds(self, second: int) -> None:
        self.cues.play("tick")
        # The count cannot wait behind a longer message: it interrupts.
        announce(self, str(second), assertive=True)

    def _on_phase(self, phase: Phase) -> None:
        if phase.kind is not PhaseKind.STEP:
            self.view.show_reasons(False)

    def _on_step_started(self, index: int) -> None:
        step = self._step(index)
        self.cues.play("step")
        self._tell(wording.announcement(step, self._exercise(step)))

    def _on_side_switch(self, index: int) -> None:
        step = self._step(index)
        phase = self.player.phase if self.player is not None else None
        if phase is not None and phase.kind is PhaseKind.SWITCH:
            self._tell(wording.switch_announcement(step, self._exercise(step)))

    def _on_halfway(self, index: int) -> None:
        step = self._step(index)
        if step.duration_s is not None and step.duration_s >= HALFWAY_MIN_S:
            self._tell(self.tr("Halfway"))

    def _on_rest(self, index: int) -> None:
        step = self._step(index)
        self._tell(wording.rest_announcement(step, self._exercise(step)))

    def _on_state(self, state: State) -> None:
        running = state in (State.RUNNING, State.RESUMING)
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running:
            self.timer.stop()  # nothing moves while paused: no redraws at all
            self.deadline_timer.stop()

    def _on_done(self, result: SessionResult) -> None:
        self.timer.stop()
        self.deadline_timer.stop()
        self.result = result
        if result.outcome is Outcome.COMPLETED:
            self.cues.play("end")
            self._tell(self.tr("Well done. That is the end of the session."))
        else:
            announce(self, self.tr("Session ended. What you did is saved."))
        self.leave_full_screen()
        self.summary.visual_cues = self.view.visual_cues
        self.summary.show_result(result)
        self.pages.setCurrentWidget(self.summary)

    def _reason_chosen(self, reason: str) -> None:
        if self.player is not None and self._skipped is not None:
            self.player.set_reason(self._skipped, reason)

    def _set_switch(self, key: str, on: bool) -> None:
        if key == "sounds":
            self.cues.sound_on = on
        else:
            self.cues.voice_on = on
        if self._settings is not None:
            self._settings.set(key, on)

    def _setting_changed(self, key: str) -> None:
        if key == "routine" and self._settings is not None:
            # The daily routine (chosen in the welcome) is the one the tab offers first.
            chosen = str(self._settings.get("routine") or "")
            if chosen in {r.key for r in self.library.routines()}:
                self.picker.select(chosen)
            return
        if key in ("visual_cues", "reduce_motion") and self._settings is not None:
            setattr(self.view, key, bool(self._settings.get(key)))
            return
        # The same switches live in Settings; keep both in step.
        if key in ("sounds", "voice") and self._settings is not None:
            box = self.picker.sound_box if key == "sounds" else self.picker.voice_box
            box.setChecked(bool(self._settings.get(key)))
            self._set_switch(key, bool(self._settings.get(key)))

    def _backend_missing(self, message: str) -> None:
        self.view.show_notice(message)
        self.picker.show_notice(message)
