"""The "Restore from a backup" list and the start-up dialog for a damaged diary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.formatting import fmt_day
from mslog.core.safety.backup import BackupInfo

ROW_HEIGHT = 48


def _button(text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(44)
    if primary:
        button.setObjectName("primary")
    button.ensurePolished()  # so the width below counts the style sheet's padding and font
    button.setMinimumWidth(button.sizeHint().width())
    return button


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
        row_height = max(ROW_HEIGHT, self.list.fontMetrics().height() + 18)
        for info in backups:
            item = QListWidgetItem(info.label)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setSizeHint(QSize(200, row_height))
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        # Wide enough for every button, tall enough for about six backups.
        self.setMinimumWidth(max(640, layout.minimumSize().width()))
        self.resize(self.minimumWidth(), max(560, layout.minimumSize().height() + 5 * row_height))

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.fresh_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.setMinimumWidth(max(640, layout.minimumSize().width()))
        first = self.restore_button if newest is not None else self.fresh_button
        if not can_start_fresh and newest is None:
            first = self.quit_button
        first.setDefault(True)
        first.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != "quit" else self.reject()
