"""The "Restore from a backup" list and the start-up dialog for a damaged diary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mslog.core.formatting import fmt_day
from mslog.core.safety.backup import BackupInfo
from mslog.ui.widgets.wrapping import WrapButton

ROW_HEIGHT = 48


def _button(text: str, primary: bool = False) -> QPushButton:
    button = WrapButton(text)  # its words wrap rather than widen the dialog past the screen
    button.setMinimumHeight(44)
    if primary:
        button.setObjectName("primary")
    button.ensurePolished()  # so its sizes count the style sheet's padding and font
    return button


def _room(dialog: QWidget) -> int:
    """The width a dialog may take on its screen."""
    screen = dialog.screen()
    return screen.availableGeometry().width() - 32 if screen is not None else 10**6


def _buttons(dialog: QWidget, left: list[QPushButton], right: list[QPushButton]) -> QBoxLayout:
    """Return the dialog's buttons in a row, or stacked (main one on top) if it cannot fit.

    At large text with long words (German) a row with every label on one line is wider
    than a small screen: the main button then takes a line of its own.
    """
    hidden = Qt.WidgetAttribute.WA_WState_ExplicitShowHide, Qt.WidgetAttribute.WA_WState_Hidden
    shown = [b for b in (*left, *right) if not all(b.testAttribute(a) for a in hidden)]
    # One line each, or the row would be a wall of wrapped words.
    needed = sum(b.sizeHint().width() for b in shown) + 14 * len(shown) + 48
    if needed <= _room(dialog):
        row = QHBoxLayout()
        for button in left:
            row.addWidget(button)
        row.addStretch(1)
        for button in right:
            row.addWidget(button)
        return row
    # The main button on a line of its own, the others beside each other below if they fit.
    column = QVBoxLayout()
    main, others = right[-1], [*left, *right[:-1]]
    column.addWidget(main)
    rest = [b for b in others if b in shown]
    if sum(b.minimumSizeHint().width() for b in rest) + 14 * len(rest) + 48 <= _room(dialog):
        below = QHBoxLayout()
        for button in others:
            below.addWidget(button)
        column.addLayout(below)
    else:
        for button in others:
            column.addWidget(button)
    return column


def _room_height(dialog: QWidget) -> int:
    """The height a dialog may take on its screen."""
    screen = dialog.screen()
    return screen.availableGeometry().height() - 32 if screen is not None else 10**6


def _width(dialog: QWidget, wanted: int) -> int:
    """The width a dialog takes: ``wanted`` (plus margins) if the screen has room, else less."""
    room = _room(dialog)
    return max(min(640, room), min(wanted + 48, room))


def _fit(dialog: QDialog, layout: QVBoxLayout, height: int = 0) -> None:
    """Size ``dialog`` to its one-line buttons, or to the screen's width with them wrapped.

    Long words (German) and large text make a row of buttons wider than a small screen;
    their labels then wrap, and the dialog is as tall as its wrapped texts need.
    """
    room = _room(dialog)
    least = max(min(640, room), layout.minimumSize().width())
    width = max(least, min(layout.sizeHint().width(), room))
    dialog.setMinimumWidth(least)
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
    needed = max(needed, layout.minimumSize().height())
    dialog.setMinimumHeight(min(needed, _room_height(dialog)))
    dialog.resize(width, min(max(height, needed), _room_height(dialog)))


class RestoreDialog(QDialog):
    """Lists the backups (date, reason, entry count); restoring one is a single, undoable step.

    Signals:
        chosen: The backup file to restore (from the list or picked from disk).
    """

    chosen = Signal(Path)

    def __init__(self, backups: list[BackupInfo], folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._folder = folder
        title = QLabel(self.tr("Restore from a backup"))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Your diary will be replaced by the backup you choose. A copy of your diary "
                "as it is now is saved first, so you can always come back to it."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.ensurePolished()  # row height follows the chosen text size
        metrics = self.list.fontMetrics()
        row_height = max(ROW_HEIGHT, metrics.height() + 18)
        # A line too long for a small screen (large text, long words) wraps onto a second.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        room = _room(self) - 48 - 110  # the margins, the list's frame, padding and scroll bar
        for info in backups:
            item = QListWidgetItem(info.label)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            flags = Qt.TextFlag.TextWordWrap
            high = metrics.boundingRect(QRect(0, 0, max(room, 1), 10**5), flags, info.label)
            item.setSizeHint(QSize(200, max(row_height, high.height() + 18)))
            if not info.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.empty = QLabel(
            self.tr("There are no backups yet. MSLog makes one each day you open it.")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.list.setVisible(bool(backups))
        first_ok = next((i for i, info in enumerate(backups) if info.ok), None)
        if first_ok is not None:
            self.list.setCurrentRow(first_ok)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.file_button = _button(self.tr("Choose a file…"))
        self.file_button.clicked.connect(self.choose_file)
        self.cancel_button = _button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = _button(self.tr("Restore this backup"), primary=True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(first_ok is not None)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.restore_button.setEnabled(
                item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            )
        )
        buttons = _buttons(self, [self.file_button], [self.cancel_button, self.restore_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        # Wide enough for every button (on one line if the screen allows), tall enough for
        # about six backups.
        _fit(self, layout, max(560, layout.minimumSize().height() + 5 * row_height))

    def selected_path(self) -> Path | None:
        """The backup selected in the list."""
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return Path(item.data(Qt.ItemDataRole.UserRole))

    def restore_selected(self) -> None:
        """Restore the selected backup and close."""
        path = self.selected_path()
        if path is not None:
            self.accept()
            self.chosen.emit(path)

    def choose_file(self) -> None:
        """Pick a backup file from anywhere (a USB stick, say)."""
        dialog = QFileDialog(self, self.tr("Choose a backup file"), str(self._folder))
        dialog.setNameFilters([self.tr("MSLog backups (*.sqlite3 *.db)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._file_chosen)
        dialog.open()

    def _file_chosen(self, name: str) -> None:
        self.accept()
        self.chosen.emit(Path(name))


class RecoveryDialog(QDialog):
    """When the diary is damaged (at start-up or by the day's check): restore, fresh or quit.

    Attributes:
        choice: ``"restore"``, ``"fresh"`` or ``"quit"`` once a button is pressed.
    """

    def __init__(self, message: str, newest: BackupInfo | None, can_start_fresh: bool,
                 parent: QWidget | None = None, *,
                 window_title: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(window_title or self.tr("MSLog could not open your diary"))
        self.choice = "quit"
        title = QLabel(self.tr("Your diary file is damaged"))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        text = QLabel(message)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if newest is not None:
            advice = self.tr(
                "Your newest good backup is from {day} at {time} and holds %n entries. "
                "Restoring it is usually the best choice.",
                "",
                newest.entries or 0,
            ).format(day=fmt_day(newest.made.date(), year=True), time=f"{newest.made:%H:%M:%S}")
        else:
            advice = self.tr("There is no backup to restore. You can start a fresh, empty diary.")
        hint = QLabel(advice)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.restore_button = _button(self.tr("Restore the newest backup"), primary=True)
        self.restore_button.setVisible(newest is not None)
        self.fresh_button = _button(self.tr("Start a fresh diary"))
        self.fresh_button.setVisible(can_start_fresh)
        self.quit_button = _button(self.tr("Quit"))
        for button, choice in (
            (self.restore_button, "restore"),
            (self.fresh_button, "fresh"),
            (self.quit_button, "quit"),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        buttons = _buttons(self, [self.quit_button], [self.fresh_button, self.restore_button])
        # The texts scroll if, at large text on a small screen, they and the buttons do not
        # fit its height: the buttons stay in sight.
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.setSpacing(14)
        texts_layout.addWidget(title)
        texts_layout.addWidget(text)
        texts_layout.addWidget(hint)
        texts_layout.addStretch(1)
        self.texts = QScrollArea()
        self.texts.setWidget(texts)
        self.texts.setWidgetResizable(True)
        self.texts.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.texts, 1)
        layout.addLayout(buttons)
        width = _width(self, max(texts_layout.minimumSize().width(), buttons.sizeHint().width()))
        below = buttons.totalHeightForWidth(width - 48) if buttons.hasHeightForWidth() else 0
        below = max(below, buttons.sizeHint().height()) + 14 + 40
        # A long file name does not wrap: the texts then scroll sideways, a scroll bar lower.
        inner = max(width - 48, texts_layout.minimumSize().width())
        wanted = texts_layout.totalHeightForWidth(inner)
        if inner > width - 48:
            wanted += self.texts.horizontalScrollBar().sizeHint().height()
        self.texts.setFixedHeight(max(0, min(wanted, _room_height(self) - below)))
        _fit(self, layout)
        first = self.restore_button if newest is not None else self.fresh_button
        if not can_start_fresh and newest is None:
            first = self.quit_button
        first.setDefault(True)
        first.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != "quit" else self.reject()
