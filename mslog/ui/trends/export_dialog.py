"""File ▸ Export…: spreadsheet files (CSV), the complete copy (JSON), a clinician's file (FHIR)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.errors import MSLogError
from mslog.core.formatting import Formatting
from mslog.core.trends import DateRange, range_choices, resolve_range
from mslog.ui.widgets.flowlayout import FlowLayout
from mslog.ui.widgets.progress import Outcome, Task, Work, run_with_progress
from mslog.ui.widgets.scrolling import fit_in_window, scrolling_body

if TYPE_CHECKING:
    from collections.abc import Callable

    from mslog.core.diary import Diary


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportDialog(QDialog):
    """Offers the three kinds of export, each saved where the person chooses.

    Args:
        diary: The open diary.

    Attributes:
        fhir_range: The days the clinician's file covers (one of :data:`RANGE_CHOICES`).
        first, last: The days of a custom range, shown when "Custom…" is chosen.
        file_dialog: The clinician file's save dialog while it is open, else None.
        task: The export running behind its progress dialog, or the last one, if any.
    """

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export your diary"))
        self._diary = diary
        intro = QLabel(
            self.tr(
                "<b>Spreadsheet files (CSV)</b> open in Excel, LibreOffice or Numbers: one file "
                "per kind of entry, together in a zip.<br><br><b>Complete copy (JSON)</b> holds "
                "everything MSLog stores, to keep safe or to import into MSLog on another "
                "computer.<br><br><b>For your clinician (FHIR)</b> is a file in HL7 FHIR R4, the "
                "standard a clinic's system reads: daily spasm counts and spasticity ratings, "
                "medicines with their dose history, treatments and check-in answers for the "
                "days chosen below."
            )
        )
        intro.setWordWrap(True)
        self.csv_button = QPushButton(self.tr("Spreadsheet files (CSV)…"))
        self.csv_button.setObjectName("primarySmall")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.json_button = QPushButton(self.tr("Complete copy (JSON)…"))
        self.json_button.clicked.connect(lambda: self.export_json())
        self.fhir_button = QPushButton(self.tr("For your clinician (FHIR)…"))
        self.fhir_button.clicked.connect(lambda: self.choose_fhir_file())
        self.file_dialog: QFileDialog | None = None
        self.task: Task | None = None
        self.fhir_range = QComboBox()
        self.fhir_range.setAccessibleName(self.tr("Days in the clinician's file"))
        for key, label in range_choices():
            self.fhir_range.addItem(label, key)
        self.fhir_range.setCurrentIndex(self.fhir_range.findData("since_appointment"))
        # Narrower than its longest choice on a small window (the list opens wider).
        self.fhir_range.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.fhir_range.setMinimumContentsLength(10)
        today = diary.today()
        self.first = QDateEdit(_qdate(today.replace(day=1)))
        self.last = QDateEdit(_qdate(today))
        pattern = Formatting.tr("d MMM yyyy", "date pattern: day, short month, year")
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(pattern)
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(name)
        self.fhir_range.currentIndexChanged.connect(self._show_custom)
        days = QFormLayout()
        days.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        days.addRow(self.tr("Days for your clinician"), self.fhir_range)
        days.addRow(self.tr("From", "the first day of a range"), self.first)
        days.addRow(self.tr("To", "the last day of a range"), self.last)
        self._days = days
        self._show_custom()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        # A flow: on a small window or at large text the buttons go onto more lines.
        buttons = FlowLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.fhir_button)
        buttons.addWidget(close)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(intro)
        body.addLayout(days)
        body.addWidget(self.status)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_body(body), 1)
        layout.addLayout(buttons)
        fit_in_window(self, 720, 340)

    def _show_custom(self) -> None:
        custom = self.fhir_range.currentData() == "custom"
        for edit in (self.first, self.last):
            self._days.setRowVisible(edit, custom)

    def chosen_range(self) -> DateRange:
        """Return the days the clinician's file covers, as chosen now."""
        from mslog.core.safety.fhir import whole_diary

        key = self.fhir_range.currentData()
        if key == "custom":
            a, b = _day(self.first.date()), _day(self.last.date())
            return DateRange(min(a, b), max(a, b))
        today = self._diary.today()
        last = self._diary.appointments.last_before(today)
        return resolve_range(
            key,
            today,
            earliest=whole_diary(self._diary).first,
            last_appointment=last.day if last else None,
        )

    def _ask(self, title: str, name: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return Path(chosen) if chosen else None

    def export_csv(self, path: Path | None = None) -> Task | None:
        """Write the CSV export (a zip unless ``path`` ends in .csv) behind a progress dialog.

        Returns:
            The running work (its outcome's value is the list of files written), or None
            if no file was chosen.
        """
        from mslog.core.safety.export import write_csv

        today = self._diary.today()
        path = path or self._ask(
            self.tr("Save spreadsheet files"),
            f"MSLog {today}.zip",
            self.tr("Zip of CSV files (*.zip);;CSV (*.csv)"),
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".zip", ".csv"):
            path = path.with_name(path.name + ".zip")
        db, rule, out = self._diary.db, self._diary.day_rule, path
        return self._run(
            lambda progress, cancelled: write_csv(db, rule, out, None, progress, cancelled),
            self.tr("Saving your spreadsheet files"),
            self.tr("The export could not be saved: {problem}"),
            lambda written: self.tr("Saved {files}").format(
                files=", ".join(str(p) for p in written)
            ),
        )

    def export_json(self, path: Path | None = None) -> Task | None:
        """Write the complete JSON copy behind a progress dialog.

        Returns:
            The running work (its outcome's value is the path), or None if no file was
            chosen.
        """
        from mslog.core.safety.export import write_json

        today = self._diary.today()
        path = path or self._ask(
            self.tr("Save complete copy"), f"MSLog {today}.json", self.tr("JSON (*.json)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        db, out, now = self._diary.db, path, self._diary.clock.now()
        return self._run(
            lambda progress, cancelled: write_json(db, out, now, progress, cancelled),
            self.tr("Saving the complete copy"),
            self.tr("The copy could not be saved: {problem}"),
            lambda _path: self.tr("Saved {files}").format(files=out),
        )

    def choose_fhir_file(self) -> QFileDialog:
        """Ask where to save the clinician's file; saving it follows the choice."""
        today = self._diary.today()
        dialog = QFileDialog(self, self.tr("Save the file for your clinician"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("FHIR JSON (*.json)"), self.tr("All files (*)")])
        dialog.setDefaultSuffix("json")
        dialog.setDirectory(str(Path.home()))
        name = self.tr("MSLog for clinician {day}.json", "a file name; the day is an ISO date")
        dialog.selectFile(name.format(day=today))
        dialog.fileSelected.connect(lambda name: self.export_fhir(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_fhir(self, path: Path) -> Task:
        """Write the clinician's file (a FHIR R4 Bundle) for the chosen days.

        Returns:
            The running work (its outcome's value is the path).
        """
        from mslog.core.safety.fhir import write_fhir

        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        rng = self.chosen_range()
        diary, out = self._diary, path

        return self._run(
            lambda _progress, _cancelled: write_fhir(diary, out, rng),
            self.tr("Saving the file for your clinician"),
            self.tr("The clinician's file could not be saved: {problem}"),
            lambda _path: self.tr("Saved {file} ({range})").format(file=out, range=rng.label()),
            measured=False,
        )

    def _run(
        self,
        work: Work,
        doing: str,
        failed: str,
        saved: Callable[[Any], str],
        measured: bool = True,
    ) -> Task:
        """Run an export behind a progress dialog; say in the status line how it went.

        ``failed`` names the file that was not saved, with a ``{problem}`` field.
        """
        replaced = self._diary.db.undecodable  # counted over the file's own reads only

        def on_end(outcome: Outcome) -> None:
            if outcome.cancelled:
                self.status.setText(self.tr("Cancelled. No file was saved."))
            elif isinstance(outcome.error, (OSError, MSLogError)):
                self.status.setText(failed.format(problem=outcome.error))
            elif outcome.error is not None:
                raise outcome.error
            else:
                self._said(saved(outcome.value), replaced)

        self.task = run_with_progress(
            work,
            on_end,
            doing=doing,
            cancel_note=self.tr("Cancelling leaves no file behind.") if measured else None,
            parent=self,
            db=self._diary.db,
            measured=measured,
        )
        return self.task

    def _said(self, text: str, replaced_before: int) -> None:
        """Show ``text``, and say so if the export met stored values that were not text."""
        from mslog.core.storage.failures import replaced_text_notice

        replaced = self._diary.db.undecodable - replaced_before
        if replaced:
            text = self.tr("{saved}. {notice}", "a file saved, then a notice about it").format(
                saved=text, notice=replaced_text_notice(replaced)
            )
        self.status.setText(text)


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
        self.action = QAction(self.tr("&Export…"), window)
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
