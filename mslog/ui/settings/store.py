"""Window preferences in QSettings, typed, with a signal when one changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

DEFAULTS: dict[str, Any] = {
    "theme": "system",
    "text_scale": 1.0,
    "sounds": True,
    "voice": True,
    "visual_cues": True,  # flash at a step's start, pulse in the last seconds
    # Qt 6.11 exposes no desktop reduced-motion hint (QStyleHints/QAccessibilityHints have
    # only colour scheme and contrast), so this starts off; see the README.
    "reduce_motion": False,
    "reminders": True,
    "close_to_tray": True,
    "close_to_tray_told": False,
    "first_run_done": False,
    "routine": "",  # the daily stretch routine's key, chosen in the welcome
    # A code of mslog.platform.language.LANGUAGES, or "system"; read once, at start.
    "language": "system",
}


def _coerce(key: str, value: Any) -> Any:
    """Turn what QSettings hands back (often text) into the default's type."""
    default = DEFAULTS[key]
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)
    if isinstance(default, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            return default
    return str(value)


class UiSettings(QObject):
    """Typed access to the window's preferences; diary data never goes here.

    Args:
        settings: Where to keep them; None keeps them in memory only (tests).

    Signals:
        changed: Emitted with the key after a value changes.
    """

    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._memory: dict[str, Any] = {}

    @classmethod
    def for_user(cls) -> UiSettings:
        """Return the settings stored in the platform's usual place for MSLog."""
        return cls(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "MSLog", "MSLog")
        )

    def get(self, key: str) -> Any:
        """Return the value of ``key`` (its default when never set)."""
        if key not in DEFAULTS:
            raise KeyError(key)
        if self._settings is None:
            return self._memory.get(key, DEFAULTS[key])
        if not self._settings.contains(key):
            return DEFAULTS[key]
        return _coerce(key, self._settings.value(key))

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` and announce it when it changed."""
        value = _coerce(key, value)
        if self.get(key) == value:
            return
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(key, value)
            self._settings.sync()
        self.changed.emit(key)
