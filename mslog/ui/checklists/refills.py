"""The baclofen pump refill reminder in the window: a banner above the tabs and a tray message."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mslog.core.checklists.refills import RefillReminderPlanner
from mslog.core.checklists.treatments import RefillDue
from mslog.ui.checklists.style import ThemedMixin
from mslog.ui.style import current_scale
from mslog.ui.widgets.announce import announce

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.checklists.reminders import ReminderController
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.tray import TrayIcon

# Below this width (at 100 % text) the banner says the date alone.
NARROW_WIDTH = 720


class RefillBanner(ThemedMixin, QFrame):
    """Says when the next pump refill is due; Hide puts it away until the next reminder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")  # the dose reminder's look
        self.restyle()
        self.setAccessibleName(self.tr("Pump refill reminder"))
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self.tr("Once it is done, record it under Checklists ▸ Treatments."))
        self.text.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide the pump refill reminder"))
        self.hide_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.addLayout(texts, 1)
        row.addWidget(self.hide_button)
        self.hide()

    def show_due(self, due: RefillDue, today: date) -> None:
        """Show the reminder of ``due``."""
        self.title.setText(due.text(today))
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Keep only the date when narrow for the text size, so the tabs keep their room."""
        self.text.setVisible(event.size().width() >= NARROW_WIDTH * current_scale())
        super().resizeEvent(event)


class RefillReminderUi(QObject):
    """The pump refill reminder: it waits on the dose reminders' one timer.

    Args:
        diary: The open diary.
        notifier: Change signals; a refill recorded elsewhere takes the banner away.
        reminders: The dose reminders, whose timer and on/off setting it shares.
        tray: Where the reminder's message goes.
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        reminders: ReminderController,
        tray: TrayIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._treatments = diary.checklists.treatments
        self._reminders = reminders
        self._tray = tray
        self.planner = RefillReminderPlanner(self._treatments, diary.clock)
        self.banner = RefillBanner()
        reminders.driver.add_planner(self.planner, self.remind)
        reminders.switched.connect(self._on_switched)
        notifier.checklistsChanged.connect(self._on_change)
        notifier.reloaded.connect(self._on_change)
        if reminders.enabled():
            reminders.driver.reschedule()  # a reminder due already comes at once

    def remind(self, due: RefillDue) -> None:
        """The reminder is due: one tray message and the banner above the tabs."""
        if not self._reminders.enabled():
            return
        today = self._treatments.today()
        self._tray.notify(self.tr("Baclofen pump refill"), due.text(today))
        self.banner.show_due(due, today)
        announce(self.banner, self.tr("Baclofen pump refill: {due}").format(due=due.text(today)))

    def _on_change(self, _change: object = None) -> None:
        due = self._treatments.refill_due()
        if due is None:
            self.banner.hide()  # the refill was recorded
        elif self.banner.isVisible():
            self.banner.show_due(due, self._treatments.today())

    def _on_switched(self, on: bool) -> None:
        if not on:
            self.banner.hide()
