"""Rows of the Checklists tab: a scheduled dose, an as-needed dose, a habit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.cautions import habit_caution
from mslog.core.checklists.model import DoseRecord, Habit, HabitTick, ScheduledDose, format_amount
from mslog.core.checklists.side_effects import SideEffect
from mslog.ui.widgets.flowlayout import FlowLayout


def dose_state_text(dose: ScheduledDose) -> str:
    """Return what happened to a dose, in a few calm words."""
    record = dose.record
    later = " · entered later" if record and record.entered_later else ""
    if record is None:
        return f"Late: due at {dose.time_of_day}" if dose.late else "Not ticked yet"
    if record.status == "skipped":
        reason = f": {record.reason}" if record.reason else ""
        return f"Skipped{reason}{later}"
    assert record.taken is not None
    late = " · late" if dose.late else ""
    return f"Taken at {record.taken:%H:%M}{late}{later}"


class DoseRow(QFrame):
    """A scheduled dose: its time and name, Taken and Skip toggles, and a time fix.

    Signals:
        takenClicked: Taken was pressed (checked state after the press).
        skipClicked: Skip was pressed (checked state after the press).
        timeRequested: "Change time" was pressed.
        reasonRequested: "Reason" was pressed.
        sideEffectsRequested: "Side effects…" was pressed.
    """

    takenClicked = Signal(bool)  # noqa: N815 - Qt naming
    skipClicked = Signal(bool)  # noqa: N815 - Qt naming
    timeRequested = Signal()  # noqa: N815 - Qt naming
    reasonRequested = Signal()  # noqa: N815 - Qt naming
    sideEffectsRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, dose: ScheduledDose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseRow")
        self.time_label = QLabel()
        self.time_label.setObjectName("entryTime")
        self.name_label = QLabel()
        self.name_label.setObjectName("doseName")
        self.name_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.state_label.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.name_label)
        text.addWidget(self.state_label)
        self.name_label.setMinimumWidth(self.name_label.fontMetrics().horizontalAdvance("M" * 9))
        self.taken_button = QPushButton("Taken")
        self.taken_button.setObjectName("tickButton")
        self.taken_button.setCheckable(True)
        self.skip_button = QPushButton("Skip")
        self.skip_button.setCheckable(True)
        self.time_button = QPushButton("Time…")
        self.reason_button = QPushButton("Reason")
        # Under the words, not among the buttons: the row keeps to one line where it did.
        self.effects_button = QPushButton("Side effects…")
        self.effects_button.clicked.connect(self.sideEffectsRequested)
        text.addWidget(self.effects_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.effect: SideEffect | None = None
        self.taken_button.clicked.connect(self.takenClicked)
        self.skip_button.clicked.connect(self.skipClicked)
        self.time_button.clicked.connect(self.timeRequested)
        self.reason_button.clicked.connect(self.reasonRequested)
        words = QHBoxLayout()
        words.addWidget(self.time_label)
        words.addLayout(text, 1)
        self._button_box = QWidget()
        buttons = FlowLayout(self._button_box, spacing=6)
        for button in self._buttons():
            buttons.addWidget(button)
        # One line when there is room; otherwise the buttons go under the words (and wrap
        # if they must), so a small window at large text does not scroll sideways. The row
        # asks only for the room of the narrowest layout and takes one line when it can.
        self._line = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(words, 1)
        layout.addWidget(self._button_box)
        self._words = words
        self.set_dose(dose)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.time_button, self.reason_button, self.skip_button, self.taken_button)

    def one_line(self) -> bool:
        """Whether the buttons are beside the words (not under them)."""
        return self._line.direction() == QBoxLayout.Direction.LeftToRight

    def _buttons_width(self) -> int:
        shown = [b for b in self._buttons() if not b.isHidden()]
        return sum(b.sizeHint().width() for b in shown) + 6 * (len(shown) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Ask for the width of the narrowest layout: the words, or one button, a line."""
        margins = self._line.contentsMargins()
        widest = max(b.sizeHint().width() for b in self._buttons() if not b.isHidden())
        width = max(self._words.minimumSize().width(), widest)
        return QSize(width + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put the buttons beside the words when they fit, else under them."""
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        margins = self._line.contentsMargins()
        buttons = self._buttons_width()
        need = (
            self._words.minimumSize().width()
            + self._line.spacing()
            + buttons
            + margins.left()
            + margins.right()
        )
        one_line = width >= need
        # Beside the words the buttons keep one line (a flow layout alone would take one
        # button's width and wrap the others).
        self._button_box.setMinimumWidth(buttons if one_line else 0)
        direction = (
            QBoxLayout.Direction.LeftToRight if one_line else QBoxLayout.Direction.TopToBottom
        )
        if self._line.direction() != direction:
            self._line.setDirection(direction)

    def set_dose(self, dose: ScheduledDose, effect: SideEffect | None = None) -> None:
        """Show ``dose`` as it is now, with the side effects noted for it (keeps focus)."""
        self.dose = dose
        self.effect = effect
        self.time_label.setText(dose.time_of_day)
        extra = " (no longer scheduled)" if dose.off_schedule else ""
        self.name_label.setText(dose.label + extra)
        noted = f" · side effects: {effect.text()}" if effect else ""
        self.state_label.setText(dose_state_text(dose) + noted)
        self.state_label.setObjectName("lateText" if dose.late and not dose.record else "hint")
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        self.setProperty("state", dose.state)
        self.setProperty("late", dose.late)
        self.style().unpolish(self)
        self.style().polish(self)
        self.taken_button.setChecked(dose.state == "taken")
        self.skip_button.setChecked(dose.state == "skipped")
        self.taken_button.setText("✓ Taken" if dose.state == "taken" else "Taken")
        self.skip_button.setText("Skipped" if dose.state == "skipped" else "Skip")
        self.time_button.setVisible(dose.state == "taken")
        self.reason_button.setVisible(dose.state == "skipped")
        # Side effects follow a dose taken; one noted before an untick stays reachable.
        self.effects_button.setVisible(dose.state == "taken" or effect is not None)
        self.effects_button.setText("Side effects ✓" if effect else "Side effects…")
        where = f"{dose.time_of_day} {dose.label}"
        self.taken_button.setAccessibleName(
            f"Untick {where}" if dose.state == "taken" else f"Tick {where} as taken"
        )
        self.skip_button.setAccessibleName(f"Skip {where}")
        self.time_button.setAccessibleName(f"Change when {where} was taken")
        self.reason_button.setAccessibleName(f"Reason for skipping {where}")
        self.effects_button.setAccessibleName(f"Side effects after {where}")
        self._fit(self.width())  # the buttons shown changed


class AsNeededRow(QFrame):
    """An as-needed dose taken: time, name, amount and a Remove button."""

    removeClicked = Signal()  # noqa: N815 - Qt naming

    def __init__(self, record: DoseRecord, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseRow")
        self.record = record
        assert record.taken is not None
        time_label = QLabel(f"{record.taken:%H:%M}")
        time_label.setObjectName("entryTime")
        amount = format_amount(record.amount, "") if record.amount else ""
        later = " · entered later" if record.entered_later else ""
        label = QLabel(f"{name} {amount}".strip() + f" · as needed{later}")
        label.setWordWrap(True)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setAccessibleName(f"Remove the {name} dose at {record.taken:%H:%M}")
        self.remove_button.clicked.connect(self.removeClicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(time_label)
        layout.addWidget(label, 1)
        layout.addWidget(self.remove_button)


class HabitRow(QFrame):
    """A habit: one large toggle with its name, the time it was ticked, and edit buttons.

    Signals:
        toggled: The toggle was pressed (checked state after the press).
        renameRequested, moveRequested (step), retireRequested: Edit-mode buttons.
    """

    toggled = Signal(bool)
    renameRequested = Signal()  # noqa: N815 - Qt naming
    moveRequested = Signal(int)  # noqa: N815 - Qt naming
    retireRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, habit: Habit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("habitRow")
        self.button = QPushButton()
        self.button.setObjectName("habitTick")
        self.button.setCheckable(True)
        self.button.clicked.connect(self.toggled)
        self.stamp = QLabel()
        self.stamp.setObjectName("hint")
        # Room reserved for the stamp, so ticked and unticked rows line up.
        self.stamp.setMinimumWidth(self.stamp.fontMetrics().horizontalAdvance("ticked later") + 8)
        self.rename_button = QPushButton("Rename")
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        self.retire_button = QPushButton("Remove")
        self.rename_button.clicked.connect(self.renameRequested)
        self.up_button.clicked.connect(lambda: self.moveRequested.emit(-1))
        self.down_button.clicked.connect(lambda: self.moveRequested.emit(1))
        self.retire_button.clicked.connect(self.retireRequested)
        self._edit_buttons = [
            self.rename_button,
            self.up_button,
            self.down_button,
            self.retire_button,
        ]
        top = QHBoxLayout()
        top.addWidget(self.button, 1)
        top.addWidget(self.stamp)
        # The edit buttons get a line of their own, so the row stays narrow.
        self.edit_line = QWidget()
        edits = QHBoxLayout(self.edit_line)
        edits.setContentsMargins(0, 0, 0, 4)
        edits.addStretch(1)
        for button in self._edit_buttons:
            edits.addWidget(button)
        self.edit_line.hide()
        # Heat and cold habits carry one small line of caution under their toggle.
        self.caution = QLabel()
        self.caution.setObjectName("hint")
        self.caution.setWordWrap(True)
        self.caution.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.caution)
        layout.addWidget(self.edit_line)
        self.set_habit(habit, None)

    def set_habit(self, habit: Habit, tick: HabitTick | None) -> None:
        """Show ``habit`` and whether it was ticked."""
        self.habit = habit
        self.tick = tick
        self.button.setChecked(tick is not None)
        self.button.setText(("✓  " if tick else "") + habit.name)
        self.button.setAccessibleName(f"{habit.name}, {'done' if tick else 'not done yet'}")
        caution = habit_caution(habit)
        self.caution.setText(caution or "")
        self.caution.setVisible(caution is not None)
        self.button.setAccessibleDescription(caution or "")
        self.button.setToolTip(caution or "")
        if tick is None:
            self.stamp.setText("")
        elif tick.entered_later:
            self.stamp.setText("ticked later")
        else:
            via = " · stretch session" if tick.source == "stretch" else ""
            self.stamp.setText(f"{tick.done:%H:%M}{via}")
        self.up_button.setAccessibleName(f"Move {habit.name} up")
        self.down_button.setAccessibleName(f"Move {habit.name} down")
        self.rename_button.setAccessibleName(f"Rename {habit.name}")
        self.retire_button.setAccessibleName(f"Remove {habit.name} from the checklist")

    def set_editing(self, editing: bool) -> None:
        """Show or hide the rename, move and remove buttons."""
        self.edit_line.setVisible(editing)
