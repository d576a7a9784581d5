"""Trends charts on a scrolling page: the wheel scrolls, Ctrl+wheel and keys zoom, Reset zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style, contrast_ratio
from tests.helpers.audit import text_contrast
from tests.ui.trends.test_view import log_days, open_trends


def wheel(widget, up: bool, ctrl: bool = False) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 3)
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, 120 if up else -120),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)


def page_scroll(view) -> int:
    return view.findChild(QScrollArea).verticalScrollBar().value()


def x_range(view) -> list[float]:
    return list(view.lanes.lanes["spasms"].plot.vb.viewRange()[0])


def test_the_wheel_over_a_chart_scrolls_the_page_and_ctrl_wheel_zooms(
    window: MainWindow, diary: Diary, qtbot
):
    log_days(diary, [0, 3, 20])
    view = open_trends(window, qtbot)
    viewport = view.lanes.widget.viewport()
    whole = x_range(view)
    wheel(viewport, up=False)
    assert page_scroll(view) > 0  # the page went down
    assert x_range(view) == whole  # the chart did not zoom
    assert not view.lanes.zoom.button.isVisible()
    for _ in range(3):
        wheel(viewport, up=True, ctrl=True)
    zoomed = x_range(view)
    assert zoomed[1] - zoomed[0] < whole[1] - whole[0]
    assert zoomed[1] - zoomed[0] >= 7 * 86400  # never less than a week: no one giant bar
    assert view.lanes.zoom.button.isVisible()
    qtbot.mouseClick(view.lanes.zoom.button, Qt.MouseButton.LeftButton)
    assert x_range(view) == whole
    assert not view.lanes.zoom.button.isVisible()


def test_plus_minus_and_zero_zoom_the_focused_chart(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [0, 3, 20])
    view = open_trends(window, qtbot)
    chart = view.lanes.widget
    chart.setFocus()
    whole = x_range(view)
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    narrower = x_range(view)
    assert narrower[1] - narrower[0] < whole[1] - whole[0]
    assert view.lanes.zoom.button.isVisible()
    qtbot.keyClick(chart, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert x_range(view)[1] - x_range(view)[0] < narrower[1] - narrower[0]
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert x_range(view)[1] - x_range(view)[0] > narrower[1] - narrower[0] - 1
    qtbot.keyClick(chart, Qt.Key.Key_0)
    assert x_range(view) == whole
    assert not view.lanes.zoom.button.isVisible()


def test_a_new_range_resets_the_zoom_and_the_readout(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [1, 20], per_day=2)
    view = open_trends(window, qtbot)
    chart = view.lanes.widget
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert view.lanes.hover.text().startswith("Tue 10 Mar 2026: 2 spasms")
    log_days(diary, [1], per_day=1)  # a third spasm that day: the readout says so
    assert view.lanes.hover.text().startswith("Tue 10 Mar 2026: 3 spasms")
    qtbot.mouseClick(view.range_chips.button("7"), Qt.MouseButton.LeftButton)
    assert not view.lanes.zoom.button.isVisible()
    assert view.lanes.hover.text().startswith("Tue 10 Mar 2026: 3 spasms")
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert view.lanes.hover.text().startswith("Thu 5 Mar 2026")
    view.set_range("30")  # the day pointed at is in it: still read out
    assert view.lanes.hover.text().startswith("Thu 5 Mar 2026")


def test_every_lane_shows_its_dates(window: MainWindow, diary: Diary, qtbot):
    log_days(diary, [0, 3])
    view = open_trends(window, qtbot)
    for key in view.lanes.visible_lanes():
        assert view.lanes.lanes[key].plot.getAxis("bottom").isVisible(), key


def _line_contrast(view, lanes_grab, line, background: str) -> float:
    plot = line.getViewBox()
    x = plot.mapViewToScene(QPointF(line.value(), 0)).x()
    image = lanes_grab.toImage()
    column = round(view.lanes.widget.mapTo(view.lanes, QPoint(round(x), 0)).x())
    rect = plot.sceneBoundingRect()
    top = round(view.lanes.widget.mapTo(view.lanes, rect.topLeft().toPoint()).y())
    bottom = round(view.lanes.widget.mapTo(view.lanes, rect.bottomLeft().toPoint()).y())
    return max(
        contrast_ratio(QColor(image.pixel(c, y)), background)
        for y in range(top + 2, bottom - 2)
        for c in (column - 1, column, column + 1)
    )


def test_the_appointment_line_and_dialog_buttons_show_in_every_theme(
    window: MainWindow, diary: Diary, qtbot, qapp
):
    from datetime import date

    log_days(diary, [0, 5])
    diary.appointments.add(date(2026, 3, 2), "Dr Okafor", "")
    view = open_trends(window, qtbot)
    try:
        for theme in ("dark", "high_contrast", "light"):  # changed live, as in Settings
            window.settings.set("theme", theme)
            qtbot.waitUntil(lambda t=theme: qapp.property("mslogTheme") == t)
            qtbot.waitUntil(lambda: view.lanes.widget.backgroundBrush().color().name()
                            == view.colours.background)  # fmt: skip
            line = next(
                m for m in view.lanes.lanes["severity"].markers if m.marker_day == date(2026, 3, 2)
            )
            ratio = _line_contrast(view, view.lanes.grab(), line, view.colours.background)
            assert ratio >= 3, (theme, ratio)  # a graphic against what is around it
            # The menu bar is repainted at once (what is on screen, not a fresh drawing).
            bar = window.menuBar()
            wanted = bar.palette().color(bar.backgroundRole()).name()

            def painted(bar=bar, wanted=wanted) -> bool:
                shot = window.screen().grabWindow(window.winId()).toImage()
                edge = bar.geometry()
                return QColor(shot.pixel(edge.right() - 20, edge.center().y())).name() == wanted

            qtbot.waitUntil(painted, timeout=1000)
            dialog = window.show_settings()
            qtbot.waitExposed(dialog)
            close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
            assert close.icon().isNull()  # Qt's stock icon is dark on every theme
            assert text_contrast(dialog, close) >= 4.5
            dialog.close()
    finally:
        apply_style(qapp, "light")


def test_following_the_system_the_charts_and_an_open_dialog_go_dark_with_the_desktop(
    window: MainWindow, diary: Diary, qtbot, qapp, monkeypatch
):
    from PySide6.QtGui import QPalette, QStyleHints

    log_days(diary, [0, 3])
    window.settings.set("theme", "system")  # the default
    view = open_trends(window, qtbot)
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    light_bars = view.lanes._bars.bars.opts["brush"]
    # Offscreen, Qt has no desktop to ask (setColorScheme changes nothing): say what GNOME
    # says through the settings portal, and send its signal.
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _hints: Qt.ColorScheme.Dark)
    try:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: view.colours.dark)
        assert qapp.property("mslogTheme") == "dark"
        assert QColor(view.lanes.widget.backgroundBrush().color()).lightness() < 128
        assert view.lanes._bars.bars.opts["brush"] != light_bars
        assert dialog.palette().color(QPalette.ColorRole.Window).lightness() < 128
        dialog.close()
    finally:
        apply_style(qapp, "light")
