"""The Settings dialog: every change applies at once, nothing to confirm."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mslog.core.diary import Diary
from mslog.core.errors import MSLogError
from mslog.core.i18n import translate
from mslog.platform.language import FOLLOW_SYSTEM, LANGUAGES
from mslog.ui.routines.cues import diagnose
from mslog.ui.settings.store import UiSettings
from mslog.ui.style import THEME_LABELS
from mslog.ui.widgets.chips import ChipGroup
from mslog.ui.widgets.scrolling import fit_in_window, scroll_area
from mslog.ui.widgets.wrapping import WrapButton, WrapCheckBox

TEXT_SIZES = [
    ("1.0", "100 %"),
    ("1.25", "125 %"),
    ("1.5", "150 %"),
    ("1.75", "175 %"),
    ("2.0", "200 %"),
]


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return card, layout


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)  # beside a field: at large text it goes on two lines
    return label


class SettingsDialog(QDialog):
    """Preferences of the window and of the diary, applied as they change.

    Args:
        settings: The window's preferences.
        diary: The open diary (its day-start hour is a diary preference).
        on_day_start_changed: Called after the day-start hour changed, to redraw.
        autostart: ``(is_enabled, set_enabled)`` for "start at login", or None where
            the platform has no supported mechanism.
        speech_status: Says what stops sound or voice here ("" when both work); tests
            pass a fake, the default probes this computer.
    """

    def __init__(
        self,
        settings: UiSettings,
        diary: Diary,
        on_day_start_changed: Callable[[], None] | None = None,
        autostart: tuple[Callable[[], bool], Callable[[bool], None]] | None = None,
        parent: QWidget | None = None,
        speech_status: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._diary = diary
        self._on_day_start_changed = on_day_start_changed
        self._autostart = autostart

        look, look_layout = _section(self.tr("Appearance"))
        look_layout.addWidget(QLabel(self.tr("Colours")))
        themes = [(key, translate("Theme", label)) for key, label in THEME_LABELS.items()]
        self.theme = ChipGroup(themes, exclusive=True, name=self.tr("Colours"))
        self.theme.set_selected([settings.get("theme")])
        self.theme.changed.connect(self._on_theme)
        look_layout.addWidget(self.theme)
        look_layout.addWidget(QLabel(self.tr("Text size")))
        self.text_size = ChipGroup(TEXT_SIZES, exclusive=True, name=self.tr("Text size"))
        self.text_size.set_selected([self._scale_key(settings.get("text_scale"))])
        self.text_size.changed.connect(self._on_text_size)
        look_layout.addWidget(self.text_size)

        sound, sound_layout = _section(self.tr("Sound"))
        self.sounds = self._check(self.tr("Sounds during stretching"), "sounds")
        self.voice = self._check(self.tr("Spoken instructions during stretching"), "voice")
        sound_layout.addWidget(self.sounds)
        sound_layout.addWidget(self.voice)
        # Says what is missing and what to install, instead of a bare "silent". Probing
        # loads the audio and speech libraries, so it waits for a click.
        self._speech_probe = speech_status or diagnose
        self.check_speech = WrapButton(self.tr("Check sound and voice"))
        self.check_speech.clicked.connect(self._check_speech)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_speech)
        check_row.addStretch(1)
        sound_layout.addLayout(check_row)
        self.speech_status = _wrapped("")
        self.speech_status.setObjectName("hint")
        self.speech_status.hide()
        sound_layout.addWidget(self.speech_status)
        self.visual_cues = self._check(
            self.tr(
                "Visual cues during stretching (the step name lights up, the last seconds pulse)"
            ),
            "visual_cues",
        )
        self.reduce_motion = self._check(
            self.tr("Reduce motion (no flashing or pulsing; colours still change)"),
            "reduce_motion",
        )
        sound_layout.addWidget(self.visual_cues)
        sound_layout.addWidget(self.reduce_motion)

        day, day_layout = _section(self.tr("Your day"))
        row = QHBoxLayout()
        row.addWidget(_wrapped(self.tr("A new diary day starts at")))
        self.day_start = QComboBox()
        self.day_start.setAccessibleName(self.tr("A new diary day starts at"))
        for hour in range(24):
            self.day_start.addItem(f"{hour:02d}:00", hour)
        self.day_start.setCurrentIndex(diary.day_rule.start_hour)
        self.day_start.currentIndexChanged.connect(self._on_day_start)
        row.addWidget(self.day_start)
        row.addStretch(1)
        day_layout.addLayout(row)
        explain = QLabel(
            self.tr(
                "A spasm or dose in the small hours counts for the evening before, until this hour."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        day_layout.addWidget(explain)
        self.reminders = self._check(
            self.tr("Remind me when a dose or the daily check-in is due"), "reminders"
        )
        checkin_row = QHBoxLayout()
        checkin_row.addWidget(_wrapped(self.tr("Ask how the day was at")))
        # Half hours, like the day-start list: a list is easier to hit than spin arrows.
        self.checkin_time = QComboBox()
        self.checkin_time.setAccessibleName(self.tr("Ask how the day was at"))
        chosen = diary.checkins.reminder_time()
        times = sorted({f"{h:02d}:{m:02d}" for h in range(24) for m in (0, 30)} | {chosen})
        self.checkin_time.addItems(times)
        self.checkin_time.setCurrentText(chosen)
        self.checkin_time.currentTextChanged.connect(self._on_checkin_time)
        checkin_row.addWidget(self.checkin_time)
        checkin_row.addStretch(1)
        self.close_to_tray = self._check(
            self.tr("Keep MSLog running in the tray when the window is closed"), "close_to_tray"
        )
        day_layout.addWidget(self.reminders)
        day_layout.addLayout(checkin_row)
        day_layout.addWidget(self.close_to_tray)
        self.autostart_box = WrapCheckBox(self.tr("Start MSLog when I log in (so reminders work)"))
        self.autostart_box.setAccessibleName(self.tr("Start MSLog when I log in"))
        if autostart is None:
            self.autostart_box.setEnabled(False)
            self.autostart_box.setToolTip(self.tr("Not available on this system"))
        else:
            self.autostart_box.setChecked(autostart[0]())
            self.autostart_box.toggled.connect(self._on_autostart)
        day_layout.addWidget(self.autostart_box)

        data, data_layout = _section(self.tr("Your data"))
        where = QLabel(self.tr("Your diary is kept in:\n{folder}").format(folder=diary.data_dir))
        where.setWordWrap(True)
        where.setAccessibleName(
            self.tr("Your diary is kept in {folder}").format(folder=diary.data_dir)
        )
        data_layout.addWidget(where)
        private = QLabel(self.tr("It stays on this computer unless you export it."))
        private.setObjectName("hint")
        private.setWordWrap(True)
        data_layout.addWidget(private)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.clicked.connect(self.open_data_folder)
        data_layout.addWidget(self.open_folder)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        content = QWidget()
        column = QVBoxLayout(content)
        for card in (look, self._language_section(), sound, day, data):
            column.addWidget(card)
        column.addWidget(self.error)
        column.addStretch(1)
        scroll = scroll_area(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_in_window(self, 760, 720)

    def open_data_folder(self) -> bool:
        """Open the data folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._diary.data_dir)))

    # --- internals ---

    def _language_section(self) -> QFrame:
        card, layout = _section(self.tr("Language"))
        row = QHBoxLayout()
        row.addWidget(_wrapped(self.tr("MSLog speaks")))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("MSLog speaks"))
        self.language.addItem(self.tr("Follow the system"), FOLLOW_SYSTEM)
        for code, own_name in LANGUAGES.items():  # each in its own words: found by its reader
            self.language.addItem(own_name, code)
        chosen = self.language.findData(self._settings.get("language"))
        self.language.setCurrentIndex(max(chosen, 0))
        self.language.currentIndexChanged.connect(
            lambda index: self._settings.set("language", self.language.itemData(index))
        )
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        # Every text already shown keeps its language: a restart is simpler and says so.
        layout.addWidget(_hint(self.tr("A new language takes effect when MSLog next starts.")))
        return card

    def _check_speech(self) -> None:
        text = self._speech_probe() or self.tr("Sound and voice both work on this computer.")
        self.speech_status.setText(text)
        self.speech_status.show()

    @staticmethod
    def _scale_key(scale: float) -> str:
        return min(TEXT_SIZES, key=lambda item: abs(float(item[0]) - scale))[0]

    def _check(self, text: str, key: str) -> QCheckBox:
        box = WrapCheckBox(text)
        box.setAccessibleName(text)
        box.setChecked(bool(self._settings.get(key)))
        box.toggled.connect(lambda on: self._settings.set(key, on))
        return box

    def _on_theme(self, keys: list[str]) -> None:
        if not keys:  # a theme is always chosen; clicking the current one keeps it
            self.theme.set_selected([self._settings.get("theme")])
            return
        self._settings.set("theme", keys[0])

    def _on_text_size(self, keys: list[str]) -> None:
        if not keys:
            self.text_size.set_selected([self._scale_key(self._settings.get("text_scale"))])
            return
        self._settings.set("text_scale", float(keys[0]))

    def _on_day_start(self, index: int) -> None:
        try:
            self._diary.set_day_start_hour(self.day_start.itemData(index))
        except MSLogError as exc:
            self.error.setText(self.tr("Not saved: {reason}").format(reason=exc))
            self.error.show()
            return
        self.error.hide()
        if self._on_day_start_changed is not None:
            self._on_day_start_changed()

    def _on_checkin_time(self, value: str) -> None:
        try:
            self._diary.checkins.set_reminder_time(value)
        except MSLogError as exc:
            self.error.setText(self.tr("Not saved: {reason}").format(reason=exc))
            self.error.show()
            return
        self.error.hide()

    def _on_autostart(self, on: bool) -> None:
        # Nothing is kept in the settings: the autostart entry itself is the truth.
        assert self._autostart is not None
        try:
            self._autostart[1](on)
        except OSError as exc:
            self.error.setText(
                self.tr("Could not change start at login: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            self.error.show()
            self.autostart_box.blockSignals(True)
            self.autostart_box.setChecked(self._autostart[0]())
            self.autostart_box.blockSignals(False)
