"""Tells a screen reader what just changed (saved, undone, a step started, a reminder)."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleValueChangeEvent

# Qt 6.8 added announcements; an older Qt gets a value change on the source instead,
# which screen readers read out politely when the source is in the active window.
_ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


class Announcer(QObject):
    """Sends announcements to assistive technology, one application-wide.

    Signals:
        announced: With the message and whether it was assertive, as it is sent (tests
            and the AT-SPI check listen here; it fires with no screen reader too).
    """

    announced = Signal(str, bool)

    def announce(self, source: QObject, message: str, *, assertive: bool = False) -> None:
        """Say ``message`` to a screen reader, from ``source`` (the widget it concerns).

        Args:
            source: The widget the message is about; a screen reader names its window.
            message: What changed, in the words the status line shows.
            assertive: Interrupt what is being read (only for what cannot wait, such as
                the last seconds of a stretch); polite messages wait their turn.
        """
        message = message.strip()
        if not message:
            return
        self.announced.emit(message, assertive)
        if not QAccessible.isActive():  # no screen reader listening: nothing to build
            return
        if _ANNOUNCEMENT is not None:
            event = _ANNOUNCEMENT(source, message)
            politeness = QAccessible.AnnouncementPoliteness
            event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
            QAccessible.updateAccessibility(event)
        else:
            QAccessible.updateAccessibility(QAccessibleValueChangeEvent(source, message))


_announcer: Announcer | None = None


def announcer() -> Announcer:
    """Return the application's announcer (made on first use, owned by the application)."""
    global _announcer
    if _announcer is None:
        _announcer = Announcer(QCoreApplication.instance())
        _announcer.destroyed.connect(_forget)
    return _announcer


def _forget() -> None:
    global _announcer
    _announcer = None


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Say ``message`` to a screen reader (see :meth:`Announcer.announce`)."""
    announcer().announce(source, message, assertive=assertive)
