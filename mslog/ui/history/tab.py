"""The History tab: any diary day, everything it holds, changes with undo, and note search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.errors import MSLogError
from mslog.core.formatting import fmt_day
from mslog.core.history import DayEntries, days_with_entries, search_notes, what_day_holds
from mslog.ui.checklists.dialogs import open_form
from mslog.ui.checklists.dose_questions import DoseQuestions
from mslog.ui.checklists.treatments import ask_treatment
from mslog.ui.history import wording
from mslog.ui.history.calendar import DayCalendar
from mslog.ui.history.day_view import DayView
from mslog.ui.history.search import NoteSearch
from mslog.ui.operations import Outcome
from mslog.ui.style import current_scale
from mslog.ui.widgets.day_steps import day_step_buttons
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.scrolling import fill_with_scrolling
from mslog.ui.widgets.undo_controls import redo_button, status_label, undo_button

if TYPE_CHECKING:
    from collections.abc import Sequence

    from mslog.core.checklists.model import DoseRecord, ScheduledDose
    from mslog.core.checklists.side_effects import SideEffect
    from mslog.core.diary import Diary
    from mslog.core.spasms.log import Spasm
    from mslog.ui.history.details_dialog import SpasmDetailsDialog
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.diary import DiaryOperations

# Below this width (at 100 % text) the calendar and search go under the day.
NARROW_WIDTH = 1000
# Below this width (at 100 % text) an entry's buttons go under its words.
ROW_NARROW_WIDTH = 1200


class HistoryTab(QWidget):
    """One diary day at a time (today at first), with a calendar and note search beside it.

    Args:
        diary: The open diary (read through its services and core.history).
        notifier: Change signals; the day shown redraws on them.
        operations: How entries are changed, each change one undo step.
        shared_actions: The window's actions that work in the tab's dialogs too (undo, redo).
        open_checkin: Opens the check-in of a day (the window's own check-in dialog).
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        operations: DiaryOperations,
        shared_actions: Sequence[QAction] = (),
        open_checkin: Callable[[date], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._operations = operations
        self._shared_actions = list(shared_actions)
        self._open_checkin = open_checkin
        self.day = diary.today()
        self._follow_today = True
        self.entries = DayEntries(self.day)  # what the day shown holds
        self.dialog: SpasmDetailsDialog | None = None  # the one open, if any
        self.when_dialog: QDialog | None = None
        self.form: QDialog | None = None  # a dose, side effect or treatment dialog open

        # --- which day ---
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.prev_button, self.next_button = day_step_buttons(
            self, lambda days: self.show_day(self.day + timedelta(days=days))
        )
        for button in (self.prev_button, self.next_button):
            button.setAutoDefault(True)
        self.yesterday_button = self._button(self.tr("Yesterday"), self.tr("Show yesterday"))
        self.yesterday_button.clicked.connect(
            lambda: self.show_day(self._diary.today() - timedelta(days=1))
        )
        self.today_button = self._button(self.tr("Today"), self.tr("Show today"))
        self.today_button.clicked.connect(lambda: self.show_day(self._diary.today()))
        day_buttons = QWidget()
        flow = FlowLayout(day_buttons)
        for button in (
            self.prev_button,
            self.next_button,
            self.yesterday_button,
            self.today_button,
        ):
            flow.addWidget(button)

        self.status = status_label(
            self.tr("Pick a day to see everything it holds. Changes can be undone.")
        )
        self.undo_button = undo_button(operations.spasms.undo_stack)
        self.redo_button = redo_button(operations.spasms.undo_stack)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.redo_button, 0, Qt.AlignmentFlag.AlignTop)

        # --- the day, the calendar, the search ---
        self.day_view = DayView()
        self.day_view.anchor = self.redo_button
        self.day_view.focus_fallback = self.prev_button
        self.day_view.asked.connect(self.do)
        self._questions = DoseQuestions(
            diary, operations.checklists, self.say, self._open_form, self
        )
        self.calendar = DayCalendar(lambda first, last: days_with_entries(diary, first, last))
        self.calendar.dayChosen.connect(self.show_day)
        self.search = NoteSearch(lambda words: search_notes(diary, words), diary.today)
        self.search.dayChosen.connect(self.open_found_day)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.search)
        side.addStretch(1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(16)
        self._body.addWidget(self.day_view, 3, Qt.AlignmentFlag.AlignTop)
        self._body.addLayout(side, 2)

        content = QWidget()
        self._page = column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(day_buttons)
        column.addLayout(status_row)
        column.addLayout(self._body, 1)
        self._scroll = fill_with_scrolling(self, content)

        for each in (
            operations.spasms,
            operations.checklists,
            operations.treatments,
            operations.stretches,
        ):
            each.said.connect(self.say)
        for signal in (
            notifier.spasmsChanged,
            notifier.checklistsChanged,
            notifier.checkinsChanged,
            notifier.stretchesChanged,
            notifier.reloaded,
        ):
            signal.connect(self._on_change)
        self.refresh()

    # --- the day shown ---

    def show_day(self, day: date) -> None:
        """Show everything diary day ``day`` holds (not after today)."""
        today = self._diary.today()
        self.day = min(day, today)
        self._follow_today = self.day == today
        self.refresh()

    def open_found_day(self, day: date, uuid: str = "") -> None:
        """Show the day of a note found, and say so, the keyboard on the entry found.

        The page shows the day from its heading: on a small window the hits are far
        below, out of sight with the keyboard left on them.
        """
        self.show_day(day)
        heading = wording.heading(self.day, self._diary.today())
        self.say(
            self.tr("Showing {day}.", "{day}: the heading of the day shown").format(day=heading)
        )
        self._scroll.ensureWidgetVisible(self.heading)
        self.day_view.focus_entry(uuid)

    def refresh(self, _change: object = None) -> None:
        """Redraw the day, the calendar's marks and the search from the diary."""
        today = self._diary.today()
        if self._follow_today:
            self.day = today
        self.heading.setText(wording.heading(self.day, today))
        self.next_button.setEnabled(self.day < today)
        self.today_button.setEnabled(self.day != today)
        self.yesterday_button.setEnabled(self.day != today - timedelta(days=1))
        entries = self.entries = what_day_holds(self._diary, self.day)
        checkin = entries.checkin
        checkin_text = ""
        if checkin is not None and not checkin.is_empty:
            names = [self._factor_name(uuid) for uuid in sorted(checkin.factors)]
            checkin_text = wording.checkin_text(checkin, [n for n in names if n])
        self.day_view.show_entries(entries, checkin_text)
        self.calendar.show_day(self.day, today)
        self.search.refresh()

    def _on_change(self, _change: object = None) -> None:
        if self.dialog is not None:
            self.dialog.panel.refresh()  # an undo may have changed the spasm being edited
            if self.dialog.panel.uuid() is None:  # or taken it away
                self.dialog.reject()
        if self.isVisible():  # a hidden tab redraws when it is shown again
            self.refresh()

    def say(self, text: str) -> None:
        """Show a short status message."""
        if text:
            self.status.setText(text)

    # --- changes ---

    def edit_spasm(self, uuid: str) -> None:
        """Open a spasm's details (the Log tab's panel) in a dialog."""
        from mslog.ui.history.details_dialog import SpasmDetailsDialog

        spasm = self._spasm(uuid)
        if spasm is None:
            return
        dialog = SpasmDetailsDialog(self._diary, spasm, self)
        dialog.addActions(self._shared_actions)
        dialog.panel.message.connect(self.say)
        dialog.panel.changeTimeRequested.connect(self.ask_spasm_time)
        self._open(dialog)

    def ask_spasm_time(self, uuid: str) -> None:
        """Ask for a spasm's new time, then move it (one undo step)."""
        from mslog.ui.log.when_dialog import WhenDialog

        spasm = self._spasm(uuid)
        if spasm is None:
            return
        owner = self.dialog if self.dialog is not None else self
        dialog = WhenDialog(
            self._diary.clock, spasm.started.replace(tzinfo=None), self.tr("Change the time"), owner
        )
        dialog.accepted.connect(lambda: self._move(uuid, dialog.when()))
        if self.dialog is None:
            self._give_back_focus(dialog)
        dialog.finished.connect(dialog.deleteLater)
        self.when_dialog = dialog
        dialog.open()

    def do(self, action: str, entry: Any) -> None:
        """Carry out what a row of the day asked (see :data:`day_view.ACTIONS`)."""
        ops = self._operations
        checklists = ops.checklists
        outcome: Outcome[Any] | None = None
        if action == "edit_spasm":
            self.edit_spasm(entry)
        elif action == "move_spasm":
            self.ask_spasm_time(entry)
        elif action == "delete_spasm":
            ops.spasms.delete(entry)
        elif action == "take_dose":
            outcome = checklists.set_taken(entry, True)
        elif action == "skip_dose":
            outcome = checklists.set_skipped(entry, True)
        elif action == "untick_dose":
            outcome = self._untick(entry)
        elif action == "dose_time":
            self._questions.ask_taken_time(entry)
        elif action == "dose_reason":
            self._questions.ask_reason(entry)
        elif action == "dose_effects":
            noted = self._effect_of(entry)
            self._questions.ask_side_effects(self.day, entry, noted, self._day_words())
        elif action == "remove_as_needed":
            outcome = checklists.remove_as_needed(entry)
        elif action in ("tick_habit", "untick_habit"):
            outcome = checklists.set_habit_done(entry.habit, self.day, action == "tick_habit")
        elif action == "edit_checkin":
            if self._open_checkin is not None:
                self._open_checkin(self.day)
        elif action == "remove_session":
            outcome = ops.stretches.remove(entry)
        elif action == "edit_treatment":
            today = self._diary.today()
            ask_treatment(entry, today, ops.treatments, self.say, self._open_form, self)
        elif action == "delete_treatment":
            ops.treatments.delete(entry)
        elif action == "edit_effect":
            effect, dose = entry
            self._questions.ask_side_effects(effect.day, dose, effect, self._day_words())
        elif action == "remove_effect":
            effect, dose = entry
            outcome = checklists.note_side_effects(
                effect.day, [], "", dose=dose, words=self._day_words()
            )
        else:
            raise ValueError(f"no such action: {action}")
        if outcome is not None and not outcome.ok:
            self.say(outcome.message)

    def _untick(self, dose: ScheduledDose) -> Outcome[DoseRecord]:
        """Open a taken or skipped dose again; undo puts back what was recorded."""
        checklists = self._operations.checklists
        if dose.state == "skipped":
            return checklists.set_skipped(dose, False)
        return checklists.set_taken(dose, False)

    def _effect_of(self, dose: ScheduledDose) -> SideEffect | None:
        key = (dose.medication.uuid, dose.slot_local)
        found = [e for e in self.entries.side_effects if (e.medication_uuid, e.slot_local) == key]
        return found[0] if found else None

    def _day_words(self) -> str:
        if self.day == self._diary.today():
            return self.tr("today", "side effects of today")
        return fmt_day(self.day)

    def _open_form(self, dialog: QDialog, save: Callable[[], bool]) -> None:
        self._give_back_focus(dialog)
        open_form(dialog, save)
        dialog.finished.connect(lambda _result: setattr(self, "form", None))
        self.form = dialog

    def _give_back_focus(self, dialog: QDialog) -> None:
        # Closed, a dialog gives the keyboard back to the button that opened it; a save
        # may have rebuilt the day's rows, so the button in its place takes it instead.
        place = self.day_view.focus_place()
        dialog.finished.connect(lambda _result: self.day_view.give_focus(place))

    # --- internals ---

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(True)
        return button

    def _factor_name(self, uuid: str) -> str:
        try:
            return self._diary.checkins.get_factor(uuid).name
        except MSLogError:
            return ""

    def _spasm(self, uuid: str) -> Spasm | None:
        try:
            return self._diary.spasms.get(uuid)
        except MSLogError as exc:
            self.say(str(exc))
            return None

    def _move(self, uuid: str, when: datetime) -> None:
        outcome = self._operations.spasms.move(uuid, when)
        if not outcome.ok:
            self.say(outcome.message)
        elif outcome.value is not None:
            rule = self._diary.day_rule
            moved_to = rule.day_of(outcome.value.started)
            if moved_to != self.day:
                heading = wording.heading(moved_to, self._diary.today())
                # {moved}: "Moved the spasm to …"; {day}: the heading of its day.
                said = self.tr("{moved} It is now in the diary of {day}. Undo with Ctrl+Z.")
                self.say(said.format(moved=outcome.message, day=heading))

    def _open(self, dialog: SpasmDetailsDialog) -> None:
        self._give_back_focus(dialog)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Redraw when shown (the day may have turned) and take the keyboard if it is elsewhere."""
        self.refresh()
        super().showEvent(event)
        self._page.activate()
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            # On a hidden tab, or nowhere: Alt+Left and Alt+Right must work at once.
            self.prev_button.setFocus(Qt.FocusReason.TabFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Stack the calendar under the day, and buttons under words, when room is short."""
        width = event.size().width()
        scale = current_scale()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom
            if width < NARROW_WIDTH * scale
            else QBoxLayout.Direction.LeftToRight
        )
        self.day_view.set_narrow(width < ROW_NARROW_WIDTH * scale)
        super().resizeEvent(event)
