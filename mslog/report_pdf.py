"""Laying out the appointment report with Qt's own QTextDocument, for PDF and printers.

Only QtGui is used, so ``mslog report`` works without a display (offscreen platform).
The charts are drawn here with QPainter in greys and black, to print well in black
and white; the Trends tab's interactive charts are separate.
"""

from __future__ import annotations

import html
import math
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from mslog import __version__
from mslog.core.report import ReportContent, Section
from mslog.core.trends import WEEKDAYS
from mslog.core.trends.headline import BEFORE_DIARY

_app: QGuiApplication | None = None
CHART_SIZE = (1800, 520)  # pixels; drawn large and scaled down for a sharp print
HEATMAP_SIZE = (1800, 430)
INK = QColor("#111111")
GREY = QColor("#8c8c8c")
LIGHT = QColor("#d9d9d9")


def ensure_gui_app() -> QGuiApplication:
    """Return the Qt application, creating an offscreen one when none exists."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    _app = QGuiApplication(["mslog", "-platform", "offscreen"])
    return _app


def _font(painter: QPainter, pixels: int, bold: bool = False) -> None:
    font = QFont(painter.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    painter.setFont(font)


def _weekly(counts: list[int], means: list[float | None]) -> tuple[list[float], list, int]:
    # Long periods are drawn as weekly averages so bars stay readable.
    if len(counts) <= 120:
        return [float(c) for c in counts], list(means), 1
    step = 7
    bars, lines = [], []
    for start in range(0, len(counts), step):
        chunk = counts[start : start + step]
        rated = [m for m in means[start : start + step] if m is not None]
        bars.append(sum(chunk) / len(chunk))
        lines.append(sum(rated) / len(rated) if rated else None)
    return bars, lines, step


def spasm_chart(content: ReportContent, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """Draw spasms per day (bars) and mean severity (line, right axis) in greys."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, right, top, bottom = 110, 110, 60, 70
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    bars, means, step = _weekly(content.daily_counts, content.daily_mean_severity)
    nrs = _weekly(content.daily_counts, content.daily_nrs or [None] * len(content.daily_counts))[1]
    peak = max(max(bars, default=0), 1)
    # Four gridlines at round numbers: a step of 1, 2, 2.5 or 5 times a power of ten.
    raw_step = peak / 4
    power = 10 ** math.floor(math.log10(raw_step)) if raw_step >= 1 else 1
    step_size = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw_step)
    nice = 4 * step_size
    _font(painter, 26)
    painter.setPen(QPen(LIGHT, 2))
    for i in range(5):
        y = plot.bottom() - plot.height() * i / 4
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        label = nice * i / 4
        painter.drawText(
            QRectF(0, y - 18, left - 14, 36),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{label:g}",
        )
        painter.drawText(
            QRectF(plot.right() + 14, y - 18, right - 14, 36),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{10 * i / 4:g}",
        )
        painter.setPen(QPen(LIGHT, 2))
    slot = plot.width() / max(len(bars), 1)
    painter.setPen(Qt.PenStyle.NoPen)
    unknown = content.unknown_days() if step == 1 else []
    # Unknown days (nothing logged or said) get a pale hatched column: an empty day
    # there is not a day without spasms.
    painter.setBrush(QBrush(LIGHT, Qt.BrushStyle.BDiagPattern))
    for i in unknown:
        painter.drawRect(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()))
    painter.setBrush(GREY)
    for i, value in enumerate(bars):
        h = plot.height() * value / nice
        painter.drawRect(QRectF(plot.left() + i * slot + slot * 0.12, plot.bottom() - h,
                                max(slot * 0.76, 1.5), h))  # fmt: skip
    # Mean severity: a black line with dots, gaps where nothing was rated.
    painter.setPen(QPen(INK, 4))
    painter.setBrush(INK)
    previous = None
    for i, mean in enumerate(means):
        if mean is None:
            previous = None
            continue
        point = QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * mean / 10)
        if previous is not None:
            painter.drawLine(previous, point)
        if slot >= 10:
            painter.drawEllipse(point, 6, 6)
        previous = point
    # The daily check-in NRS, the headline severity measure: dashed, with hollow squares.
    painter.setPen(QPen(INK, 3, Qt.PenStyle.DashLine))
    painter.setBrush(QColor("white"))
    previous = None
    for i, value in enumerate(nrs):
        if value is None:
            previous = None
            continue
        point = QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * value / 10)
        if previous is not None:
            painter.drawLine(previous, point)
        if slot >= 10:
            painter.drawRect(QRectF(point.x() - 6, point.y() - 6, 12, 12))
        previous = point
    # Medication changes and other markers: dashed verticals with a short label.
    dash = QPen(INK, 3, Qt.PenStyle.DashLine)
    _font(painter, 22)
    last_x, row = -1e9, 0
    for day, label in sorted(content.markers):
        offset = (day - content.period.first).days / step
        if not 0 <= offset <= len(bars):
            continue
        x = plot.left() + offset * slot
        row = row + 1 if x - last_x < 420 else 0  # stagger labels of nearby changes
        last_x = x
        painter.setPen(dash)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(INK)
        painter.drawText(QPointF(x + 6, plot.top() + 22 + 26 * (row % 4)), label[:40])
    # Axis and a handful of date labels.
    painter.setPen(QPen(INK, 2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    _font(painter, 26)
    days = content.period.days
    ticks = min(7, days)
    for k in range(ticks):
        index = round(k * (days - 1) / max(ticks - 1, 1))
        day = content.period.first + timedelta(days=index)
        x = plot.left() + (index / step + 0.5 / step) * slot
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 8))
        painter.drawText(
            QRectF(x - 100, plot.bottom() + 12, 200, 40),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            f"{day:%-d %b}" if days < 300 else f"{day:%b %Y}",
        )
    _font(painter, 26, bold=True)
    unit = "Spasms logged per day (weekly average)" if step > 1 else "Spasms logged per day"
    legend = f"▮ {unit}   ● Their mean rating   □ Check-in NRS (both 0–10, right axis)"
    if unknown:
        legend += "   ▨ Unknown day"
    painter.drawText(QPointF(plot.left(), 36), legend)
    if not any(content.daily_counts):
        _font(painter, 34)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No spasms logged in this period")
    painter.end()
    return image


def heatmap_chart(grid: list[list[int]], size: tuple[int, int] = HEATMAP_SIZE) -> QImage:
    """Draw spasms by weekday × hour as grey cells (darker is more) with a legend."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    left, top, bottom, right = 100, 10, 100, 20
    cell_w = (width - left - right) / 24
    cell_h = (height - top - bottom) / 7
    peak = max(max(row) for row in grid) or 1
    _font(painter, 28)
    for wd in range(7):
        painter.setPen(INK)
        painter.drawText(
            QRectF(0, top + wd * cell_h, left - 12, cell_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            WEEKDAYS[wd],
        )
        for hour in range(24):
            value = grid[wd][hour]
            shade = 255 - round(215 * value / peak) if value else 255
            rect = QRectF(left + hour * cell_w, top + wd * cell_h, cell_w, cell_h)
            painter.setPen(QPen(LIGHT, 1))
            painter.setBrush(QColor(shade, shade, shade))
            painter.drawRect(rect)
            if value and cell_w > 50:
                painter.setPen(QColor("white") if shade < 128 else INK)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
    painter.setPen(INK)
    for hour in range(0, 24, 3):
        painter.drawText(
            QRectF(left + hour * cell_w - 40, height - bottom + 6, 80, 30),
            Qt.AlignmentFlag.AlignCenter,
            f"{hour:02d}:00",
        )
    # Legend: a grey ramp from none to the busiest cell.
    y = height - 52
    painter.drawText(QPointF(left, y + 24), "Spasms:  0")
    ramp_left = left + 200
    for i in range(10):
        shade = 255 - round(215 * (i + 1) / 10)
        painter.setPen(QPen(LIGHT, 1))
        painter.setBrush(QColor(shade, shade, shade))
        painter.drawRect(QRectF(ramp_left + i * 36, y, 36, 30))
    painter.setPen(INK)
    painter.drawText(QPointF(ramp_left + 375, y + 24), f"{peak}  (local time of day)")
    painter.end()
    return image


def _table(
    header: list[str],
    rows: list[list[str]] | list[tuple],
    first_bold: bool,
    widths: tuple[int, ...] = (),
) -> str:
    cells = "".join(
        f"<th align='left' width='{widths[i]}%'>{html.escape(h)}</th>"
        if i < len(widths)
        else f"<th align='left'>{html.escape(h)}</th>"
        for i, h in enumerate(header)
    )
    parts = [f"<tr>{cells}</tr>"] if header else []
    for row in rows:
        tds = []
        for i, value in enumerate(row):
            text = html.escape(str(value))
            tds.append(f"<td><b>{text}</b></td>" if first_bold and i == 0 else f"<td>{text}</td>")
        parts.append(f"<tr>{''.join(tds)}</tr>")
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='1'"
        " style='border-collapse: collapse; border-color: #999;'>" + "".join(parts) + "</table>"
    )


def _section(section: Section) -> str:
    out = [f"<h3>{html.escape(section.title)}</h3>"]
    if section.lines:
        out.append("".join(f"<p class='line'>{html.escape(line)}</p>" for line in section.lines))
    if section.rows:
        out.append(_table(section.header, section.rows, first_bold=True, widths=(22,)))
    return "".join(out)


def _labelled(line: str) -> str:
    label, _, rest = line.partition(": ")
    return f"<p class='line'><b>{html.escape(label)}:</b> {html.escape(rest)}</p>"


def report_html(content: ReportContent, width: int = 515) -> str:
    """Return the report as the HTML subset QTextDocument understands (``width`` in points)."""
    period = content.period
    questions = (
        "".join(f"<p class='line'>{html.escape(q)}</p>" for q in content.questions.splitlines())
        if content.questions
        else "<p class='line'><i>None written in MSLog.</i></p>"
    )
    parts = [
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 8.5pt; color: #000; }"
        "h1 { font-size: 13pt; margin: 0; }"
        "h3 { font-size: 10pt; margin-top: 8px; margin-bottom: 3px; }"
        "p { margin: 0; } p.line { margin-top: 1px; } .meta { color: #333; }"
        "th { background: #e6e6e6; }"
        "</style></head><body>",
        "<p style='font-size: 14pt; font-weight: bold;'>"
        f"Spasm diary summary · {period.label()}</p>",
        f"<p class='meta'>{period.days} days, compared with the {period.days} days before "
        f"({content.previous.range.label()}). Prepared {content.prepared_on:%-d %b %Y} with "
        f"MSLog {__version__} from the person's own diary. A day is <i>complete</i> when the "
        "daily check-in says every spasm was logged (or none happened), <i>partial</i> when "
        "spasms were logged without that, <i>unknown</i> when nothing was logged or said. "
        "Scores from the log are worked out from logged spasms, self-rated ones are the "
        "person's own answers: neither is a clinical assessment. "
        f"{BEFORE_DIARY} marks a period before the diary began.</p>",
        "".join(_labelled(line) for line in content.coverage_lines()),
        "<h3>Key numbers</h3>",
        _table(
            ["", "This period", "Previous period"],
            content.key_rows,
            first_bold=True,
            widths=(30, 37, 33),
        ),
    ]
    if content.summary.spasms:
        parts += [
            # The chart's own legend is its title, so a heading is never left alone at
            # the foot of a page while the chart moves to the next.
            f"<p style='margin-top: 8px;'><img src='mslog://spasms' width='{width}'></p>",
            "<h3>Time of day (local time where the spasm happened)</h3>",
            f"<img src='mslog://heatmap' width='{width}'>",
        ]
    else:
        parts.append("<h3>Spasms</h3><p class='line'>No spasms logged in this period.</p>")
    parts += [_section(s) for s in content.sections]
    parts.append("<h3>Questions for this appointment</h3>" + questions)
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: ReportContent, page: QSizeF | None = None) -> QTextDocument:
    """Return the report as a QTextDocument with its chart images attached.

    Args:
        content: What to show.
        page: The printable page size in points (A4 with margins when None).
    """
    ensure_gui_app()
    page = page or page_layout().paintRectPoints().size().toSizeF()
    doc = QTextDocument()
    doc.setPageSize(page)
    doc.setDocumentMargin(0)
    resource = QTextDocument.ResourceType.ImageResource
    doc.addResource(resource, QUrl("mslog://spasms"), spasm_chart(content))
    doc.addResource(resource, QUrl("mslog://heatmap"), heatmap_chart(content.heatmap))
    doc.setHtml(report_html(content, int(page.width()) - 2))
    return doc


def page_layout(page_size: str = "A4") -> QPageLayout:
    """Return the report's page layout: A4 or Letter, portrait, 14 mm margins."""
    size = QPageSize(
        QPageSize.PageSizeId.Letter if page_size.lower() == "letter" else QPageSize.PageSizeId.A4
    )
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(14, 12, 14, 12),
        QPageLayout.Unit.Millimeter,
    )


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print ``doc`` onto a PDF writer or printer, page by page."""
    doc.print_(device)


def write_pdf(content: ReportContent, path: Path, page_size: str = "A4") -> Path:
    """Write the report as a PDF file and return its path."""
    ensure_gui_app()
    layout = page_layout(page_size)
    doc = build_document(content, layout.paintRectPoints().size().toSizeF())
    partial = Path(path).with_name(Path(path).name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setTitle(f"MSLog report {content.period.label()}")
    writer.setCreator(f"MSLog {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(layout)
    print_document(doc, writer)
    del writer  # finishes the file
    partial.replace(path)
    return Path(path)
