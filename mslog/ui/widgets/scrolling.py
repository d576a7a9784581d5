"""Pages that scroll as a whole when the window is small or the text is large."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid


def scroll_area(content: QWidget) -> QScrollArea:
    """Return a frameless scroll area that lets ``content`` take its full width.

    It is no Tab stop of its own, which would hold the keyboard with nothing to show for
    it (a nameless stop for a screen reader): Page Up and Page Down still scroll it from
    the widget that has the keyboard, and a widget Tab reaches is scrolled into view.
    """
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def fit_in_window(dialog: QWidget, width: int, height: int) -> None:
    """Give ``dialog`` its size at 100 % text, grown with the text, within its window.

    Its content scrolls up and down when that is not enough: a dialog never reaches past
    a small window (800x600), where its buttons could not be seen.
    """
    from mslog.ui.style import current_scale

    owner = dialog.parentWidget()
    room = owner.window().size() if owner is not None else dialog.screen().availableSize()
    scale = current_scale()
    dialog.resize(
        min(round(width * scale), room.width() - 24), min(round(height * scale), room.height() - 24)
    )


def scrolling_body(layout: QVBoxLayout) -> QScrollArea:
    """Return a scroll area holding ``layout`` (a dialog's text and fields, not its buttons)."""
    content = QWidget()
    content.setLayout(layout)
    scroll = scroll_area(content)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    keep_focus_in_view(scroll)
    return scroll


def fill_with_scrolling(page: QWidget, content: QWidget) -> QScrollArea:
    """Make ``content`` the whole of ``page``, scrolling when it does not fit."""
    scroll = scroll_area(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll


class _ShortPage(QWidget):
    """A page as tall as its scroll area, or as its layout's smallest height when taller."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Ask for the layout's smallest height at ``width``, not its preferred one.

        A scroll area gives a page whose words wrap the height it asks for, when more
        than the area's: the preferred height would scroll a page that fits.
        """
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else -1


def scroll_when_short(layout: QVBoxLayout) -> QScrollArea:
    """Return a scroll area holding ``layout``, scrolling only when it cannot be squeezed in.

    The page fills the area, its stretching parts taking up the room there is; only a
    window too short for the layout's smallest size scrolls it, up and down (never
    sideways), rather than drawing its parts over one another.
    """
    page = _ShortPage()
    page.setLayout(layout)
    scroll = scroll_area(page)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    keep_focus_in_view(scroll)
    return scroll


def scroll_page(widget: QWidget, event: QWheelEvent) -> None:
    """Scroll the page ``widget`` is on by the wheel ``event`` that reached ``widget``.

    A chart inside a scrolling page would take the wheel for itself; handed up
    explicitly (rather than ignored), the page scrolls the same whether the wheel
    came from the mouse or from a test.
    """
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        event.ignore()
        return
    QApplication.sendEvent(parent.viewport(), event)
    event.accept()


def scroll_into_view(widget: QWidget) -> None:
    """Scroll the page ``widget`` is on so that it is in sight, once the page is laid out.

    For a widget just built (a row rebuilt after a change): until the layouts have run,
    its place on the page is not known yet.
    """
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


class _FocusFollower(QObject):
    """Scrolls its scroll area to the widget that takes the keyboard inside it."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self._scroll):
            # The focus moves while a dialog with the area is being deleted.
            return
        content = self._scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new)


def keep_focus_in_view(scroll: QScrollArea) -> None:
    """Scroll ``scroll`` to whatever gets the keyboard in it, also from outside it.

    Qt scrolls only for Tab pressed inside the area; Shift+Tab from a button under it,
    the arrow keys or a shortcut would leave the focused widget out of sight.
    """
    _FocusFollower(scroll)
