"""The main window: a tab per journey, menus, the tray icon and window-wide shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from mslog import __version__
from mslog.core.clock import Clock, SystemClock
from mslog.platform.assets import resource_path
from mslog.ui.log.tab import LogTab
from mslog.ui.settings.store import UiSettings
from mslog.ui.style import apply_style
from mslog.ui.trends.tab import TrendsTab
from mslog.ui.widgets.lazytab import LazyTab

ICON_FILE = "org.mslog.MSLog.png"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    # Loaded with the diary, after the first frame is on screen (see attach()).
    from mslog.core.diary import Diary
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.settings.dialog import SettingsDialog
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
        self.setWindowTitle("MSLog")
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        self.setMinimumSize(760, 560)

        self.undo_stack = QUndoStack(self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.log_tab = LogTab(self.undo_stack, self.clock)
        self.tabs.addTab(self.log_tab, "Log")
        # The four journeys in the order of a day: log, stretch, tick off, look back.
        self.stretch_page = self.add_tab("Stretch", self._build_stretch)
        self.checklists_page = self.add_tab("Checklists", self._build_checklists)
        self.trends_tab = TrendsTab(self.undo_stack)  # charts built on show
        self.tabs.addTab(self.trends_tab, "Trends")
        # Banners (the reminders) go above the tabs, so they show whichever tab is open.
        central = QWidget()
        self._banners = QVBoxLayout()
        self._banners.setSpacing(0)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self._banners)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        # The keyboard starts on the big button: Enter or Space logs a spasm at once.
        self.log_tab.log_button.setFocus()

        # The menu titles are in the first frame; their entries come with the diary, as
        # the first key sequence has PySide6 build the Qt namespace's enums (12 ms).
        menus = self.menuBar()
        self.file_menu = menus.addMenu("&File")
        self.edit_menu = menus.addMenu("&Edit")
        self.view_menu = menus.addMenu("&View")
        self.help_menu = menus.addMenu("&Help")
        if diary is not None:
            self.attach(diary)

    def attach(self, diary: Diary) -> None:
        """Open the window onto ``diary``: every tab, menu entry, tray and reminder works."""
        from mslog.ui.checkin import attach_checkin
        from mslog.ui.checklists import attach_reminders
        from mslog.ui.notifier import DiaryNotifier
        from mslog.ui.operations.diary import DiaryOperations
        from mslog.ui.safety.actions import DataSafetyUi  # File ▸ Back up / Restore / Import
        from mslog.ui.tray import TrayIcon
        from mslog.ui.trends.export_dialog import attach_export

        focused = QApplication.focusWidget()  # where the keyboard was in the first frame
        self.diary = diary
        self.notifier = DiaryNotifier(diary, self)
        self.operations = DiaryOperations(diary, self.undo_stack, self)
        self.log_tab.attach(diary, self.notifier, self.operations.spasms)
        self.trends_tab.attach(diary, self.notifier)
        for page in (self.stretch_page, self.checklists_page):
            page.build_if_shown()  # opened while the diary was still opening
        self._build_actions()
        self._build_view_menu()
        self.export_action = attach_export(self)  # File ▸ Export…
        self.data_safety = DataSafetyUi(self)
        self.tray = TrayIcon(app_icon(), self)
        self.tray.logRequested.connect(self.log_from_tray)
        self.tray.showRequested.connect(self.bring_forward)
        self.tray.quitRequested.connect(QApplication.quit)
        self.reminders = attach_reminders(self)  # banner above the tabs, tray messages
        self.checkin = attach_checkin(self)  # Log tab card, Ctrl+D, tray, its reminder
        if focused is not None and QApplication.focusWidget() is None:
            focused.setFocus()  # attaching must not lose where the keyboard was
        self.attached.emit()

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` above the tabs, under any added before it."""
        self._banners.addWidget(banner)

    def is_attached(self) -> bool:
        """Return whether the diary is open in the window."""
        return self.diary is not None

    def _build_stretch(self) -> QWidget:
        from mslog.ui.routines import build_stretch_tab

        return build_stretch_tab(self.diary, self.notifier, self.settings)

    def _build_checklists(self) -> QWidget:
        from mslog.ui.checklists import build_checklists_tab

        return build_checklists_tab(
            self.diary, self.notifier, self.undo_stack, self.operations.checklists
        )

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence  # with the diary, not in the first frame

        self.log_action = QAction("&Log a spasm now", self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        # Works whatever has focus in the window, including text fields: a QAction's
        # shortcut context is the whole window unless set otherwise.
        self.log_action.triggered.connect(self.log_now)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(
            [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        quit_action = QAction("&Quit", self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence.StandardKey.Quit])
        quit_action.triggered.connect(QApplication.quit)

        file_menu = self.file_menu
        file_menu.addAction(self.log_action)
        self.report_action = QAction("&Print / save report…", self)
        self.report_action.setShortcut(QKeySequence("Ctrl+P"))
        self.report_action.triggered.connect(self.open_report)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.edit_menu
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setShortcuts(
            [QKeySequence("Ctrl+,"), QKeySequence.StandardKey.Preferences]
        )
        self.settings_action.triggered.connect(self.show_settings)
        edit_menu.addAction(self.settings_action)
        help_menu = self.help_menu
        shortcuts = QAction("&Keyboard shortcuts", self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction("&About MSLog", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def add_tab(self, title: str, factory: Callable[[], QWidget]) -> LazyTab:
        """Add a tab whose content is built when it is first shown."""
        page = LazyTab(factory, ready=self.is_attached)
        self.tabs.addTab(page, title)
        return page

    def _build_view_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        # Called once every tab exists, so Ctrl+1... match the tab order.
        for index in range(self.tabs.count()):
            action = QAction(f"&{index + 1} {self.tabs.tabText(index)}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.fullscreen_action = QAction("&Full screen", self)
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.toggled.connect(self.set_full_screen)
        self.view_menu.addAction(self.fullscreen_action)
        leave = QAction("Leave full screen", self)
        leave.setShortcut(QKeySequence("Esc"))  # window-wide, as every QAction by default
        leave.triggered.connect(lambda: self.fullscreen_action.setChecked(False))
        self.addAction(leave)

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
            self.diary,
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
        from mslog.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.settings, self.welcome_actions(), parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def welcome_actions(self) -> list[tuple[str, Callable[[], None]]]:
        """Return the optional set-up steps offered on the welcome's second page."""

        def add_medicines() -> None:
            self.tabs.setCurrentWidget(self.checklists_page)
            self.checklists_page.content.ask_medication(None)

        def choose_routine() -> None:
            self.tabs.setCurrentWidget(self.stretch_page)

        return [
            ("Add my medicines…", add_medicines),
            ("Choose my daily stretch routine", choose_routine),
            ("Choose text size and colours…", self.show_settings),
        ]

    def autostart_hooks(self) -> tuple[Callable[[], bool], Callable[[bool], None]] | None:
        """Return (is on, switch) for starting MSLog at login, or None where unsupported."""
        import os

        from mslog.platform import autostart

        if not autostart.supported():
            return None
        folder = autostart.config_home(os.environ)
        command = [*autostart.default_command(), "--data-dir", str(self.diary.data_dir)]

        def switch(on: bool) -> None:
            if on:
                autostart.enable(folder, command)
            else:
                autostart.disable(folder)

        return (lambda: autostart.is_enabled(folder), switch)

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        from mslog.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def redraw_all(self) -> None:
        """Redraw every tab from the diary (e.g. after the day-start hour changed)."""
        if self.notifier is not None:
            self.notifier.reload()

    def _on_setting_changed(self, key: str) -> None:
        if key in ("theme", "text_scale"):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_style(app, self.settings.get("theme"), self.settings.get("text_scale"))

    def log_now(self) -> None:
        """Log a spasm now and show the Log tab with its details."""
        self.tabs.setCurrentWidget(self.log_tab)
        self.log_tab.quick_log()

    def open_report(self):
        """Open the appointment report for the range shown in Trends."""
        self.tabs.setCurrentWidget(self.trends_tab)
        return self.trends_tab.ensure_view().open_report()

    def log_from_tray(self) -> None:
        """Log a spasm without bringing the window forward."""
        spasm = self.log_tab.quick_log()
        if spasm is not None:
            self.tray.notify("Spasm logged", f"Saved at {spasm.started:%H:%M}. Details can wait.")

    def bring_forward(self) -> None:
        """Show, raise and focus the window."""
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def show_about(self) -> None:
        """Show version, licence and the medical disclaimer."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            "About MSLog",
            f"<h3>MSLog {__version__}</h3>"
            "<p>A private diary for multiple sclerosis spasms, stretching and medication.</p>"
            "<p>Your diary stays on this computer unless you export it.</p>"
            "<p>MSLog records and summarises; it is not medical advice. "
            "Talk to your clinician before changing any treatment.</p>"
            "<p>Licence: GNU GPL version 3 or later.</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save pending edits before the window goes."""
        if self.stretch_page.is_built():  # a session still playing is kept as unfinished
            self.stretch_page.content.shutdown()
        self.log_tab.flush()
        if self.notifier is not None:  # closed while the diary was still opening: nothing to do
            self.tray.dispose()
            self.data_safety.detach()
            self.notifier.detach()
        super().closeEvent(event)
