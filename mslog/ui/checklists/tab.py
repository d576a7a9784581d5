"""The Checklists tab: a day's doses and self-care habits, any past day, medications, treatments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.checklists.model import Medication
from mslog.core.diary import Diary
from mslog.core.formatting import fmt_day
from mslog.ui.checklists.dialogs import open_form
from mslog.ui.checklists.doses import DosesCard
from mslog.ui.checklists.habits import HabitsCard
from mslog.ui.checklists.med_dialog import MedicationDialog
from mslog.ui.checklists.medications import MedicationsCard
from mslog.ui.checklists.style import ThemedMixin
from mslog.ui.checklists.treatments import TreatmentsCard
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.operations.checklists import ChecklistOperations
from mslog.ui.operations.experiments import ExperimentOperations
from mslog.ui.operations.medications import MedicationOperations
from mslog.ui.operations.treatments import TreatmentOperations
from mslog.ui.style import current_scale
from mslog.ui.widgets.day_steps import day_after_text, day_before_text, day_step_buttons
from mslog.ui.widgets.roving import takes_keyboard
from mslog.ui.widgets.scrolling import fill_with_scrolling
from mslog.ui.widgets.undo_controls import status_label, undo_button

# Below this width (at 100 % text) the two columns stack.
NARROW_WIDTH = 1000
# How often a shown tab redraws by itself (late marks, the turn of the day).
REDRAW_MS = 5 * 60 * 1000


class ChecklistsTab(ThemedMixin, QWidget):
    """Doses and habits of one diary day (today unless the person goes back).

    The day's doses, habits and the medication list are each a card of their own
    (:mod:`~mslog.ui.checklists.doses`, :mod:`~mslog.ui.checklists.habits`,
    :mod:`~mslog.ui.checklists.medications`); the tab holds the day shown, the status
    line and the one dialog open at a time.

    Args:
        diary: The open diary.
        notifier: Change signals; the tab redraws on them.
        operations: How doses and habits are ticked and the habit list is changed (shared
            with the reminder banner).
        medications: How medications are added, changed and stopped.
        experiments: How self-experiments are planned and stopped.
        treatments: How treatment events are recorded, changed and removed.
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        operations: ChecklistOperations,
        medications: MedicationOperations,
        experiments: ExperimentOperations,
        treatments: TreatmentOperations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.restyle()
        for each in (operations, medications, experiments, treatments):
            each.said.connect(self.say)
        self._checklists = diary.checklists
        self.day = self._checklists.today()
        self._follow_today = True
        # While shown, redraw now and then so doses turn late and a new day begins on time.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self.refresh)
        self.dialog: QDialog | None = None

        # --- the day and its progress ---
        self.prev_button, self.next_button = day_step_buttons(
            self, lambda days: self.show_day(self.day + timedelta(days=days))
        )
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.show_day(self._checklists.today()))
        self.day_label = QLabel()
        self.day_label.setObjectName("dayTitle")
        self.day_label.setWordWrap(True)
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleDescription(self.tr("Progress"))
        self.progress.setWordWrap(
            True
        )  # "1 of 4 doses taken · 1 skipped · 0 of 6 habits done" at 200 %
        self.past_hint = QLabel(self.tr("Ticks on a past day are saved as entered later."))
        self.past_hint.setObjectName("hint")
        self.past_hint.setWordWrap(True)
        self.past_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._day_row = day_row = QHBoxLayout()
        day_row.addWidget(self.prev_button)
        day_row.addWidget(self.day_label, 1)
        day_row.addWidget(self.next_button)
        day_row.addWidget(self.today_button)
        glance = QHBoxLayout()
        glance.addWidget(self.progress, 1)  # the whole width, so it wraps only when it must

        self.status = status_label(self.tr("Tick a dose when you take it. Unticking undoes it."))
        self.undo_button = undo_button(operations.undo_stack)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)

        self.doses = DosesCard(diary, operations, self.say, self._open)
        self.habits = HabitsCard(diary, operations, experiments, self.say, self._open)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(16)
        self._columns.addWidget(self.doses, 3)
        self._columns.addWidget(self.habits, 2)
        self.medications = MedicationsCard(diary, medications, self.say, self._open)
        self.treatments = TreatmentsCard(diary, treatments, self.say, self._open)

        content = QWidget()
        self._page = column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        column.addLayout(day_row)
        column.addWidget(self.past_hint)
        column.addLayout(glance)
        column.addLayout(status_row)
        column.addLayout(self._columns)
        column.addWidget(self.medications)
        column.addWidget(self.treatments)
        column.addStretch(1)
        fill_with_scrolling(self, content)

        notifier.checklistsChanged.connect(self.refresh)
        notifier.reloaded.connect(self.refresh)
        self.refresh()

    # --- the day shown ---

    def show_day(self, day: date) -> None:
        """Show the checklists of ``day`` (not after today)."""
        today = self._checklists.today()
        self.day = min(day, today)
        self._follow_today = self.day == today
        self.refresh()

    def refresh(self, _change: object = None) -> None:
        """Redraw the day from the diary, keeping rows (and keyboard focus) where possible."""
        today = self._checklists.today()
        if self._follow_today:
            self.day = today
        self.next_button.setEnabled(self.day < today)
        self.today_button.setVisible(self.day != today)
        self._fit_day_row(self.width())
        self.past_hint.setVisible(self.day < today)
        label = fmt_day(self.day)
        if self.day == today:
            label = self.tr("Today · {day}").format(day=label)
        elif self.day == today - timedelta(1):
            label = self.tr("Yesterday · {day}").format(day=label)
        self.day_label.setText(label)
        self.doses.refresh(self.day)
        self.habits.refresh(self.day, today)
        self.medications.refresh(today)
        self.treatments.refresh(today)
        self.progress.setText(self._checklists.progress(self.day).text())
        self._chain_focus()

    def say(self, text: str) -> None:
        """Show a short status message."""
        self.status.setText(text)

    def ask_medication(
        self, medication: Medication | None, over: QWidget | None = None
    ) -> MedicationDialog:
        """Open the dialog to add a medication (None) or change one, over ``over`` if given."""
        return self.medications.ask_medication(medication, over)

    # --- internals ---

    def _chain_focus(self) -> None:
        # Rows rebuilt after the rest of the page would come last on Tab (after "Record a
        # treatment…"); Tab visits the page as it is read, top to bottom, column by column.
        previous: QWidget | None = None
        for widget in _in_reading_order(self._page):
            if takes_keyboard(widget) and not widget.objectName().startswith("qt_"):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def _open(self, dialog: QDialog, save: Callable[[], bool]) -> None:
        open_form(dialog, save)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Redraw when shown (the day may have turned while hidden) and keep it current."""
        self.refresh()
        self._redraw_timer.start()
        super().showEvent(event)
        # Lay the page out now, not on a later pass: a tab built on first show would
        # otherwise paint once with its rows squeezed to the size it was built at.
        self._page.activate()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """No redraws while nobody looks."""
        self._redraw_timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Stack the two columns when the window is narrow."""
        narrow = event.size().width() < NARROW_WIDTH * current_scale()
        self._columns.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        self._fit_day_row(event.size().width())
        super().resizeEvent(event)

    def _fit_day_row(self, width: int) -> None:
        # Arrows only on the day buttons when their words and the day's name do not fit
        # side by side (large text in a small window); their names still say it all.
        self.prev_button.setText(day_before_text())
        self.next_button.setText(day_after_text())
        buttons = [self.prev_button, self.next_button]
        if not self.today_button.isHidden():
            buttons.append(self.today_button)
        margins = self._page.contentsMargins()
        need = (
            sum(button.sizeHint().width() for button in buttons)
            + self.day_label.minimumSizeHint().width()
            + 3 * self._day_row.spacing()
            + margins.left()
            + margins.right()
        )
        if need > width:
            self.prev_button.setText("◀")
            self.next_button.setText("▶")


def _in_reading_order(layout: QLayout) -> list[QWidget]:
    """Return the widgets in ``layout`` and in theirs, in the order of the layouts."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        inner = widget.layout() if widget is not None else (item.layout() if item else None)
        if widget is not None:
            found.append(widget)
        if inner is not None:
            found += _in_reading_order(inner)
    return found
