"""Buttons and check boxes whose words go onto more lines when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPushButton, QSizePolicy, QWidget


def _lines(button: QAbstractButton, text: str, room: int) -> list[str]:
    """Break ``text`` at spaces into lines no wider than ``room`` (a long word stays whole)."""
    metrics = button.fontMetrics()
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= room:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines or [text]


class _Wrapping:
    """The wrapping shared by :class:`WrapButton` and :class:`WrapCheckBox`.

    Qt's buttons keep their words on one line, so at large text one long label makes the
    whole page wider than the window. These prefer one line, may shrink to the longest
    word, and take the height their lines need at the width they are given.
    """

    _full: str

    def _setup(self, text: str) -> None:
        self._full = text
        widget = self._as_button()
        policy = widget.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        widget.setSizePolicy(policy)

    def _as_button(self) -> QAbstractButton:
        assert isinstance(self, QAbstractButton)
        return self

    def _chrome(self) -> int:
        """Return the width the button needs beside its text (padding, indicator, icon)."""
        widget = self._as_button()
        shown = QAbstractButton.text(widget)
        widest = max(widget.fontMetrics().horizontalAdvance(line) for line in shown.split("\n"))
        return max(0, self._base_hint().width() - widest)

    def _base_hint(self) -> QSize:
        raise NotImplementedError

    def _refit(self, width: int) -> None:
        widget = self._as_button()
        broken = "\n".join(_lines(widget, self._full, width - self._chrome()))
        if broken != QAbstractButton.text(widget):
            QAbstractButton.setText(widget, broken)
            widget.updateGeometry()

    def _one_line_width(self) -> int:
        return self._chrome() + self._as_button().fontMetrics().horizontalAdvance(self._full)

    def _height_at(self, width: int) -> int:
        widget = self._as_button()
        shown = QAbstractButton.text(widget).count("\n") + 1
        wanted = len(_lines(widget, self._full, width - self._chrome()))
        return self._base_hint().height() + (wanted - shown) * widget.fontMetrics().lineSpacing()


class WrapButton(_Wrapping, QPushButton):
    """A push button whose label wraps onto more lines rather than widen the page.

    ``text()`` returns the whole label on one line, however it is shown.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, text, parent)
        self._setup(text)

    def text(self) -> str:
        """Return the label as given (without the line breaks added to fit)."""
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show ``text``, broken into lines to fit the button's width."""
        self._full = text
        QPushButton.setText(self, text)
        if self.width() > 0 and self.isVisible():
            self._refit(self.width())

    def _base_hint(self) -> QSize:
        return QPushButton.sizeHint(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Prefer the label on one line."""
        width = self._one_line_width()
        return QSize(width, self._height_at(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word."""
        longest = max(
            (self.fontMetrics().horizontalAdvance(w) for w in self._full.split()), default=0
        )
        width = self._chrome() + longest
        return QSize(width, self._height_at(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """The height depends on how many lines the width leaves."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Return the height of the label's lines at ``width``."""
        return self._height_at(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Break the label again for the new width."""
        self._refit(event.size().width())
        super().resizeEvent(event)


class WrapCheckBox(_Wrapping, QCheckBox):
    """A check box whose text wraps onto more lines rather than widen the page.

    ``text()`` returns the whole text on one line, however it is shown.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        self._setup(text)

    def text(self) -> str:
        """Return the text as given (without the line breaks added to fit)."""
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show ``text``, broken into lines to fit the box's width."""
        self._full = text
        QCheckBox.setText(self, text)
        if self.width() > 0 and self.isVisible():
            self._refit(self.width())

    def _base_hint(self) -> QSize:
        return QCheckBox.sizeHint(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Prefer the text on one line."""
        width = self._one_line_width()
        return QSize(width, self._height_at(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word."""
        longest = max(
            (self.fontMetrics().horizontalAdvance(w) for w in self._full.split()), default=0
        )
        width = self._chrome() + longest
        return QSize(width, self._height_at(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """The height depends on how many lines the width leaves."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Return the height of the text's lines at ``width``."""
        return self._height_at(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Break the text again for the new width."""
        self._refit(event.size().width())
        super().resizeEvent(event)
