"""The status line and Undo / Redo buttons a tab shows under its main action."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton

from mslog.core.i18n import Words


class UndoControls(Words):
    """The translation context of the status line and the Undo and Redo buttons."""


def status_label(text: str) -> QLabel:
    """Return the large, wrapping status line that says what just happened."""
    label = QLabel(text)
    label.setObjectName("status")
    label.setWordWrap(True)
    # A screen reader hears the text itself (an accessible name would replace it).
    label.setAccessibleDescription(UndoControls.tr("Status"))
    return label


class UndoButton(QPushButton):
    """An Undo button that a screen reader names after what it would undo."""

    def name_after(self, undo_text: str) -> None:
        """Take the accessible name "Undo <what>" (the undo stack's text for its next undo)."""
        self.setAccessibleName(UndoControls.tr("Undo {what}").format(what=undo_text).strip())


def undo_button(undo_stack: QUndoStack) -> QPushButton:
    """Return an Undo button for ``undo_stack``, enabled only while there is something to undo."""
    button = UndoButton(UndoControls.tr("Undo"))
    button.setToolTip(UndoControls.tr("Undo (Ctrl+Z)"))
    button.clicked.connect(undo_stack.undo)
    undo_stack.canUndoChanged.connect(button.setEnabled)
    # The button's own methods: PySide6 disconnects them when the button goes, while the
    # window's undo stack, which may outlive it, still signals once more as it is cleared.
    undo_stack.undoTextChanged.connect(button.name_after)
    button.setEnabled(undo_stack.canUndo())
    button.name_after(undo_stack.undoText())
    return button


def redo_button(undo_stack: QUndoStack) -> QPushButton:
    """Return a Redo button for ``undo_stack``, enabled only while there is something to redo."""
    button = QPushButton(UndoControls.tr("Redo"))
    button.setToolTip(UndoControls.tr("Redo (Ctrl+Shift+Z)"))
    button.clicked.connect(undo_stack.redo)
    undo_stack.canRedoChanged.connect(button.setEnabled)
    button.setEnabled(undo_stack.canRedo())
    return button
