"""One Tab stop for a row of buttons, as in a radio group: the arrow keys move within it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

ARROW_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Showing, hiding or disabling a button can leave the row without a usable stop.
RECHECK_EVENTS = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.EnabledChange)


class RovingFocus(QObject):
    """Make a row of buttons a single Tab stop ("roving focus").

    Only one button takes Tab at a time: the focused one while the keyboard is in the
    row, else the chosen one (``chosen()``), else the first. Left/Up and Right/Down move
    the focus along the row and Home/End to its ends, without choosing anything; Space
    or Enter presses the focused button. Each button keeps its own accessible name and
    checked state, so a screen reader names every one the arrows reach.

    Args:
        parent: The widget holding the buttons (the group is found through it).
        chosen: Returns the button the Tab stop should rest on, or None for the first.
    """

    def __init__(
        self, parent: QWidget, chosen: Callable[[], QAbstractButton | None] | None = None
    ) -> None:
        super().__init__(parent)
        self._chosen = chosen or (lambda: None)
        self._buttons: list[QAbstractButton] = []

    def add(self, button: QAbstractButton) -> None:
        """Take ``button`` into the row, after the others."""
        button.installEventFilter(self)
        # However it was ticked (a click, a redraw, undo), the stop follows the choice.
        button.toggled.connect(lambda _checked: self.reset())
        self._buttons.append(button)
        self.reset()

    def buttons(self) -> list[QAbstractButton]:
        """Return the buttons of the row, in order."""
        return list(self._buttons)

    def tab_stop(self) -> QAbstractButton | None:
        """Return the button Tab lands on, or None when none can take focus."""
        return next((b for b in self._buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus), None)

    def reset(self) -> None:
        """Put the Tab stop on the chosen button (or the first), unless the keyboard is here."""
        if QApplication.focusWidget() in self._buttons:
            return
        usable = [b for b in self._buttons if self._usable(b)]
        chosen = self._chosen()
        self._make_stop(chosen if chosen in usable else (usable[0] if usable else None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keep the stop on the focused button; move with the arrows; press with Enter."""
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self._make_stop(watched)
        elif kind == QEvent.Type.FocusOut:
            if QApplication.focusWidget() not in self._buttons:
                self.reset()
        elif kind in RECHECK_EVENTS:
            self.reset()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        return False

    def _key(self, button: QObject, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier or button not in self._buttons:
            return False
        key = Qt.Key(event.key())
        usable = [b for b in self._buttons if self._usable(b)]
        if key in PRESS_KEYS:
            button.click()
            return True
        if key == Qt.Key.Key_Home and usable:
            self._move_to(usable[0])
            return True
        if key == Qt.Key.Key_End and usable:
            self._move_to(usable[-1])
            return True
        step = ARROW_STEPS.get(key)
        if step is None or button not in usable:
            return False
        if button.layoutDirection() == Qt.LayoutDirection.RightToLeft and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            step = -step
        # The row ends at its ends: holding an arrow down does not go round and round.
        index = usable.index(button) + step
        if 0 <= index < len(usable):
            self._move_to(usable[index])
        return True  # never on to Qt's default, which would leave the row like Tab

    def _move_to(self, button: QAbstractButton) -> None:
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        parent = button.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:  # a chip on the next line may be out of sight
            parent.ensureWidgetVisible(button)

    def _make_stop(self, stop: QObject | None) -> None:
        for button in self._buttons:
            wanted = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            if button.focusPolicy() != wanted:
                button.setFocusPolicy(wanted)

    @staticmethod
    def _usable(button: QAbstractButton) -> bool:
        return button.isEnabled() and not button.isHidden()


def roving_group(widget: QWidget) -> RovingFocus | None:
    """Return the roving row ``widget`` belongs to, or None."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    for group in parent.findChildren(
        RovingFocus, options=Qt.FindChildOption.FindDirectChildrenOnly
    ):
        if widget in group.buttons():
            return group
    return None


def takes_keyboard(widget: QWidget) -> bool:
    """Return whether Tab can bring the keyboard to ``widget`` or to its roving row."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    return roving_group(widget) is not None
