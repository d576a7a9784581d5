"""Laying out the appointment report with Qt's own QTextDocument, for PDF and printers.

Only QtGui is used, so ``mslog report`` works without a display (offscreen platform).
The charts are drawn here with QPainter in greys and black, to print well in black
and white; the Trends tab's interactive charts are separate.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
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
    QTextTable,
)

from mslog import __version__
from mslog.core.formatting import fmt_date, fmt_month, fmt_number, weekday_name
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.report import Marker, ReportContent, Section
from mslog.platform.files import write_atomically

_app: QGuiApplication | None = None
CHART_SIZE = (1800, 600)  # pixels; drawn large and scaled down for a sharp print
CHART_MIN_HEIGHT = 320  # the flattest the chart gets to share page 1 with the key numbers
CHART_HEIGHT_STEP = 40
CHART_URL = "mslog://spasms"
WEEKLY_AFTER = 120  # days; a longer period is drawn as weekly averages
HEATMAP_SIZE = (1800, 320)
INK = QColor("#111111")
GREY = QColor("#8c8c8c")
LIGHT = QColor("#d9d9d9")
LABEL_PX = 30  # chart lettering: about 8.5 pt once the chart is scaled to the page width
BODY_PT = 9.5  # the report's text, in true points on paper
NOTE_PT = 9  # notes on what the figures rest on: the smallest text, still easy to read


class ReportPdf(Words):
    """The translation context of the report's page: headings, table headers, chart words."""


def medicines_title() -> str:
    """The heading of the medicines block (a section kept together on its page)."""
    return ReportPdf.tr("Medicines")


def treatments_title() -> str:
    """The heading of the treatments block (a section kept together on its page)."""
    return ReportPdf.tr("Treatments")


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


MARKER_PX = 28  # marker labels: 8 pt on paper
MARKER_ROW = 32  # height of one row of marker labels
MARKER_TOP = 52  # the first row of labels, below the legend
MARKER_MAX_ROWS = 4  # rows of labels before the markers are numbered instead
PLOT_MIN_HEIGHT = 100  # the bars' own height, however many rows of labels a flat chart has
MARKER_GAP = 16  # the least space between two labels in a row
MARKER_KINDS = ("medicine", "appointment", "treatment")
MARKER_STYLES = {
    "medicine": Qt.PenStyle.DashLine,
    "appointment": Qt.PenStyle.SolidLine,
    "treatment": Qt.PenStyle.DotLine,
}
MARKER_LEGEND = {
    "medicine": QT_TRANSLATE_NOOP("ReportPdf", "dashed: a medicine started, changed or stopped"),
    "appointment": QT_TRANSLATE_NOOP("ReportPdf", "solid: an appointment"),
    "treatment": QT_TRANSLATE_NOOP("ReportPdf", "dotted: a treatment"),
}


@dataclass(frozen=True)
class PlacedMarker:
    """Where a chart marker's line and label go (``row`` None: a line with no label)."""

    marker: Marker
    x: float
    row: int | None
    text: str
    text_left: float
    text_width: float


def _marker_x(content: ReportContent, marker: Marker, left: float, right: float) -> float | None:
    days = content.period.days
    step = 1 if days <= WEEKLY_AFTER else 7
    slots = math.ceil(days / step)
    index = (marker.day - content.period.first).days
    if not 0 <= index < days:
        return None
    return left + (index + 0.5) / step * (right - left) / slots


def _place(
    content: ReportContent,
    left: float,
    right: float,
    texts: list[str],
    leave_out: bool = False,
    rows: int = MARKER_MAX_ROWS,
) -> list[PlacedMarker] | None:
    # Greedy rows: each label goes right of its line, or left of it near the right
    # edge, in the first row where it overlaps no label and no line coming down from a
    # label above, and where its own line down crosses no label below; None when one
    # does not fit (or, with ``leave_out``, that marker keeps its line with no label).
    font = report_font()
    font.setPixelSize(MARKER_PX)
    metrics = QFontMetricsF(font)
    labels: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    lines: list[tuple[int, float]] = []  # (row of the label, x): the line runs down from it

    def free(row: int, start: float, end: float, x: float) -> bool:
        return (
            all(end + MARKER_GAP <= a or start >= b + MARKER_GAP for a, b in labels[row])
            and all(not start - 4 <= lx <= end + 4 for r, lx in lines if r < row)
            and all(not a - 4 <= x <= b + 4 for below in labels[row + 1 :] for a, b in below)
        )

    placed = []
    markers = [m for m in content.markers if _marker_x(content, m, left, right) is not None]
    for marker, text in zip(markers, texts, strict=True):
        x = _marker_x(content, marker, left, right)
        assert x is not None
        w = metrics.horizontalAdvance(text) + 4
        spot = None
        for start in (x + 6, x - 6 - w):
            if start < 0 or start + w > right + 100:  # the right axis's labels are narrow
                continue
            row = next((r for r in range(rows) if free(r, start, start + w, x)), None)
            if row is not None:
                spot = (row, start)
                break
        if spot is None:
            if not leave_out:
                return None
            placed.append(PlacedMarker(marker, x, None, text, x, 0))
            continue
        labels[spot[0]].append((spot[1], spot[1] + w))
        lines.append((spot[0], x))
        placed.append(PlacedMarker(marker, x, spot[0], text, spot[1], w))
    return placed


def label_rows(height: int) -> int:
    """Rows of marker labels a chart ``height`` pixels tall has room for above its bars."""
    room = height - MARKER_TOP - 12 - (70 + MARKER_ROW + 6) - PLOT_MIN_HEIGHT
    return max(1, min(MARKER_MAX_ROWS, room // MARKER_ROW))


def marker_layout(
    content: ReportContent, width: int, left: float, right: float, height: int = CHART_SIZE[1]
) -> list[PlacedMarker]:
    """Lay out the chart's markers: labelled in words when they all fit, else numbered.

    Numbered markers are listed under the chart (:func:`marker_key`); a number that
    still finds no room leaves its line unlabelled, and the key says so. A flat chart
    (``height``) has fewer rows for labels, so its bars keep their height.
    """
    rows = label_rows(height)
    markers = [m for m in content.markers if _marker_x(content, m, left, right) is not None]
    worded = _place(content, left, right, [m.label for m in markers], rows=rows)
    if worded is not None:
        return worded
    numbers = [str(i + 1) for i in range(len(markers))]
    numbered = _place(content, left, right, numbers, rows=rows)
    if numbered is not None:
        return numbered
    # Too many to number apart: the numbers that fit are kept, the rest are lines only.
    kept = _place(content, left, right, numbers, leave_out=True, rows=rows)
    assert kept is not None
    return kept


def _plot_edges(width: int) -> tuple[float, float]:
    return 110.0, float(width - 110)


def marker_rows(
    content: ReportContent, width: int, left: float, right: float, height: int = CHART_SIZE[1]
) -> int:
    """How many rows of labels the markers take above the chart."""
    placed = marker_layout(content, width, left, right, height)
    rows = [p.row for p in placed if p.row is not None]
    return max(rows) + 1 if rows else 0


def marker_key(
    content: ReportContent, width: int = CHART_SIZE[0], height: int = CHART_SIZE[1]
) -> list[str]:
    """The numbered markers' meanings, for under the chart (empty when labelled in words)."""
    left, right = _plot_edges(width)
    placed = marker_layout(content, width, left, right, height)
    if all(p.text == p.marker.label for p in placed):
        return []
    labelled = ReportPdf.tr("{number}: {date}, {label}", "a numbered line on the chart")
    unlabelled = ReportPdf.tr(
        "{number}: {date}, {label} (its line is unlabelled: too close to others)"
    )
    return [
        (labelled if p.row is not None else unlabelled).format(
            number=p.text, date=fmt_date(p.marker.day), label=p.marker.label
        )
        for p in placed
    ]


def _tick(value: float) -> str:
    """An axis label: ``5``, ``2.5`` (in the person's way of writing decimals)."""
    return str(int(value)) if value == int(value) else fmt_number(value, 1)


def _weekly(
    counts: list[int], means: Sequence[float | None]
) -> tuple[list[float], list[float | None], int]:
    # Long periods are drawn as weekly averages so bars stay readable.
    if len(counts) <= WEEKLY_AFTER:
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
    left, right = 110, 110
    bottom = 70 + (MARKER_ROW + 6 if content.markers else 0)  # the lines' legend under the dates
    top = MARKER_TOP + MARKER_ROW * marker_rows(content, width, *_plot_edges(width), height) + 12
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
    # A flat chart (page 1 holds a long text) labels every other gridline: never overlapping.
    labelled = 1 if plot.height() / 4 >= 36 else 2
    for i in range(5):
        y = plot.bottom() - plot.height() * i / 4
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        tick = nice * i / 4
        if i % labelled:
            painter.setPen(QPen(LIGHT, 2))
            continue
        painter.drawText(
            QRectF(0, y - 18, left - 14, 36),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _tick(tick),
        )
        painter.drawText(
            QRectF(plot.right() + 14, y - 18, right - 14, 36),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _tick(10 * i / 4),
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
    # Medication changes, appointments and treatments: verticals with labels placed in
    # rows above the bars so no two overlap and none runs off the chart.
    for placed in marker_layout(content, width, plot.left(), plot.right(), height):
        x = placed.x
        painter.setPen(QPen(INK, 3, MARKER_STYLES.get(placed.marker.kind, Qt.PenStyle.DashLine)))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        if placed.row is None:
            continue
        _font(painter, MARKER_PX)
        painter.setPen(INK)
        y = MARKER_TOP + MARKER_ROW * placed.row
        painter.drawLine(QPointF(x, y + MARKER_ROW - 4), QPointF(x, plot.top()))
        painter.drawText(
            QRectF(placed.text_left, y, placed.text_width, MARKER_ROW),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            placed.text,
        )
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
            fmt_date(day, year=False) if days < 300 else fmt_month(day),
        )
    if step > 1:
        unit = ReportPdf.tr("Spasms logged a day (weekly average)")
    else:
        unit = ReportPdf.tr("Spasms logged a day")
    # A legend: each symbol with its own words.
    rated = ReportPdf.tr("Their mean rating")
    checkin = ReportPdf.tr("Check-in NRS")
    scale = ReportPdf.tr("(both 0–10, right)")
    legend = f"▮ {unit}   ● {rated}   □ {checkin}   {scale}"
    if unknown:
        legend += "   ▨ " + ReportPdf.tr("Unknown day")
    # As large as fits the width: the legend is the chart's title.
    for pixels in range(LABEL_PX, 21, -1):
        _font(painter, pixels, bold=True)
        if painter.fontMetrics().horizontalAdvance(legend) <= width - plot.left() - 10:
            break
    painter.drawText(QPointF(plot.left(), 38), legend)
    kinds = {m.kind for m in content.markers}
    if kinds:
        lines = "; ".join(
            translate("ReportPdf", MARKER_LEGEND[k]) for k in MARKER_KINDS if k in kinds
        )
        key = ReportPdf.tr("Lines: {kinds}.").format(kinds=lines)
        for pixels in range(MARKER_PX, 19, -1):  # smaller until it fits (a long language)
            _font(painter, pixels)
            if painter.fontMetrics().horizontalAdvance(key) <= width - plot.left() - 10:
                break
        painter.drawText(QPointF(plot.left(), height - 14), key)
    if not any(content.daily_counts):
        _font(painter, 34)
        painter.drawText(
            plot, Qt.AlignmentFlag.AlignCenter, ReportPdf.tr("No spasms logged in this period")
        )
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
    # Numbers in the cells only when the largest fits: otherwise the shades and the legend.
    numbered = painter.fontMetrics().horizontalAdvance(str(peak)) < cell_w - 6
    for wd in range(7):
        painter.setPen(INK)
        painter.drawText(
            QRectF(0, top + wd * cell_h, left - 12, cell_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            weekday_name(wd, short=True),
        )
        for hour in range(24):
            value = grid[wd][hour]
            shade = 255 - round(215 * value / peak) if value else 255
            rect = QRectF(left + hour * cell_w, top + wd * cell_h, cell_w, cell_h)
            painter.setPen(QPen(LIGHT, 1))
            painter.setBrush(QColor(shade, shade, shade))
            painter.drawRect(rect)
            if value and numbered:
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
    scale = ReportPdf.tr("Spasms: {none}", "the heat map's legend, from none").format(none=0)
    painter.drawText(QPointF(left, y + 24), scale)
    ramp_left = left + max(200, painter.fontMetrics().horizontalAdvance(scale) + 30)
    for i in range(10):
        shade = 255 - round(215 * (i + 1) / 10)
        painter.setPen(QPen(LIGHT, 1))
        painter.setBrush(QColor(shade, shade, shade))
        painter.drawRect(QRectF(ramp_left + i * 36, y, 36, 30))
    painter.setPen(INK)
    painter.drawText(
        QPointF(ramp_left + 375, y + 24),
        ReportPdf.tr("{peak}  (local time of day)", "the heat map's legend, to the most").format(
            peak=peak
        ),
    )
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
            text = html.escape(str(value)).replace("\n", "<br>")
            tds.append(f"<td><b>{text}</b></td>" if first_bold and i == 0 else f"<td>{text}</td>")
        parts.append(f"<tr>{''.join(tds)}</tr>")
    return (
        "<table width='100%' cellspacing='0' cellpadding='2' border='1'"
        " style='border-collapse: collapse; border-color: #999;'>" + "".join(parts) + "</table>"
    )


def _section(section: Section, width: int = 515) -> str:
    out = [f"<h3>{html.escape(section.title)}</h3>"]
    if section.lines:
        out.append("".join(f"<p class='line'>{html.escape(line)}</p>" for line in section.lines))
    if section.figure:
        out.append(f"<img src='mslog://{section.figure}' width='{width}'>")
    out += [f"<p class='meta'>{html.escape(note)}</p>" for note in section.notes]
    if section.rows:
        widths = (16, 15, 15, 16, 18, 20) if len(section.header) == 6 else (22,)
        out.append(_table(section.header, section.rows, first_bold=True, widths=widths))
    return "".join(out)


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _line(text: str) -> str:
    return f"<p class='line'>{html.escape(text)}</p>"


def _labelled(line: str) -> str:
    label, _, rest = line.partition(": ")
    return f"<p class='line'><b>{html.escape(label)}:</b> {html.escape(rest)}</p>"


def _lines(text: str, empty: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return f"<p class='line'><i>{html.escape(empty)}</i></p>"
    return "".join(f"<p class='line'>{html.escape(line)}</p>" for line in lines)


def _cells(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    return [list(row) for row in rows]


def chart_caption(content: ReportContent, height: int = CHART_SIZE[1]) -> str:
    """The numbered markers' key, when the chart (``height`` tall) numbers them."""
    key = marker_key(content, height=height)
    if not key:
        return ""
    return ReportPdf.tr("Numbered lines on the chart: {key}.").format(key="; ".join(key))


def medicines_html(content: ReportContent) -> str:
    """The medicines block of page 1: the table, as-needed doses, side effects and notes."""
    meds = content.medicines
    if not meds.lines and not meds.as_needed:
        return ""
    parts = [f"<h3>{html.escape(medicines_title())}</h3>"]
    if meds.lines:
        parts.append(
            _table(
                [
                    ReportPdf.tr("Medicine"),
                    ReportPdf.tr("On the last day"),
                    ReportPdf.tr("Changes in this period"),
                    ReportPdf.tr("Scheduled doses taken"),
                    ReportPdf.tr("Skipped (commonest reasons); not recorded"),
                ],
                [
                    [
                        m.name,
                        m.now,
                        "\n".join(m.changes) or ReportPdf.tr("none", "no change of a medicine"),
                        m.taken or "–",
                        m.skipped or "–",
                    ]
                    for m in meds.lines
                ],
                first_bold=True,
                widths=(14, 14, 32, 16, 24),
            )
        )
    parts += [f"<p class='line'>{html.escape(line)}</p>" for line in meds.as_needed]
    parts += [f"<p class='line'>{html.escape(line)}</p>" for line in meds.side_effects]
    parts += [f"<p class='meta'>{html.escape(line)}</p>" for line in meds.notes]
    return "".join(parts)


def report_html(content: ReportContent, width: int = 515, chart_height: int = CHART_SIZE[1]) -> str:
    """Return the report as the HTML subset QTextDocument understands (``width`` in points).

    ``chart_height`` is the spasm chart's, in pixels: a flat chart numbers its markers.

    Page 1 holds what a clinician reads first: who and which days, the person's
    questions, the key numbers against the period before, the chart and the medicines;
    the details (time of day, factors, stretching, notes) follow.
    """
    period = content.period
    parts = [
        "<html><head><style>"
        f"body {{ font-family: sans-serif; font-size: {BODY_PT}pt; color: #000; }}"
        "h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 2px; }"
        f"p {{ margin: 0; }} p.line {{ margin-top: 1px; }} .meta {{ color: #222; font-size:"
        f" {NOTE_PT}pt; }}"
        "th { background: #e6e6e6; }"
        "</style></head><body>",
        "<p style='font-size: 14pt; font-weight: bold;'>"
        + html.escape(ReportPdf.tr("Spasm diary summary · {period}").format(period=period.label()))
        + "</p>",
        "<p class='line'>"
        + html.escape(
            ReportPdf.tr(
                "From the person's own MSLog diary: %n days, compared with the %n days before"
                " ({previous}). Prepared {date} with MSLog {version}.",
                "",
                period.days,
            ).format(
                previous=content.previous.range.label(),
                date=fmt_date(content.prepared_on),
                version=__version__,
            )
        )
        + "</p>",
        "".join(_labelled(line) for line in content.coverage_lines()),
        "".join(_labelled(line) for line in content.appointments),
        _heading(ReportPdf.tr("Questions for this appointment")),
        _lines(content.questions, ReportPdf.tr("None written in MSLog.")),
        _heading(ReportPdf.tr("Key numbers")),
        _table(
            [
                ReportPdf.tr("Measure"),
                ReportPdf.tr("This period"),
                ReportPdf.tr("Previous period"),
                ReportPdf.tr("Change"),
            ],
            _cells(content.key_rows),
            first_bold=True,
            widths=(25, 27, 21, 27),
        ),
        "".join(f"<p class='meta'>{html.escape(note)}</p>" for note in content.key_notes),
        "".join(_labelled(line) for line in content.self_rated),
    ]
    if content.summary.spasms:
        parts += [
            # The chart's own legend is its title, so a heading is never left alone at
            # the foot of a page while the chart moves to the next.
            f"<p style='margin-top: 6px;'><img src='{CHART_URL}' width='{width}'></p>",
        ]
        caption = chart_caption(content, chart_height)
        if caption:
            parts.append(f"<p class='meta'>{html.escape(caption)}</p>")
    else:
        parts.append(
            _heading(ReportPdf.tr("Spasms"))
            + _line(ReportPdf.tr("No spasms logged in this period."))
        )
    parts.append(medicines_html(content))
    if content.treatments:
        parts.append(f"<h3>{html.escape(treatments_title())}</h3>")
        parts += [f"<p class='line'>{html.escape(line)}</p>" for line in content.treatments]
    parts += [_section(s, width) for s in content.sections]
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: ReportContent, page: QSizeF | None = None) -> QTextDocument:
    """Return the report as a QTextDocument with its chart images attached.

    The spasm chart is drawn as tall as lets page 1 hold all of its part (to the
    treatments), down to :data:`CHART_MIN_HEIGHT`; when even that does not fit, as tall
    as keeps the medicines on page 1, then the chart itself, else at full height at the
    top of page 2.

    Args:
        content: What to show.
        page: The printable page size in points (A4 with margins when None).
    """
    ensure_gui_app()
    page = document_units(page or page_layout().paintRectPoints().size().toSizeF())
    width, tallest = CHART_SIZE
    heights = range(tallest, CHART_MIN_HEIGHT - 1, -CHART_HEIGHT_STEP)
    details = {s.title for s in content.sections}
    # All of page 1 on page 1; else at least the medicines; else at least the chart.
    for stop in (details, details | {treatments_title()}):
        for height in heights:
            doc = _document(content, page, (width, height))
            if page_of_end_before(doc, stop) == 0:
                return doc
    for height in heights:
        doc = _document(content, page, (width, height))
        if chart_page(doc) in (0, None):
            return doc
    return _document(content, page, CHART_SIZE)


def document_units(points: QSizeF) -> QSizeF:
    """Return a page size in points as the document's own units.

    ``QTextDocument.print_`` takes the document to be laid out at the screen's logical
    DPI (96 on most systems, 72 on macOS) and scales it to the printer from there; a
    page given in points would print every font a third larger than its size.
    """
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchX() if screen is not None else 96.0
    return QSizeF(points.width() * dpi / 72, points.height() * dpi / 72)


def _document(content: ReportContent, page: QSizeF, chart: tuple[int, int]) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setPageSize(page)
    doc.setDocumentMargin(0)
    resource = QTextDocument.ResourceType.ImageResource
    doc.addResource(resource, QUrl(CHART_URL), spasm_chart(content, chart))
    doc.addResource(resource, QUrl("mslog://heatmap"), heatmap_chart(content.heatmap))
    doc.setHtml(report_html(content, int(page.width()) - 2, chart[1]))
    keep_tables_together(doc)
    keep_sections_together(
        doc, {medicines_title(), treatments_title(), *(s.title for s in content.sections)}
    )
    keep_headings_with_next(doc)
    return doc


def keep_sections_together(doc: QTextDocument, titles: set[str]) -> None:
    """Start a short section (heading to the next heading) that would break on the next page.

    Only the sections named in ``titles``: page 1's own blocks stay where they are.
    """
    page_height = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text() in titles:
            end = block.next()
            last = block
            while end.isValid() and not end.blockFormat().headingLevel():
                last = end
                end = end.next()
            top = layout.blockBoundingRect(block).top()
            bottom = layout.blockBoundingRect(last).bottom()
            if top // page_height != bottom // page_height and bottom - top < 0.45 * page_height:
                form = QTextBlockFormat()
                form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(form)
        block = block.next()


def page_of_end_before(doc: QTextDocument, titles: set[str]) -> int:
    """The page (0 = the first) of the last block before the first heading named in ``titles``."""
    block = doc.begin()
    last = block
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text() in titles:
            break
        last = block
        block = block.next()
    return _page_of(doc, last, "bottom")


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def table_pages(doc: QTextDocument, table: QTextTable) -> tuple[int, int, int]:
    """The pages (0 = the first) of a table's top, the foot of its first body row, and its foot.

    Block rectangles are in the document's own coordinates, cells' blocks included.
    """
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    body = 1 if table.rows() > 1 else 0
    row_foot = max(
        layout.blockBoundingRect(table.cellAt(body, c).lastCursorPosition().block()).bottom()
        for c in range(table.columns())
    )
    frame = layout.frameBoundingRect(table)
    return int(frame.top() // height), int(row_foot // height), int(frame.bottom() // height)


def keep_tables_together(doc: QTextDocument) -> None:
    """Start a table that would break across pages on the next page, with its heading.

    A table longer than a page repeats its header row on every page instead, so a
    header is never left alone at the foot of a page.
    """
    page_height = doc.pageSize().height()
    for table in _tables(doc):
        form = table.format()
        form.setHeaderRowCount(1)
        table.setFormat(form)
        head, body, end = table_pages(doc, table)
        if head == body == end:
            continue
        if doc.documentLayout().frameBoundingRect(table).height() > 0.8 * page_height:
            if head != body:  # the header alone at the foot: the whole table moves on
                _break_before_heading(table)
            continue
        _break_before_heading(table)


def _break_before_heading(table: QTextTable) -> None:
    # The heading just above the table moves with it; without one, the table itself.
    before = table.firstCursorPosition().block().previous()
    while before.isValid() and not before.text().strip():
        before = before.previous()
    form = QTextBlockFormat()
    form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    if before.isValid() and before.blockFormat().headingLevel() > 0:
        QTextCursor(before).mergeBlockFormat(form)
    else:
        table_form = table.format()
        table_form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(table_form)


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
    writer.setTitle(ReportPdf.tr("MSLog report {period}").format(period=content.period.label()))
    writer.setCreator(f"MSLog {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(layout)
    print_document(doc, writer)
    del writer  # finishes the file
    buffer.close()
    return write_atomically(Path(path), bytes(buffer.data().data()))
