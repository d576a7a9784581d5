"""Starting the Qt application: the window first, then the diary behind it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mslog import APP_NAME, __version__
from mslog.core.clock import Clock
from mslog.platform.language import choose
from mslog.platform.translators import use_language
from mslog.ui.main_window import MainWindow, app_icon
from mslog.ui.settings.store import UiSettings
from mslog.ui.single_instance import ask_running_instance
from mslog.ui.startup import Startup
from mslog.ui.style import apply_style


def run_gui(data_dir: Path, clock: Clock | None = None) -> int:
    """Show the window, open the diary in ``data_dir`` behind it, and run until it closes.

    Checking a large diary file as it opens takes a moment, so the window (with its
    menus and the big Log button) is painted first; a press of the button in that
    moment is kept and saved as soon as the diary is open.
    Returns the exit code.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("org.mslog.MSLog")
    app.setWindowIcon(app_icon())
    if ask_running_instance(data_dir):
        return 0  # the window already open on this diary comes forward instead
    # One look on every desktop: the style sheet and the contrast checks are made for Fusion.
    app.setStyle("Fusion")
    settings = UiSettings.for_user()
    # Before the first widget: a text keeps the language it was made in.
    use_language(app, choose(settings.get("language"), QLocale.system().uiLanguages()))
    apply_style(app, settings.get("theme"), settings.get("text_scale"))
    window = MainWindow(settings=settings, clock=clock)
    benchmark = bool(os.environ.get("MSLOG_EXIT_WHEN_SHOWN"))
    startup = Startup(window, data_dir, clock, benchmark)
    startup.failed.connect(app.exit)
    window.show_on_screen()
    try:
        code = app.exec()
    finally:
        window.close()
        startup.finish()
    return startup.failed_code if startup.failed_code is not None else code
