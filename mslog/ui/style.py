"""The calm, high-contrast look: large text, big targets, clear focus rings."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 13

STYLE_SHEET = """
QWidget { color: #1b2430; }
QMainWindow, QScrollArea, QScrollArea > QWidget > QWidget { background: #f4f6f8; }
QTabBar::tab {
    padding: 10px 28px; min-height: 28px; font-size: 14pt;
    background: #e3e8ee; border: 1px solid #c5ced8; border-bottom: none;
    border-top-left-radius: 8px; border-top-right-radius: 8px; margin-right: 4px;
}
QTabBar::tab:selected { background: #ffffff; font-weight: bold; }
QTabWidget::pane { border-top: 1px solid #c5ced8; }
QPushButton {
    min-height: 44px; min-width: 44px; padding: 0 16px;
    background: #ffffff; border: 2px solid #8796a8; border-radius: 10px;
}
QPushButton:hover { background: #eef3f8; }
QPushButton:focus { border: 3px solid #e08a00; }
QPushButton:disabled { color: #5c6878; border-color: #c5ced8; background: #eef1f4; }
QPushButton#bigLog {
    min-height: 128px; font-size: 26pt; font-weight: bold; color: #ffffff;
    background: #14527a; border: 3px solid #0d3a57; border-radius: 18px;
}
QPushButton#bigLog:hover { background: #1a6496; }
QPushButton#bigLog:pressed { background: #0d3a57; }
QPushButton#bigLog:focus { border: 5px solid #e08a00; }
QPushButton#primarySmall { color: #ffffff; background: #14527a; border-color: #0d3a57; }
QPushButton#chip, QPushButton#severity {
    min-height: 44px; padding: 0 14px; border-radius: 22px; background: #ffffff;
}
QPushButton#severity { padding: 0; border-radius: 10px; font-weight: bold; }
QPushButton#chip:checked, QPushButton#severity:checked {
    background: #14527a; color: #ffffff; border-color: #0d3a57;
}
QPushButton#chip:checked:focus, QPushButton#severity:checked:focus { border: 3px solid #e08a00; }
QFrame#card { background: #ffffff; border: 1px solid #c5ced8; border-radius: 12px; }
QFrame#card QLabel { background: transparent; }
QFrame#entryRow { background: #f4f6f8; border-radius: 8px; }
QLabel#entryTime { font-size: 16pt; font-weight: bold; min-width: 70px; }
QLabel#cardTitle { font-size: 15pt; font-weight: bold; }
QLabel#sectionTitle { font-size: 14pt; font-weight: bold; padding-top: 6px; }
QLabel#status { font-size: 15pt; }
QLabel#hint { color: #4a5666; }
QLabel#error { color: #9c1c1c; font-weight: bold; }
QLabel#placeholder {
    color: #4a5666; padding: 28px; border: 2px dashed #c5ced8; border-radius: 12px;
}
QLineEdit, QPlainTextEdit {
    min-height: 40px; padding: 2px 8px; background: #ffffff;
    border: 2px solid #8796a8; border-radius: 8px;
}
QLineEdit:focus, QPlainTextEdit:focus {
    border: 3px solid #e08a00;
}
/* Spin, date and time boxes keep the platform's drawing (a style sheet breaks their arrows);
   their size is set in code. */
"""


def apply_style(app: QApplication) -> None:
    """Give the application its font size and style sheet."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
