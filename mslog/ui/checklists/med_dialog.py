"""Adding a medication or recording a change of its amount or schedule."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.model import Medication, medication_suggestions
from mslog.core.errors import MSLogError, ValidationError
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.ui.checklists.amounts import amount_text, read_amount
from mslog.ui.checklists.dialogs import FormDialog, big, date_pattern, explain
from mslog.ui.operations.medications import MedicationOperations
from mslog.ui.widgets.chips import ChipGroup
from mslog.ui.widgets.time_field import TimeField
from mslog.ui.widgets.wrapping import WrapCheckBox

# Suggestions only: the unit is kept as the person chose or typed it, in their language.
UNITS = [
    QT_TRANSLATE_NOOP("MedicationDialog", "mg"),
    QT_TRANSLATE_NOOP("MedicationDialog", "tablets"),
    QT_TRANSLATE_NOOP("MedicationDialog", "capsules"),
    QT_TRANSLATE_NOOP("MedicationDialog", "ml"),
    QT_TRANSLATE_NOOP("MedicationDialog", "sprays"),
    QT_TRANSLATE_NOOP("MedicationDialog", "drops"),
    QT_TRANSLATE_NOOP("MedicationDialog", "patches"),
]


class MedicationForm(Words):
    """What the medication dialog says of an amount that is not a number."""


def _line_edit(combo: QComboBox) -> QLineEdit:
    """Return the text field of an editable combo box."""
    line = combo.lineEdit()
    assert line is not None, "the combo box is editable"
    return line


def _parse_amount(text: str, at: str = "") -> float | None:
    """Return the number typed ("1,5" too), None for nothing, or refuse it (``at``: its time)."""
    text = text.strip()
    try:
        return read_amount(text)
    except ValueError:
        problem = (
            MedicationForm.tr("at {time}, {text} is not a number").format(time=at, text=repr(text))
            if at
            else MedicationForm.tr("{text} is not a number").format(text=repr(text))
        )
        raise ValidationError("amount", problem) from None


# "How often" choices: the usual times for a dose taken that many times a day (editable).
# The English names are the chips' keys, translated where shown.
FREQUENCY_PRESETS: dict[str, tuple[str, ...]] = {
    QT_TRANSLATE_NOOP("MedicationDialog", "Once a day"): ("08:00",),
    QT_TRANSLATE_NOOP("MedicationDialog", "Twice a day"): ("08:00", "20:00"),
    QT_TRANSLATE_NOOP("MedicationDialog", "3 times a day"): ("08:00", "14:00", "20:00"),
    QT_TRANSLATE_NOOP("MedicationDialog", "4 times a day"): ("08:00", "12:00", "16:00", "20:00"),
}
# A time added after others comes this long after the latest of them (08:00 → 12:00).
NEXT_TIME_GAP_MIN = 4 * 60


def next_free_time(times: list[str]) -> str:
    """Return a sensible time to add to ``times`` ("HH:MM"), never one already there.

    The first is 08:00; then four hours after the latest, while that is still the same
    day; else the middle of the widest gap between two of them (08:00, 14:00, 20:00 →
    11:00); else four hours before the only one. One taken already moves on 5 minutes.
    """
    if not times:
        return "08:00"
    day = 24 * 60
    marks = sorted({int(t[:2]) * 60 + int(t[3:5]) for t in times})
    if marks[-1] + NEXT_TIME_GAP_MIN < day:
        candidate = marks[-1] + NEXT_TIME_GAP_MIN
    elif len(marks) > 1:
        start, end = max(pairwise(marks), key=lambda gap: gap[1] - gap[0])
        candidate = (start + end) // 2
        if end - start >= 120:
            candidate -= candidate % 60  # on the hour when there is room for it
    else:
        candidate = (marks[0] - NEXT_TIME_GAP_MIN) % day
    candidate -= candidate % 5
    while candidate % day in marks:
        candidate += 5
    candidate %= day
    return f"{candidate // 60:02d}:{candidate % 60:02d}"


class TimesEditor(QWidget):
    """A list of times of day, each with its own amount (optional) and Remove; "Add a time".

    A time's amount left empty is the usual amount per dose. Each row keeps its height as
    rows are added: the dialog grows, then scrolls.
    """

    timesChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: list[TimeField] = []
        self.amounts: list[QLineEdit] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a time"))
        self.add_button.clicked.connect(self._add_next)
        self._column = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _add_next(self) -> None:
        typed = [edit.time().toString("HH:mm") for edit in self.edits if edit.time().isValid()]
        edit = self.add_time(QTime.fromString(next_free_time(typed), "HH:mm"))
        edit.setFocus(Qt.FocusReason.TabFocusReason)  # ready to be typed over

    def add_time(self, value: QTime, amount: float | None = None) -> TimeField:
        """Add a time field set to ``value``, with its own amount if it has one."""
        row = QWidget()
        row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        number = len(self.edits) + 1
        edit = TimeField(value, self.tr("Time {number}").format(number=number))
        edit.textChanged.connect(self.timesChanged)
        own = QLineEdit(amount_text(amount))
        own.setPlaceholderText(self.tr("usual", "the usual amount"))
        own.setAccessibleName(self.tr("Amount at time {number}").format(number=number))
        own.setAccessibleDescription(self.tr("Leave empty for the usual amount per dose"))
        own.setToolTip(
            self.tr("The amount at this time, if it differs (leave empty for the usual)")
        )
        own.setMinimumHeight(44)
        own.setMaximumWidth(own.fontMetrics().horizontalAdvance("0000.00") + 24)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove time {number}").format(number=number))
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit)
        line.addWidget(own)
        line.addWidget(remove)
        line.addStretch(1)
        remove.clicked.connect(lambda: self._remove(row, edit))
        self._rows.addWidget(row)
        self.edits.append(edit)
        self.amounts.append(own)
        self._fit()
        self.timesChanged.emit()
        return edit

    def _fit(self) -> None:
        # The form layout does not grow for rows added later by itself; ask for the room.
        self._column.invalidate()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as every row at its full height: rows are never squeezed together.

        The dialog's scroll area gives its content no more than this, so anything less
        would let rows (and "Add a time") slide over the fields below.
        """
        least = super().minimumSizeHint()
        return QSize(least.width(), max(least.height(), super().sizeHint().height()))

    def _remove(self, row: QWidget, edit: TimeField) -> None:
        index = self.edits.index(edit)
        del self.amounts[index]
        self.edits.remove(edit)
        # Hidden and deleted later, never at once: its own Remove button is still busy.
        self._rows.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._fit()
        self.timesChanged.emit()
        if edit.hasFocus() or self.focusWidget() is None:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_times(
        self, times: tuple[str, ...], amounts: tuple[tuple[str, float], ...] = ()
    ) -> None:
        """Replace the fields with ``times`` ("HH:MM") and the amounts of those that have one."""
        for edit in list(self.edits):
            row = edit.parentWidget()
            assert row is not None  # each field sits in its row
            self._remove(row, edit)
        own = dict(amounts)
        for text in times:
            self.add_time(QTime.fromString(text, "HH:mm"), own.get(text))

    def typed_times(self) -> list[str]:
        """Return the times as far as they read ("HH:MM"), skipping any that do not."""
        return [e.time().toString("HH:mm") for e in self.edits if e.time().isValid()]

    def times(self) -> list[str]:
        """Return the times entered, in field order; refuse one that is not a time."""
        found = []
        for number, edit in enumerate(self.edits, start=1):
            try:
                found.append(edit.value())
            except ValidationError as exc:
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                edit.selectAll()  # ready to be typed over
                field = self.tr("Time {number}").format(number=number)
                raise ValidationError(field, exc.message) from None
        return found

    def time_amounts(self) -> dict[str, float]:
        """Return the amounts typed beside times ({"20:00": 20.0}); refuse one not a number."""
        found: dict[str, float] = {}
        for edit, own in zip(self.edits, self.amounts, strict=True):
            at = edit.time().toString("HH:mm")
            amount = _parse_amount(own.text(), at)
            if amount is not None:
                found[at] = amount
        return found

    def apply_preset(self, name: str) -> None:
        """Set the times of a "How often" choice, keeping the amounts of times that stay."""
        own = self.time_amounts_as_typed()
        kept = tuple((t, own[t]) for t in FREQUENCY_PRESETS[name] if t in own)
        self.set_times(FREQUENCY_PRESETS[name], kept)

    def time_amounts_as_typed(self) -> dict[str, float]:
        """Return the amounts beside times that read as numbers, leaving out any that do not."""
        found: dict[str, float] = {}
        for edit, own in zip(self.edits, self.amounts, strict=True):
            try:
                amount = _parse_amount(own.text())
            except ValidationError:
                continue
            if amount is not None and edit.time().isValid():
                found[edit.time().toString("HH:mm")] = amount
        return found


class MedicationDialog(FormDialog):
    """Adds a medication, or records a change from a chosen day (the past stays as it was).

    Saving goes through the operations, so each save is one undo step and says on
    their ``said`` what it did.

    Args:
        operations: What the dialog saves through.
        medication: The medication to change, or None to add one.
        today: The diary day shown as the default start or change day.
    """

    def __init__(
        self,
        operations: MedicationOperations,
        medication: Medication | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        editing = medication is not None
        super().__init__(
            self.tr("Change {medication}").format(medication=medication.name)
            if medication
            else self.tr("Add a medication"),
            self.tr(
                "Enter what your prescriber told you. A change starts a new entry from the "
                "day you choose; earlier days keep what was true then."
            )
            if editing
            else self.tr(
                "Enter the medication as prescribed. MSLog only keeps a record; it never "
                "suggests doses."
            ),
            parent,
        )
        self.setMinimumWidth(520)
        self._operations = operations
        self.medication = medication
        self.saved: Medication | None = None

        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(["", *medication_suggestions()])
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        name_line = _line_edit(self.name)
        name_line.setPlaceholderText(self.tr("Choose or type any name"))
        self.name.setAccessibleName(self.tr("Medication name"))
        name_line.setAccessibleName(self.tr("Medication name"))
        self.strength = QLineEdit()
        self.strength.setPlaceholderText(self.tr("e.g. tablets, liquid, spray"))
        self.strength.setAccessibleName(self.tr("Strength and form"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("as prescribed"))
        self.amount.setAccessibleName(self.tr("Amount per dose"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems([translate("MedicationDialog", unit) for unit in UNITS])
        self.unit.setAccessibleName(self.tr("Unit"))
        _line_edit(self.unit).setAccessibleName(self.tr("Unit"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.unit)

        self.fixed = QRadioButton(self.tr("At set times each day"))
        self.as_needed = QRadioButton(self.tr("When needed"))
        group = QButtonGroup(self)
        group.addButton(self.fixed)
        group.addButton(self.as_needed)
        self.fixed.setChecked(True)
        kind_row = QVBoxLayout()
        kind_row.setSpacing(0)
        kind_row.addWidget(self.fixed)
        kind_row.addWidget(self.as_needed)
        self.times = TimesEditor()
        # Choosing one sets its usual times, which stay editable; choosing it again after
        # changing them brings them back.
        self.how_often = ChipGroup(
            [(name, translate("MedicationDialog", name)) for name in FREQUENCY_PRESETS],
            exclusive=True,
            name=self.tr("How often"),
        )
        for name in FREQUENCY_PRESETS:
            self.how_often.button(name).clicked.connect(
                lambda _checked=False, n=name: self._choose_preset(n)
            )
        self.times.timesChanged.connect(self._show_preset)
        for shown in (self.how_often, self.times):
            self.fixed.toggled.connect(shown.setVisible)

        self.from_day = big(QDateEdit(QDate(today.year, today.month, today.day)))
        self.from_day.setCalendarPopup(True)
        self.from_day.setDisplayFormat(date_pattern())
        from_label = self.tr("Change applies from") if editing else self.tr("Started on")
        self.from_day.setAccessibleName(from_label)
        # Its words wrap rather than widen the dialog (German and French are longer).
        self.reminders = WrapCheckBox(self.tr("Remind me when a dose is due"))
        self.reminders.setChecked(True)

        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Strength and form"), self.strength)
        self.form.addRow(self.tr("Amount per dose"), amount_row)
        self.form.addRow(self.tr("Taken", "how a medication is taken"), kind_row)
        self.form.addRow(self.tr("How often"), self.how_often)
        self.form.addRow(self.tr("Times and amounts"), self.times)
        self.form.addRow(from_label, self.from_day)
        self.form.addRow(self.reminders)  # the whole row: its lines fit the width given

        if medication is not None:
            self.history = QLabel(
                self.tr("So far: {history}").format(history=medication.history_text())
            )
            self.history.setObjectName("hint")
            self.history.setWordWrap(True)
            self._layout.insertWidget(1, self.history)
            self._fill(medication, today)
        else:
            self.times.add_time(QTime(8, 0))
        self._show_preset()
        self.on_save = self.save

    def _choose_preset(self, name: str) -> None:
        self.times.apply_preset(name)
        self.how_often.set_selected([name])

    def _show_preset(self) -> None:
        # The chip of the choice the times match, none once they are changed.
        typed = tuple(sorted(self.times.typed_times()))
        matching = [name for name, times in FREQUENCY_PRESETS.items() if times == typed]
        self.how_often.set_selected(matching)

    def _fill(self, medication: Medication, today: date) -> None:
        version = medication.version_on(today) or medication.versions[-1]
        self.name.setCurrentText(medication.name)
        self.strength.setText(version.strength)
        self.amount.setText(amount_text(version.amount))
        self.unit.setCurrentText(version.unit)
        self.as_needed.setChecked(version.as_needed)
        self.times.set_times(version.times, version.time_amounts)
        self.reminders.setChecked(medication.reminders)

    def save(self) -> bool:
        """Validate and save; on a problem show it and return False (nothing is saved)."""
        try:
            fixed = not self.as_needed.isChecked()
            times = self.times.times() if fixed else []
            own = self.times.time_amounts() if fixed else {}
            amount = _parse_amount(self.amount.text())
            values: dict[str, Any] = {
                "times": times,
                "as_needed": not fixed,
                "amount": amount,
                "unit": self.unit.currentText() if amount is not None or own else "",
                "strength": self.strength.text(),
                "time_amounts": own,
            }
        except MSLogError as exc:
            self.show_error(explain(exc))
            return False
        day = self.from_day.date().toPython()
        assert isinstance(day, date)
        name = self.name.currentText()
        reminders = self.reminders.isChecked()
        if self.medication is None:
            outcome = self._operations.add(name, starts=day, reminders=reminders, **values)
        else:
            outcome = self._operations.revise(
                self.medication, name=name, effective_from=day, reminders=reminders, **values
            )
        if not outcome.ok:
            self.show_error(outcome.message)
            return False
        self.saved = outcome.value
        return True
