"""The "Print / save report…" dialog: a PDF file or the printer, for the range shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.errors import MSLogError
from mslog.core.progress import CancelFn, CancelledError, ProgressFn
from mslog.core.report import ReportContent, build_report
from mslog.core.trends import DateRange
from mslog.ui.widgets.progress import Outcome, Task, run_with_progress
from mslog.ui.widgets.scrolling import fit_in_window, scrolling_body


class ReportDialog(QDialog):
    """Offers saving the appointment report as PDF or printing it.

    Args:
        diary: The open diary.
        period: The range the report covers.

    Attributes:
        task: The report being gathered behind its progress dialog, or the last one.
    """

    def __init__(self, diary, period: DateRange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Appointment report")
        self._diary = diary
        self.period = period
        self.task: Task | None = None
        intro = QLabel(
            f"A one- or two-page summary of {period.label()} ({period.days} days) for your "
            "clinician: key numbers, charts, medication, triggers, notes and your questions."
        )
        intro.setWordWrap(True)
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setAccessibleName("Paper size")
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel("Paper size"))
        size_row.addWidget(self.page_size)
        size_row.addStretch(1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.save_button = QPushButton("Save as PDF…")
        self.save_button.setObjectName("primarySmall")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton("Print…")
        self.print_button.clicked.connect(self.print_report)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(intro)
        body.addLayout(size_row)
        body.addWidget(self.status)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_body(body), 1)
        layout.addLayout(buttons)
        fit_in_window(self, 560, 240)

    def default_name(self) -> str:
        """Return a file name naming the period."""
        return f"MSLog report {self.period.first}_{self.period.last}.pdf"

    def save_pdf(self, path: Path | None = None) -> Task | None:
        """Ask where (unless ``path`` is given), then write the PDF.

        The report's content is gathered from the diary on a worker thread behind a
        progress dialog (Cancel stops it before anything is drawn); the PDF is then drawn
        on the window's thread, as Qt's drawing of text wants.

        Returns:
            The running work (its outcome's value is the report's content, drawn into
            ``path`` once it has ended); None if no file was chosen.
        """
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save report as PDF", str(Path.home() / self.default_name()), "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        diary, period, out, paper = self._diary, self.period, path, self.page_size.currentText()

        def gather(_progress: ProgressFn, cancelled: CancelFn) -> ReportContent:
            content = build_report(diary, period)
            if cancelled():
                raise CancelledError()
            return content

        def on_end(outcome: Outcome) -> None:
            if outcome.cancelled:
                self.status.setText("Cancelled. No report was saved.")
            elif isinstance(outcome.error, (OSError, MSLogError)):
                self.status.setText(f"The report could not be saved: {outcome.error}")
            elif outcome.error is not None:
                raise outcome.error
            else:
                self._draw(outcome.value, out, paper)

        self.task = run_with_progress(
            gather,
            on_end,
            doing="Preparing your report",
            cancel_note="Cancelling saves no report.",
            parent=self,
            db=diary.db,
            measured=False,
        )
        return self.task

    def _draw(self, content: ReportContent, path: Path, paper: str) -> None:
        from mslog.report_pdf import write_pdf

        try:
            write_pdf(content, path, paper)
        except (OSError, MSLogError) as exc:
            self.status.setText(f"The report could not be saved: {exc}")
            return
        self.status.setText(f"Saved to {path}")

    def print_report(self) -> None:
        """Show the print dialog and print the report."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from mslog.report_pdf import build_document, page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.page_size.currentText()))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        size = printer.pageLayout().paintRectPoints().size().toSizeF()
        document = build_document(build_report(self._diary, self.period), size)
        document.print_(printer)
        self.status.setText("Sent to the printer.")
