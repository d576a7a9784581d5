"""The Trends tab: lazy charts, ranges redrawing every lane, markers, hover, report and export."""

from __future__ import annotations

import itertools
import sqlite3
import sys
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.core.trends import DateRange, day_number
from mslog.ui.main_window import MainWindow
from tests.helpers.progress import finished
from tests.helpers.stubs import LONDON, FakeClock


def log_days(diary: Diary, days_ago: list[int], per_day: int = 2) -> None:
    today = datetime(2026, 3, 11, 12, 0, tzinfo=LONDON)
    for ago in days_ago:
        for k in range(per_day):
            diary.spasms.log(
                started=today - timedelta(days=ago, hours=k), severity=3 + k, triggers=["heat"]
            )


def add_sessions(diary: Diary, days_ago: list[int]) -> None:
    for ago in days_ago:
        epoch = int(datetime(2026, 3, 11, 9, 0, tzinfo=LONDON).timestamp()) - ago * 86400
        diary.db.execute_sql(
            "INSERT INTO stretch_session (uuid, routine_key, routine_name, started_at, utc_offset,"
            " ended_at, active_s, outcome) VALUES (?, 'bundled/x', 'Daily', ?, 0, ?, 300, ?)",
            (f"s{ago}", epoch, epoch + 300, "completed" if ago % 2 else "stopped"),
        )


def open_trends(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.trends_tab)
    qtbot.waitUntil(window.trends_tab.is_built)
    return window.trends_tab.content


def bars(view) -> dict[int, float]:
    opts = view.lanes._bars.bars.opts
    return {round((x - 43200) / 86400): h for x, h in zip(opts["x"], opts["height"], strict=True)}


def test_charts_are_built_only_when_the_tab_is_shown(window: MainWindow, qtbot):
    assert window.tabs.tabText(window.tabs.indexOf(window.trends_tab)) == "Trends"
    assert not window.trends_tab.is_built()
    view = open_trends(window, qtbot)
    assert "pyqtgraph" in sys.modules
    assert view.range_chips.selected() == ["30"]


def test_range_switching_updates_every_lane(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [0, 3, 20, 60])
    add_sessions(diary, [1, 2, 40])
    view = open_trends(window, qtbot)
    today = day_number(date(2026, 3, 11))
    assert view.lanes.visible_lanes() == ["spasms", "severity", "stretch"]  # no medication yet
    assert set(bars(view)) == {today, today - 3, today - 20}
    assert view.lanes._completed.shown_days == [today - 1]
    assert view.lanes._partial.shown_days == [today - 2]
    view.range_chips.button("7").click()
    assert view.range == DateRange(date(2026, 3, 5), date(2026, 3, 11))
    assert set(bars(view)) == {today, today - 3}
    # No check-ins: the one day over with entries (3 days ago, 2 spasms); today's wait.
    assert view.cards.cards["per_day"].value.text() == "2.0 a day"
    view.range_chips.button("all").click()
    assert view.range.first == date(2026, 1, 10)
    assert set(bars(view)) == {today, today - 3, today - 20, today - 60}
    assert view.lanes._completed.shown_days == [today - 1]  # days 2 and 40: stopped early
    assert view.lanes._partial.shown_days == [today - 40, today - 2]
    view.range_chips.button("365").click()  # long ranges draw one step outline per lane
    assert view.lanes._bars.shown_days == [today - 60, today - 20, today - 3, today]
    assert view.lanes._completed.shown_days == [today - 1]
    mean = [m for m in view.lanes._mean.yData if m == m]
    assert mean == [3.5] * 4


def test_new_entries_redraw_the_open_tab(window: MainWindow, diary: Diary, qtbot):
    view = open_trends(window, qtbot)
    assert view._stacks["lanes"].currentIndex() == 1  # friendly empty state
    log_days(diary, [0])
    assert view._stacks["lanes"].currentIndex() == 0
    assert bars(view) == {day_number(date(2026, 3, 11)): 2.0}


def test_appointments_are_recorded_with_undo_and_marked_on_every_lane(
    window: MainWindow, diary: Diary, qtbot
):
    log_days(diary, [0, 5])
    add_sessions(diary, [1])
    view = open_trends(window, qtbot)
    view.pages.setCurrentWidget(view.appointments)
    page = view.appointments
    page.date.setDate(date(2026, 3, 2))
    page.clinician.setText("Dr Okafor")
    page.note.setText("Physio referral")
    page.add_button.click()
    assert [a.clinician for a in diary.appointments.all()] == ["Dr Okafor"]
    assert page.list.count() == 1
    view.pages.setCurrentIndex(0)
    for key in view.lanes.visible_lanes():
        assert [m.marker_day for m in view.lanes.lanes[key].markers] == [date(2026, 3, 2)]
    view.pages.setCurrentIndex(1)
    assert [m.marker_day for m in view.timeofday.markers] == [date(2026, 3, 2)]
    view.pages.setCurrentIndex(0)
    view.range_chips.button("since_appointment").click()
    assert view.range == DateRange(date(2026, 3, 3), date(2026, 3, 11))
    window.undo_stack.undo()
    assert diary.appointments.all() == []
    assert page.list.count() == 0


def test_a_bad_appointment_is_explained_and_not_saved(window: MainWindow, diary, qtbot):
    view = open_trends(window, qtbot)
    page = view.appointments
    page.clinician.setText("x" * 200)
    assert page.add() is None
    assert "clinician" in page.message.text()
    assert diary.appointments.all() == []
    assert not window.undo_stack.canUndo()


def test_questions_are_saved_as_you_type(window: MainWindow, diary: Diary, qtbot):
    view = open_trends(window, qtbot)
    view.pages.setCurrentWidget(view.appointments)
    view.appointments.questions.setPlainText("Is the drowsiness from baclofen?")
    qtbot.waitUntil(lambda: diary.appointments.questions() != "", timeout=3000)
    assert diary.appointments.questions() == "Is the drowsiness from baclofen?"


def test_hover_shows_exact_values(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [1], per_day=3)
    add_sessions(diary, [1])
    view = open_trends(window, qtbot)
    text = view.lanes.show_day(day_number(date(2026, 3, 10)))
    assert text == (
        "Tue 10 Mar 2026: 3 spasms, rated 4.0 on average, highest 5; stretching: 1 completed"
    )
    assert view.lanes.hover.text() == text
    view.pages.setCurrentIndex(1)
    assert view.timeofday.describe_cell(1, 10) == "Tue 10:00–11:00: 1 spasm in this range"


def test_the_daily_spasticity_rating_is_drawn_apart_from_the_spasms_ratings(
    window: MainWindow, diary: Diary, qtbot
):
    from PySide6.QtCore import Qt

    log_days(diary, [1], per_day=2)
    for ago, nrs in ((1, 6), (3, 4)):
        diary.checkins.update(date(2026, 3, 11) - timedelta(days=ago), nrs=nrs)
    view = open_trends(window, qtbot)
    _x, y = view.lanes._nrs.getData()
    assert [v for v in y if v == v] == [4.0, 6.0]  # a gap (NaN) for the day between
    assert len(y) == 3
    assert "daily spasticity (dashed)" in view.lanes.lanes["severity"].title
    chart = view.lanes.widget
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert view.lanes.hover.text() == (
        "Tue 10 Mar 2026: 2 spasms, rated 3.5 on average, highest 4; daily spasticity 6 of 10"
    )


def test_time_of_day_and_breakdown_pages(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    view = open_trends(window, qtbot)
    view.pages.setCurrentIndex(1)
    assert len(view.timeofday.dots.data) == 20
    view.pages.setCurrentIndex(2)
    assert view.breakdown.triggers.items == [("heat", "Heat", 20)]
    assert "association, not proof" in view.breakdown.effects.text()


def test_a_long_range_draws_one_dot_per_32_days_and_hour(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [0, 1, 2, 900, 901], per_day=1)  # 12:00 on each day
    view = open_trends(window, qtbot)
    view.set_range("all")
    view.pages.setCurrentIndex(1)
    charts = view.timeofday
    assert charts.span == 32
    assert "over 32 days" in charts.raster.titleLabel.text
    # Days 0-2 share a block, and so do days 900 and 901 (unless a block edge splits them).
    assert 2 <= len(charts.dots.data) <= 3
    assert sum(count for count, _ in charts._cells.values()) == 5
    view.set_range("30")
    assert charts.span == 1
    assert len(charts.dots.data) == 3
    assert "colour: worst" in charts.raster.titleLabel.text


def test_report_and_chart_image(window: MainWindow, diary: Diary, qtbot, tmp_path):
    log_days(diary, [0, 1, 2])
    diary.appointments.set_questions("Night spasms: bladder?")
    view = open_trends(window, qtbot)
    dialog = view.open_report()
    path = tmp_path / "r.pdf"
    finished(qtbot, dialog.save_pdf(path))
    assert dialog.status.text() == f"Saved to {path}"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "10 Feb 2026 – 11 Mar 2026" in text
    assert "Night spasms: bladder?" in text
    dialog.close()
    image = view.save_chart_image(tmp_path / "chart.png")
    assert image.read_bytes().startswith(b"\x89PNG")


def test_custom_range(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [0, 30])
    view = open_trends(window, qtbot)
    view.set_range("custom", DateRange(date(2026, 2, 1), date(2026, 2, 15)))
    assert view.range_chips.selected() == ["custom"]
    assert set(bars(view)) == {day_number(date(2026, 2, 9))}


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_renders_at_common_sizes(window: MainWindow, diary: Diary, qtbot, tmp_path, size):
    log_days(diary, list(range(0, 40, 3)))
    add_sessions(diary, [1, 2, 5])
    window.resize(*size)
    view = open_trends(window, qtbot)
    QApplication.processEvents()
    assert not window.grab().isNull()
    assert view.pages.height() >= 500


def test_file_export_writes_csv_zip_and_json(window: MainWindow, diary: Diary, qtbot, tmp_path):
    import json
    import zipfile

    log_days(diary, [0])
    assert window.export.action.text() == "&Export…"
    window.export.action.trigger()
    dialog = window.export.dialog
    (archive,) = finished(qtbot, dialog.export_csv(tmp_path / "diary"))
    assert archive == tmp_path / "diary.zip"
    assert "spasms.csv" in zipfile.ZipFile(archive).namelist()
    copy = finished(qtbot, dialog.export_json(tmp_path / "copy.json"))
    assert json.loads(copy.read_text("utf-8"))["tables"]["spasm"]["rows"]
    assert "Saved" in dialog.status.text()
    dialog.close()


def test_an_export_with_a_value_that_is_not_text_saves_everything_and_says_so(
    window: MainWindow, diary: Diary, tmp_path, qtbot
):
    import json

    diary.spasms.log(severity=2, note="caf")
    diary.spasms.log(severity=3, note="fine")
    diary.db.execute_sql("UPDATE spasm SET note = CAST(x'636166e9' AS TEXT) WHERE note = 'caf'")
    window.export.action.trigger()
    dialog = window.export.dialog
    copy = finished(qtbot, dialog.export_json(tmp_path / "copy.json"))
    spasms = json.loads(copy.read_text("utf-8"))["tables"]["spasm"]
    at = spasms["columns"].index("note")
    assert sorted(row[at] for row in spasms["rows"]) == ["caf\ufffd", "fine"]
    assert "1 value in your diary is not valid text" in dialog.status.text()
    finished(qtbot, dialog.export_csv(tmp_path / "diary"))
    assert "not valid text" in dialog.status.text()
    dialog.close()


def test_a_new_day_start_hour_redraws_with_the_new_days(window: MainWindow, diary: Diary, qtbot):
    diary.spasms.log(started=datetime(2026, 3, 10, 2, 30, tzinfo=LONDON))  # night of the 9th
    view = open_trends(window, qtbot)
    assert set(bars(view)) == {day_number(date(2026, 3, 9))}
    diary.set_day_start_hour(0)
    window.redraw_all()
    assert set(bars(view)) == {day_number(date(2026, 3, 10))}


def test_charts_follow_the_theme(window: MainWindow, diary: Diary, qtbot, qapp):
    from mslog.ui.style import apply_style

    log_days(diary, [0])
    view = open_trends(window, qtbot)
    light = view.lanes.widget.backgroundBrush().color().lightness()
    apply_style(qapp, "dark")
    try:
        qtbot.waitUntil(lambda: view.lanes.widget.backgroundBrush().color().lightness() < 128)
        assert light > 128
        assert view.colours.dark
    finally:
        apply_style(qapp, "light")


def test_medication_and_habit_lanes_follow_the_range(window: MainWindow, diary: Diary, qtbot):
    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00"], amount=10, unit="mg",
                           starts=date(2026, 1, 1))  # fmt: skip
    c.medications.change(med.uuid, effective_from=date(2026, 3, 8), times=["08:00", "20:00"],
                        amount=10, unit="mg")  # fmt: skip
    for day in (date(2026, 1, 20), date(2026, 3, 9)):
        c.doses.mark_taken(med.uuid, c.doses.slot_local(day, "08:00"))
        c.habits.tick(c.habits.listed()[0].uuid, day)
    log_days(diary, [0])
    view = open_trends(window, qtbot)
    lanes = view.lanes
    assert lanes.visible_lanes() == ["spasms", "severity", "adherence", "habits"]
    march_9 = day_number(date(2026, 3, 9))
    assert lanes._habits.shown_days == [march_9]
    assert march_9 in lanes._adherence.shown_days
    assert [m.marker_day for m in lanes.lanes["adherence"].markers] == [date(2026, 3, 8)]
    assert lanes.show_day(march_9) == "Mon 9 Mar 2026: doses: 1 of 2 taken; 1 habit done"
    view.range_chips.button("90").click()
    assert lanes._habits.shown_days == [day_number(date(2026, 1, 20)), march_9]
    markers = [m.marker_day for m in lanes.lanes["adherence"].markers]
    assert markers == [date(2026, 1, 1), date(2026, 3, 8)]
    # Counted from the first recorded dose (20 Jan), so not 0 % for the days before it.
    assert view.cards.cards["adherence"].value.text().endswith("\u00a0%")  # never split
    assert "not recorded" in view.cards.cards["adherence"].compare.text()


def test_arrow_keys_read_out_day_by_day(window: MainWindow, diary: Diary, qtbot):
    from PySide6.QtCore import Qt

    log_days(diary, [1], per_day=2)
    view = open_trends(window, qtbot)
    chart = view.lanes.widget
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert view.lanes.hover.text() == "Wed 11 Mar 2026: nothing logged"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert view.lanes.hover.text().startswith("Tue 10 Mar 2026: 2 spasms, rated 3.5 on average")
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert view.lanes.hover.text().startswith("Tue 10 Feb 2026")


def test_markers_are_reused_across_range_switches(window: MainWindow, diary: Diary, qtbot):
    import pyqtgraph as pg

    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00"], amount=10, unit="mg",
                           starts=date(2025, 6, 1))  # fmt: skip
    c.medications.change(med.uuid, effective_from=date(2026, 3, 8), times=["08:00", "20:00"],
                        amount=10, unit="mg")  # fmt: skip
    diary.appointments.add(date(2026, 3, 2), "Dr Okafor")
    log_days(diary, [0, 300])
    view = open_trends(window, qtbot)
    lanes = view.lanes

    def lines() -> list:
        plot = lanes.lanes["adherence"].plot
        return [i for i in plot.items if isinstance(i, pg.InfiniteLine) and i not in
                lanes._crosshairs]  # fmt: skip

    def shown() -> list[date]:
        return sorted(line.marker_day for line in lines() if line.isVisible())

    assert shown() == [date(2026, 3, 2), date(2026, 3, 8)]
    view.range_chips.button("all").click()
    assert shown() == [date(2025, 6, 1), date(2026, 3, 2), date(2026, 3, 8)]
    count = len(lines())
    for key in ("7", "all", "30", "all"):
        view.range_chips.button(key).click()
    assert len(lines()) == count  # shown and hidden, never built again
    assert shown() == [date(2025, 6, 1), date(2026, 3, 2), date(2026, 3, 8)]
    view.range_chips.button("7").click()
    assert shown() == [date(2026, 3, 8)]
    assert [m.marker_day for m in lanes.lanes["adherence"].markers] == [date(2026, 3, 8)]


def test_marker_labels_stay_inside_their_lane_and_never_overlap(
    window: MainWindow, diary: Diary, qtbot
):
    c = diary.checklists
    med = c.medications.add("Baclofen", times=["08:00"], amount=5, unit="mg",
                           starts=date(2024, 3, 1))  # fmt: skip
    # A new dose every two months: closer than their labels are long, even on a wide window.
    changes = [date(2024 + (month - 1) // 12, (month - 1) % 12 + 1, 1) for month in range(5, 24, 2)]
    for amount, day in enumerate(changes, start=2):
        c.medications.change(med.uuid, effective_from=day, times=["08:00"], amount=5 * amount,
                            unit="mg")  # fmt: skip
    log_days(diary, [0, 700])
    view = open_trends(window, qtbot)
    lanes = view.lanes
    adherence = lanes.lanes["adherence"]

    def shown_labels() -> list[tuple[float, float]]:
        """(left, right) in scene pixels of each label on show, from the view's own mapping."""
        spans = []
        for line in adherence.markers:
            label = getattr(line, "label", None)
            if line.isVisible() and label is not None and label.isVisible():
                left = adherence.plot.vb.mapViewToScene(QPointF(line.value(), 0)).x()
                spans.append((left, left + label.boundingRect().width()))
        return sorted(spans)

    lane = adherence.plot.vb.sceneBoundingRect()
    for key in ("all", "365", "90"):
        view.set_range(key)
        spans = shown_labels()
        for (_, right), (left, _) in itertools.pairwise(spans):
            assert right <= left, f"labels overlap in range {key}"
        for left, right in spans:
            assert lane.left() <= left
            assert right <= lane.right() + 8
    view.set_range("all")
    crowded = [line.label.isVisible() for line in adherence.markers if hasattr(line, "label")]
    assert any(crowded)
    assert not all(crowded)  # some labels make room for the others


def test_date_axis_labels_keep_apart(window: MainWindow, diary: Diary, qtbot):
    from mslog.ui.trends.date_axis import label_room_px

    log_days(diary, [0, 400])
    view = open_trends(window, qtbot)
    plot = view.lanes.lanes[view.lanes.visible_lanes()[-1]].plot  # the one with the dates
    axis = plot.getAxis("bottom")
    for key in ("7", "30", "90", "365", "all"):
        view.set_range(key)
        view.lanes.widget.grab()  # paint it, as on screen (the axis learns its font then)
        (low, high), width = plot.vb.viewRange()[0], axis.width()
        levels = [values for _, values in axis.tickValues(low, high, width)]
        assert any(levels), key
        room = label_room_px(axis) * (high - low) / width
        # No two labels sit on each other, of one level (months) or two (months and days).
        for coarse, fine in itertools.combinations(levels, 2):
            assert all(abs(a - b) >= room for a in coarse for b in fine), key
        for values in levels:
            assert all(b - a >= room for a, b in itertools.pairwise(values)), key


def test_cards_say_what_they_rest_on_and_lead_with_the_check_in_nrs(
    window: MainWindow, diary: Diary, qtbot
):
    # 2-8 March complete (7 days) with 1, 2, 1, 2, 1, 2, 1 spasms at 07:xx and 21:xx in turn;
    # NRS 4 on each. 21-27 February: NRS 6 on 7 days, nothing logged (before the first
    # spasm, but the check-ins began the diary).
    for d in range(2, 9):
        n = 1 if d % 2 == 0 else 2
        for k in range(n):
            hour = 7 if k == 0 else 21
            diary.spasms.log(started=datetime(2026, 3, d, hour, 0, tzinfo=LONDON), severity=5)
        diary.checkins.update(date(2026, 3, d), nrs=4, spasms="all_logged")
    for d in range(21, 28):
        diary.checkins.update(date(2026, 2, d), nrs=6)
    view = open_trends(window, qtbot)
    view.range_chips.button("7").click()  # 5-11 March, today (the 11th) not over
    assert view.coverage_label.text() == (
        "6 days counted: 4 complete, 0 partial, 2 unknown"
        " (today counts once it is over or checked in as complete)"
    )
    cards = view.cards.cards
    # Only 4 complete days, and no partial one: (2 + 1 + 2 + 1) / 4, said to be rough.
    assert cards["per_day"].value.text() == "1.5 a day"
    basis = "based on only 4 complete days (7 make a steadier figure)"
    assert cards["per_day"].compare.text().startswith(basis)
    view.range_chips.button("30").click()  # 10 Feb - 11 Mar
    assert cards["per_day"].value.text() == "1.4 a day"  # 10 spasms / 7 complete days
    assert cards["per_day"].compare.text().startswith("based on 7 of 29 days (complete days)")
    assert cards["nrs"].value.text() == "5.0 on 14 days"  # 7 days of 4 and 7 of 6
    assert (
        cards["nrs"].compare.text() == "nothing to compare with before your diary began; before: —"
    )
    # 10 spasms on 7 days: enough for a busiest hour (07:00 every day).
    assert cards["hour"].value.text() == "07:00–08:00"
    assert cards["hour"].compare.text().startswith("7 spasms; before: ")
    view.range_chips.button("7").click()
    assert cards["nrs"].value.text() == "4.0 on 4 days"
    assert cards["rating"].value.text() == "5.0"
    assert cards["rating"].compare.text().startswith("6 of 6 rated; before: ")
    # 6 spasms on 4 days are no pattern: no busiest hour, and the card says what it needs.
    assert cards["hour"].value.text() == "–"
    assert (
        cards["hour"]
        .compare.text()
        .startswith("too little data: 10 spasms on 7 days needed; before: ")
    )
    # Snow of 5-8 March (2, 1, 2, 1 spasms): 3, 2, 3, 2; the lower median is 2.
    assert cards["snow"].value.text() == "2 of 5"
    assert cards["snow"].compare.text().startswith("one or fewer a day, typical of the same days")
    assert not cards["self_rated"].isVisible()  # never answered


def test_a_thirty_percent_nrs_change_is_marked_on_the_card(window: MainWindow, diary, qtbot):
    for d in range(1, 11):
        diary.checkins.update(date(2026, 3, d), nrs=4, spasms="none")
        diary.checkins.update(date(2026, 2, d + 18), nrs=6, spasms="none")  # 19-28 February
    view = open_trends(window, qtbot)
    view.set_range("custom", DateRange(date(2026, 3, 1), date(2026, 3, 10)))
    card = view.cards.cards["nrs"]
    assert card.value.text() == "4.0 on 10 days"
    assert card.compare.text().replace("\u00a0", " ") == (
        "−33 %: a change of 30 % or more is what trials call meaningful; before: 6.0 on 10 days"
    )
    assert view.cards.cards["per_day"].value.text() == "0.0 a day"  # said: no spasms
    assert view.cards.cards["snow"].value.text() == "1 of 5"
    assert view.cards.cards["snow"].compare.text().startswith("no spasms")  # true: none logged


def test_ties_and_a_range_before_the_diary(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, list(range(1, 8)), per_day=1)  # 12:00 on 4-10 March, heat ticked
    for d in range(4, 11):
        diary.spasms.log(started=datetime(2026, 3, d, 9, 10, tzinfo=LONDON), triggers=["stress"])
    view = open_trends(window, qtbot)
    cards = view.cards.cards
    assert cards["trigger"].value.text() == "Heat and Stress"
    assert cards["trigger"].compare.text() == "on 7 spasms each; before: —"
    assert cards["hour"].value.text() == "09:00–10:00 and 12:00–13:00"
    assert cards["hour"].compare.text() == "7 each; before: —"
    # Why the days before show "—" is said once, for the range, not on every card.
    assert "(your diary had not begun in the days before)" in view.range_label.text()
    shown = [view.range_label.text()] + [
        card.compare.text() for card in cards.values() if card.isVisible()
    ]
    assert sum("had not begun" in text for text in shown) == 1
    assert cards["per_day"].compare.text().endswith("; before: —")
    assert cards["nrs"].compare.text().endswith("; before: —")


def test_the_self_rated_questionnaire_saves_with_undo_and_shows_on_its_card(
    window: MainWindow, diary: Diary, qtbot
):
    from PySide6.QtCore import Qt

    view = open_trends(window, qtbot)
    view.pages.setCurrentWidget(view.appointments)
    form = view.appointments.self_rating
    click = lambda button: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # noqa: E731
    click(form.frequency.button("0"))
    assert not form.severity.isEnabled()  # severity is asked only when spasms come
    click(form.frequency.button("2"))
    assert form.severity.isEnabled()
    click(form.severity.button("3"))
    click(form.snow.button("4"))
    click(form.save_button)
    stored = diary.self_ratings.get(date(2026, 3, 11))
    assert (stored.penn_frequency, stored.penn_severity, stored.snow) == (2, 3, 4)
    assert form.message.text() == "Saved for 11 Mar 2026. Undo takes them back."
    card = view.cards.cards["self_rated"]
    assert card.isVisibleTo(view)
    assert card.value.text() == "Penn 2 · severity 3 · Snow 4"
    assert card.compare.text() == "your own answers, given 11 Mar 2026"
    assert card.toolTip() == (
        "Penn 2 of 4 (full spasms, less than once an hour); severity 3 of 3 (severe);"
        " Snow 4 of 5 (between five and nine a day)."
    )
    window.undo_stack.undo()
    assert diary.self_ratings.get(date(2026, 3, 11)) is None
    assert form.frequency.selected() == []
    assert card.value.text() == "–"
    click(form.save_button)  # nothing chosen: said calmly, nothing stored
    assert form.message.text() == "Not saved: answer at least one question."
    assert diary.self_ratings.get(date(2026, 3, 11)) is None


@pytest.mark.parametrize(
    ("theme", "minimum"), [("light", 4.5), ("dark", 4.5), ("high_contrast", 7.0)]
)
def test_the_cards_and_the_questionnaire_pass_the_audit(
    window: MainWindow, diary: Diary, qtbot, theme, minimum
):
    from mslog.ui.style import apply_style
    from tests.helpers.audit import audit, clipping

    log_days(diary, [1, 2, 3])
    diary.checkins.update(date(2026, 3, 10), nrs=5, spasms="all_logged")
    diary.self_ratings.answer(date(2026, 3, 10), penn_frequency=2, penn_severity=1, snow=3)
    app = QApplication.instance()
    apply_style(app, theme)
    try:
        window.resize(1280, 800)
        view = open_trends(window, qtbot)
        # Built on first show, the view fills the tab an event later: audit what is seen then.
        qtbot.waitUntil(lambda: view.width() == window.trends_tab.width())
        found = [str(p) for p in audit(window, min_contrast=minimum)]
        view.pages.setCurrentWidget(view.appointments)
        QApplication.processEvents()
        found += [str(p) for p in audit(window, min_contrast=minimum)]
        apply_style(app, theme, 2.0)
        QApplication.processEvents()
        found += [f"[200 %] {p}" for p in clipping(window)]
        assert not found, "\n".join(found)
    finally:
        apply_style(app, "light")


def fill_march(diary: Diary) -> None:
    """1-10 March: two spasms at 08:xx (heat) and one at 21:00 a day; check-ins on 1-8 March."""
    for d in range(1, 11):
        for minute in (0, 30):
            diary.spasms.log(
                started=datetime(2026, 3, d, 8, minute, tzinfo=LONDON),
                severity=4,
                triggers=["heat"],
            )
        diary.spasms.log(started=datetime(2026, 3, d, 21, 0, tzinfo=LONDON), severity=7)
        if d <= 8:
            diary.checkins.update(date(2026, 3, d), spasms="all_logged", nrs=5)
    add_sessions(diary, [3, 4])


def test_a_refresh_reads_each_part_of_the_range_once(
    window: MainWindow, diary: Diary, qtbot, monkeypatch, clock: FakeClock
):
    fill_march(diary)
    view = open_trends(window, qtbot)
    view.set_range("custom", DateRange(date(2026, 3, 1), date(2026, 3, 10)))
    reads: Counter = Counter()
    for service, names in (
        (diary.trends, ("daily", "hours", "heatmap", "raster", "breakdown", "notable_notes")),
        (diary.checkins, ("between",)),
        (diary.appointments, ("between",)),
    ):
        for name in names:
            real = getattr(service, name)

            def counted(*args, _real=real, _name=name, **kwargs):
                reads[(_name, *args[:2])] += 1
                return _real(*args, **kwargs)

            monkeypatch.setattr(service, name, counted)
    other = sqlite3.connect(diary.db.database)  # another program wrote: all is read again
    with other:
        other.execute("UPDATE spasm SET note = 'stairs' WHERE id = (SELECT MIN(id) FROM spasm)")
    other.close()
    view.refresh()
    view.draw_all()  # every chart page drawn from the one page
    assert reads[("daily", view.range)] == 1
    assert reads[("heatmap", view.range)] == reads[("raster", view.range)] == 1
    assert max(reads.values()) == 1, [key for key, n in reads.items() if n > 1]
    before = reads.copy()
    qtbot.mouseClick(view.range_chips.button("90"), Qt.MouseButton.LeftButton)
    view.set_range("custom", DateRange(date(2026, 3, 1), date(2026, 3, 10)))
    view.draw_all()
    assert view.page.figures.spasms == 30  # back to the range: its page, nothing read again
    assert all(reads[key] == n for key, n in before.items())


def test_the_report_and_the_view_show_the_same_figures(window: MainWindow, diary: Diary, qtbot):
    from mslog.core.report import build_report

    fill_march(diary)
    march = DateRange(date(2026, 3, 1), date(2026, 3, 10))
    view = open_trends(window, qtbot)
    view.set_range("custom", march)
    view.draw_all()
    content = build_report(diary, march)
    rows = {row.measure: row.now for row in content.key_rows}
    cards = {key: card for key, card in view.cards.cards.items()}
    assert cards["per_day"].value.text() == "3.0 a day"
    assert rows["Spasms per complete day"] == "3.0 on 8 complete days"
    assert rows["Spasticity NRS (0–10), daily mean"] == cards["nrs"].value.text()
    assert cards["nrs"].value.text() == "5.0 on 8 days"
    hour = f"{cards['hour'].value.text()} ({cards['hour'].compare.text().split(';')[0]})"
    details = {s.title: s.lines for s in content.sections}
    assert details["Time of day"][1] == f"Busiest hour: {hour}."
    assert hour == "08:00–09:00 (20 spasms)"
    (marked,) = [lines for title, lines in details.items() if title.startswith("Marked on")]
    assert marked[0].startswith(f"Triggers: {cards['trigger'].value.text()} 20")
    # The card counts days stretched in full; the report any day with stretching (a
    # session stopped early too), and says so in the row's name.
    assert cards["stretch"].value.text() == "1 of 10"
    assert rows["Days with stretching"] == "2 of 10 days"
    content = build_report(diary, march)
    assert view.breakdown.analysis is not None
    assert view.breakdown.analysis.findings == content.effects.findings
