"""Laying out the appointment report with Qt's own QTextDocument, for PDF and printers.

Only QtGui is used, so ``mslog report`` works without a display (offscreen platform).
The charts are drawn here with QPainter in greys and black, to print well in black
and white; the Trends tab's interactive charts are separate.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from mslog import __version__
from mslog.core.report import ReportContent, Section, key_notes
from mslog.core.trends import WEEKDAYS
from mslog.platform.files import write_atomically

_app: QGuiApplication | None = None
CHART_SIZE = (1800, 480)  # pixels; drawn large and scaled down for a sharp print
CHART_MIN_HEIGHT = 320  # the flattest the chart gets to share page 1 with the key numbers
CHART_HEIGHT_STEP = 40
CHART_URL = "mslog://spasms"
HEATMAP_SIZE = (1800, 370)
INK = QColor("#111111")
GREY = QColor("#8c8c8c")
LIGHT = QColor("#d9d9d9")
LABEL_PX = 30  # chart lettering: about 8.5 pt once the chart is scaled to the page width
BODY_PT = 9  # the smallest text on the page: large enough to read on paper


def ensure_gui_app() -> QGuiApplication:
    """Return the Qt application, creating an offscreen one when none exists."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    _app = QGuiApplication(["mslog", "-platform", "offscreen"])
    return _app


def report_font(points: float = BODY_PT) -> QFont:
    """The report's own font: the system's sans-serif at ``points``.

    Not the application's font, which follows the window's text-size setting: a person
    reading at 200 % on screen still prints the same one- or two-page report.
    """
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    return font


def _font(painter: QPainter, pixels: int, bold: bool = False) -> None:
    font = report_font()
    font.setPixelSize(pixels)
    font.setBold(bold)
    painter.setFont(font)


def _weekly(
    counts: list[int], means: Sequence[float | None]
) -> tuple[list[float], list[float | None], int]:
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
    _font(painter, LABEL_PX)
    painter.setPen(QPen(LIGHT, 2))
    for i in range(5):
        y = plot.bottom() - plot.height() * i / 4
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        tick = nice * i / 4
        painter.drawText(
            QRectF(0, y - 18, left - 14, 36),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{tick:g}",
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
    for i, rating in enumerate(nrs):
        if rating is None:
            previous = None
            continue
        point = QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * rating / 10)
        if previous is not None:
            painter.drawLine(previous, point)
        if slot >= 10:
            painter.drawRect(QRectF(point.x() - 6, point.y() - 6, 12, 12))
        previous = point
    # Medication changes and other markers: dashed verticals with a short label.
    dash = QPen(INK, 3, Qt.PenStyle.DashLine)
    _font(painter, 26)
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
        painter.drawText(QPointF(x + 6, plot.top() + 24 + 28 * (row % 4)), label[:40])
    # Axis and a handful of date labels.
    painter.setPen(QPen(INK, 2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    _font(painter, LABEL_PX)
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
    unit = "Spasms logged a day (weekly average)" if step > 1 else "Spasms logged a day"
    legend = f"▮ {unit}   ● Their mean rating   □ Check-in NRS   (both 0–10, right)"
    if unknown:
        legend += "   ▨ Unknown day"
    # As large as fits the width: the legend is the chart's title.
    for pixels in range(LABEL_PX, 21, -1):
        _font(painter, pixels, bold=True)
        if painter.fontMetrics().horizontalAdvance(legend) <= width - plot.left() - 10:
            break
    painter.drawText(QPointF(plot.left(), 38), legend)
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
    _font(painter, LABEL_PX)
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
        "<table width='100%' cellspacing='0' cellpadding='2' border='1'"
        " style='border-collapse: collapse; border-color: #999;'>" + "".join(parts) + "</table>"
    )


def _section(section: Section) -> str:
    out = [f"<h3>{html.escape(section.title)}</h3>"]
    if section.lines:
        out.append("".join(f"<p class='line'>{html.escape(line)}</p>" for line in section.lines))
    if section.rows:
        widths = (16, 15, 15, 16, 18, 20) if len(section.header) == 6 else (22,)
        out.append(_table(section.header, section.rows, first_bold=True, widths=widths))
    return "".join(out)


def _labelled(line: str) -> str:
    label, _, rest = line.partition(": ")
    return f"<p class='line'><b>{html.escape(label)}:</b> {html.escape(rest)}</p>"


def _lines(text: str, empty: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return f"<p class='line'><i>{html.escape(empty)}</i></p>"
    return "".join(f"<p class='line'>{html.escape(line)}</p>" for line in lines)


def report_html(content: ReportContent, width: int = 515) -> str:
    """Return the report as the HTML subset QTextDocument understands (``width`` in points).

    Page 1 holds what a clinician reads first: the person's questions, what the figures
    rest on, the key numbers and the chart; the details follow.
    """
    period = content.period
    parts = [
        "<html><head><style>"
        f"body {{ font-family: sans-serif; font-size: {BODY_PT}pt; color: #000; }}"
        "h3 { font-size: 10.5pt; margin-top: 7px; margin-bottom: 2px; }"
        "p { margin: 0; } p.line { margin-top: 1px; } .meta { color: #222; }"
        "th { background: #e6e6e6; }"
        "</style></head><body>",
        "<p style='font-size: 13pt; font-weight: bold;'>"
        f"Spasm diary summary · {period.label()}</p>",
        f"<p class='meta'>{period.days} days, compared with the {period.days} days before "
        f"({content.previous.range.label()}). Prepared {content.prepared_on:%-d %b %Y} with "
        f"MSLog {__version__} from the person's own diary.</p>",
        "".join(_labelled(line) for line in content.appointments),
        "<h3>Questions for this appointment</h3>",
        _lines(content.questions, "None written in MSLog."),
        "<h3>Key numbers</h3>",
        _table(
            ["", "This period", "Previous period"],
            content.coverage_rows() + content.key_rows,
            first_bold=True,
            widths=(35, 33, 32),
        ),
        "".join(_labelled(line) for line in content.self_rated),
        "".join(f"<p class='meta'>{html.escape(note)}</p>" for note in key_notes()),
    ]
    if content.summary.spasms:
        parts += [
            # The chart's own legend is its title, so a heading is never left alone at
            # the foot of a page while the chart moves to the next.
            f"<p style='margin-top: 6px;'><img src='{CHART_URL}' width='{width}'></p>",
            "<h3>Time of day (local time where the spasm happened)</h3>",
            f"<img src='mslog://heatmap' width='{width}'>",
        ]
    else:
        parts.append("<h3>Spasms</h3><p class='line'>No spasms logged in this period.</p>")
    parts += [_section(s) for s in content.sections]
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: ReportContent, page: QSizeF | None = None) -> QTextDocument:
    """Return the report as a QTextDocument with its chart images attached.

    The spasm chart is drawn as tall as lets it share page 1 with the key numbers,
    down to :data:`CHART_MIN_HEIGHT`; when even that does not fit it opens page 2 at
    full height.

    Args:
        content: What to show.
        page: The printable page size in points (A4 with margins when None).
    """
    ensure_gui_app()
    page = page or page_layout().paintRectPoints().size().toSizeF()
    width, tallest = CHART_SIZE
    for height in range(tallest, CHART_MIN_HEIGHT - 1, -CHART_HEIGHT_STEP):
        doc = _document(content, page, (width, height))
        if chart_page(doc) == 0:
            return doc
    return _document(content, page, CHART_SIZE)


def _document(content: ReportContent, page: QSizeF, chart: tuple[int, int]) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setPageSize(page)
    doc.setDocumentMargin(0)
    resource = QTextDocument.ResourceType.ImageResource
    doc.addResource(resource, QUrl(CHART_URL), spasm_chart(content, chart))
    doc.addResource(resource, QUrl("mslog://heatmap"), heatmap_chart(content.heatmap))
    doc.setHtml(report_html(content, int(page.width()) - 2))
    keep_headings_with_next(doc)
    return doc


def _page_of(doc: QTextDocument, block, edge: str = "top") -> int:
    rect = doc.documentLayout().blockBoundingRect(block)
    return int((rect.top() if edge == "top" else rect.bottom()) // doc.pageSize().height())


def keep_headings_with_next(doc: QTextDocument) -> None:
    """Move a heading left alone at the foot of a page to the top of the next one."""
    block = doc.begin()
    while block.isValid():
        following = block.next()
        heading = block.blockFormat().headingLevel() > 0
        if (
            heading
            and following.isValid()
            and (_page_of(doc, block) != _page_of(doc, following, "bottom"))
        ):
            form = QTextBlockFormat()
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).mergeBlockFormat(form)
        block = following


def chart_page(doc: QTextDocument) -> int | None:
    """The page (0 = the first) the spasm chart ends on, or None when there is no chart."""
    block = doc.begin()
    while block.isValid():
        # PySide6's stubs say iterating a QTextBlock gives `object`; it gives its iterator.
        for piece in block:  # type: ignore[attr-defined]
            form = piece.fragment().charFormat()
            if form.isImageFormat() and form.toImageFormat().name() == CHART_URL:
                return _page_of(doc, block, "bottom")
        block = block.next()
    return None


def page_layout(page_size: str = "A4") -> QPageLayout:
    """Return the report's page layout: A4 or Letter, portrait, 12 mm margins (10 top and foot)."""
    size = QPageSize(
        QPageSize.PageSizeId.Letter if page_size.lower() == "letter" else QPageSize.PageSizeId.A4
    )
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(12, 10, 12, 10),
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
    # Drawn in memory, then written whole and private like every export.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"MSLog report {content.period.label()}")
    writer.setCreator(f"MSLog {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(layout)
    print_document(doc, writer)
    del writer  # finishes the file
    buffer.close()
    return write_atomically(Path(path), bytes(buffer.data().data()))
