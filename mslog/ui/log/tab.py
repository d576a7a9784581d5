"""The Log tab: one very large button records a spasm now; details can follow."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.clock import Clock
from mslog.core.errors import MSLogError
from mslog.ui.log.today import TodayList
from mslog.ui.style import current_scale
from mslog.ui.widgets.roving import takes_keyboard
from mslog.ui.widgets.scrolling import fill_with_scrolling
from mslog.ui.widgets.undo_controls import redo_button, status_label, undo_button
from mslog.ui.widgets.wrapping import WrapButton

if TYPE_CHECKING:
    # The diary's modules load with the diary, once the window is on screen (see attach()).
    from mslog.core.diary import Diary
    from mslog.core.spasms.log import Spasm, SpasmChange
    from mslog.ui.log.details import DetailsPanel
    from mslog.ui.log.when_dialog import WhenDialog
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.spasms import SpasmOperations

# Below this width the details and today's list stack instead of sitting side by side.
NARROW_WIDTH = 1000


class LogTab(QWidget):
    """Quick log, details of the last entry, and today's entries.

    The tab is on screen before the diary has opened (see :meth:`attach`): a press of
    the big button in that moment is noted with its time and saved as the diary opens.

    Args:
        undo_stack: Where logging and deleting are recorded for undo.
        clock: Where "now" comes from.
    """

    def __init__(
        self,
        undo_stack: QUndoStack,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary: Diary | None = None
        self._operations: SpasmOperations | None = None
        self._clock = clock
        self._pending: list[datetime] = []  # presses before the diary was open
        self.when_dialog: WhenDialog | None = None

        self.log_button = WrapButton(self.tr("Log a spasm now"))
        self.log_button.setObjectName("bigLog")
        self.log_button.setMinimumHeight(128)
        self.log_button.setToolTip(self.tr("Records a spasm at this moment (Ctrl+L)"))
        self.log_button.setAccessibleName(self.tr("Log a spasm now"))
        self.log_button.setAccessibleDescription(
            self.tr("Records a spasm at this moment. Shortcut Ctrl+L.")
        )
        self.log_button.clicked.connect(self.quick_log)
        self.log_button.setAutoDefault(True)  # Enter presses it when it has the focus
        shortcut_hint = QLabel(self.tr("or press Ctrl+L anywhere in MSLog"))
        shortcut_hint.setObjectName("hint")
        shortcut_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shortcut_hint.setWordWrap(True)

        self.status = status_label(
            self.tr("When a spasm starts, press the button. Details can wait.")
        )
        self.undo_button = undo_button(undo_stack)
        self.redo_button = redo_button(undo_stack)
        self.earlier_button = WrapButton(self.tr("Log an earlier spasm…"))
        self.earlier_button.clicked.connect(self.ask_earlier)
        # The daily check-in (mslog.ui.checkin) connects this and fills checkin_slot.
        self.checkin_button = QPushButton(self.tr("How was today?"))
        self.checkin_button.setToolTip(self.tr("The daily check-in (Ctrl+D)"))
        self.checkin_button.setAccessibleName(self.tr("How was today? The daily check-in"))
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.undo_button)
        buttons_row.addWidget(self.redo_button)
        buttons_row.addWidget(self.earlier_button)
        self._status_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._status_row.addWidget(self.status, 1)
        self._status_row.addLayout(buttons_row)
        checkin_row = QHBoxLayout()  # a line of its own when the rows stack
        checkin_row.addStretch(1)
        checkin_row.addWidget(self.checkin_button)
        self._status_row.addLayout(checkin_row)

        # Built on first use: start-up only pays for what is on screen.
        self._details: DetailsPanel | None = None
        self._narrow = False
        self.placeholder = QLabel(
            self.tr(
                "After you log a spasm, you can add how strong it was, where, and what may "
                "have set it off here. Or leave it: the time is already saved."
            )
        )
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.hide()  # shown once the diary is open (see attach)
        self._left = QVBoxLayout()
        self._left.addWidget(self.placeholder)
        self._left.addStretch(1)

        self.today = TodayList()
        self.today.editRequested.connect(self.edit)
        self.today.deleteRequested.connect(self.delete)
        today_card = QFrame()
        today_card.setObjectName("card")
        QVBoxLayout(today_card).addWidget(self.today)

        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(16)
        self._body.addLayout(self._left, 3)
        self._body.addWidget(today_card, 2, Qt.AlignmentFlag.AlignTop)  # keeps its height

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        column.addWidget(self.log_button)
        column.addWidget(shortcut_hint)
        column.addLayout(self._status_row)
        self.checkin_slot = QVBoxLayout()  # the check-in card, while the day's is not done
        self.checkin_slot.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.checkin_slot)
        column.addLayout(self._body, 1)
        fill_with_scrolling(self, content)

    def attach(self, diary: Diary, notifier: DiaryNotifier, operations: SpasmOperations) -> None:
        """Use this open diary: show today's entries and save any press made before it opened.

        Args:
            diary: The open diary.
            notifier: Change signals; today's list redraws on them.
            operations: How the tab logs, moves and deletes spasms (undoably).
        """
        self._diary = diary
        self._operations = operations
        operations.said.connect(self.say)
        notifier.spasmsChanged.connect(self.refresh)
        notifier.reloaded.connect(self.refresh)
        self.refresh()
        pending, self._pending = self._pending, []
        for started in pending:
            self._log(started)

    def unsaved(self) -> list[datetime]:
        """The presses noted before the diary opened and not saved yet, oldest first."""
        return list(self._pending)

    def tell_unsaved(self) -> str:
        """Say on the status line that the noted presses were not saved; return the sentence.

        For when the diary cannot open: a press must never look saved when it is not.
        """
        if not self._pending:
            return ""
        times = ", ".join(f"{noted:%H:%M}" for noted in self._pending)
        count = len(self._pending)
        text = self.tr(
            "Not saved: the %n spasms you noted at {times}, because your diary did not "
            "open. Please write them down, and add them with \u201cLog an earlier "
            "spasm\u201d once it opens.",
            "",
            count,
        ).format(times=times)
        self.say(text)
        return text

    @property
    def details(self) -> DetailsPanel:
        """The details panel (created the first time it is needed)."""
        if self._details is None:
            from mslog.ui.log.details import DetailsPanel

            assert self._diary is not None, "details are only opened for a saved entry"
            self._details = DetailsPanel(self._diary)
            self._details.hide()
            self._details.message.connect(self.say)
            self._details.changeTimeRequested.connect(self.ask_new_time)
            self._details.closed.connect(self.placeholder.show)
            self._details.set_narrow(self._narrow)
            self._left.insertWidget(0, self._details)
            self._chain_focus(self.earlier_button, self._details)
        return self._details

    def details_open(self) -> bool:
        """Return whether an entry's details are being edited."""
        return self._details is not None and self._details.uuid() is not None

    def flush(self) -> None:
        """Save anything typed but not yet saved."""
        if self._details is not None:
            self._details.save_note()

    # --- actions ---

    def quick_log(self) -> Spasm | None:
        """Record a spasm now, committed before this returns, and open its details."""
        return self._log(None)

    def ask_earlier(self) -> None:
        """Ask when an earlier spasm happened, then log it."""
        self._open_when_dialog(None, self.tr("Log an earlier spasm"), self._log)

    def ask_new_time(self, uuid: str) -> None:
        """Ask for a new time for an existing entry."""
        spasm = self._entry(uuid)
        if spasm is None:
            return
        self._open_when_dialog(
            spasm.started.replace(tzinfo=None),
            self.tr("Change the time"),
            lambda when: self._update_time(uuid, when),
        )

    def edit(self, uuid: str) -> None:
        """Open the details of an entry."""
        spasm = self._entry(uuid)
        if spasm is None:
            return
        self.placeholder.hide()
        self.details.edit(spasm)

    def delete(self, uuid: str) -> None:
        """Delete an entry; undo brings it back."""
        assert self._operations is not None
        if self._details is not None and self._details.uuid() == uuid:
            self._details.finish()
        self._operations.delete(uuid)

    def refresh(self, change: SpasmChange | None = None) -> None:
        """Redraw from the diary: just the changed entry when told which, else everything."""
        if self._diary is None:
            return
        from mslog.core.spasms.log import SpasmChange

        if isinstance(change, SpasmChange):
            self._redraw_one(change)
        else:
            rule = self._diary.day_rule
            self.today.set_entries(self._diary.spasms.for_day(self._diary.today(), rule))
        if self._details is not None:
            self._details.refresh()
        self.placeholder.setVisible(self._details is None or self._details.isHidden())

    def _redraw_one(self, change: SpasmChange) -> None:
        assert self._diary is not None
        if change.action == "deleted":
            self.today.remove(change.uuid)
            return
        try:
            spasm = self._diary.spasms.get(change.uuid)
        except MSLogError:
            self.today.remove(change.uuid)
            return
        if self._diary.day_rule.day_of(spasm.started) == self._diary.today():
            self.today.upsert(spasm)
        else:
            self.today.remove(change.uuid)

    def say(self, text: str) -> None:
        """Show a short status message."""
        self.status.setText(text)

    # --- internals ---

    def _entry(self, uuid: str) -> Spasm | None:
        """The entry, or None after saying why not (deleted meanwhile, say)."""
        assert self._diary is not None
        try:
            return self._diary.spasms.get(uuid)
        except MSLogError as exc:
            self.say(str(exc))
            return None

    @staticmethod
    def _chain_focus(anchor: QWidget, container: QWidget) -> None:
        # Built late, the panel would come last on Tab; put it where it is read.
        previous = anchor
        for widget in container.findChildren(QWidget):
            if takes_keyboard(widget) and not widget.objectName().startswith("qt_"):
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def _log(self, started: datetime | None) -> Spasm | None:
        if self._diary is None:
            # The window is up but the diary is still opening: note the moment.
            noted = started or self._clock.now()
            self._pending.append(noted)
            self.say(
                self.tr("Noted {time}. Saving it as your diary opens…").format(
                    time=f"{noted:%H:%M}"
                )
            )
            return None
        assert self._operations is not None
        outcome = self._operations.log(started)
        if outcome.value is None:
            self.say(outcome.message)
            return None
        self.edit(outcome.value.uuid)
        return outcome.value

    def _update_time(self, uuid: str, when: datetime) -> None:
        assert self._operations is not None
        outcome = self._operations.move(uuid, when)
        if not outcome.ok:
            self.say(outcome.message)

    def _open_when_dialog(self, initial, title, on_accept) -> None:
        from mslog.ui.log.when_dialog import WhenDialog

        dialog = WhenDialog(self._clock, initial, title, self)
        dialog.accepted.connect(lambda: on_accept(dialog.when()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "when_dialog", None))
        self.when_dialog = dialog
        dialog.open()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stack rows and columns when the window is narrow for the text size."""
        narrow = event.size().width() < NARROW_WIDTH * current_scale()
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        self._body.setDirection(direction)
        self._status_row.setDirection(direction)
        if self._details is not None:
            self._details.set_narrow(narrow)
        self.today.set_narrow(narrow)
        self._narrow = narrow
        super().resizeEvent(event)
