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
from mslog.core.checklists.model import (
    DoseRecord,
    Habit,
    HabitTick,
    ScheduledDose,
    format_amount,
    skip_reason_label,
)
from mslog.core.checklists.side_effects import SideEffect
from mslog.core.i18n import Words
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.wrapping import WrapButton


class DoseRows(Words):
    """The words of a dose's row: what happened to it."""


def dose_state_text(dose: ScheduledDose) -> str:
    """Return what happened to a dose, in a few calm words."""
    record = dose.record
    if record is None:
        if dose.late:
            return DoseRows.tr("Late: due at {time}").format(time=dose.time_of_day)
        return DoseRows.tr("Not ticked yet")
    later = record.entered_later
    if record.status == "skipped":
        reason = skip_reason_label(record.reason)
        if reason:
            text = (
                DoseRows.tr("Skipped: {reason} · entered later")
                if later
                else DoseRows.tr("Skipped: {reason}")
            )
            return text.format(reason=reason)
        return DoseRows.tr("Skipped · entered later") if later else DoseRows.tr("Skipped")
    assert record.taken is not None
    if dose.late:
        text = (
            DoseRows.tr("Taken at {time} · late · entered later")
            if later
            else DoseRows.tr("Taken at {time} · late")
        )
    else:
        text = (
            DoseRows.tr("Taken at {time} · entered later")
            if later
            else DoseRows.tr("Taken at {time}")
        )
    return text.format(time=f"{record.taken:%H:%M}")


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
        self.taken_button = QPushButton(self.tr("Taken"))
        self.taken_button.setObjectName("tickButton")
        self.taken_button.setCheckable(True)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setCheckable(True)
        self.time_button = QPushButton(self.tr("Time…"))
        self.reason_button = QPushButton(self.tr("Reason"))
        # Under the words, not among the buttons: the row keeps to one line where it did.
        self.effects_button = QPushButton(self.tr("Side effects…"))
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
        self.name_label.setText(
            self.tr("{dose} (no longer scheduled)").format(dose=dose.label)
            if dose.off_schedule
            else dose.label
        )
        state = dose_state_text(dose)
        if effect:
            state = self.tr("{state} · side effects: {effects}").format(
                state=state, effects=effect.text()
            )
        self.state_label.setText(state)
        self.state_label.setObjectName("lateText" if dose.late and not dose.record else "hint")
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        self.setProperty("state", dose.state)
        self.setProperty("late", dose.late)
        self.style().unpolish(self)
        self.style().polish(self)
        self.taken_button.setChecked(dose.state == "taken")
        self.skip_button.setChecked(dose.state == "skipped")
        self.taken_button.setText(self.tr("✓ Taken") if dose.state == "taken" else self.tr("Taken"))
        self.skip_button.setText(self.tr("Skipped") if dose.state == "skipped" else self.tr("Skip"))
        self.time_button.setVisible(dose.state == "taken")
        self.reason_button.setVisible(dose.state == "skipped")
        # Side effects follow a dose taken; one noted before an untick stays reachable.
        self.effects_button.setVisible(dose.state == "taken" or effect is not None)
        self.effects_button.setText(
            self.tr("Side effects ✓") if effect else self.tr("Side effects…")
        )
        where = self.tr("{time} {dose}", "a dose: its time, then medicine and amount").format(
            time=dose.time_of_day, dose=dose.label
        )
        self.taken_button.setAccessibleName(
            (self.tr("Untick {dose}") if dose.state == "taken" else self.tr("Tick {dose} as taken"))
            .format(dose=where)
        )  # fmt: skip
        self.skip_button.setAccessibleName(self.tr("Skip {dose}").format(dose=where))
        self.time_button.setAccessibleName(
            self.tr("Change when {dose} was taken").format(dose=where)
        )
        self.reason_button.setAccessibleName(
            self.tr("Reason for skipping {dose}").format(dose=where)
        )
        self.effects_button.setAccessibleName(
            self.tr("Side effects after {dose}").format(dose=where)
        )
        self._fit(self.width())  # the buttons shown changed


class AsNeededRow(QFrame):
    """An as-needed dose taken: time, name, amount and a Remove button."""

    removeClicked = Signal()  # noqa: N815 - Qt naming

    def __init__(
        self, record: DoseRecord, name: str, unit: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doseRow")
        self.record = record
        assert record.taken is not None
        time_label = QLabel(f"{record.taken:%H:%M}")
        time_label.setObjectName("entryTime")
        amount = format_amount(record.amount, unit) if record.amount else ""  # "2 mg"
        dose = f"{name} {amount}".strip()
        label = QLabel(
            (
                self.tr("{dose} · as needed · entered later")
                if record.entered_later
                else self.tr("{dose} · as needed")
            ).format(dose=dose)
        )
        label.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the {medication} dose at {time}").format(
                medication=name, time=f"{record.taken:%H:%M}"
            )
        )
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
        # A long name (or a long word of another language) wraps rather than widen the page.
        self.button = WrapButton()
        self.button.setObjectName("habitTick")
        self.button.setCheckable(True)
        self.button.clicked.connect(self.toggled)
        self.stamp = QLabel()
        self.stamp.setObjectName("hint")
        # Room reserved for the stamp, so ticked and unticked rows line up.
        self.stamp.setMinimumWidth(
            self.stamp.fontMetrics().horizontalAdvance(self.tr("ticked later")) + 8
        )
        self.rename_button = QPushButton(self.tr("Rename"))
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        self.retire_button = QPushButton(self.tr("Remove"))
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
        # The edit buttons get a line of their own, so the row stays narrow; at large text
        # in a longer language they wrap onto a second.
        self.edit_line = QWidget()
        edits = FlowLayout(self.edit_line, spacing=6)
        edits.setContentsMargins(0, 0, 0, 4)
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
        name = habit.label
        self.button.setText(("✓  " if tick else "") + name)
        self.button.setAccessibleName(
            (self.tr("{habit}, done") if tick else self.tr("{habit}, not done yet")).format(
                habit=name
            )
        )
        caution = habit_caution(habit)
        self.caution.setText(caution or "")
        self.caution.setVisible(caution is not None)
        self.button.setAccessibleDescription(caution or "")
        self.button.setToolTip(caution or "")
        if tick is None:
            self.stamp.setText("")
        elif tick.entered_later:
            self.stamp.setText(self.tr("ticked later"))
        elif tick.source == "stretch":
            self.stamp.setText(
                self.tr("{time} · stretch session").format(time=f"{tick.done:%H:%M}")
            )
        else:
            self.stamp.setText(f"{tick.done:%H:%M}")
        self.up_button.setAccessibleName(self.tr("Move {habit} up").format(habit=name))
        self.down_button.setAccessibleName(self.tr("Move {habit} down").format(habit=name))
        self.rename_button.setAccessibleName(self.tr("Rename {habit}").format(habit=name))
        self.retire_button.setAccessibleName(
            self.tr("Remove {habit} from the checklist").format(habit=name)
        )

    def set_editing(self, editing: bool) -> None:
        """Show or hide the rename, move and remove buttons."""
        self.edit_line.setVisible(editing)
