"""The moving figure in the player: side labels, positions, and no redraws when paused or hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from mslog.core.diary import Diary
from mslog.core.routines.figure import bounds, build, still_props
from mslog.core.routines.player import State
from mslog.core.routines.poses import FIGURES
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.routines.figure_view import FigureView, paint_figure, role_colours
from mslog.ui.routines.tab import StretchTab
from mslog.ui.style import DARK, HIGH_CONTRAST, LIGHT, contrast_ratio
from tests.helpers.stubs import FakeClock


class Quiet:
    def play(self, name: str) -> None: ...

    def say(self, text: str) -> None: ...


def _tab(qtbot, diary: Diary) -> tuple[StretchTab, DiaryNotifier]:
    notifier = DiaryNotifier(diary)
    tab = StretchTab(diary, notifier, sound_factory=Quiet, voice_factory=Quiet)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab, notifier


def _play(tab: StretchTab, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        tab.refresh_player()


def test_the_daily_routine_shows_each_side_labelled_and_the_calf_stretch_in_a_chair(
    qtbot, diary: Diary, clock: FakeClock
):
    tab, notifier = _tab(qtbot, diary)
    try:
        tab.start("bundled/daily_5_minutes")
        picture = tab.view.picture
        assert picture.position() == "chair"
        _play(tab, clock, 5 + 12)
        assert tab.view.exercise.text() == "Ankle rolls, left leg"
        assert picture.label() == "LEFT"
        assert picture.is_mirrored()
        assert picture.figure() is FIGURES["ankle_rolls"]["chair"]
        assert "LEFT" in picture.accessibleDescription()
        tab.view.pause_button.setFocus()
        for _ in range(3):  # ankle rolls, right; foot pumps; calf stretch, left
            qtbot.keyClick(tab.view, Qt.Key.Key_Right)
            tab.refresh_player()
        assert tab.view.exercise.text().startswith("Calf stretch, left leg")
        assert picture.figure() is FIGURES["calf_stretch"]["chair"]
        assert "towel" in picture.figure().props
        image = picture.grab().toImage()
        assert not image.isNull()
    finally:
        tab.shutdown()
        notifier.detach()


def test_bedtime_routine_is_drawn_lying_on_the_bed(qtbot, diary: Diary, clock: FakeClock):
    tab, notifier = _tab(qtbot, diary)
    try:
        tab.start("bundled/gentle_bedtime")
        assert tab.view.picture.position() == "bed"
        assert tab.view.picture.figure() is FIGURES["knee_rolls"]["bed"]
        assert tab.view.picture.label() == "BOTH"
    finally:
        tab.shutdown()
        notifier.detach()


def test_no_timer_and_no_redraw_while_paused_and_none_while_hidden(
    qtbot, diary: Diary, clock: FakeClock
):
    tab, notifier = _tab(qtbot, diary)
    try:
        tab.start("bundled/daily_5_minutes")
        picture = tab.view.picture
        _play(tab, clock, 5 + 2)  # into the ankle rolls, which keep moving
        before = picture.repaints
        _play(tab, clock, 1)
        assert picture.repaints > before  # moving while running
        moving_pose = picture.current_pose()
        qtbot.keyClick(tab.view.pause_button, Qt.Key.Key_Space)
        assert tab.player.state is State.PAUSED
        assert not tab.timer.isActive()
        held = picture.repaints
        clock.advance(5)
        tab.refresh_player()
        assert picture.repaints == held
        assert picture.current_pose() == moving_pose  # paused: the figure holds still
        qtbot.keyClick(tab.view.pause_button, Qt.Key.Key_Space)  # resume
        qtbot.waitUntil(lambda: tab.player.state is State.RUNNING or _resumed(tab, clock))
        picture.hide()
        hidden = picture.repaints
        _play(tab, clock, 1)
        assert picture.repaints == hidden  # nothing is drawn while not on screen
    finally:
        tab.shutdown()
        notifier.detach()


def _resumed(tab: StretchTab, clock: FakeClock) -> bool:
    clock.advance(0.5)
    tab.refresh_player()
    return tab.player.state is State.RUNNING


def test_a_held_stretch_stops_redrawing_once_in_place(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_figure(FIGURES["calf_stretch"]["chair"], "right", None, "Calf stretch, right leg")
    for tenth in range(0, 100):
        view.set_time(tenth / 10)
    settled = view.repaints
    for tenth in range(100, 200):
        view.set_time(tenth / 10)
    assert view.repaints == settled  # held still: no more repaints
    assert view.label() == "RIGHT"
    assert not view.is_mirrored()


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST])
def test_the_label_and_the_working_limb_stand_out_in_every_theme(theme):
    roles = role_colours(theme)
    assert contrast_ratio(theme.window, theme.focus) >= 3  # large bold label on its pill
    assert contrast_ratio(roles["work"], theme.window) >= 3  # the highlighted limb
    assert contrast_ratio(roles["body"], theme.window) >= 4.5
    assert contrast_ratio(roles["far"], theme.window) >= 1.8  # paler, still there


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST])
def test_props_are_seen_and_apart_from_the_figure_in_every_theme(theme):
    roles = role_colours(theme)
    for role in ("prop", "prop_soft"):  # a chair, a bed's legs, the floor line
        assert contrast_ratio(roles[role], theme.window) >= 1.4, role
        assert contrast_ratio(roles[role], roles["body"]) >= 1.5, role  # not the body's colour
    assert contrast_ratio(roles["prop"], theme.window) >= 3  # the chair itself
    # A chair back or a mattress behind the figure shows, and the body over it stands out.
    assert contrast_ratio(roles["prop_back"], theme.window) >= 1.3
    assert contrast_ratio(roles["body"], roles["prop_back"]) >= 4.5
    assert contrast_ratio(roles["work"], roles["prop_back"]) >= 2.5


def test_every_variant_paints_at_small_and_large_sizes(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    for variants in FIGURES.values():
        for figure in variants.values():
            view.set_figure(figure, "left", None)
            for size in ((200, 150), (900, 600)):
                view.resize(*size)
                image = view.grab().toImage()
                focus = QColor(LIGHT.focus).rgb()
                hits = sum(
                    image.pixel(x, y) == focus
                    for x in range(0, image.width(), 3)
                    for y in range(0, image.height(), 3)
                )
                assert hits > 10  # the label's pill and the working part are drawn


@pytest.mark.parametrize(
    ("exercise", "position", "side"),
    [
        ("calf_stretch", "chair", "left"),
        ("trunk_rotation", "chair", "right"),
        ("knee_rolls", "bed", "both"),
    ],
)
def test_the_backdrop_drawn_once_looks_the_same_as_a_whole_frame(qtbot, exercise, position, side):
    figure = FIGURES[exercise][position]
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(480, 360)
    view.set_figure(figure, side, None)
    view.show()
    qtbot.waitExposed(view)
    for seconds in (0.0, 1.0, 10.0):  # the backdrop is kept as the figure moves
        view.set_time(seconds)
        shown = view.grab().toImage()
        whole = QImage(shown.size(), QImage.Format.Format_ARGB32_Premultiplied)
        whole.fill(shown.pixel(0, 0))  # the widget's own background, as grab() has it
        painter = QPainter(whole)
        shapes = build(figure, view.current_pose(), side)
        paint_figure(painter, QRectF(view.rect()), shapes, view.label(), LIGHT, bounds(figure))
        painter.end()
        shown = shown.convertToFormat(whole.format())
        # Edges antialiased onto a clear backdrop blend a level or two differently.
        worst = max(
            abs(QColor(shown.pixel(x, y)).value() - QColor(whole.pixel(x, y)).value())
            for x in range(0, whole.width(), 2)
            for y in range(0, whole.height(), 2)
        )
        assert worst <= 3, seconds


def test_chairs_and_beds_are_drawn_once_and_a_towel_or_arrow_each_frame():
    assert still_props(FIGURES["calf_stretch"]["chair"]) == ("chair",)  # the towel moves
    assert still_props(FIGURES["trunk_rotation"]["chair"]) == ("chair_front",)
    assert still_props(FIGURES["knee_rolls"]["bed"]) == ("bed_top", "pillow")
