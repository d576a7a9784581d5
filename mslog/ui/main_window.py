"""The main window: a tab per journey, menus, the tray icon and window-wide shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

from mslog import __version__
from mslog.assets import resource_path
from mslog.core.diary import Diary
from mslog.ui.log.tab import LogTab
from mslog.ui.notifier import DiaryNotifier
from mslog.ui.tray import TrayIcon


def app_icon() -> QIcon:
    """Return MSLog's icon."""
    return QIcon(str(resource_path("icons", "mslog.svg")))


class MainWindow(QMainWindow):
    """The MSLog window.

    Args:
        diary: The open diary; the window does not close it.
    """

    def __init__(self, diary: Diary) -> None:
        super().__init__()
        self.diary = diary
        self.setWindowTitle("MSLog")
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        self.setMinimumSize(760, 560)

        self.notifier = DiaryNotifier(diary, self)
        self.undo_stack = QUndoStack(self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.log_tab = LogTab(diary, self.notifier, self.undo_stack)
        self.tabs.addTab(self.log_tab, "Log")
        self.setCentralWidget(self.tabs)

        self._build_actions()
        self.tray = TrayIcon(app_icon(), self)
        self.tray.logRequested.connect(self.log_from_tray)
        self.tray.showRequested.connect(self.bring_forward)
        self.tray.quitRequested.connect(QApplication.quit)

    def _build_actions(self) -> None:
        self.log_action = QAction("&Log a spasm now", self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        # Works whatever has focus in the window, including text fields.
        self.log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action.triggered.connect(self.log_now)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(
            [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(QApplication.quit)

        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.log_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        help_menu = menus.addMenu("&Help")
        about = QAction("&About MSLog", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def log_now(self) -> None:
        """Log a spasm now and show the Log tab with its details."""
        self.tabs.setCurrentWidget(self.log_tab)
        self.log_tab.quick_log()

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
        self.log_tab.flush()
        self.tray.dispose()
        self.notifier.detach()
        super().closeEvent(event)
