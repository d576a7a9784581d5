"""The Trends tab shell: light to create; the charts (pyqtgraph) are built when first shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mslog.core.diary import Diary
from mslog.ui.notifier import DiaryNotifier


class TrendsTab(QWidget):
    """Holds the Trends view, importing pyqtgraph only when the tab is first shown.

    Args:
        diary: The open diary.
        notifier: Change signals; the view redraws on them.
        undo_stack: Where appointment edits are recorded for undo.
    """

    def __init__(
        self,
        diary: Diary,
        notifier: DiaryNotifier,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._notifier = notifier
        self._undo = undo_stack
        self.view = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_view(self):
        """Build the charts now if they are not built yet, and return the view."""
        if self.view is None:
            from mslog.ui.trends.view import TrendsView

            self.view = TrendsView(self._diary, self._notifier, self._undo, self)
            self._layout.addWidget(self.view)
            self.view.show()  # added while the tab is being shown: show it explicitly
        return self.view

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Build the charts on first show."""
        self.ensure_view()
        super().showEvent(event)
