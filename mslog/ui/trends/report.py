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
        self.setWindowTitle(self.tr("Appointment report"))
        self._diary = diary
        self.period = period
        self.task: Task | None = None
        intro = QLabel(
            self.tr(
                "A one- or two-page summary of {range} (%n days) for your clinician: key "
                "numbers, charts, medication, triggers, notes and your questions.",
                "",
                period.days,
            ).format(range=period.label())
        )
        intro.setWordWrap(True)
        self.page_size = QComboBox()
        # The paper's name is shown, its key ("A4", "Letter") is what the PDF is drawn on.
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem(self.tr("Letter", "the US paper size"), "Letter")
        self.page_size.setAccessibleName(self.tr("Paper size"))
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("Paper size")))
        size_row.addWidget(self.page_size)
        size_row.addStretch(1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("primarySmall")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close"))
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
        name = self.tr("MSLog report {first}_{last}.pdf", "a file name; the days are ISO dates")
        return name.format(first=self.period.first, last=self.period.last)

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
                self,
                self.tr("Save report as PDF"),
                str(Path.home() / self.default_name()),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        diary, period, out, paper = self._diary, self.period, path, self.page_size.currentData()

        def gather(_progress: ProgressFn, cancelled: CancelFn) -> ReportContent:
            content = build_report(diary, period)
            if cancelled():
                raise CancelledError()
            return content

        def on_end(outcome: Outcome) -> None:
            if outcome.cancelled:
                self.status.setText(self.tr("Cancelled. No report was saved."))
            elif isinstance(outcome.error, (OSError, MSLogError)):
                self.status.setText(
                    self.tr("The report could not be saved: {problem}").format(
                        problem=outcome.error
                    )
                )
            elif outcome.error is not None:
                raise outcome.error
            else:
                self._draw(outcome.value, out, paper)

        self.task = run_with_progress(
            gather,
            on_end,
            doing=self.tr("Preparing your report"),
            cancel_note=self.tr("Cancelling saves no report."),
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
            self.status.setText(
                self.tr("The report could not be saved: {problem}").format(problem=exc)
            )
            return
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def print_report(self) -> None:
        """Show the print dialog and print the report."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from mslog.report_pdf import build_document, page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.page_size.currentData()))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        size = printer.pageLayout().paintRectPoints().size().toSizeF()
        document = build_document(build_report(self._diary, self.period), size)
        document.print_(printer)
        self.status.setText(self.tr("Sent to the printer."))
