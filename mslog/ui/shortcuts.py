"""Help ▸ Keyboard shortcuts: every key MSLog answers to, in one list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mslog.ui.widgets.scrolling import fit_in_window

SHORTCUTS: list[tuple[str, str, str]] = [
    ("Anywhere", "Ctrl+L", "Log a spasm now"),
    ("Anywhere", "Ctrl+D", "How was today? (the daily check-in)"),
    ("Anywhere", "Ctrl+Z", "Undo"),
    ("Anywhere", "Ctrl+Shift+Z", "Redo"),
    ("Anywhere", "Ctrl+1 … Ctrl+5", "Go to Log, Stretch, Checklists, Trends or History"),
    ("Anywhere", "F11 / Esc", "Full screen / leave full screen"),
    ("Anywhere", "Ctrl+P", "Print or save the appointment report"),
    ("Anywhere", "Ctrl+E", "Export your diary"),
    ("Anywhere", "Ctrl+Shift+B", "Back up now"),
    ("Anywhere", "Ctrl+I", "Import a diary file"),
    ("Anywhere", "Ctrl+,", "Settings"),
    ("Anywhere", "F1", "This list"),
    ("Anywhere", "Tab / Shift+Tab", "Move between buttons and fields"),
    ("Anywhere", "Space / Enter", "Press the button that has the focus ring"),
    (
        "Anywhere",
        "Left / Right, Home / End",
        "In a row of choices (0-10, chips; one Tab stop): move; Space or Enter picks",
    ),
    ("Anywhere", "Ctrl+Q", "Quit"),
    ("Stretch", "Space", "Pause or resume"),
    ("Stretch", "Left / Right", "Previous step / skip step"),
    ("Checklists", "Alt+Left / Alt+Right", "The day before / the day after"),
    ("Check-in", "Alt+Left / Alt+Right", "The day before / the day after"),
    ("History", "Alt+Left / Alt+Right", "The day before / the day after"),
    ("Check-in", "Esc", "Close (every answer is already saved)"),
    ("Trends charts", "Left / Right, Home / End", "Step through the days and hear their values"),
    (
        "Trends charts",
        "+ / − (Ctrl+= / Ctrl+−), 0",
        "Zoom in / out, show every day again (Ctrl+wheel zooms too)",
    ),
]


class ShortcutsDialog(QDialog):
    """A plain table of shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        table = QTableWidget(len(SHORTCUTS), 3)
        table.setHorizontalHeaderLabels(["Where", "Keys", "What it does"])
        table.verticalHeader().hide()
        for row, cells in enumerate(SHORTCUTS):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        # The columns share the width and their words wrap, each row as tall as its text:
        # never sideways, whatever the window and text size.
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName("Keyboard shortcuts")
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel("Every part of MSLog can be used from the keyboard.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        fit_in_window(self, 900, 620)
