"""Which language MSLog speaks: the languages shipped and the choice of one, without Qt."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from mslog.platform.assets import resource_path

# Each shipped language by its code and its own name, as the Settings list shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
}
SOURCE_LANGUAGE = "en"
FOLLOW_SYSTEM = "system"
# Set to 1, every translated text shows as ⟦text⟧: what is left bare was never translated.
PSEUDO_ENV = "MSLOG_PSEUDO_LOCALE"
# The command line's own choice, before the environment's (LANGUAGE, LC_ALL, …, LANG).
LANGUAGE_ENV = "MSLOG_LANGUAGE"
_LOCALE_ENV = (LANGUAGE_ENV, "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def catalogue(language: str, suffix: str = ".qm") -> Path:
    """Return the path of MSLog's compiled catalogue (``suffix`` ".ts": its source)."""
    return resource_path("translations", f"mslog_{language}{suffix}")


def shipped(code: str) -> str | None:
    """Return the shipped language a locale name means (``de_CH.UTF-8`` is ``de``), or None."""
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def choose(setting: str, system: list[str]) -> str:
    """Return the language to speak for a Settings choice and the system's preferences.

    Args:
        setting: A code of :data:`LANGUAGES`, or :data:`FOLLOW_SYSTEM`.
        system: The desktop's languages, most preferred first (``["de-CH", "en-GB"]``).
    """
    if setting in LANGUAGES:
        return setting
    for name in system:
        found = shipped(name)
        if found:
            return found
    return SOURCE_LANGUAGE


def from_environment(environ: Mapping[str, str]) -> str:
    """Return the command line's language: $MSLOG_LANGUAGE, then the usual locale variables."""
    for variable in _LOCALE_ENV:
        value = environ.get(variable, "")
        if value:
            # LANGUAGE is a list ("de:en"); C and POSIX mean no language chosen.
            names = [n for n in value.split(":") if n and n not in ("C", "POSIX")]
            return choose(FOLLOW_SYSTEM, names)
    return SOURCE_LANGUAGE
