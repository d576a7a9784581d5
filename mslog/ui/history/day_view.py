"""Everything one diary day holds, kind by kind, with the buttons that change each entry."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from mslog.core.history import DayEntries
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate
from mslog.ui.history import wording
from mslog.ui.history.rows import EntryLine, row_button
from mslog.ui.widgets.scrolling import scroll_into_view

# What a row may ask its owner to do, with the entry it is about.
ACTIONS = (
    "edit_spasm", "move_spasm", "delete_spasm",
    "take_dose", "skip_dose", "untick_dose", "dose_time", "dose_reason", "dose_effects",
    "remove_as_needed", "tick_habit", "untick_habit", "edit_checkin", "remove_session",
    "edit_treatment", "delete_treatment", "edit_effect", "remove_effect",
)  # fmt: skip

if TYPE_CHECKING:
    from datetime import date

    from mslog.core.checklists.model import DoseRecord, ScheduledDose
    from mslog.core.checklists.side_effects import SideEffect
    from mslog.core.checklists.treatments import Treatment
    from mslog.core.history import HabitOfDay
    from mslog.core.routines.sessions import StretchSession
    from mslog.core.spasms.log import Spasm

EMPTY = QT_TRANSLATE_NOOP("DayView", "Nothing was recorded on this day.")


class FocusPlace(NamedTuple):
    """The button that had the keyboard: where it was, and the words of its line's buttons.

    Attributes:
        key: The entry's key (see :class:`EntryLine`).
        row: The entry's line, counted from the first.
        column: The button's place on its line.
        texts: The words of every button on the line, to tell whether they changed.
    """

    key: object
    row: int
    column: int
    texts: tuple[str, ...]


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


class DayView(QFrame):
    """Lists a day's entries; asks its owner to change one.

    Signals:
        asked: What to do (one of :data:`ACTIONS`) and to which entry: a spasm's uuid, a
            :class:`ScheduledDose`, an as-needed dose's uuid, a :class:`HabitOfDay`, the
            :class:`CheckIn`, a :class:`StretchSession`, a :class:`Treatment` or a
            :class:`SideEffect`.
    """

    asked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._layout = QVBoxLayout(self)
        self._body = QWidget(self)
        self._layout.addWidget(self._body)
        self.lines: list[EntryLine] = []
        self.open_lines: list[EntryLine] = []  # doses and habits of the day not ticked
        self.empty = QLabel(translate("DayView", EMPTY))
        self._narrow = False
        self._day: date | None = None  # the day shown
        # Where the keyboard goes when the entry it was on is gone and none is left.
        self.focus_fallback: QWidget | None = None
        # The widget just before the day's buttons in the order Tab visits them.
        self.anchor: QWidget | None = None

    def buttons(self) -> list[QPushButton]:
        """Return every button of the day's entries, in reading order."""
        return [button for line in self.lines for button in line.buttons]

    def focus_place(self) -> FocusPlace | None:
        """Return where the keyboard is among the day's buttons, if on one.

        Also while a dialog is in front (the window's keyboard, given back when it closes):
        the check-in's answers, say, redraw the day behind it.
        """
        focused = self.window().focusWidget()
        for row, line in enumerate(self.lines):
            for column, button in enumerate(line.buttons):
                if button is focused:
                    texts = tuple(b.text() for b in line.buttons)
                    return FocusPlace(line.key, row, column, texts)
        return None

    def give_focus(self, place: FocusPlace | None) -> None:
        """Give the keyboard back to the buttons of the entry at ``place``, or the fallback.

        For a dialog closing: the button that opened it may have been rebuilt meanwhile.
        The page scrolls to it.
        """
        target = self._focus_target(place)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(target)

    def focus_entry(self, key: object) -> None:
        """Give the keyboard to the first button of the entry ``key``, if it is listed."""
        line = next((x for x in self.lines if x.key == key and x.buttons), None)
        if line is not None:
            line.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            scroll_into_view(line.buttons[0])

    def show_entries(self, entries: DayEntries, checkin_text: str) -> None:
        """Show ``entries`` (the check-in already in words), keeping the keyboard's place.

        A day with nothing recorded says so, and still lists its open doses and habits
        (to be ticked after the fact).
        """
        place = self.focus_place()
        old_body = self._body
        body = self._body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.lines = []
        self.empty = QLabel(translate("DayView", EMPTY))
        self.empty.setObjectName("cardTitle")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.empty.setVisible(entries.is_empty)
        for title, lines in self._sections(entries, checkin_text):
            if lines:
                column.addWidget(_section(title))
                for line in lines:
                    line.set_narrow(self._narrow)
                    column.addWidget(line)
                    self.lines.append(line)
        self._layout.addWidget(body)
        if self.isVisible():
            body.show()  # added to a page already on screen
        self._chain_tab_order()
        other_day = self._day is not None and self._day != entries.day
        self._day = entries.day
        target = self._focus_target(place) if place is not None else None
        if other_day and place is not None:
            # Another day's row in the same place is another entry: a press of Enter
            # there would tick or delete what was never looked at.
            target = self.focus_fallback
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        # Only now, the keyboard on a new row: hidden while they held it, the old rows
        # would pass it on to the calendar, and the page would scroll down there.
        self._drop(old_body)
        if target is not None:
            self._scroll_to(target)

    def set_narrow(self, narrow: bool) -> None:
        """Put each entry's buttons under its words when room is short."""
        self._narrow = narrow
        for line in self.lines:
            line.set_narrow(narrow)

    # --- internals ---

    def _scroll_to(self, button: QWidget) -> None:
        # The whole entry when it fits, its words with its buttons ("Reason…" alone
        # says not which dose), then the button itself in any case.
        line = next((x for x in self.lines if button in x.buttons), None)
        if line is not None:
            scroll_into_view(line)
        scroll_into_view(button)

    def _focus_target(self, place: FocusPlace | None) -> QWidget | None:
        if place is None:
            return self.focus_fallback
        same = [line for line in self.lines if line.key == place.key and line.buttons]
        if same:  # the entry, changed, maybe under another heading now
            buttons = same[0].buttons
            if tuple(b.text() for b in buttons) == place.texts:
                return buttons[place.column]
            return buttons[0]  # ticked or unticked: other buttons, read from the first
        # The entry is gone: the first button of the entry now in its place, never
        # another entry's Delete, which a second press would take too.
        rows = [line for line in self.lines if line.buttons]
        later = [line for line in self.lines[place.row :] if line.buttons]
        if later:
            return later[0].buttons[0]
        return rows[-1].buttons[0] if rows else self.focus_fallback

    def _sections(
        self, entries: DayEntries, checkin_text: str
    ) -> list[tuple[str, list[EntryLine]]]:
        spasms = [self._spasm_line(s, entries.day) for s in entries.spasms]
        count = len(spasms)
        doses = [self._dose_line(d) for d in entries.doses if d.record is not None]
        names = dict(entries.as_needed_names)
        as_needed = [self._as_needed_line(r, names.get(r.uuid, "")) for r in entries.as_needed]
        habits = [self._habit_line(h) for h in entries.habits if h.tick is not None]
        self.open_lines = [self._dose_line(d) for d in entries.doses if d.record is None]
        self.open_lines += [self._habit_line(h) for h in entries.habits if h.tick is None]
        checkin = []
        if entries.checkin is not None and checkin_text:
            change = self._button(
                self.tr("Change…"), self.tr("Change the check-in"), "edit_checkin", entries.checkin
            )
            checkin.append(EntryLine("", checkin_text, [change], key="checkin"))
        sessions = [self._session_line(s) for s in entries.sessions]
        treatments = [self._treatment_line(t) for t in entries.treatments]
        by_slot = {(d.medication.uuid, d.slot_local): d for d in entries.doses}
        effects = [self._effect_line(e, by_slot) for e in entries.side_effects]
        return [
            (self.tr("Spasms · %n", "a section's title and how many it lists", count), spasms),
            (self.tr("Doses"), doses + as_needed),
            (self.tr("Habits done"), habits),
            (self.tr("Check-in"), checkin),
            (self.tr("Stretching"), sessions),
            (self.tr("Treatments"), treatments),
            (self.tr("Side effects"), effects),
            (self.tr("Not ticked"), self.open_lines),
        ]

    def _button(self, text: str, name: str, action: str, entry: object) -> QPushButton:
        button = row_button(text, name)
        button.clicked.connect(lambda _=False: self.asked.emit(action, entry))
        return button

    def _spasm_line(self, spasm: Spasm, day: date) -> EntryLine:
        at = f"{spasm.started:%H:%M}"
        uuid = spasm.uuid
        edit = self._button(
            self.tr("Edit"),
            self.tr("Edit the details of the spasm at {time}").format(time=at),
            "edit_spasm",
            uuid,
        )
        move = self._button(
            self.tr("Change time"),
            self.tr("Change the time of the spasm at {time}").format(time=at),
            "move_spasm",
            uuid,
        )
        delete = self._button(
            self.tr("Delete"),
            self.tr("Delete the spasm at {time}").format(time=at),
            "delete_spasm",
            uuid,
        )
        return EntryLine(at, wording.spasm_text(spasm, day), [edit, move, delete], key=uuid)

    def _dose_line(self, dose: ScheduledDose) -> EntryLine:
        what = self.tr("{dose} {time}", "'Baclofen 10 mg 08:00': a dose, then its time").format(
            dose=dose.label, time=dose.time_of_day
        )
        record = dose.record
        untick = self.tr("Untick {dose}").format(dose=what)
        if record is None:
            buttons = [
                self._button(
                    self.tr("Taken"),
                    self.tr("Mark {dose} taken").format(dose=what),
                    "take_dose",
                    dose,
                ),
                self._button(
                    self.tr("Skipped"),
                    self.tr("Mark {dose} skipped").format(dose=what),
                    "skip_dose",
                    dose,
                ),
            ]
        elif record.status == "taken":
            buttons = [
                self._button(
                    self.tr("Change time"),
                    self.tr("Change when {dose} was taken").format(dose=what),
                    "dose_time",
                    dose,
                ),
                self._button(
                    self.tr("Side effects…"),
                    self.tr("Side effects after {dose}").format(dose=what),
                    "dose_effects",
                    dose,
                ),
                self._button(self.tr("Untick"), untick, "untick_dose", dose),
            ]
        else:
            buttons = [
                self._button(
                    self.tr("Reason…"),
                    self.tr("Why {dose} was skipped").format(dose=what),
                    "dose_reason",
                    dose,
                ),
                self._button(self.tr("Untick"), untick, "untick_dose", dose),
            ]
        key = (dose.medication.uuid, dose.slot_local)
        return EntryLine(dose.time_of_day, wording.dose_text(dose), buttons, key=key)

    def _as_needed_line(self, record: DoseRecord, name: str) -> EntryLine:
        at = f"{record.taken:%H:%M}" if record.taken is not None else ""
        if at:
            said = self.tr("Remove the as-needed dose of {name} {time}")
        else:
            said = self.tr("Remove the as-needed dose of {name}")
        remove = self._button(
            self.tr("Remove"),
            said.format(name=name, time=at).strip(),
            "remove_as_needed",
            record.uuid,
        )
        return EntryLine(at, wording.as_needed_text(record, name), [remove], key=record.uuid)

    def _habit_line(self, habit: HabitOfDay) -> EntryLine:
        name = habit.habit.label
        if habit.tick is None:
            button = self._button(
                self.tr("Done"),
                self.tr("Mark {habit} done").format(habit=name),
                "tick_habit",
                habit,
            )
        else:
            button = self._button(
                self.tr("Untick"),
                self.tr("Untick {habit}").format(habit=name),
                "untick_habit",
                habit,
            )
        return EntryLine("", wording.habit_text(habit), [button], key=habit.habit.uuid)

    def _session_line(self, session: StretchSession) -> EntryLine:
        at = f"{session.started:%H:%M}"
        remove = self._button(
            self.tr("Remove"),
            self.tr("Remove the stretch session at {time}").format(time=at),
            "remove_session",
            session,
        )
        return EntryLine(at, wording.session_text(session), [remove], key=session.uuid)

    def _treatment_line(self, treatment: Treatment) -> EntryLine:
        return EntryLine(
            "",
            wording.treatment_text(treatment),
            [
                self._button(
                    self.tr("Change…"),
                    self.tr("Change {treatment}").format(treatment=treatment.title),
                    "edit_treatment",
                    treatment,
                ),
                self._button(
                    self.tr("Delete"),
                    self.tr("Delete {treatment}").format(treatment=treatment.title),
                    "delete_treatment",
                    treatment,
                ),
            ],
            key=treatment.uuid,
        )

    def _effect_line(
        self, effect: SideEffect, by_slot: dict[tuple[str, str], ScheduledDose]
    ) -> EntryLine:
        what = effect.describe()
        dose = None
        if effect.medication_uuid is not None and effect.slot_local is not None:
            dose = by_slot.get((effect.medication_uuid, effect.slot_local))
            if dose is None:  # of a dose no longer scheduled: shown, not changed here
                return EntryLine("", what)
        entry = (effect, dose)
        return EntryLine(
            "",
            what,
            [
                self._button(
                    self.tr("Change…"),
                    self.tr("Change the side effects: {effects}").format(effects=what),
                    "edit_effect",
                    entry,
                ),
                self._button(
                    self.tr("Remove"),
                    self.tr("Remove the side effects: {effects}").format(effects=what),
                    "remove_effect",
                    entry,
                ),
            ],
            key=effect.uuid,
        )

    def _drop(self, body: QWidget) -> None:
        # Keep the parent until Qt deletes it later: the button pressed may still be
        # inside its click handler (reparenting to None would free it now).
        self._layout.removeWidget(body)
        body.hide()
        body.deleteLater()

    def _chain_tab_order(self) -> None:
        # Built after the rest of the window, the rows would come last on Tab.
        previous = self.anchor
        for button in self.buttons():
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
