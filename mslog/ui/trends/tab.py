"""The Trends tab shell: light to create; the charts (pyqtgraph) are built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from mslog.core.diary import Diary
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.diary import DiaryOperations


class TrendsTab(QWidget):
    """Holds the Trends view, importing pyqtgraph only when the tab is first shown.

    The window shows before the diary opens: the tab exists from the first frame and
    gets the diary through :meth:`attach`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diary: Diary | None = None
        self._notifier: DiaryNotifier | None = None
        self._operations: DiaryOperations | None = None
        self.view = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def attach(self, diary: Diary, notifier: DiaryNotifier, operations: DiaryOperations) -> None:
        """Use this open diary (and build the charts if the tab is already on screen)."""
        self._diary = diary
        self._notifier = notifier
        self._operations = operations
        if self.isVisible():
            self.ensure_view()

    def ensure_view(self):
        """Build the charts now if they are not built yet, and return the view.

        Raises:
            RuntimeError: The diary is not open yet.
        """
        if self._diary is None:
            raise RuntimeError("The Trends tab has no diary yet")
        if self.view is None:
            from mslog.ui.trends.view import TrendsView

            self.view = TrendsView(self._diary, self._notifier, self._operations, self)
            self._layout.addWidget(self.view)
            self.view.show()  # added while the tab is being shown: show it explicitly
        return self.view

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Build the charts on first show (once the diary is open)."""
        if self._diary is not None:
            self.ensure_view()
        super().showEvent(event)
