"""The History tab: every diary day, what it holds, changes with undo, and note search."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from PySide6.QtGui import QAction

    from mslog.core.diary import Diary
    from mslog.ui.history.tab import HistoryTab
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.diary import DiaryOperations


def build_history_tab(
    diary: Diary,
    notifier: DiaryNotifier,
    operations: DiaryOperations,
    shared_actions: Sequence[QAction] = (),
    open_checkin: Callable[[date], object] | None = None,
) -> HistoryTab:
    """Build the History tab (imported only when first shown)."""
    from mslog.ui.history.tab import HistoryTab

    return HistoryTab(diary, notifier, operations, shared_actions, open_checkin)
