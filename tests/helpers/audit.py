"""An accessibility audit of what is on screen: names, focus, targets, contrast, clipping, width."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
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


def _rendered_colours(window: QWidget, widget: QWidget, inset: int) -> Counter:
    origin = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(origin, widget.size()).adjusted(inset, inset, -inset, -inset)
    image = window.grab(rect).toImage()
    counts: Counter = Counter()
    step = 1 if image.width() * image.height() < 60_000 else 2
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            counts[image.pixel(x, y)] += 1
    return counts


def text_contrast(window: QWidget, widget: QWidget) -> float | None:
    """Measure the rendered contrast of a widget's text against its background.

    The background is the commonest colour inside the widget; the text is the
    colour of highest contrast to it that covers enough pixels to be glyphs.
    """
    inset = 4 if isinstance(widget, QAbstractButton) else 0
    if widget.visibleRegion().boundingRect().size() != widget.size():
        # Partly scrolled out of view: the grab would mix in what is around it.
        return None
    counts = _rendered_colours(window, widget, inset)
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
    for widget in visible_widgets(window):
        if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
            continue
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
            ratio = text_contrast(window, widget)
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
