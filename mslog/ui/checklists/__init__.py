"""The Checklists tab: today's doses and self-care habits, with dose reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.checklists.tab import ChecklistsTab
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.diary import DiaryOperations


def build_checklists_tab(
    diary: Diary, notifier: DiaryNotifier, operations: DiaryOperations
) -> ChecklistsTab:
    """Build the Checklists tab (imported only when first shown)."""
    from mslog.ui.checklists.tab import ChecklistsTab

    return ChecklistsTab(
        diary,
        notifier,
        operations.checklists,
        operations.medications,
        operations.experiments,
        operations.treatments,
    )
