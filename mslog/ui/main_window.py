"""The main window: a tab per journey, menus, the tray icon and window-wide shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mslog import __version__
from mslog.core.clock import Clock, SystemClock
from mslog.platform.assets import resource_path
from mslog.ui.log.tab import LogTab
from mslog.ui.settings.store import UiSettings
from mslog.ui.style import apply_style
from mslog.ui.widgets.announce import announce
from mslog.ui.widgets.lazytab import Content, LazyTab
from mslog.ui.widgets.undo_controls import status_label

ICON_FILE = "org.mslog.MSLog.png"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
# Room kept on the screen around the window for its frame and title bar.
FRAME_ROOM = QSize(16, 48)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    # Loaded with the diary, which opens once the window is on screen (see attach()).
    from mslog.core.checklists.model import Medication
    from mslog.core.diary import Diary
    from mslog.ui.checklists.tab import ChecklistsTab
    from mslog.ui.history.tab import HistoryTab
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.routines.tab import StretchTab
    from mslog.ui.settings.dialog import SettingsDialog
    from mslog.ui.trends.view import TrendsView
    from mslog.ui.welcome import WelcomeDialog


def app_icon() -> QIcon:
    """Return MSLog's icon.

    Drawn from the PNG sizes shipped for desktop menus rather than the SVG: this keeps
    Qt's SVG module out of the first frame and off the idle window.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", "hicolor", f"{size}x{size}", "apps", ICON_FILE)))
    return icon


def _distinct(*keys: QKeySequence | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Return the key sequences ``keys`` stand for on this platform, each once.

    A standard key can be the same as one given beside it (Quit is Ctrl+Q on Linux),
    and a key sequence listed twice on one action is ambiguous: Qt then ignores it.
    """
    found: list[QKeySequence] = []
    for key in keys:
        sequences = [key] if isinstance(key, QKeySequence) else QKeySequence.keyBindings(key)
        found += [s for s in sequences if not s.isEmpty() and s not in found]
    return found


class MainWindow(QMainWindow):
    """The MSLog window.

    It is built in two steps so that it can be on screen before the diary has opened:
    the frame (tabs, menus, the big Log button) first, then :meth:`attach` with the
    open diary. Given a diary, the constructor does both.

    Args:
        diary: The open diary (or None, to attach one later); the window does not close it.
        settings: The window's preferences (in memory when not given).
        clock: Where "now" comes from before the diary is attached (default: the diary's).

    Signals:
        attached: The diary is attached and every part of the window is working.
    """

    attached = Signal()

    def __init__(
        self,
        diary: Diary | None = None,
        settings: UiSettings | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.diary: Diary | None = None
        self.notifier: DiaryNotifier | None = None
        self.clock: Clock = clock or (diary.clock if diary is not None else SystemClock())
        self.settings = settings or UiSettings(parent=self)
        self.settings.changed.connect(self._on_setting_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_colour_scheme_changed)
        self.setWindowTitle(self.tr("MSLog"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        self.setMinimumSize(760, 560)

        self.undo_stack = QUndoStack(self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.log_tab = LogTab(self.undo_stack, self.clock)
        self.tabs.addTab(self.log_tab, self.tr("Log", "tab"))
        # The journeys in the order of a day: log, stretch, tick off, look back; then any day.
        self.stretch_page = self.add_tab(self.tr("Stretch", "tab"), self._build_stretch)
        self.checklists_page = self.add_tab(self.tr("Checklists", "tab"), self._build_checklists)
        self.trends_tab = self.add_tab(
            self.tr("Trends", "tab"), self._build_trends, self.tr("Drawing your trends…")
        )
        self.history_page = self.add_tab(self.tr("History", "tab"), self._build_history)
        # Banners (the reminders) go above the tabs, so they show whichever tab is open.
        central = QWidget()
        self._banners = QVBoxLayout()
        self._banners.setSpacing(0)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self._banners)
        column.addWidget(self.tabs, 1)
        # What Undo or Redo just did, whichever tab is open: Ctrl+Z on the Log tab may take
        # back a dose ticked on Checklists. Shown only then, at the foot of the window, so
        # nothing above it moves.
        self.step_line = status_label("")
        self.step_bar = QFrame()
        self.step_bar.setObjectName("stepBar")
        QVBoxLayout(self.step_bar).addWidget(self.step_line)
        self.step_bar.hide()
        column.addWidget(self.step_bar)
        self.setCentralWidget(central)
        # The keyboard starts on the big button: Enter or Space logs a spasm at once.
        self.log_tab.log_button.setFocus()

        self._build_menus()
        if diary is not None:
            self.attach(diary)

    def _build_menus(self) -> None:
        """Give the window its menus and window-wide shortcuts.

        They work from the first frame, so Ctrl+L logs even while the diary is opening.
        A QAction's shortcut works wherever the focus is in the window, text fields too.
        """
        self.log_action = self._action(
            self.tr("&Log a spasm now"), self.log_now, QKeySequence("Ctrl+L")
        )
        self.report_action = self._action(
            self.tr("&Print / save report…"),
            self.open_report,
            QKeySequence("Ctrl+P"),
            QKeySequence.StandardKey.Print,
        )
        self.quit_action = self._action(
            self.tr("&Quit"),
            QApplication.quit,
            QKeySequence("Ctrl+Q"),
            QKeySequence.StandardKey.Quit,
        )
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addAction(self.log_action)
        self.file_menu.addAction(self.report_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(
            _distinct(QKeySequence("Ctrl+Z"), QKeySequence.StandardKey.Undo)
        )
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            _distinct(
                QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo
            )
        )
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.show_settings,
            QKeySequence("Ctrl+,"),
            QKeySequence.StandardKey.Preferences,
        )
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):  # Ctrl+1... in the order of the tabs
            self.view_menu.addAction(
                self._action(
                    f"&{index + 1} {self.tabs.tabText(index)}",
                    lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                    QKeySequence(f"Ctrl+{index + 1}"),
                )
            )
        self.view_menu.addSeparator()
        self.fullscreen_action = self._action(
            self.tr("&Full screen"), None, QKeySequence("F11"), QKeySequence.StandardKey.FullScreen
        )
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.toggled.connect(self.set_full_screen)
        self.view_menu.addAction(self.fullscreen_action)
        # Not in a menu: Esc leaves full screen wherever the focus is in the window.
        self.addAction(
            self._action(
                self.tr("Leave full screen"),
                lambda: self.fullscreen_action.setChecked(False),
                QKeySequence("Esc"),
            )
        )

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts"),
                self.show_shortcuts,
                QKeySequence("F1"),
                QKeySequence.StandardKey.HelpContents,
            )
        )
        self.help_menu.addAction(self._action(self.tr("&About MSLog"), self.show_about))
        # Both open on the diary, so they wait for it (a moment at start-up).
        self._needs_diary = (self.report_action, self.settings_action)
        for action in self._needs_diary:
            action.setEnabled(False)

    def _action(
        self,
        text: str,
        slot: Callable[..., object] | None,
        *keys: QKeySequence | QKeySequence.StandardKey,
    ) -> QAction:
        """Return a new action of this window that calls ``slot`` on ``keys``."""
        action = QAction(text, self)
        if keys:
            action.setShortcuts(_distinct(*keys))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def attach(self, diary: Diary) -> None:
        """Open the window onto ``diary``: every tab, menu entry, tray and reminder works."""
        from mslog.ui.checklists.reminders import ReminderController
        from mslog.ui.notifier import DiaryNotifier
        from mslog.ui.operations.diary import DiaryOperations
        from mslog.ui.safety.actions import DataSafetyUi  # File ▸ Back up / Restore / Import
        from mslog.ui.tray import CloseToTray, TrayIcon
        from mslog.ui.trends.export_dialog import ExportUi

        focused = QApplication.focusWidget()  # where the keyboard was in the first frame
        self.diary = diary
        self.notifier = DiaryNotifier(diary, self)
        self.operations = DiaryOperations(diary, self.undo_stack, self)
        for operations in self.operations.each():
            # What a change, an undo or a redo did is heard, whichever tab shows it.
            operations.said.connect(self._announce)
            operations.stepped.connect(self._show_step)
        self.log_tab.attach(diary, self.notifier, self.operations.spasms)
        for page in (self.stretch_page, self.checklists_page, self.trends_tab, self.history_page):
            page.build_if_shown()  # opened while the diary was still opening
        for action in self._needs_diary:
            action.setEnabled(True)
        self.export = ExportUi(diary, self)
        self.data_safety = DataSafetyUi(diary, self.notifier, self.undo_stack, self)
        # Export, then Back up / Restore / Import, each group before Quit.
        for group in ([self.export.action], self.data_safety.actions()):
            self.file_menu.insertActions(self.quit_action, group)
            self.file_menu.insertSeparator(self.quit_action)
        self.tray = TrayIcon(app_icon(), self)
        self.tray.logRequested.connect(self.log_from_tray)
        self.tray.showRequested.connect(self.bring_forward)
        self.tray.checkinRequested.connect(self.checkin_from_tray)
        self.tray.quitRequested.connect(QApplication.quit)
        self.data_safety.writing.connect(lambda on: self.tray.allow_writes(not on))
        self.close_to_tray = CloseToTray(self, self.settings, self.tray.available, self.tray.notify)
        self.reminders = ReminderController(
            diary, self.notifier, self.operations.checklists, self.settings, self.tray, self
        )
        self.add_banner(self.reminders.banner)  # above the tabs, whichever is open
        self._attach_refills(diary)
        self._attach_checkin(diary)
        if focused is not None and QApplication.focusWidget() is None:
            focused.setFocus()  # attaching must not lose where the keyboard was
        self.attached.emit()

    def _attach_refills(self, diary: Diary) -> None:
        """The pump refill reminder: its banner under the dose reminder's, on the same timer."""
        from mslog.ui.checklists.refills import RefillReminderUi

        assert self.notifier is not None
        self.refills = RefillReminderUi(diary, self.notifier, self.reminders, self.tray, self)
        self.add_banner(self.refills.banner)

    def _attach_checkin(self, diary: Diary) -> None:
        """The check-in's card on the Log tab, Ctrl+D, its banner under the dose reminder's."""
        from mslog.ui.checkin.controller import CheckinUi

        assert self.notifier is not None
        self.checkin = CheckinUi(
            diary,
            self.notifier,
            self.operations.checkin,
            self.reminders,
            self.tray,
            self,
            shared_actions=[self.undo_action, self.redo_action],
            say=self.log_tab.say,
        )
        self.log_tab.checkin_slot.addWidget(self.checkin.card)
        # While the card asks, its own button is the way in: no second one beside it.
        self.checkin.card.asking.connect(self.log_tab.checkin_button.setHidden)
        self.log_tab.checkin_button.clicked.connect(lambda: self.checkin.open())
        self.add_banner(self.checkin.bar)
        self.file_menu.insertAction(self.report_action, self.checkin.action)
        self.checkin.refresh()

    def _announce(self, text: str) -> None:
        # Said before any undo or redo's words reach the window's line: a new change
        # takes away what the last undo said, so the line is never out of date.
        self.step_bar.hide()
        self.step_line.clear()
        announce(self, text)

    def _show_step(self, text: str) -> None:
        """Show what an undo or a redo did on the window's own line (heard already)."""
        self.step_line.setText(text)
        self.step_bar.show()

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` above the tabs, under any added before it."""
        self._banners.addWidget(banner)

    def is_attached(self) -> bool:
        """Return whether the diary is open in the window."""
        return self.diary is not None

    def _opened(self) -> tuple[Diary, DiaryNotifier]:
        """Return the diary and its notifier; only called once the diary is attached."""
        assert self.diary is not None, "the diary is not attached yet"
        assert self.notifier is not None
        return self.diary, self.notifier

    def _build_stretch(self) -> StretchTab:
        from mslog.ui.routines import build_stretch_tab

        return build_stretch_tab(*self._opened(), self.settings)

    def _build_checklists(self) -> ChecklistsTab:
        from mslog.ui.checklists import build_checklists_tab

        return build_checklists_tab(*self._opened(), self.operations)

    def _build_trends(self) -> TrendsView:
        from mslog.ui.trends.view import TrendsView  # pyqtgraph, on first show

        return TrendsView(*self._opened(), self.operations)

    def _build_history(self) -> HistoryTab:
        from mslog.ui.history import build_history_tab

        # Undo and redo work in its dialogs too, as in the check-in's.
        shared = [self.undo_action, self.redo_action]
        return build_history_tab(
            *self._opened(), self.operations, shared, lambda day: self.checkin.open(day)
        )

    def add_tab(
        self, title: str, factory: Callable[[], Content], busy: str | None = None
    ) -> LazyTab[Content]:
        """Add a tab whose content is built when it is first shown (see :class:`LazyTab`)."""
        page = LazyTab(factory, ready=self.is_attached, busy=busy)
        self.tabs.addTab(page, title)
        return page

    def set_full_screen(self, on: bool) -> None:
        """Fill the screen (or go back to a normal window)."""
        if on:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()
        if self.fullscreen_action.isChecked() != on:
            self.fullscreen_action.setChecked(on)

    def show_settings(self) -> SettingsDialog:
        """Open the Settings dialog (changes apply at once)."""
        from mslog.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            self._opened()[0],
            on_day_start_changed=self.redraw_all,
            autostart=self.autostart_hooks(),
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def show_welcome(self) -> WelcomeDialog:
        """Show the first-run welcome with its optional set-up steps."""
        from mslog.core.routines.library import RoutineLibrary
        from mslog.ui.welcome import WelcomeDialog

        diary = self._opened()[0]

        def add_medicine(over: QWidget, added: Callable[[Medication], None]) -> None:
            # Over the welcome, not on a tab behind it; what is saved is listed there.
            form = self.checklists_page.content.ask_medication(None, over)
            form.accepted.connect(lambda: added(form.saved) if form.saved else None)

        dialog = WelcomeDialog(
            self.settings,
            self.welcome_actions(),
            parent=self,
            add_medicine=add_medicine,
            routines=RoutineLibrary(resource_path(), diary.data_dir).routines(),
            today=diary.checklists.today(),
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._after_welcome)
        dialog.open()
        return dialog

    def _after_welcome(self, _result: int) -> None:
        """Give the keyboard back to the window, on the big button if the Log tab is open.

        Not every window manager (nor the offscreen platform) activates the window again
        when a dialog closes, and then neither Enter nor Space would log.
        """
        if not self.isVisible():  # the app is ending
            return
        self.activateWindow()
        if self.tabs.currentWidget() is self.log_tab:
            self.log_tab.log_button.setFocus()

    def welcome_actions(self) -> list[tuple[str, Callable[[], None]]]:
        """Return the welcome's set-up steps beyond medicines and the daily routine."""

        def choose_look() -> None:
            self.show_settings()

        return [(self.tr("Choose text size and colours…"), choose_look)]

    def autostart_hooks(self) -> tuple[Callable[[], bool], Callable[[bool], None]] | None:
        """Return (is on, switch) for starting MSLog at login, or None where unsupported."""
        import os

        from mslog.platform import autostart

        if not autostart.supported():
            return None
        folder = autostart.config_home(os.environ)
        data_dir = self._opened()[0].data_dir
        command = [*autostart.default_command(), "--data-dir", str(data_dir)]

        def switch(on: bool) -> None:
            if on:
                autostart.enable(folder, command)
            else:
                autostart.disable(folder)

        return (lambda: autostart.is_enabled(folder), switch)

    def show_shortcuts(self) -> QDialog:
        """List the keyboard shortcuts."""
        from mslog.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def redraw_all(self) -> None:
        """Redraw every tab from the diary (e.g. after the day-start hour changed)."""
        if self.notifier is not None:
            self.notifier.reload()

    def _on_setting_changed(self, key: str) -> None:
        if key in ("theme", "text_scale"):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_style(app, self.settings.get("theme"), self.settings.get("text_scale"))

    def _on_colour_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.settings.get("theme") == "system":  # the desktop went light or dark
            self._on_setting_changed("theme")

    def log_now(self) -> None:
        """Log a spasm now and show the Log tab with its details."""
        self.tabs.setCurrentWidget(self.log_tab)
        self.log_tab.quick_log()

    def open_report(self) -> QDialog:
        """Open the appointment report for the range shown in Trends."""
        self.tabs.setCurrentWidget(self.trends_tab)
        return self.trends_tab.content.open_report()

    def log_from_tray(self) -> None:
        """Log a spasm without bringing the window forward."""
        spasm = self.log_tab.quick_log()
        if spasm is not None:
            self.tray.notify(
                self.tr("Spasm logged"),
                self.tr("Saved at {time}. Details can wait.").format(time=f"{spasm.started:%H:%M}"),
            )

    def checkin_from_tray(self) -> None:
        """The tray's "How was today?": bring the window forward and open the check-in."""
        self.bring_forward()
        self.checkin.open()

    def show_on_screen(self) -> None:
        """Show the window at its first size, or filling the screen where that would not fit.

        On a small screen (800x600) a 1280x800 window hangs past the screen's edges: the
        right of every tab, and the dialogs sized to the window, would be out of sight.
        """
        room = self.screen().availableGeometry().size()
        wanted = self.size() + FRAME_ROOM
        if wanted.width() <= room.width() and wanted.height() <= room.height():
            self.show()
            return
        # Its size when the window is made normal again: on the screen too.
        self.resize((room - FRAME_ROOM).boundedTo(self.size()).expandedTo(self.minimumSize()))
        self.showMaximized()

    def bring_forward(self) -> None:
        """Show, raise and focus the window."""
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def show_about(self) -> QDialog:
        """Show version, licence and the medical disclaimer.

        A dialog of its own rather than a message box, which sizes itself to its text: at
        200 % text (longer still in German) that reached far below a small screen; here
        the words scroll within the window.
        """
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel

        from mslog.ui.widgets.scrolling import fit_in_window, scrolling_body

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("About MSLog"))
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            self.tr("<h3>MSLog {version}</h3>").format(version=__version__)
            + self.tr(
                "<p>A private diary for multiple sclerosis spasms, stretching and medication.</p>"
                "<p>Your diary stays on this computer unless you export it.</p>"
                "<p>MSLog records and summarises; it is not medical advice. "
                "Talk to your clinician before changing any treatment.</p>"
                "<p>Licence: GNU GPL version 3 or later.</p>"
            )
        )
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(text, 1)
        body = QVBoxLayout()
        body.addLayout(row)
        body.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scrolling_body(body), 1)
        layout.addWidget(buttons)
        self.about_text = text
        fit_in_window(dialog, 560, 340)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        return dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter presses the focused button, as Space does, on every tab.

        Qt's buttons answer Enter only in dialogs (or when made "auto default"); one
        that ignores it passes it up to here. Held down, the key presses once.
        """
        button = QApplication.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(button, QPushButton)
            and button.isEnabled()
            and self.isAncestorOf(button)
        ):
            event.accept()
            if not event.isAutoRepeat():
                button.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save pending edits before the window goes."""
        if self.stretch_page.is_built():  # a session still playing is kept as unfinished
            self.stretch_page.content.shutdown()
        self.log_tab.flush()
        if self.notifier is not None:  # closed while the diary was still opening: nothing to do
            self.reminders.shutdown()
            self.close_to_tray.detach()
            self.tray.dispose()
            self.data_safety.detach()
            self.notifier.detach()
        super().closeEvent(event)
