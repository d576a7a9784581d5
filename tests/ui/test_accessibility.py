"""The accessibility audit: every tab, every theme, and the 200 % text size."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mslog.core.diary import Diary
from mslog.ui.main_window import MainWindow
from mslog.ui.style import apply_style, current_scale
from tests.helpers.audit import POPUP_NOTICES, audit, clipping
from tests.helpers.month_of_everything import a_month_of_everything

# Opens the main window on a month of everything, in a theme and text size (open_window).
OpenWindow = Callable[..., MainWindow]
THEMES = [("light", 4.5), ("dark", 4.5), ("high_contrast", 7.0)]


def _each_tab(window: MainWindow):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield window.tabs.tabText(index)


@pytest.fixture
def busy_window(window: MainWindow, diary: Diary) -> MainWindow:
    """The window with some data and the details panel open, so most widgets show."""
    diary.spasms.log(severity=4, kind="clonus", locations=["left_foot"], triggers=["heat"])
    window.log_tab.quick_log()
    window.resize(1280, 800)
    QApplication.processEvents()
    return window


def test_nothing_is_clipped_at_200_percent(busy_window: MainWindow):
    app = QApplication.instance()
    apply_style(app, "light", 2.0)
    try:
        busy_window.resize(1280, 800)
        found = []
        for tab in _each_tab(busy_window):
            found += [f"[{tab}] {p}" for p in clipping(busy_window)]
        assert not found, "\n".join(found)
    finally:
        apply_style(app, "light")


def test_the_audit_catches_problems(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    faint = QLabel("faint text")
    faint.setStyleSheet("color: #dddddd; background: #ffffff;")
    tiny = QPushButton("x")
    tiny.setFixedSize(20, 20)
    layout.addWidget(faint)
    layout.addWidget(tiny)
    page.show()
    qtbot.waitExposed(page)
    issues = [str(p) for p in audit(page)]
    assert any("faint text" in i and "contrast" in i for i in issues)
    assert any("'x'" in i and "target" in i for i in issues)


def test_tab_order_follows_reading_order_on_the_log_tab(busy_window: MainWindow):
    tab = busy_window.log_tab
    order = []
    widget = tab.log_button
    for _ in range(200):
        order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is tab.log_button:
            break
    position = {id(w): i for i, w in enumerate(order)}

    def at(w):
        return position[id(w)]

    details = tab.details
    assert at(tab.log_button) < at(tab.undo_button) < at(tab.earlier_button)
    assert at(tab.earlier_button) < at(details.done_button) < at(details.severity.button(0))
    assert at(details.severity.button(0)) < at(details.severity.button(10))
    assert at(details.severity.button(10)) < at(details.kind.button("flexor"))
    assert at(details.kind.button("flexor")) < at(details.locations.button("left_foot"))
    assert at(details.triggers.button("heat")) < at(details.note)
    assert at(details.note) < at(tab.today.rows[0].edit_button)


def test_tab_order_follows_the_list_top_to_bottom(window: MainWindow, diary: Diary, clock):
    for _ in range(3):
        clock.advance(minutes=10)
        diary.spasms.log()
    QApplication.processEvents()  # new rows show on the next turn of the event loop
    rows = window.log_tab.today.rows  # newest first, as shown

    def next_stop(widget):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
            widget = widget.nextInFocusChain()
        return widget

    assert next_stop(rows[0].edit_button) is rows[0].delete_button
    assert next_stop(rows[0].delete_button) is rows[1].edit_button
    assert next_stop(rows[1].delete_button) is rows[2].edit_button


@pytest.fixture
def open_window(qtbot, diary: Diary, clock) -> OpenWindow:
    """Return a function that opens the window on a month of everything, in a style.

    The diary is filled in and the style given before the window opens: afterwards,
    every entry would refresh the window's screens, and a new style each of its widgets.
    No test sets the style back: the next starts light at 100 % (the ``_styled`` fixture).
    """

    def open_it(theme: str = "light", scale: float = 1.0) -> MainWindow:
        apply_style(QApplication.instance(), theme, scale)
        a_month_of_everything(diary, clock)
        win = MainWindow(diary)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return open_it


@pytest.fixture(scope="module", autouse=True)
def _light_afterwards(qapp: QApplication) -> Iterator[None]:
    """Leave the application light at 100 % for the tests of other modules."""
    yield
    apply_style(qapp, "light")


def _trends_pages(window: MainWindow, qtbot):
    """Open the Trends tab, then each of its pages by clicking its tab; yield each name."""
    window.tabs.setCurrentWidget(window.trends_tab)
    qtbot.waitUntil(window.trends_tab.is_built)
    view = window.trends_tab.content
    qtbot.waitUntil(lambda: view.width() == window.trends_tab.width())
    bar = view.pages.tabBar()
    bar.setFocus()
    for index in range(bar.count()):
        if index:  # the next page, by the keyboard (at large text not every tab is in view)
            qtbot.keyClick(bar, Qt.Key.Key_Right)
        assert view.pages.currentIndex() == index
        yield view, bar.tabText(index)


def _no_sideways_scrolling(window: MainWindow, qtbot, page: str) -> None:
    from pytestqt.exceptions import TimeoutError as NotInTime

    from tests.helpers.audit import sideways_scrolling

    # The layout settles over a few events after a resize or a new page.
    try:
        qtbot.waitUntil(lambda: not sideways_scrolling(window), timeout=2000)
    except NotInTime as exc:
        found = "\n".join(str(p) for p in sideways_scrolling(window))
        raise AssertionError(f"[{page}] {found}") from exc


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_trends_fits_800x600_at_200_percent(
    open_window: OpenWindow, diary: Diary, clock, qtbot, theme: str
):
    """Issue 11: the range chips, heading, buttons and cards made Trends scroll sideways."""
    window = open_window(theme, 2.0)
    window.resize(800, 600)
    for view, page in _trends_pages(window, qtbot):
        _no_sideways_scrolling(window, qtbot, page)
        found = [f"[{page}] {p}" for p in clipping(view)]
        assert not found, "\n".join(found)
    # An appointment's line wraps inside the list rather than running off to the side.
    listed = view.appointments.list
    assert listed.visualItemRect(listed.item(0)).width() <= listed.viewport().width()
    assert "Dr Okafor, neurology" in listed.item(0).text()
    # The longest Penn level goes on two lines, ticked or not, and still fits.
    form = view.appointments.self_rating
    longest = form.frequency.button("4")
    assert "\n" in longest.text()
    qtbot.mouseClick(longest, Qt.MouseButton.LeftButton)
    assert longest.text().startswith("✓ 4")
    assert "\n" in longest.text()
    assert diary.self_ratings.get(clock.now().date()) is None  # saved only on Save
    qtbot.waitUntil(lambda: not clipping(view))  # the row makes room an event later
    # Narrow: one card a row, and the two buttons one under the other.
    cards = view.cards
    assert cards._grid.getItemPosition(cards._grid.indexOf(cards.cards["nrs"]))[:2] == (1, 0)
    assert view.report_button.y() > view.image_button.y()


def test_trends_at_1280x800_keeps_its_wide_layout(
    open_window: OpenWindow, diary: Diary, clock, qtbot
):
    window = open_window()
    window.resize(1280, 800)
    for view, page in _trends_pages(window, qtbot):
        _no_sideways_scrolling(window, qtbot, page)
        assert not clipping(view), page
    # Five cards a row, the buttons side by side under the heading.
    cards = view.cards
    assert cards._grid.getItemPosition(cards._grid.indexOf(cards.cards["hour"]))[:2] == (0, 4)
    assert view.report_button.y() == view.image_button.y()
    assert view.report_button.x() > view.image_button.x()
    # Room enough: every level of the questionnaire on one line.
    form = view.appointments.self_rating
    assert not any("\n" in button.text() for button in form._labels)


def _checklists_dialogs(window: MainWindow, qtbot):
    """Open each dialog of the Checklists tab by its button; yield its name and the dialog."""
    from PySide6.QtWidgets import QDialogButtonBox

    window.tabs.setCurrentWidget(window.checklists_page)
    qtbot.waitUntil(window.checklists_page.is_built)
    tab = window.checklists_page.content

    def row():  # rows and lines are rebuilt as the diary changes: found again each time
        return next(iter(tab.doses.rows.values()))

    def medication():
        return tab.medications.lines[0]

    openers = [
        ("change the time", [lambda: row().taken_button, lambda: row().time_button]),
        ("reason for skipping", [lambda: row().skip_button, lambda: row().reason_button]),
        ("as-needed dose", [lambda: tab.doses.as_needed_button]),
        ("add a habit", [lambda: tab.habits.add_button]),
        ("try a habit", [lambda: tab.habits.trial.plan_button]),
        ("add a medication", [lambda: tab.medications.add_button]),
        ("change a medication", [lambda: medication().change_button]),
        ("stop a medication", [lambda: medication().stop_button]),
    ]
    for name, buttons in openers:
        for button in buttons:
            qtbot.waitUntil(lambda b=button: b().isVisible())
            qtbot.mouseClick(button(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
        dialog = tab.dialog
        yield name, dialog
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.dialog is None)


@pytest.mark.parametrize(("size", "scale"), [((1280, 800), 1.0), ((800, 600), 2.0)])
def test_checklists_dialogs_fit_the_window(
    open_window: OpenWindow,
    diary: Diary,
    clock,
    qtbot,
    size: tuple[int, int],
    scale: float,
):
    """The dialogs kept their smallest size: squeezed at 100 %, larger than a small window."""
    from PySide6.QtWidgets import QAbstractSpinBox

    window = open_window("light", scale)
    window.resize(*size)
    for name, dialog in _checklists_dialogs(window, qtbot):
        assert dialog.width() <= window.width(), name
        assert dialog.height() <= window.height(), name
        # The reading width (420 px at 100 %, more for the long forms) when there is room.
        assert dialog.width() >= min(420 * scale, window.width() - 24), name
        scroll = dialog.scroll_area
        assert scroll.horizontalScrollBar().maximum() == 0, name
        # The scroll bar comes and goes over a few events as the dialog takes its size.
        qtbot.waitUntil(lambda s=scroll: s.widget().width() <= s.viewport().width())
        found = [f"[{name}] {p}" for p in clipping(dialog)]
        assert not found, "\n".join(found)
        for field in dialog.findChildren(QAbstractSpinBox):
            # Big targets, and the value readable (not squeezed by the style sheet).
            assert field.height() >= 44, name
            edit = field.lineEdit()
            assert edit.width() >= edit.fontMetrics().horizontalAdvance(field.text()), name
        if scale == 1.0:  # room enough: the whole form shows without scrolling
            assert scroll.verticalScrollBar().maximum() == 0, name


@pytest.mark.parametrize(("size", "scale"), [((1280, 800), 1.0), ((800, 600), 2.0)])
def test_the_checkin_banner_is_not_cut_off(
    window: MainWindow, diary: Diary, qtbot, size: tuple[int, int], scale: float
):
    """At 800x600 and 200 % the banner wrapped under the tabs' room: its last button cut off."""
    app = QApplication.instance()
    apply_style(app, "light", scale)
    try:
        window.resize(*size)
        bar = window.checkin.bar
        window.checkin.remind(diary.checkins.today())
        buttons = (bar.open_button, bar.snooze_button, bar.hide_button)

        def inside(button) -> bool:
            return bar.rect().contains(button.geometry().translated(bar._buttons.pos()))

        # The banner settles over a few events once shown; then every button is inside it.
        qtbot.waitUntil(lambda: bar.isVisible() and all(inside(b) for b in buttons))
        assert bar.height() >= bar.heightForWidth(bar.width())
        found = [str(p) for p in clipping(window) if "CheckinReminderBar" in p.widget]
        assert not found, "\n".join(found)
        assert all(button.height() >= 44 for button in buttons)
        if scale == 1.0:  # room enough for the whole wording
            assert bar.snooze_button.text() == "Snooze 10 min"
            assert bar.text.isVisible()
        assert "10 minutes" in bar.snooze_button.accessibleName()
    finally:
        apply_style(app, "light")


def test_appointments_status_follows_the_buttons(window: MainWindow, qtbot):
    """The empty problem line left a blank line between the buttons and what was added."""
    from PySide6.QtWidgets import QLabel

    window.tabs.setCurrentWidget(window.trends_tab)
    qtbot.waitUntil(window.trends_tab.is_built)
    view = window.trends_tab.content
    bar = view.pages.tabBar()
    index = view.pages.indexOf(view.appointments)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    page = view.appointments
    qtbot.waitUntil(page.isVisible)
    qtbot.keyClicks(page.clinician, "Dr Okafor")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Added the appointment"))
    assert page.message.isHidden()
    buttons = page.add_button.parentWidget()
    gap = page.status.geometry().top() - buttons.geometry().bottom()
    assert gap < page.status.fontMetrics().height()
    # Section titles line up with the fields and rows under them.
    for title in page.findChildren(QLabel, "sectionTitle"):
        assert title.indent() == 0, title.text()


@pytest.mark.parametrize(("size", "scale"), [((1280, 800), 1.0), ((800, 600), 2.0)])
def test_checklists_fit_without_sideways_scrolling(
    open_window: OpenWindow,
    diary: Diary,
    clock,
    qtbot,
    size: tuple[int, int],
    scale: float,
):
    """At 800x600 and 200 % the dose rows, day buttons and progress made the tab scroll sideways."""
    window = open_window("light", scale)
    window.resize(*size)
    window.tabs.setCurrentWidget(window.checklists_page)
    qtbot.waitUntil(window.checklists_page.is_built)
    tab = window.checklists_page.content

    def row():
        return next(iter(tab.doses.rows.values()))

    def fits(what: str) -> None:
        _no_sideways_scrolling(window, qtbot, f"Checklists, {what}")
        found = [f"[{what}] {p}" for p in clipping(tab)]
        assert not found, "\n".join(found)

    fits("today")
    qtbot.mouseClick(row().skip_button, Qt.MouseButton.LeftButton)  # Reason shows too
    qtbot.waitUntil(lambda: row().reason_button.isVisible())
    fits("a skipped dose")
    qtbot.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)  # Today shows too
    qtbot.waitUntil(tab.today_button.isVisible)
    fits("the day before")
    qtbot.mouseClick(tab.habits.edit_button, Qt.MouseButton.LeftButton)
    fits("changing the habit list")
    if scale == 1.0:  # room enough: each dose on one line, the day buttons in words
        assert all(r.one_line() for r in tab.doses.rows.values())
        assert tab.prev_button.text().endswith("Day before")
        assert row().taken_button.y() == row().skip_button.y()
    else:  # the buttons under the words, arrows on the day buttons; their names stay
        assert not row().one_line()
        assert tab.prev_button.text() == "◀"
        assert tab.prev_button.accessibleName() == "Show the day before"


# By text size first: restyling the window for a new text size takes longer than a resize.
SIZES = [((800, 600), 1.0), ((1366, 768), 1.0), ((800, 600), 2.0), ((1366, 768), 2.0)]
# Screens the layout audit still finds wanting at these sizes, by "800x600-200": each is
# audited all the same, and the test fails once one passes (take it off the list).
STILL_TO_FIX: dict[str, set[str]] = {}


def test_the_themes_differ_only_in_colour():
    """The layout is the same in every theme, so the fit audit measures it in one."""
    import re

    from mslog.ui.style import DARK, HIGH_CONTRAST, LIGHT, style_sheet

    def shape(sheet: str) -> str:  # the style sheet without its colours and tinted icons
        return re.sub(r"#[0-9a-fA-F]{6}|url\([^)]*\)", "", sheet)

    for scale in (1.0, 1.5, 2.0):
        light = shape(style_sheet(LIGHT, scale))
        assert shape(style_sheet(DARK, scale)) == light
        assert shape(style_sheet(HIGH_CONTRAST, scale)) == light


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
def test_every_screen_fits_small_and_large(open_window: OpenWindow, diary: Diary, clock):
    """Issue 15: no sideways scrolling, nothing cut off, outside or overlapping, targets 44 px.

    One window, re-sized and re-scaled for each size and text size (a new one each time
    would only repeat its building); in the light theme, as the layout is the same in
    every theme (test_the_themes_differ_only_in_colour).
    """
    from tests.helpers.audit import fits
    from tests.helpers.screens import every_screen, settle

    window = open_window()
    window.settings.set("sounds", False)  # the player runs a step: no audio device touched
    window.settings.set("voice", False)
    found, passing = [], []
    for size, scale in SIZES:
        if scale != current_scale():
            apply_style(QApplication.instance(), "light", scale)
        window.resize(*size)
        settle()
        at = f"{size[0]}x{size[1]}-{round(scale * 100)}"
        # The window (menu bar included) goes this small.
        assert window.size().toTuple() == size, at
        known = STILL_TO_FIX.get(at, set())
        for name, shown in every_screen(window, diary, lambda s: clock.advance(seconds=s)):
            if name != "about":  # a message box sizes itself to its text
                assert shown.width() <= size[0], f"{at} {name}"
                assert shown.height() <= size[1], f"{at} {name}"
            problems = [f"[{at}/{name}] {p}" for p in fits(shown)]
            if name in known:
                passing += [] if problems else [f"{at}/{name}"]
            else:
                found += problems
    assert not found, "\n".join(found)
    assert not passing, f"these pass now: take them off STILL_TO_FIX: {passing}"


@pytest.mark.parametrize(("theme", "minimum"), THEMES)
def test_every_screen_passes_the_audit(
    open_window: OpenWindow, diary: Diary, clock, theme: str, minimum: float
):
    """Names, keyboard reach, targets and contrast on every tab, page and dialog, per theme.

    At 100 % text, whose thin strokes are the hardest test of contrast; the sizes and
    the 200 % text are measured by test_every_screen_fits_small_and_large.
    """
    from tests.helpers.screens import every_screen

    window = open_window(theme)
    window.settings.set("sounds", False)
    window.settings.set("voice", False)
    window.resize(1366, 768)
    found = []
    for name, shown in every_screen(window, diary, lambda s: clock.advance(seconds=s)):
        found += [f"[{theme}/{name}] {p}" for p in audit(shown, min_contrast=minimum)]
    assert not found, "\n".join(found)


def test_the_fit_audit_catches_problems(qtbot):
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

    from mslog.ui.widgets.scrolling import scroll_area
    from tests.helpers.audit import fits

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    wide = QPushButton("A button far wider than the page it is on, which scrolls sideways")
    scroll = scroll_area(wide)
    cut = QLabel("A wrapped label given too little height for its words to show")
    cut.setWordWrap(True)
    cut.setFixedSize(120, 20)
    combo = QComboBox()
    combo.setAccessibleName("Choice")
    combo.addItems(["one", "two"])
    combo.setStyleSheet("QComboBox QAbstractItemView::item { min-height: 10px; }")
    for widget in (scroll, cut, combo):
        layout.addWidget(widget)
    page.resize(300, 400)
    page.show()
    qtbot.waitExposed(page)
    issues = "\n".join(str(p) for p in fits(page))
    assert "scrolls sideways" in issues
    assert "clipped: height 20" in issues
    assert "beside its page" in issues


def test_number_keys_set_the_severity_in_the_details_panel(window: MainWindow, diary: Diary, qtbot):
    """0-9 on any chip or button of the details panel sets the severity; a text field types."""
    tab = window.log_tab
    tab.log_button.setFocus()
    qtbot.keyClick(tab.log_button, Qt.Key.Key_Space)
    details = tab.details
    qtbot.waitUntil(details.isVisible)
    uuid = details.uuid()
    details.kind.button("clonus").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7)
    assert diary.spasms.get(uuid).severity == 7
    assert details.severity.button(7).isChecked()
    details.done_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    assert diary.spasms.get(uuid).severity == 3
    details.note.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_9)
    assert diary.spasms.get(uuid).severity == 3  # typed into the note instead
    assert details.note.toPlainText() == "9"


def test_the_big_button_wraps_at_200_percent_on_a_small_screen(window: MainWindow, qtbot):
    app = QApplication.instance()
    apply_style(app, "light", 2.0)
    try:
        window.resize(800, 600)
        button = window.log_tab.log_button
        from PySide6.QtWidgets import QPushButton

        qtbot.waitUntil(lambda: "\n" in QPushButton.text(button))  # as drawn: on two lines
        assert button.text() == "Log a spasm now"
        assert button.width() <= window.width()
    finally:
        apply_style(app, "light")


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_date_fields_calendar_has_big_days(window: MainWindow, qtbot, scale: float):
    """Issue 15: the days of a date field's calendar were 50x25 px, its names cut at 200 %."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractItemView

    apply_style(QApplication.instance(), "light", scale)
    window.resize(800, 600)
    tab = window.log_tab
    qtbot.mouseClick(tab.earlier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.when_dialog is not None and tab.when_dialog.isVisible())
    field = tab.when_dialog.date_edit
    arrow = QPoint(field.width() - 12, field.height() // 2)  # the drop-down arrow
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    view = calendar.findChild(QAbstractItemView)
    model = view.model()
    for row, column in ((0, 0), (1, 1), (model.rowCount() - 1, model.columnCount() - 1)):
        cell = view.visualRect(model.index(row, column))
        assert min(cell.width(), cell.height()) >= 44, (row, column, cell)
    popup = calendar.window()
    assert popup.rect().contains(QRect(view.mapTo(popup, QPoint(0, 0)), view.size()))
    wednesday = model.index(0, 2).data()  # the names of the days in full
    assert (
        view.fontMetrics().horizontalAdvance(wednesday) < view.visualRect(model.index(0, 2)).width()
    )
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    tab.when_dialog.reject()
