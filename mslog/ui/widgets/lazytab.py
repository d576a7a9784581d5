"""A tab page that builds its real content the first time it is shown: the one lazy-tab way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

Content = TypeVar("Content", bound=QWidget)


class LazyTab(QWidget, Generic[Content]):
    """Holds a factory and calls it on first show, so start-up pays only for the first tab.

    Every tab but the first is one: the Stretch, Checklists and Trends tabs (whose
    factory is where pyqtgraph is first imported).

    Args:
        factory: Builds the tab's content widget.
        ready: Whether the factory can run yet (the window shows before the diary opens).
    """

    def __init__(
        self,
        factory: Callable[[], Content],
        parent: QWidget | None = None,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._ready = ready
        self._content: Content | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def content(self) -> Content:
        """The real tab (built now if it was not yet)."""
        if self._content is None:
            self._content = self._factory()
            self._layout.addWidget(self._content)
            if self.isVisible():
                self._content.show()  # added while the tab is being shown
        return self._content

    def is_built(self) -> bool:
        """Return whether the content exists yet."""
        return self._content is not None

    def build_if_shown(self) -> None:
        """Build the content now if the tab is on screen (called once the diary is open)."""
        if self.isVisible() and self._ready():
            _ = self.content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Build the content on first show, once it can be."""
        if self._ready():
            _ = self.content
        super().showEvent(event)
