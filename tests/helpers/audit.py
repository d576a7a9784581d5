"""An accessibility audit of what is on screen: names, focus, targets, contrast, clipping, width."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from mslog.ui.style import contrast_ratio
from mslog.ui.widgets.roving import takes_keyboard

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)
MIN_TARGET = 44
# What the offscreen platform says when the audit opens a date field's calendar, a popup
# window (it cannot raise a window or grab the keyboard): for ``pytest.mark.qt_log_ignore``.
POPUP_NOTICES = "This plugin does not support (raise|grabbing the keyboard)"


@dataclass
class Problem:
    """One finding, naming the widget so it can be found."""

    widget: str
    issue: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.issue}"


def describe(widget: QWidget) -> str:
    """Return a findable description: class, object name, text and parent chain."""
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()[:40]
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''} {text!r} in {'/'.join(chain)}"


def visible_widgets(root: QWidget) -> list[QWidget]:
    """Return the descendants of ``root`` that are actually visible."""
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.window() is root.window()]


def accessible_name(widget: QWidget) -> str:
    """Return the name a screen reader announces."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _rendered_colours(shot: QImage, window: QWidget, widget: QWidget, inset: int) -> Counter:
    """Count the colours of ``widget``'s pixels in ``shot``, a grab of its whole window."""
    import numpy as np

    origin = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(origin, widget.size()).adjusted(inset, inset, -inset, -inset)
    rect = rect.intersected(shot.rect())
    if rect.isEmpty():
        return Counter()
    image = shot.copy(rect)
    step = 1 if image.width() * image.height() < 60_000 else 2
    row = image.bytesPerLine() // 4
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=row * image.height())
    pixels = pixels.reshape(image.height(), row)[::step, : image.width() : step]
    values, counts = np.unique(pixels, return_counts=True)
    return Counter(dict(zip(values.tolist(), counts.tolist(), strict=True)))


def window_shot(window: QWidget) -> QImage:
    """Grab ``window`` once, 32 bits a pixel, to measure the colours of what is in it."""
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def text_contrast(window: QWidget, widget: QWidget, shot: QImage | None = None) -> float | None:
    """Measure the rendered contrast of a widget's text against its background.

    The background is the commonest colour inside the widget; the text is the
    colour of highest contrast to it that covers enough pixels to be glyphs.

    Args:
        window: The window ``widget`` is in.
        widget: A label or button.
        shot: A grab of ``window`` (:func:`window_shot`), so that many widgets are measured
            from one rendering; grabbed here when not given.
    """
    inset = 4 if isinstance(widget, QAbstractButton) else 0
    if widget.visibleRegion().boundingRect().size() != widget.size():
        # Partly scrolled out of view: the grab would mix in what is around it.
        return None
    counts = _rendered_colours(
        shot if shot is not None else window_shot(window), window, widget, inset
    )
    if not counts:
        return None
    background, _ = counts.most_common(1)[0]
    bg = QColor.fromRgb(background)
    total = sum(counts.values())
    best = None
    for rgb, count in counts.items():
        if rgb == background or count < max(3, total // 2000):
            continue
        ratio = contrast_ratio(QColor.fromRgb(rgb), bg)
        best = ratio if best is None else max(best, ratio)
    return best


def audit(window: QWidget, *, min_contrast: float = 4.5) -> list[Problem]:
    """Check every visible widget of ``window``; return what is wrong."""
    problems: list[Problem] = []
    shot = window_shot(window)
    for widget in visible_widgets(window):
        if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
            continue  # a table's header is part of the table, named with it
        if isinstance(widget, INTERACTIVE):
            if not accessible_name(widget) and not isinstance(widget, QTabBar):
                problems.append(Problem(describe(widget), "has no accessible name"))
            if widget.isEnabled() and not takes_keyboard(widget):
                problems.append(Problem(describe(widget), "cannot be reached with Tab"))
            if isinstance(widget, QAbstractButton) and (
                widget.width() < MIN_TARGET or widget.height() < MIN_TARGET
            ):
                problems.append(
                    Problem(describe(widget), f"target {widget.width()}x{widget.height()} < 44")
                )
        has_text = isinstance(widget, (QLabel, QAbstractButton)) and widget.text().strip()
        if has_text and widget.isEnabled() and widget.width() > 8 and widget.height() > 8:
            if (
                isinstance(widget, QLabel)
                and widget.pixmap() is not None
                and not widget.pixmap().isNull()
            ):
                continue
            ratio = text_contrast(window, widget, shot)
            if ratio is not None and ratio < min_contrast:
                problems.append(
                    Problem(describe(widget), f"text contrast {ratio:.2f} < {min_contrast}")
                )
    return problems


def clipping(window: QWidget) -> list[Problem]:
    """Find buttons and one-line labels narrower or shorter than their text needs."""
    problems: list[Problem] = []
    for widget in visible_widgets(window):
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            hint = widget.sizeHint()
            if widget.hasHeightForWidth():  # its words wrap: narrower takes more lines
                hint = QSize(
                    widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
                )
            if widget.width() < hint.width() - 2 or widget.height() < hint.height() - 2:
                problems.append(
                    Problem(
                        describe(widget), f"clipped: {widget.size().toTuple()} < {hint.toTuple()}"
                    )
                )
        elif isinstance(widget, QLabel) and widget.text().strip() and not widget.wordWrap():
            hint = widget.sizeHint()
            if widget.width() < hint.width() - 2:
                problems.append(
                    Problem(describe(widget), f"clipped: width {widget.width()} < {hint.width()}")
                )
    return problems


def sideways_scrolling(window: QWidget) -> list[Problem]:
    """Find scroll areas whose content is wider than they are (the page scrolls sideways)."""
    from PySide6.QtWidgets import QScrollArea

    problems: list[Problem] = []
    for widget in visible_widgets(window):
        if isinstance(widget, QScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.maximum() > 0:
                problems.append(
                    Problem(describe(widget), f"scrolls sideways by {bar.maximum()} px")
                )
    return problems


def _scroll_viewport(widget: QWidget) -> QWidget | None:
    """Return the viewport of the nearest scroll area ``widget`` scrolls in, or None."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return parent
        parent = area
    return None


def sideways_bars(window: QWidget) -> list[Problem]:
    """Find any visible scroll area (pages, lists, tables, text) that scrolls sideways."""
    problems: list[Problem] = []
    for widget in visible_widgets(window):
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisible() or bar.maximum() > 0:
                problems.append(
                    Problem(describe(widget), f"scrolls sideways by {bar.maximum()} px")
                )
    return problems


def wrapped_clipping(window: QWidget) -> list[Problem]:
    """Find wrapped labels shorter than their text needs at their width (the last lines cut)."""
    problems: list[Problem] = []
    for widget in visible_widgets(window):
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text().strip():
            margins = widget.contentsMargins()
            inner = widget.width() - margins.left() - margins.right()
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2 and inner > 0:
                problems.append(
                    Problem(
                        describe(widget), f"clipped: height {widget.height()} < {needed} needed"
                    )
                )
    return problems


def outside(window: QWidget) -> list[Problem]:
    """Find widgets that reach past their window, or sideways past the page they scroll in.

    A widget in a scroll area may lie above or below what shows (scrolling brings it),
    never to the side of it: nothing scrolls sideways.
    """
    problems: list[Problem] = []
    frame = window.rect()
    for widget in visible_widgets(window):
        if widget.objectName().startswith("qt_") or widget.width() <= 0:
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        viewport = _scroll_viewport(widget)
        if viewport is None:
            if not frame.adjusted(-1, -1, 1, 1).contains(rect):
                problems.append(Problem(describe(widget), f"outside its window: {rect}"))
            continue
        left = viewport.mapTo(window, QPoint(0, 0)).x()
        if rect.left() < left - 1 or rect.right() > left + viewport.width():
            problems.append(Problem(describe(widget), f"beside its page: {rect}"))
    return problems


def small_targets(window: QWidget) -> list[Problem]:
    """Find targets under 44 px: buttons, fields, tabs, list rows, drop-down rows, calendar days."""
    problems: list[Problem] = []

    def small(widget: QWidget, what: str, width: int, height: int) -> None:
        if width < MIN_TARGET or height < MIN_TARGET:
            problems.append(Problem(describe(widget), f"{what} {width}x{height} < 44"))

    for widget in visible_widgets(window):
        if not widget.isEnabled():
            continue
        if isinstance(widget, QScrollBar) or _inside(widget, QCalendarWidget):
            if isinstance(widget, QAbstractItemView):  # Qt names it qt_calendar_calendarview
                _calendar_days(widget, problems)
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)):
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parentWidget(), (QAbstractSpinBox, QComboBox)
            ):
                continue  # the field inside a spin or combo box: the box is the target
            small(widget, "target", widget.width(), widget.height())
        if isinstance(widget, QComboBox):
            _dropdown_rows(widget, problems)
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                tab = widget.tabRect(index)
                small(widget, f"tab {widget.tabText(index)!r}", tab.width(), tab.height())
        if isinstance(widget, QAbstractItemView) and widget.focusPolicy() != (
            Qt.FocusPolicy.NoFocus
        ):
            model = widget.model()
            if model is None or isinstance(widget, QTableView):
                continue  # tables (the shortcut list) are read, not picked from
            for row in range(min(model.rowCount(), 50)):
                rect = widget.visualRect(model.index(row, 0))
                if rect.isValid():
                    small(widget, f"row {row}", widget.viewport().width(), rect.height())
    return problems


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def _dropdown_rows(combo: QComboBox, problems: list[Problem]) -> None:
    view = combo.view()
    for row in range(combo.count()):
        height = view.sizeHintForRow(row)
        if height < MIN_TARGET:
            problems.append(
                Problem(describe(combo), f"drop-down row {combo.itemText(row)!r} {height} px < 44")
            )
            return


def _calendar_days(view: QAbstractItemView, problems: list[Problem]) -> None:
    model = view.model()
    if model is None:
        return
    # The rows and columns share the calendar's size: the first day and the last are enough.
    for row, column in ((1, 1), (model.rowCount() - 1, model.columnCount() - 1)):
        rect = view.visualRect(model.index(row, column))
        if rect.isValid() and (rect.width() < MIN_TARGET or rect.height() < MIN_TARGET):
            problems.append(
                Problem(describe(view), f"calendar day {rect.width()}x{rect.height()} < 44")
            )
            return


def calendar_popups(window: QWidget) -> list[Problem]:
    """Open the calendar of each date field in ``window``; find days under 44 px.

    A date field's calendar is a window of its own, shown only once opened, so
    the audit of ``window`` never sees it: each is opened, measured and closed.
    """
    problems: list[Problem] = []
    for edit in visible_widgets(window):
        if not (isinstance(edit, QDateTimeEdit) and edit.calendarPopup() and edit.isEnabled()):
            continue
        calendar = edit.calendarWidget()
        popup = calendar.window()
        popup.show()
        for _ in range(3):  # the popup lays out its calendar over a few events
            QApplication.processEvents()
        found: list[Problem] = []
        for view in calendar.findChildren(QAbstractItemView):
            _calendar_days(view, found)
            shown = QRect(view.mapTo(popup, QPoint(0, 0)), view.size())
            if not popup.rect().adjusted(-1, -1, 1, 1).contains(shown):
                found.append(Problem("", f"calendar's days {shown} cut off by {popup.size()}"))
        screen = window.screen().availableGeometry().size()
        if popup.width() > screen.width() or popup.height() > screen.height():
            found.append(Problem("", f"calendar {popup.size().toTuple()} larger than the screen"))
        problems += [Problem(describe(edit), f"its {p.issue}") for p in found]
        popup.hide()
    return problems


def squeezed(window: QWidget) -> list[Problem]:
    """Find widgets given less room than their layout's smallest size: its parts overlap.

    Widgets holding pages in a stack (tabs, a tab's pages) are left out: their smallest
    size is that of their largest page, shown or not.
    """
    problems: list[Problem] = []
    for widget in [window, *visible_widgets(window)]:
        layout = widget.layout()
        if layout is None or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QStackedWidget) or widget.findChild(QStackedWidget) is not None:
            continue
        smallest = layout.totalMinimumSize()
        if widget.width() < smallest.width() - 2 or widget.height() < smallest.height() - 2:
            problems.append(
                Problem(
                    describe(widget),
                    f"squeezed: {widget.size().toTuple()} < {smallest.toTuple()}: parts overlap",
                )
            )
    return problems


def overlapping(window: QWidget) -> list[Problem]:
    """Find buttons drawn over one another (a layout squeezed below its smallest size).

    Buttons are compared only with others on the same page: one scrolled out of a
    page's view may lie under a button beside the page.
    """
    problems: list[Problem] = []
    pages: dict[int, list[tuple[QWidget, QRect]]] = {}
    for widget in visible_widgets(window):
        if isinstance(widget, QAbstractButton) and not widget.objectName().startswith("qt_"):
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            pages.setdefault(id(_scroll_viewport(widget)), []).append((widget, rect))
    for buttons in pages.values():
        for index, (one, rect) in enumerate(buttons):
            for other, other_rect in buttons[index + 1 :]:
                shared = rect.intersected(other_rect)
                if shared.width() > 2 and shared.height() > 2 and not _inside(other, type(one)):
                    problems.append(Problem(describe(one), f"overlaps {describe(other)}"))
    return problems


def fits(window: QWidget) -> list[Problem]:
    """Everything that goes wrong on a small screen or at large text, for one window."""
    return (
        sideways_bars(window)
        + clipping(window)
        + wrapped_clipping(window)
        + outside(window)
        + overlapping(window)
        + squeezed(window)
        + small_targets(window)
        + calendar_popups(window)
    )
