"""The daily check-in in the window: its dialog, the Log tab card, Ctrl+D, tray and reminder."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mslog.ui.checkin.controller import CheckinUi


def attach_checkin(window) -> CheckinUi:
    """Give the attached main window every way into the check-in, and its reminder."""
    from mslog.ui.checkin.controller import CheckinUi

    return CheckinUi(window)
