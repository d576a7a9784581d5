"""Everything one diary day holds, kind by kind, with the buttons that change each entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from mslog.core.history import DayEntries
from mslog.ui.history import wording
from mslog.ui.history.rows import EntryLine, row_button

if TYPE_CHECKING:
    from mslog.core.checklists.model import DoseRecord, ScheduledDose
    from mslog.core.checklists.treatments import Treatment
    from mslog.core.history import HabitOfDay
    from mslog.core.spasms.log import Spasm

EMPTY = "Nothing was recorded on this day."


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


class DayView(QFrame):
    """Lists a day's entries; asks its owner to change one.

    Each signal carries what the entry is (a uuid, or the entry itself).

    Signals:
        editSpasm: The uuid of a spasm whose details to edit.
        moveSpasm: The uuid of a spasm to give another time.
        deleteSpasm: The uuid of a spasm to delete.
        untickDose: A :class:`ScheduledDose` to open again (taken or skipped).
        removeAsNeeded: The uuid of an as-needed dose to remove.
        untickHabit: A :class:`HabitOfDay` whose tick to take off.
        deleteTreatment: A :class:`Treatment` to remove.
    """

    editSpasm = Signal(str)  # noqa: N815 - Qt naming
    moveSpasm = Signal(str)  # noqa: N815 - Qt naming
    deleteSpasm = Signal(str)  # noqa: N815 - Qt naming
    untickDose = Signal(object)  # noqa: N815 - Qt naming
    removeAsNeeded = Signal(str)  # noqa: N815 - Qt naming
    untickHabit = Signal(object)  # noqa: N815 - Qt naming
    deleteTreatment = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._layout = QVBoxLayout(self)
        self._body = QWidget(self)
        self._layout.addWidget(self._body)
        self.lines: list[EntryLine] = []
        self.empty = QLabel(EMPTY)
        self._narrow = False
        # Where the keyboard goes when the entry it was on is gone and none is left.
        self.focus_fallback: QWidget | None = None
        # The widget just before the day's buttons in the order Tab visits them.
        self.anchor: QWidget | None = None

    def buttons(self) -> list[QPushButton]:
        """Return every button of the day's entries, in reading order."""
        return [button for line in self.lines for button in line.buttons]

    def show_entries(self, entries: DayEntries, checkin_text: str) -> None:
        """Show ``entries`` (the check-in already in words), keeping the keyboard's place."""
        focused = [b for b in self.buttons() if b.hasFocus()]
        place = self.buttons().index(focused[0]) if focused else None
        self._drop_body()
        body = self._body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.lines = []
        if entries.is_empty:
            self.empty = QLabel(EMPTY)
            self.empty.setObjectName("cardTitle")
            self.empty.setWordWrap(True)
            column.addWidget(self.empty)
        else:
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
        buttons = self.buttons()
        if place is not None:
            target = buttons[min(place, len(buttons) - 1)] if buttons else self.focus_fallback
            if target is not None:
                target.setFocus()

    def set_narrow(self, narrow: bool) -> None:
        """Put each entry's buttons under its words when room is short."""
        self._narrow = narrow
        for line in self.lines:
            line.set_narrow(narrow)

    # --- internals ---

    def _sections(
        self, entries: DayEntries, checkin_text: str
    ) -> list[tuple[str, list[EntryLine]]]:
        spasms = [self._spasm_line(s) for s in entries.spasms]
        count = len(spasms)
        doses = [self._dose_line(d) for d in entries.doses if d.record is not None]
        names = dict(entries.as_needed_names)
        as_needed = [self._as_needed_line(r, names.get(r.uuid, "")) for r in entries.as_needed]
        habits = [self._habit_line(h) for h in entries.habits if h.tick is not None]
        checkin = [EntryLine("", checkin_text)] if checkin_text else []
        sessions = [
            EntryLine(f"{s.started:%H:%M}", wording.session_text(s)) for s in entries.sessions
        ]
        treatments = [self._treatment_line(t) for t in entries.treatments]
        effects = [EntryLine("", e.describe()) for e in entries.side_effects]
        return [
            (f"Spasms · {count}", spasms),
            ("Doses", doses + as_needed),
            ("Habits done", habits),
            ("Check-in", checkin),
            ("Stretching", sessions),
            ("Treatments", treatments),
            ("Side effects", effects),
        ]

    def _spasm_line(self, spasm: Spasm) -> EntryLine:
        at = f"{spasm.started:%H:%M}"
        edit = row_button("Edit", f"Edit the details of the spasm at {at}")
        move = row_button("Change time", f"Change the time of the spasm at {at}")
        delete = row_button("Delete", f"Delete the spasm at {at}")
        edit.clicked.connect(lambda _=False, u=spasm.uuid: self.editSpasm.emit(u))
        move.clicked.connect(lambda _=False, u=spasm.uuid: self.moveSpasm.emit(u))
        delete.clicked.connect(lambda _=False, u=spasm.uuid: self.deleteSpasm.emit(u))
        return EntryLine(at, wording.spasm_text(spasm), [edit, move, delete])

    def _dose_line(self, dose: ScheduledDose) -> EntryLine:
        what = f"{dose.label} {dose.time_of_day}"
        untick = row_button("Untick", f"Untick {what}")
        untick.clicked.connect(lambda _=False, d=dose: self.untickDose.emit(d))
        return EntryLine(dose.time_of_day, wording.dose_text(dose), [untick])

    def _as_needed_line(self, record: DoseRecord, name: str) -> EntryLine:
        at = f"{record.taken:%H:%M}" if record.taken is not None else ""
        remove = row_button("Remove", f"Remove the as-needed dose of {name} {at}".strip())
        remove.clicked.connect(lambda _=False, u=record.uuid: self.removeAsNeeded.emit(u))
        return EntryLine(at, wording.as_needed_text(record, name), [remove])

    def _habit_line(self, habit: HabitOfDay) -> EntryLine:
        untick = row_button("Untick", f"Untick {habit.habit.name}")
        untick.clicked.connect(lambda _=False, h=habit: self.untickHabit.emit(h))
        return EntryLine("", habit.habit.name, [untick])

    def _treatment_line(self, treatment: Treatment) -> EntryLine:
        delete = row_button("Delete", f"Delete {treatment.title}")
        delete.clicked.connect(lambda _=False, t=treatment: self.deleteTreatment.emit(t))
        return EntryLine("", wording.treatment_text(treatment), [delete])

    def _drop_body(self) -> None:
        # Keep the parent until Qt deletes it later: the button pressed may still be
        # inside its click handler (reparenting to None would free it now).
        self._layout.removeWidget(self._body)
        self._body.hide()
        self._body.deleteLater()

    def _chain_tab_order(self) -> None:
        # Built after the rest of the window, the rows would come last on Tab.
        previous = self.anchor
        for button in self.buttons():
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
