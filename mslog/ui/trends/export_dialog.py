"""File ▸ Export…: spreadsheet files (CSV) or the complete copy of the diary (JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.errors import MSLogError

if TYPE_CHECKING:
    from mslog.core.diary import Diary


class ExportDialog(QDialog):
    """Offers the two kinds of export, each saved where the person chooses.

    Args:
        diary: The open diary.
    """

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export your diary")
        self._diary = diary
        intro = QLabel(
            "<b>Spreadsheet files (CSV)</b> open in Excel, LibreOffice or Numbers: one file "
            "per kind of entry, together in a zip.<br><br><b>Complete copy (JSON)</b> holds "
            "everything MSLog stores, to keep safe or to import into MSLog on another computer."
        )
        intro.setWordWrap(True)
        self.csv_button = QPushButton("Spreadsheet files (CSV)…")
        self.csv_button.setObjectName("primarySmall")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.json_button = QPushButton("Complete copy (JSON)…")
        self.json_button.clicked.connect(lambda: self.export_json())
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.json_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 260)

    def _ask(self, title: str, name: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return Path(chosen) if chosen else None

    def export_csv(self, path: Path | None = None) -> list[Path]:
        """Write the CSV export (a zip unless ``path`` ends in .csv); return the files."""
        from mslog.core.safety.export import write_csv

        today = self._diary.today()
        path = path or self._ask(
            "Save spreadsheet files", f"MSLog {today}.zip", "Zip of CSV files (*.zip);;CSV (*.csv)"
        )
        if path is None:
            return []
        if path.suffix.lower() not in (".zip", ".csv"):
            path = path.with_name(path.name + ".zip")
        replaced = self._diary.db.undecodable
        try:
            written = write_csv(self._diary.db, self._diary.day_rule, path)
        except (OSError, MSLogError) as exc:
            self.status.setText(f"The export could not be saved: {exc}")
            return []
        self._said("Saved " + ", ".join(str(p) for p in written), replaced)
        return written

    def export_json(self, path: Path | None = None) -> Path | None:
        """Write the complete JSON copy; return its path."""
        from mslog.core.safety.export import write_json

        today = self._diary.today()
        path = path or self._ask("Save complete copy", f"MSLog {today}.json", "JSON (*.json)")
        if path is None:
            return None
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        replaced = self._diary.db.undecodable
        try:
            write_json(self._diary.db, path, self._diary.clock.now())
        except (OSError, MSLogError) as exc:
            self.status.setText(f"The copy could not be saved: {exc}")
            return None
        self._said(f"Saved {path}", replaced)
        return path

    def _said(self, text: str, replaced_before: int) -> None:
        """Show ``text``, and say so if the export met stored values that were not text."""
        from mslog.core.storage.failures import replaced_text_notice

        replaced = self._diary.db.undecodable - replaced_before
        self.status.setText(f"{text}. {replaced_text_notice(replaced)}" if replaced else text)


class ExportUi(QObject):
    """File ▸ Export… (Ctrl+E), for the window's File menu, and the dialog it opens.

    Args:
        diary: The open diary.
        window: The main window, which the dialog belongs to.

    Attributes:
        action: The menu entry.
        dialog: The export dialog while it is open, else None.
    """

    def __init__(self, diary: Diary, window: QWidget) -> None:
        super().__init__(window)
        self._diary = diary
        self._window = window
        self.dialog: ExportDialog | None = None
        self.action = QAction("&Export…", window)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.triggered.connect(self.open)

    def open(self) -> ExportDialog:
        """Open the export dialog."""
        dialog = ExportDialog(self._diary, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
