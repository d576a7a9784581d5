"""A time of day typed as people type it ("930", "9:30"), with Up and Down to nudge it."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from mslog.core.checklists.model import read_time_of_day
from mslog.core.errors import ValidationError

# Up / Down move by this many minutes (onto the next multiple), Page Up / Page Down by an hour.
STEP_MINUTES = 5
# What a time may be typed with: digits, a colon, a dot, "h" or a space between them.
_TYPED = re.compile(r"[0-9:.hH ]{0,5}")


class TimeValidator(QValidator):
    """Lets through what may become a time; says whether it already reads as one."""

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt override
        if not _TYPED.fullmatch(text):
            return QValidator.State.Invalid
        try:
            read_time_of_day(text)
        except ValidationError:
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable


class TimeField(QLineEdit):
    """One time of day: a click or Tab selects it all, so typing replaces it at once.

    "0930", "930", "9:30", "9.30" and "21" all read as times; leaving the field writes
    the time as ``HH:MM``. Up and Down move it by five minutes, Page Up and Page Down by
    an hour, across midnight. The mouse wheel leaves it alone (it scrolls the dialog), so
    an unsteady hand does not change a time by passing over it.

    Args:
        value: The time shown at first.
        name: Its accessible name ("Time", "Time 2"; "Time" when not given).
        field: The field named in the message when what is typed is not a time.
    """

    def __init__(
        self,
        value: QTime | None = None,
        name: str | None = None,
        field: str = "times",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._field = field
        self._last = QTime(8, 0) if value is None or not value.isValid() else value
        self.setValidator(TimeValidator(self))
        self.setMaxLength(5)
        self.setPlaceholderText(self.tr("HH:MM", "hours and minutes, shown in an empty time"))
        self.setAccessibleName(self.tr("Time") if name is None else name)
        self.setAccessibleDescription(
            self.tr("Type a time such as 09:30 or 930; Up and Down change it by 5 minutes")
        )
        self.setToolTip(self.tr("Type a time such as 09:30 or 930 (Up and Down: 5 minutes)"))
        self.setMinimumHeight(44)
        self._select_on_release = False
        self.setTime(self._last)
        self.editingFinished.connect(self._tidy)

    # --- the value ---

    def setTime(self, value: QTime) -> None:  # noqa: N802 - QTimeEdit's name, kept for callers
        """Show ``value`` as ``HH:MM``."""
        self._last = value
        self.setText(value.toString("HH:mm"))

    def time(self) -> QTime:
        """Return the time typed, or an invalid QTime while it does not read as one."""
        try:
            text = read_time_of_day(self.text(), self._field)
        except ValidationError:
            return QTime()
        return QTime.fromString(text, "HH:mm")

    def value(self) -> str:
        """Return the time as ``HH:MM``, or raise the :class:`ValidationError` saying why not."""
        return read_time_of_day(self.text(), self._field)

    def _tidy(self) -> None:
        typed = self.time()
        if typed.isValid():
            self.setTime(typed)

    def _step(self, minutes: int) -> None:
        start = self.time()
        start = start if start.isValid() else self._last
        total = start.hour() * 60 + start.minute()
        if abs(minutes) < 60 and total % STEP_MINUTES:
            # Off the grid (08:03): the first step lands on it (08:05 up, 08:00 down).
            total -= total % STEP_MINUTES
            total += STEP_MINUTES if minutes > 0 else 0
        else:
            total += minutes
        total %= 24 * 60
        self.setTime(QTime(total // 60, total % 60))
        self.selectAll()  # typing after a nudge still replaces the whole time

    # --- Qt overrides ---

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Up / Down: five minutes; Page Up / Page Down: an hour."""
        steps = {
            Qt.Key.Key_Up: STEP_MINUTES,
            Qt.Key.Key_Down: -STEP_MINUTES,
            Qt.Key.Key_PageUp: 60,
            Qt.Key.Key_PageDown: -60,
        }
        key = Qt.Key(event.key())
        if key in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._step(steps[key])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Select it all however the keyboard arrives, a click included."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # The press that gave focus places the cursor next; select on its release.
            self._select_on_release = True
        else:
            self.selectAll()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click (not a drag over part of it) selects the whole time, ready to be typed over."""
        super().mouseReleaseEvent(event)
        if self._select_on_release or not self.hasSelectedText():
            self.selectAll()
        self._select_on_release = False

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Never change the time; let the wheel scroll what holds the field."""
        event.ignore()

    def sizeHint(self) -> QSize:  # noqa: D102, N802 - Qt override
        return self._fitting(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: D102, N802 - Qt override
        return self._fitting(super().minimumSizeHint())

    def _fitting(self, hint: QSize) -> QSize:
        # Wide enough for "00:00" in the font in use (200 % text too), no wider.
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance("00:00") + 8, hint.height())
        fitted = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, self)
        margins = self.textMargins()
        return QSize(fitted.width() + margins.left() + margins.right(), max(hint.height(), 44))
