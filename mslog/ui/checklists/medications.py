"""The Checklists tab's "Your medications" card: what is prescribed, with Change and Stop."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QWidget,
)

from mslog.core.checklists.model import Medication
from mslog.core.diary import Diary
from mslog.core.formatting import fmt_date
from mslog.core.i18n import Words
from mslog.ui.checklists.card import Card, Opener, Say, clear, rows_box
from mslog.ui.checklists.dialogs import StopDialog
from mslog.ui.checklists.med_dialog import MedicationDialog
from mslog.ui.operations.medications import MedicationOperations
from mslog.ui.widgets.list_line import ListLine


class MedicationDetail(Words):
    """The line under a medication on the list: when it is taken, its form, reminders."""


def _detail(medication: Medication, today: date) -> str:
    """Return "At 08:00, 14:00 · 10 mg tablets · reminders on", or when it starts or stopped."""
    current = medication.is_current(today)
    version = medication.version_on(today)
    if not current:
        started = medication.started_on
        detail = (
            MedicationDetail.tr("Starts {day}").format(day=fmt_date(started, year=False, full=True))
            if started and started > today
            else MedicationDetail.tr("Stopped")
        )
    elif version is not None and version.as_needed:
        detail = MedicationDetail.tr("Taken when needed")
    elif version is not None:
        times = MedicationDetail.tr(", ", "between times of day").join(version.times)
        detail = MedicationDetail.tr("At {times}", "times of day").format(times=times)
    else:
        detail = ""
    # Its parts, one after the other with a " · " between.
    parts = [detail] if detail else []
    if version is not None and version.strength:
        parts.append(version.strength)
    if current and version is not None and not version.as_needed:
        parts.append(
            MedicationDetail.tr("reminders on")
            if medication.reminders
            else MedicationDetail.tr("no reminders")
        )
    return MedicationDetail.tr(" · ", "between the parts of a medication's line").join(parts)


class MedicationLine(ListLine):
    """A medication on the list: its history, Change and Stop."""

    def __init__(self, medication: Medication, today: date, parent: QWidget | None = None) -> None:
        super().__init__(16, parent)
        self.medication = medication
        self.history = QLabel(medication.history_text())
        self.history.setWordWrap(True)
        self.detail = QLabel(_detail(medication, today))
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setAccessibleName(
            self.tr("Change {medication}").format(medication=medication.name)
        )
        self.stop_button = QPushButton(self.tr("Stop…"))
        self.stop_button.setAccessibleName(
            self.tr("Stop {medication}").format(medication=medication.name)
        )
        self.stop_button.setVisible(medication.is_current(today))
        self.lay_out([self.history, self.detail], [self.change_button, self.stop_button])


class MedicationsCard(Card):
    """Every medication with its history; add one, change one, stop one.

    Each change is one undo step (see :class:`MedicationOperations`).

    Args:
        diary: The open diary.
        operations: How medications are added, changed and stopped (undoably).
        say: Shows a short message on the tab's status line.
        open_dialog: Opens one of the card's dialogs.
    """

    def __init__(
        self,
        diary: Diary,
        operations: MedicationOperations,
        say: Say,
        open_dialog: Opener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Your medications"), say, open_dialog, parent)
        self._checklists = diary.checklists
        self._operations = operations
        self.lines: list[MedicationLine] = []
        self._med_box = rows_box()
        self.add_button = QPushButton(self.tr("Add a medication…"))
        self.add_button.clicked.connect(lambda: self.ask_medication(None))
        hint = QLabel(
            self.tr(
                "MSLog keeps a record of what you were prescribed and what you took. "
                "It never suggests doses: talk to your clinician before changing anything."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.body.addLayout(self._med_box)
        self.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(hint)

    def refresh(self, today: date) -> None:
        """Redraw the list as it stands ``today``."""
        clear(self._med_box)
        self.lines = []
        for medication in self._checklists.medications.all():
            line = MedicationLine(medication, today)
            line.change_button.clicked.connect(lambda _=False, m=medication: self.ask_medication(m))
            line.stop_button.clicked.connect(lambda _=False, m=medication: self.ask_stop(m))
            self._med_box.addWidget(line)
            self.lines.append(line)
        if not self.lines:
            empty = QLabel(self.tr("No medications yet."))
            empty.setObjectName("hint")
            self._med_box.addWidget(empty)

    def ask_medication(
        self, medication: Medication | None, over: QWidget | None = None
    ) -> MedicationDialog:
        """Open the dialog to add a medication or change one (over ``over``, else the tab)."""
        dialog = MedicationDialog(
            self._operations, medication, self._checklists.today(), over or self
        )
        self._open(dialog, dialog.save)
        return dialog

    def ask_stop(self, medication: Medication) -> None:
        """Ask from which day a medication is no longer taken; undo takes that back."""
        dialog = StopDialog(medication, self._checklists.today() + timedelta(days=1), self)

        def save() -> bool:
            outcome = self._operations.stop(medication, dialog.first_day())
            if not outcome.ok:
                dialog.show_error(outcome.message)
            return outcome.ok

        self._open(dialog, save)
