"""The Stretch tab: a guided, timed stretch routine player."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.routines.tab import StretchTab
    from mslog.ui.settings.store import UiSettings


def build_stretch_tab(
    diary: Diary, notifier: DiaryNotifier, settings: UiSettings | None = None
) -> StretchTab:
    """Build the Stretch tab (imported only when the tab is first shown)."""
    from mslog.ui.routines.tab import StretchTab

    return StretchTab(diary, notifier, settings=settings)
