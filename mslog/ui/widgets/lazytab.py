"""A tab page that builds its real content the first time it is shown: the one lazy-tab way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

Content = TypeVar("Content", bound=QWidget)


class BusyNote(QWidget):
    """A few words ("Drawing your trends…") and a busy bar while a slow tab is being built.

    Signals:
        painted: It has been drawn on screen (the slow build can begin).
    """

    painted = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setObjectName("pageTitle")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the build cannot say how far it is
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(text)
        bar_row = QHBoxLayout()  # the middle half of the page, however wide
        bar_row.addStretch(1)
        bar_row.addWidget(self.bar, 2)
        bar_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(18)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(bar_row)
        layout.addStretch(2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Say it is on screen once drawn."""
        super().paintEvent(event)
        self.painted.emit()


class LazyTab(QWidget, Generic[Content]):
    """Holds a factory and calls it on first show, so start-up pays only for the first tab.

    Every tab but the first is one: the Stretch, Checklists and Trends tabs (whose
    factory is where pyqtgraph is first imported).

    Args:
        factory: Builds the tab's content widget.
        ready: Whether the factory can run yet (the window shows before the diary opens).
        busy: For a slow factory, what to show at once on the first show (e.g. "Drawing
            your trends…"); the content is built once that has been drawn, so the window
            never looks frozen. None builds it straight away.
    """

    def __init__(
        self,
        factory: Callable[[], Content],
        parent: QWidget | None = None,
        ready: Callable[[], bool] = lambda: True,
        busy: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._ready = ready
        self._busy = busy
        self._content: Content | None = None
        self.note: BusyNote | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def content(self) -> Content:
        """The real tab (built now if it was not yet)."""
        if self._content is None:
            self._content = self._factory()
            if self.note is not None:
                self.note.hide()
                self.note.deleteLater()
                self.note = None
            self._layout.addWidget(self._content)
            if self.isVisible():
                # Added while the tab is on screen: sized and shown now, as it would have
                # been had it been built before the tab showed.
                self._content.show()
                self._layout.activate()
                if self.window().focusWidget() is self:
                    self._hand_on_focus()
        return self._content

    def _hand_on_focus(self) -> None:
        # Shown while it was being built, the tab itself took the keyboard, where no
        # focus can be seen: it goes to the content's first stop instead.
        content = self._content
        assert content is not None
        widget = content.nextInFocusChain()
        while widget is not None and widget is not content:
            if (
                content.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def is_built(self) -> bool:
        """Return whether the content exists yet."""
        return self._content is not None

    def build_if_shown(self) -> None:
        """Build the content now if the tab is on screen (called once the diary is open)."""
        if self.isVisible() and self._ready():
            self._build()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Build the content on first show, once it can be."""
        if self._ready():
            self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._content is not None:
            return
        if self._busy is None:
            _ = self.content
        elif self.note is None:
            self.note = BusyNote(self._busy)
            self.note.painted.connect(
                self._build_after_paint, Qt.ConnectionType.SingleShotConnection
            )
            self._layout.addWidget(self.note)
            if self.isVisible():
                self.note.show()
                self._layout.activate()

    def _build_after_paint(self) -> None:
        # Back in the event loop first, so the note reaches the screen before the slow build.
        QTimer.singleShot(0, self, lambda: self.content)
