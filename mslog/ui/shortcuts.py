"""Help ▸ Keyboard shortcuts: every key MSLog answers to, in one list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mslog.core.i18n import QT_TRANSLATE_NOOP, translate
from mslog.ui.widgets.scrolling import fit_in_window

# The keys of a row: groups said one after the other ("Left / Right, Home / End"), each
# group's keys apart with a slash; "…" stands between the first and last of a run.
Keys = tuple[tuple[str, ...], ...]
RUN = "…"

ANYWHERE = QT_TRANSLATE_NOOP("shortcuts", "Anywhere")
STRETCH = QT_TRANSLATE_NOOP("shortcuts", "Stretch")
CHECKLISTS = QT_TRANSLATE_NOOP("shortcuts", "Checklists")
CHECK_IN = QT_TRANSLATE_NOOP("shortcuts", "Check-in")
HISTORY = QT_TRANSLATE_NOOP("shortcuts", "History")
CHARTS = QT_TRANSLATE_NOOP("shortcuts", "Trends charts")
DAY_BEFORE_AFTER = QT_TRANSLATE_NOOP("shortcuts", "The day before / the day after")

# (where, keys in QKeySequence's portable form, what it does); the words are translated
# where shown, the keys written the platform's way in the person's language.
SHORTCUTS: list[tuple[str, Keys, str]] = [
    (ANYWHERE, (("Ctrl+L",),), QT_TRANSLATE_NOOP("shortcuts", "Log a spasm now")),
    (
        ANYWHERE,
        (("Ctrl+D",),),
        QT_TRANSLATE_NOOP("shortcuts", "How was today? (the daily check-in)"),
    ),
    (ANYWHERE, (("Ctrl+Z",),), QT_TRANSLATE_NOOP("shortcuts", "Undo")),
    (ANYWHERE, (("Ctrl+Shift+Z",),), QT_TRANSLATE_NOOP("shortcuts", "Redo")),
    (
        ANYWHERE,
        (("Ctrl+1", RUN, "Ctrl+5"),),
        QT_TRANSLATE_NOOP("shortcuts", "Go to Log, Stretch, Checklists, Trends or History"),
    ),
    (
        ANYWHERE,
        (("F11", "Esc"),),
        QT_TRANSLATE_NOOP("shortcuts", "Full screen / leave full screen"),
    ),
    (
        ANYWHERE,
        (("Ctrl+P",),),
        QT_TRANSLATE_NOOP("shortcuts", "Print or save the appointment report"),
    ),
    (ANYWHERE, (("Ctrl+E",),), QT_TRANSLATE_NOOP("shortcuts", "Export your diary")),
    (ANYWHERE, (("Ctrl+Shift+B",),), QT_TRANSLATE_NOOP("shortcuts", "Back up now")),
    (ANYWHERE, (("Ctrl+I",),), QT_TRANSLATE_NOOP("shortcuts", "Import a diary file")),
    (ANYWHERE, (("Ctrl+,",),), QT_TRANSLATE_NOOP("shortcuts", "Settings")),
    (ANYWHERE, (("F1",),), QT_TRANSLATE_NOOP("shortcuts", "This list")),
    (
        ANYWHERE,
        (("Tab", "Shift+Tab"),),
        QT_TRANSLATE_NOOP("shortcuts", "Move between buttons and fields"),
    ),
    (
        ANYWHERE,
        (("Space", "Enter"),),
        QT_TRANSLATE_NOOP("shortcuts", "Press the button that has the focus ring"),
    ),
    (
        ANYWHERE,
        (("Left", "Right"), ("Home", "End")),
        QT_TRANSLATE_NOOP(
            "shortcuts",
            "In a row of choices (0-10, chips; one Tab stop): move; Space or Enter picks",
        ),
    ),
    (ANYWHERE, (("Ctrl+Q",),), QT_TRANSLATE_NOOP("shortcuts", "Quit")),
    (STRETCH, (("Space",),), QT_TRANSLATE_NOOP("shortcuts", "Pause or resume")),
    (STRETCH, (("Left", "Right"),), QT_TRANSLATE_NOOP("shortcuts", "Previous step / skip step")),
    (CHECKLISTS, (("Alt+Left", "Alt+Right"),), DAY_BEFORE_AFTER),
    (CHECK_IN, (("Alt+Left", "Alt+Right"),), DAY_BEFORE_AFTER),
    (HISTORY, (("Alt+Left", "Alt+Right"),), DAY_BEFORE_AFTER),
    (
        CHECK_IN,
        (("Esc",),),
        QT_TRANSLATE_NOOP("shortcuts", "Close (every answer is already saved)"),
    ),
    (
        CHARTS,
        (("Left", "Right"), ("Home", "End")),
        QT_TRANSLATE_NOOP("shortcuts", "Step through the days and hear their values"),
    ),
    (
        CHARTS,
        (("+", "-"), ("Ctrl+=", "Ctrl+-"), ("0",)),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Zoom in / out, show every day again (Ctrl+wheel zooms too)"
        ),
    ),
]


def key_text(key: str) -> str:
    """Return a key sequence as the platform writes it, in the person's language."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def keys_text(keys: Keys) -> str:
    """Return a row's keys as read: ``Ctrl+1 … Ctrl+5``, ``Left / Right, Home / End``."""
    groups = []
    for group in keys:
        written = [RUN if key == RUN else key_text(key) for key in group]
        groups.append(" / ".join(written).replace(f" / {RUN} / ", f" {RUN} "))
    return ", ".join(groups)


# Where a long key sequence may go onto the next line: after each "+" (Strg+Umschalt+Z).
BREAK = "\u200b"
# How the width left over is shared (where, keys, what it does): the words need most.
SHARES = (1, 1, 2)
CELL_PADDING = 14


class _KeysDelegate(QStyledItemDelegate):
    """Shows a key sequence so that it can wrap after a "+", its text left as it is."""

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = option.text.replace("+", "+" + BREAK)


class ShortcutTable(QTableWidget):
    """The table of shortcuts: each column at least as wide as its longest word.

    The width left is shared out (the descriptions get most), and every row is as tall as
    its wrapped text, so no word is cut off, however long the language's words and
    however large the text; only when even the longest words do not fit side by side
    does the table scroll sideways.
    """

    def share_width(self) -> None:
        """Set the columns' widths for the width the table has now."""
        words = self.fontMetrics()
        heads = self.horizontalHeader().fontMetrics()
        needs = []
        for column in range(self.columnCount()):
            head = self.horizontalHeaderItem(column)
            widest = heads.horizontalAdvance(head.text()) if head is not None else 0
            for row in range(self.rowCount()):
                item = self.item(row, column)
                text = item.text() if item is not None else ""
                text = text.replace("+", "+ ").replace("-", "- ")  # lines may break after
                widest = max([widest, *(words.horizontalAdvance(w) for w in text.split())])
            needs.append(widest + CELL_PADDING)
        room = self.viewport().width()
        extra = max(0, room - sum(needs))
        shares = SHARES[: len(needs)]
        for column, need in enumerate(needs):
            self.setColumnWidth(column, need + extra * shares[column] // sum(shares))
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Share the new width out again."""
        super().resizeEvent(event)
        self.share_width()


class ShortcutsDialog(QDialog):
    """A plain table of shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = ShortcutTable(len(SHORTCUTS), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Keys"), self.tr("What it does")]
        )
        table.verticalHeader().hide()
        for row, (where, keys, what) in enumerate(SHORTCUTS):
            cells = (translate("shortcuts", where), keys_text(keys), translate("shortcuts", what))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        # The columns share the width and their words wrap, each row as tall as its text:
        # sideways only if the longest words of the three do not fit beside each other.
        table.setWordWrap(True)
        table.setItemDelegateForColumn(1, _KeysDelegate(table))
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every part of MSLog can be used from the keyboard."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        fit_in_window(self, 900, 620)
