"""The calm look in four themes: large text, big targets, clear focus rings, strong contrast."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from mslog.core.i18n import QT_TRANSLATE_NOOP
from mslog.platform.assets import resource_path

BASE_POINT_SIZE = 13
THEMES = ("system", "light", "dark", "high_contrast")
# Translated where shown: translate("Theme", THEME_LABELS[key]).
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("Theme", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "high_contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}
MIN_SCALE, MAX_SCALE = 1.0, 2.0


@dataclass(frozen=True)
class Colours:
    """The colours of one theme; every text/background pair is checked for contrast."""

    window: str  # page background
    surface: str  # cards, inputs, buttons
    text: str
    muted: str  # secondary text
    border: str  # borders of things you can press or type in
    soft_border: str  # borders of containers
    primary: str  # the big button, chosen chips
    primary_border: str
    on_primary: str  # text on primary
    focus: str
    error: str
    row: str  # list rows
    hover: str
    tab: str
    disabled: str  # text of disabled buttons


LIGHT = Colours(
    window="#f4f6f8",
    surface="#ffffff",
    text="#1b2430",
    muted="#4a5666",
    border="#6f7f92",
    soft_border="#c5ced8",
    primary="#14527a",
    primary_border="#0d3a57",
    on_primary="#ffffff",
    focus="#c46a00",
    error="#9c1c1c",
    row="#eef1f5",
    hover="#e6eef6",
    tab="#e3e8ee",
    disabled="#5c6878",
)

DARK = Colours(
    window="#14181d",
    surface="#1f252c",
    text="#e8edf2",
    muted="#b7c2ce",
    border="#8795a5",
    soft_border="#3a444f",
    primary="#8cc8f2",
    primary_border="#bfe0f7",
    on_primary="#0b1a26",
    focus="#ffb347",
    error="#ff9c94",
    row="#262d35",
    hover="#2b343e",
    tab="#262d35",
    disabled="#aab4bf",
)

HIGH_CONTRAST = Colours(
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#f0f0f0",
    border="#ffffff",
    soft_border="#ffffff",
    primary="#ffff00",
    primary_border="#ffffff",
    on_primary="#000000",
    focus="#00ffff",
    error="#ffb0b0",
    row="#000000",
    hover="#1a1a1a",
    tab="#000000",
    disabled="#d0d0d0",
)

_BY_NAME = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}


def resolve_theme(theme: str) -> str:
    """Return the concrete theme for ``theme``, asking the desktop for "system".

    A desktop that does not say (no colour scheme known) gets the light theme.
    """
    if theme != "system":
        return theme if theme in _BY_NAME else "light"
    if QGuiApplication.instance() is None:
        return "light"
    return "dark" if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def colours(theme: str) -> Colours:
    """Return the colours of a theme name (resolving "system")."""
    return _BY_NAME[resolve_theme(theme)]


def relative_luminance(colour: QColor) -> float:
    """Return WCAG relative luminance of a colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """Return the WCAG contrast ratio (1 to 21) between two colours."""
    la, lb = sorted((relative_luminance(QColor(a)), relative_luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def style_sheet(c: Colours, scale: float = 1.0) -> str:
    """Return the application style sheet for colours ``c`` and text ``scale``."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    # Less room beside the tabs' names at large text: five of them fit 800 px at 200 %.
    tab_padding = round(24 - 14 * (scale - 1))
    check_icon = _icon("tick", c.on_primary)
    down_icon = _icon("down", c.text)
    left_icon, right_icon = _icon("left", c.text), _icon("right", c.text)
    # At either end of the scroll the arrow that cannot go further is greyed, as Qt disables it.
    left_off, right_off = _icon("left", c.disabled), _icon("right", c.disabled)
    # Half the radio indicator with its border: Qt ignores a larger radius and draws a square.
    radio_radius = round(22 * scale) // 2 + 2
    # Date fields that open a calendar look like the other fields. Time and number fields
    # only grow taller: with a border or padding from a style sheet, Qt squeezes the text
    # of one without arrow buttons (typed or stepped with the keys) to a pixel.
    date_field = 'QDateEdit[calendarPopup="true"]'
    # Wide enough for the names of the days at large text ("Wed" was cut to "W…").
    calendar_width = max(368, round(324 * scale))

    return f"""
QWidget {{ color: {c.text}; }}
QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {c.window}; }}
QMenuBar, QMenu {{ background: {c.surface}; color: {c.text}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {c.primary}; color: {c.on_primary}; }}
/* Qt's stock icons on OK, Cancel and Close are drawn dark: unseen on a dark theme. */
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
QTabBar::tab {{
    padding: {px(10)} {tab_padding}px; min-height: {px(28)}; font-size: {pt(14 - (scale - 1))};
    background: {c.tab}; color: {c.text}; border: 1px solid {c.soft_border};
    border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px;
    margin-right: 4px;
}}
QTabBar::tab:selected {{ background: {c.surface}; font-weight: bold; }}
/* When the tabs do not all fit, the bar scrolls: its arrows are targets like any button. */
QTabBar::scroller {{ width: 96px; }}  /* both arrows: 48 px each */
QTabBar QToolButton {{ padding: 0; border-radius: 8px; }}
QTabBar QToolButton::left-arrow {{ image: url({left_icon}); width: {px(20)}; height: {px(20)}; }}
QTabBar QToolButton::right-arrow {{ image: url({right_icon}); width: {px(20)}; height: {px(20)}; }}
QTabBar QToolButton::left-arrow:disabled {{ image: url({left_off}); }}
QTabBar QToolButton::right-arrow:disabled {{ image: url({right_off}); }}
QTabBar::tab:focus {{ border: 3px solid {c.focus}; }}
QTabWidget::pane {{ border-top: 1px solid {c.soft_border}; }}
QPushButton, QToolButton {{
    min-height: {px(44)}; padding: 0 {px(16)};
    background: {c.surface}; color: {c.text};
    border: 2px solid {c.border}; border-radius: 10px;
}}
QPushButton:hover, QToolButton:hover {{ background: {c.hover}; }}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {c.focus}; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {c.disabled}; border-color: {c.soft_border}; background: {c.window};
}}
QPushButton#bigLog {{
    min-height: {px(128)}; font-size: {pt(26)}; font-weight: bold;
    color: {c.on_primary}; background: {c.primary};
    border: 3px solid {c.primary_border}; border-radius: 18px;
}}
QPushButton#bigLog:hover {{ border-width: 5px; }}
QPushButton#bigLog:focus {{ border: 5px solid {c.focus}; }}
QPushButton#primarySmall, QPushButton#primary {{
    color: {c.on_primary}; background: {c.primary}; border-color: {c.primary_border};
    font-weight: bold;
}}
/* After the rule above: its border colour (an id outranks :focus) hid the ring. */
QPushButton#primarySmall:focus, QPushButton#primary:focus {{ border: 3px solid {c.focus}; }}
QPushButton#bigCancel {{ min-height: {px(56)}; min-width: {px(160)}; font-size: {pt(16)}; }}
QProgressBar {{
    min-height: {px(28)}; background: {c.surface};
    border: 2px solid {c.border}; border-radius: 10px;
}}
QProgressBar::chunk {{ background: {c.primary}; border-radius: 7px; }}
QPushButton#chip, QPushButton#severity {{
    min-height: {px(44)}; padding: 0 {px(14)}; border-radius: {px(22)};
}}
QPushButton#severity {{ padding: 0; border-radius: 10px; font-weight: bold; }}
QPushButton#chip:checked, QPushButton#severity:checked,
QPushButton:checked {{
    background: {c.primary}; color: {c.on_primary}; border-color: {c.primary_border};
}}
QPushButton#chip:checked:focus, QPushButton#severity:checked:focus,
QPushButton:checked:focus {{ border: 3px solid {c.focus}; }}
QFrame#card {{ background: {c.surface}; border: 1px solid {c.soft_border}; border-radius: 12px; }}
QFrame#card QLabel {{ background: transparent; }}
QFrame#entryRow, QFrame#row {{ background: {c.row}; border-radius: 8px; }}
QFrame#banner {{
    background: {c.surface}; border: 3px solid {c.focus}; border-radius: 12px;
}}
QLabel#entryTime {{ font-size: {pt(16)}; font-weight: bold; min-width: {px(70)}; }}
QLabel#cardTitle {{ font-size: {pt(15)}; font-weight: bold; }}
QLabel#sectionTitle {{
    font-size: {pt(14)}; font-weight: bold; padding-top: 6px;
    qproperty-indent: 0;  /* flush with what is under it, as a padded label is not */
}}
QLabel#pageTitle {{ font-size: {pt(20)}; font-weight: bold; }}
QLabel#status {{ font-size: {pt(15)}; }}
/* The window's own line (what Undo or Redo just did): seen at the foot of any tab. */
QFrame#stepBar {{ background: {c.surface}; border-top: 3px solid {c.focus}; }}
QFrame#stepBar QLabel {{ background: transparent; padding: 0 {px(8)}; }}
QLabel#hint {{ color: {c.muted}; }}
QLabel#error {{ color: {c.error}; font-weight: bold; }}
QLabel#placeholder {{
    color: {c.muted}; padding: {px(28)}; border: 2px dashed {c.soft_border}; border-radius: 12px;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QComboBox, {date_field} {{
    min-height: {px(40)}; padding: 2px 8px; background: {c.surface}; color: {c.text};
    border: 2px solid {c.border}; border-radius: 8px;
    selection-background-color: {c.primary}; selection-color: {c.on_primary};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QComboBox:focus,
{date_field}:focus {{
    border: 3px solid {c.focus};
}}
QAbstractSpinBox {{ min-height: {px(40)}; }}
QCheckBox, QRadioButton {{ min-height: {px(44)}; spacing: 12px; }}
QCheckBox:focus, QRadioButton:focus {{ color: {c.text}; outline: 3px solid {c.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {px(22)}; height: {px(22)}; border: 2px solid {c.border}; background: {c.surface};
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {radio_radius}px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
    background: {c.primary}; border-color: {c.primary_border};
}}
QCheckBox::indicator:checked {{ image: url({check_icon}); }}
QComboBox::drop-down, {date_field}::drop-down {{
    width: {px(32)}; border-left: 1px solid {c.soft_border};
}}
QComboBox::down-arrow, {date_field}::down-arrow {{
    image: url({down_icon}); width: {px(16)}; height: {px(16)};
}}
QSlider {{ min-height: {px(44)}; }}
QComboBox {{ combobox-popup: 0; }}
/* A calendar's days (and its row of day names, of week numbers) share its size equally:
   7 rows of 6 weeks and the names, 8 columns with the week numbers, 44 px each at least.
   The calendar as a whole is as large, with its month and year above: a date field's
   popup takes the calendar's size, not its days'. */
QCalendarWidget QAbstractItemView {{ min-width: {calendar_width}px; min-height: 322px; }}
QCalendarWidget {{ min-width: {calendar_width}px; min-height: {322 + round(52 * scale)}px; }}
QListWidget#routineList {{ font-size: {pt(15)}; }}
QComboBox QAbstractItemView::item, QListView::item {{ min-height: {px(44)}; }}
QScrollBar:vertical {{ width: {px(18)}; background: {c.window}; margin: 0; }}
QScrollBar:horizontal {{ height: {px(18)}; background: {c.window}; margin: 0; }}
QScrollBar::handle {{ background: {c.border}; border-radius: {px(6)}; margin: {px(3)}; }}
QScrollBar::handle:hover {{ background: {c.muted}; }}
QScrollBar::handle:vertical {{ min-height: {px(44)}; }}
QScrollBar::handle:horizontal {{ min-width: {px(44)}; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
"""


def _icon(name: str, colour: str) -> str:
    """Return the path of a shipped style icon drawn in a theme's ``colour``."""
    return resource_path("icons", f"{name}-{colour.lstrip('#').lower()}.svg").as_posix()


def palette(c: Colours) -> QPalette:
    """Return a QPalette matching the theme, for widgets drawn by the platform style."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.row,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.primary,
        QPalette.ColorRole.HighlightedText: c.on_primary,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.primary if c is not LIGHT else "#0d3a57",
        QPalette.ColorRole.Mid: c.border,
        # Fusion draws the menu bar's lower edge in Light: white on a dark theme otherwise.
        QPalette.ColorRole.Light: c.soft_border,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c.disabled))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c.disabled))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(c.disabled))
    return pal


def apply_style(app: QApplication, theme: str = "light", scale: float = 1.0) -> None:
    """Give the application its theme, text size and style sheet.

    Args:
        app: The application.
        theme: One of :data:`THEMES`.
        scale: Text size, 1.0 (100 %) to 2.0 (200 %).
    """
    scale = min(MAX_SCALE, max(MIN_SCALE, scale))
    c = colours(theme)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c, scale))
    app.setProperty("mslogTheme", resolve_theme(theme))
    app.setProperty("mslogScale", scale)


def current_scale() -> float:
    """Return the text size in use (1.0 when none was applied)."""
    app = QGuiApplication.instance()
    value = app.property("mslogScale") if app is not None else None
    return float(value) if value else 1.0


def current_colours() -> Colours:
    """Return the colours of the theme in use (light when none was applied)."""
    app = QGuiApplication.instance()
    name = app.property("mslogTheme") if app is not None else None
    return _BY_NAME.get(name or "light", LIGHT)
