"""Editing one's own routine: steps from the exercise library, their times, reps and rests."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mslog.core.formatting import fmt_countdown
from mslog.core.routines.library import RoutineLibrary
from mslog.core.routines.player import GET_READY_S
from mslog.core.routines.schema import (
    DURATION_RANGE,
    PACE_RANGE,
    REPS_RANGE,
    REST_RANGE,
    Routine,
    RoutineFileError,
    Step,
    total_seconds,
)
from mslog.core.routines.wording import amount, exercise_name, step_title
from mslog.ui.style import current_scale
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.scrolling import fit_in_window, scrolling_body

# Narrower than this (at 100 % text), the step's fields go under the list of steps.
NARROW_WIDTH = 900

MODES = ("hold", "reps")


class RoutineEditor(QDialog):
    """Edit a custom routine (or a fresh copy of a bundled one) and save it.

    Args:
        library: Where the routine is saved; supplies the exercises.
        routine: The routine to edit (unsaved copies have an empty key).

    Attributes:
        saved: The routine as saved, once Save succeeded.
    """

    def __init__(self, library: RoutineLibrary, routine: Routine, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit routine"))
        fit_in_window(self, 1000, 680)
        self._library = library
        self._routine = routine
        self._steps: list[Step] = list(routine.steps)
        self._loading = False
        self.saved: Routine | None = None

        self.name = QLineEdit(routine.name)
        self.name.setAccessibleName(self.tr("Routine name"))
        self.description = QLineEdit(routine.description)
        self.description.setAccessibleName(self.tr("Description"))
        self.total = QLabel()
        self.total.setObjectName("hint")
        self.total.setWordWrap(True)

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentRowChanged.connect(self._show_step)
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        list_buttons = FlowLayout()  # wraps rather than clips with large text
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)

        self.exercise = QComboBox()
        # As wide as the form gives it, not as its longest name (German ones are long).
        self.exercise.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.exercise.setMinimumContentsLength(12)
        names = {key: exercise_name(exercise) for key, exercise in library.exercises.items()}
        for key, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.exercise.addItem(name, key)
        self.side = QComboBox()
        self.side.addItem(self.tr("Left"), "left")
        self.side.addItem(self.tr("Right"), "right")
        self.side.addItem(self.tr("Both"), "both")
        self.mode = QComboBox()
        self.mode.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode.setMinimumContentsLength(12)
        self.mode.addItem(self.tr("Hold for a time"), "hold")
        self.mode.addItem(self.tr("Repeat a number of times"), "reps")
        seconds = self.tr(" s", "after a number of seconds")
        self.duration = _spin(DURATION_RANGE, seconds)
        self.reps = _spin(REPS_RANGE, self.tr(" times", "after a number of repetitions"))
        self.pace = _spin(PACE_RANGE, self.tr(" s each", "seconds for each repetition"))
        self.rest = _spin(REST_RANGE, seconds)
        form = QFormLayout()
        form.addRow(self.tr("Exercise"), self.exercise)
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("How"), self.mode)
        form.addRow(self.tr("Hold for"), self.duration)
        form.addRow(self.tr("Repetitions"), self.reps)
        form.addRow(self.tr("Pace"), self.pace)
        form.addRow(self.tr("Rest after"), self.rest)
        self._form = form
        for widget in (self.exercise, self.side, self.mode):
            widget.currentIndexChanged.connect(self._step_edited)
        for spin in (self.duration, self.reps, self.pace, self.rest):
            spin.valueChanged.connect(self._step_edited)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.save_button)

        top = QFormLayout()
        top.addRow(self.tr("Name"), self.name)
        top.addRow(self.tr("Description"), self.description)
        # Side by side when there is room, the step's fields under the list when not.
        self._middle = middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        left.addLayout(list_buttons)
        middle.addLayout(left, 1)
        middle.addLayout(form, 1)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addLayout(middle, 1)
        body.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling_body(body), 1)
        outer.addLayout(bottom)
        self._refresh_list(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put the step's fields under the list when the dialog is narrow for the text."""
        narrow = event.size().width() < NARROW_WIDTH * current_scale()
        self._middle.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        self._form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        super().resizeEvent(event)

    # --- editing ---

    def add_step(self) -> None:
        """Add a step after the chosen one (a copy of it, or a first exercise)."""
        row = self.steps.currentRow()
        if self._steps and row >= 0:
            step = self._steps[row]
        else:
            key = self.exercise.itemData(0)
            step = Step(key, "left" if self._library.exercises[key].sided else "both", 30)
        self._steps.insert(row + 1, step)
        self._refresh_list(row + 1)

    def remove_step(self) -> None:
        """Remove the chosen step (a routine keeps at least one)."""
        row = self.steps.currentRow()
        if row < 0 or len(self._steps) <= 1:
            self._say(self.tr("A routine needs at least one step."))
            return
        del self._steps[row]
        self._refresh_list(min(row, len(self._steps) - 1))

    def move_step(self, offset: int) -> None:
        """Move the chosen step up (-1) or down (+1)."""
        row = self.steps.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < len(self._steps):
            return
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        self._refresh_list(target)

    def routine(self) -> Routine:
        """The routine as edited so far."""
        return replace(
            self._routine,
            name=self.name.text(),
            description=self.description.text(),
            steps=tuple(self._steps),
            read_only=False,
        )

    def save(self) -> None:
        """Validate and save; keep the dialog open with the problem shown if it is not valid."""
        try:
            self.saved = self._library.save(self.routine())
        except RoutineFileError as exc:
            self._say(
                self.tr("Not saved: {field}: {problem}").format(
                    field=exc.field, problem=exc.problem
                )
            )
            return
        self.accept()

    # --- internals ---

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _refresh_list(self, row: int) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        for i, step in enumerate(self._steps, start=1):
            exercise = self._library.exercises.get(step.exercise)
            name = step_title(step, exercise) if exercise else step.exercise
            parts = [f"{i}. {name}", amount(step)]
            if step.rest_s:
                parts.append(self.tr("rest {seconds} s").format(seconds=step.rest_s))
            self.steps.addItem(" · ".join(parts))
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(row)
        self._show_step(row)
        length = total_seconds(self.routine(), GET_READY_S)
        self.total.setText(
            self.tr("%n steps · {length} with get-ready", "", len(self._steps)).format(
                length=fmt_countdown(length)
            )
        )

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self._steps):
            return
        step = self._steps[row]
        self._loading = True
        self.exercise.setCurrentIndex(self.exercise.findData(step.exercise))
        self.side.setCurrentIndex(self.side.findData(step.side))
        self.mode.setCurrentIndex(0 if step.duration_s is not None else 1)
        self.duration.setValue(step.duration_s or 30)
        self.reps.setValue(step.reps or 10)
        self.pace.setValue(round(step.pace_s or 2))
        self.rest.setValue(step.rest_s)
        self._loading = False
        self._show_mode()

    def _show_mode(self) -> None:
        hold = self.mode.currentData() == "hold"
        self._form.setRowVisible(self.duration, hold)
        self._form.setRowVisible(self.reps, not hold)
        self._form.setRowVisible(self.pace, not hold)
        sided = self._library.exercises[self.exercise.currentData()].sided
        self.side.setEnabled(sided)

    def _step_edited(self, *_args: object) -> None:
        row = self.steps.currentRow()
        if self._loading or not 0 <= row < len(self._steps):
            return
        key = self.exercise.currentData()
        sided = self._library.exercises[key].sided
        side = self.side.currentData() if sided else "both"
        if self.mode.currentData() == "hold":
            step = Step(key, side, duration_s=self.duration.value(), rest_s=self.rest.value())
        else:
            step = Step(
                key, side, reps=self.reps.value(), pace_s=float(self.pace.value()),
                rest_s=self.rest.value(),
            )  # fmt: skip
        self._steps[row] = step
        self._say("")
        self._refresh_list(row)


def _spin(bounds: tuple[int, int], suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*bounds)
    spin.setSuffix(suffix)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumHeight(44)
    return spin
