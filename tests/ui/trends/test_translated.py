"""Every text of the Trends tab and its dialogs is in the catalogue; in German it reads German.

Under the pseudo-language each translated text reads ⟦…⟧, so a word outside the brackets
was never wrapped: the tab's four pages, the custom range, report and export dialogs, and
the chart titles pyqtgraph draws. In German, the charts' axes name months and weekdays
in German, and no English phrase of the source catalogue is left on the tab.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_HOUR_ZOOM_LEVEL,
    DAY_SPACING,
    MONTH_DAY_ZOOM_LEVEL,
    MONTH_SPACING,
)
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QLabel, QWidget

from mslog.core.checkin.self_ratings import (
    PENN_FREQUENCY_LEVELS,
    PENN_FREQUENCY_QUESTION,
    PENN_SEVERITY_LEVELS,
    PENN_SEVERITY_QUESTION,
    SNOW_LEVELS,
    SNOW_QUESTION,
)
from mslog.core.diary import Diary
from mslog.core.formatting import weekday_name
from mslog.core.trends import DateRange
from mslog.ui.main_window import MainWindow
from mslog.ui.trends.appointments import appointment_text
from mslog.ui.trends.breakdown import analysis_html
from mslog.ui.trends.self_rating import SelfRatingForm
from mslog.ui.trends.view import CustomRangeDialog
from tests.core.trends.test_translated import assert_german
from tests.helpers.language import bare, english_dates, unwrapped_texts
from tests.helpers.stubs import LONDON

TODAY = datetime(2026, 3, 11, 12, 0, tzinfo=LONDON)
# The self-rating form's scales come from mslog/core/checkin (its "self_rating" texts are
# translated with that package; until then they stay English, and bare).
SCALES = {
    *(f"{level}  {said}" for levels in (PENN_FREQUENCY_LEVELS, PENN_SEVERITY_LEVELS, SNOW_LEVELS)
      for level, said in levels.items()),
    PENN_FREQUENCY_QUESTION,
    PENN_SEVERITY_QUESTION,
    SNOW_QUESTION,
}  # fmt: skip


def fill(diary: Diary) -> None:
    """Three weeks of spasms with triggers and check-ins, stretching, a medicine, a visit."""
    for ago in range(1, 22):
        day = TODAY - timedelta(days=ago)
        for k in range(1 + ago % 3):
            diary.spasms.log(
                started=day.replace(hour=8 + 5 * k), severity=3 + k, triggers=["heat", "stress"]
            )
        diary.checkins.update(day.date(), spasms="all_logged", nrs=3 + ago % 4)
    epoch = int(TODAY.replace(hour=9).timestamp()) - 2 * 86400
    diary.db.execute_sql(
        "INSERT INTO stretch_session (uuid, routine_key, routine_name, started_at, utc_offset,"
        " ended_at, active_s, outcome) VALUES ('s1', 'bundled/x', 'Daily', ?, 0, ?, 300, "
        "'stopped')",
        (epoch, epoch + 300),
    )
    diary.appointments.add(date(2026, 3, 2), "Dr Okafor", "More stretching")
    c = diary.checklists  # a medicine started and changed in the range: markers, doses
    med = c.medications.add("Baclofen", times=["08:00"], amount=10, unit="mg",
                           starts=date(2026, 2, 20))  # fmt: skip
    c.medications.change(med.uuid, effective_from=date(2026, 3, 8), times=["08:00", "20:00"],
                        amount=10, unit="mg")  # fmt: skip
    for day in (date(2026, 2, 21), date(2026, 3, 9)):
        c.doses.mark_taken(med.uuid, c.doses.slot_local(day, "08:00"))


def trends(qtbot, diary: Diary):
    """The window's Trends tab, built and drawn, with the window itself."""
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.trends_tab)
    qtbot.waitUntil(window.trends_tab.is_built)
    view = window.trends_tab.content
    view.draw_all()
    return window, view


def chart_titles(view) -> list[str]:
    """The titles and axis labels pyqtgraph draws (no widget holds them)."""
    views = [view.lanes.widget, view.timeofday.widget] + [
        chart.widget for chart in (view.breakdown.triggers, view.breakdown.locations)
    ]
    items = [item for widget in views for item in widget.scene().items()]
    titles = [item.titleLabel.text for item in items if isinstance(item, pg.PlotItem)]
    labels = [item.labelText for item in items if isinstance(item, pg.AxisItem)]
    texts = [item.toPlainText() for item in items if isinstance(item, pg.TextItem)]
    return [text for text in titles + labels + texts if text]


def dates_shown(root: QWidget) -> set[str]:
    # A date field shows QLocale's date, not a translated text.
    return {edit.text() for edit in root.findChildren(QDateEdit)} | {
        line.text() for edit in root.findChildren(QDateEdit) for line in edit.findChildren(QWidget)
        if hasattr(line, "text")
    }  # fmt: skip


def test_every_text_of_the_trends_tab_is_translated(pseudo, qtbot, diary: Diary):
    fill(diary)
    _, view = trends(qtbot, diary)
    allowed = SCALES | {"Dr Okafor", "More stretching"} | dates_shown(view)
    for index in range(view.pages.count()):
        view.pages.setCurrentIndex(index)
        assert unwrapped_texts(view, allowed) == [], view.pages.tabText(index)
    assert [title for title in chart_titles(view) if bare(title)] == []
    day = view.range.last - timedelta(days=2)
    from mslog.core.trends import day_number

    assert not bare(view.lanes.show_day(day_number(day)))
    assert not bare(view.lanes.show_day(day_number(view.range.first)))  # nothing logged
    assert not bare(view.timeofday.describe_cell(2, 8))
    (appointment,) = diary.appointments.all()
    assert not bare(appointment_text(appointment).replace("Dr Okafor", "").replace("More", ""))


def test_every_text_of_the_factor_analysis_is_translated(pseudo, qtbot, diary: Diary):
    from mslog.core.trends.insight import Factor, analyse

    rows = [(d, 8 + d % 3, 6.0, True) for d in range(20)]
    rows += [(20 + d, 2 + d % 2, 3.0, d % 5 == 0) for d in range(20)]
    few = [(d, 2, None, d < 3) for d in range(30)]
    analysis = analyse(
        [
            Factor("Heat", "day factor", "same day", "on days with heat", rows),
            Factor("Rain", "day factor", "same day", "on days with rain", rows[::-1]),
            Factor("Bath", "habit", "next day", "on the day after days with bath", few),
        ]
    )
    text = analysis_html(analysis)
    for name in ("Heat", "Rain", "Bath", "heat", "rain", "bath"):
        text = text.replace(name, "")
    assert not bare(text), text
    assert not bare(analysis_html(None))


def test_every_text_of_the_trends_dialogs_is_translated(pseudo, qtbot, diary: Diary):
    fill(diary)
    window, view = trends(qtbot, diary)
    custom = CustomRangeDialog(view.range, TODAY.date(), view)
    qtbot.addWidget(custom)
    custom.show()
    assert unwrapped_texts(custom, dates_shown(custom)) == []
    custom.reject()
    report = view.open_report()
    assert unwrapped_texts(report, {"A4"}) == []
    report.reject()
    from mslog.ui.trends.export_dialog import ExportDialog

    export = ExportDialog(diary, window)
    qtbot.addWidget(export)
    export.show()
    export.fhir_range.setCurrentIndex(export.fhir_range.findData("custom"))  # the days too
    assert unwrapped_texts(export, dates_shown(export)) == []
    export.reject()


def _texts(root: QWidget, skip: type[QWidget]) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        parent, inside = widget, False
        while parent is not None:
            inside = inside or isinstance(parent, skip)
            parent = parent.parentWidget()
        if inside:
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
    return [text for text in found if text]


def test_the_trends_tab_reads_german_dates_on_its_axes(german, qtbot, diary: Diary):
    fill(diary)
    _, view = trends(qtbot, diary)
    heat = view.timeofday.heat.getAxis("left")
    weekdays = [label for _, label in heat._tickLevels[0]]
    assert weekdays == [weekday_name(i, short=True) for i in range(7)]
    assert weekdays[0] == "Mo."
    axis = view.lanes.lanes["spasms"].plot.getAxis("bottom")
    axis.zoomLevel = MONTH_DAY_ZOOM_LEVEL
    first_of_march = datetime(2026, 3, 1, tzinfo=LONDON).timestamp() + 3600  # noon-ish UTC
    months = axis.tickStrings([first_of_march], 1, MONTH_SPACING)
    assert months == ["März"]
    assert axis.tickStrings([first_of_march], 1, DAY_SPACING) == ["01"]
    axis.zoomLevel = DAY_HOUR_ZOOM_LEVEL  # zoomed in to a few days: weekday and day
    assert axis.tickStrings([first_of_march + 10 * 86400], 1, DAY_SPACING) == ["Mi. 11"]
    assert english_dates("de").search(" ".join(months)) is None
    # Every label, button, tooltip and chart title of the tab, on every page.
    texts = []
    for index in range(view.pages.count()):
        view.pages.setCurrentIndex(index)
        texts += _texts(view, SelfRatingForm)
    texts += chart_titles(view)
    texts.append(view.timeofday.describe_cell(2, 8))
    texts = [t.replace("Dr Okafor", "").replace("More stretching", "") for t in texts]
    assert_german(texts)


def test_the_checked_range_is_the_one_shown(german, qtbot, diary: Diary):
    fill(diary)
    _, view = trends(qtbot, diary)
    assert view.range == DateRange(date(2026, 2, 10), date(2026, 3, 11))
    assert view.range_label.text().startswith("10. Feb. 2026 – 11. März 2026 · 30 Tage")
