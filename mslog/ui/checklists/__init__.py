"""The Checklists tab: today's doses and self-care habits, with dose reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from mslog.core.diary import Diary
    from mslog.ui.checklists.tab import ChecklistsTab
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.checklists import ChecklistOperations


def build_checklists_tab(
    diary: Diary,
    notifier: DiaryNotifier,
    undo_stack: QUndoStack,
    operations: ChecklistOperations,
) -> ChecklistsTab:
    """Build the Checklists tab (imported only when first shown)."""
    from mslog.ui.checklists.tab import ChecklistsTab

    return ChecklistsTab(diary, notifier, undo_stack, operations)
