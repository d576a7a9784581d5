"""Loading Qt's catalogues for the language chosen and routing core's words and dates to them."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from mslog.core import formatting, i18n
from mslog.platform.language import PSEUDO_ENV, SOURCE_LANGUAGE, catalogue

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


class QtDisplayLocale:
    """Dates and numbers written by QLocale, for :func:`formatting.install_locale`."""

    def __init__(self, locale: QLocale) -> None:
        # No thousands separator: "1234.5" as the Qt-free English writes it, and a count
        # of minutes never reads like two numbers ("1,234" in English is 1.234 in German).
        self._locale = QLocale(locale)
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

    def date(self, day: date, pattern: str) -> str:
        """Return ``day`` written with a QLocale date pattern in this locale's words."""
        return self._locale.toString(QDate(day.year, day.month, day.day), pattern)

    def number(self, value: float, digits: int) -> str:
        """Return ``value`` with ``digits`` decimals and this locale's decimal sign."""
        return self._locale.toString(float(value), "f", digits)


class PseudoTranslator(QTranslator):
    """Wraps every translated text in ⟦…⟧, so a screen shows which texts were never wrapped."""

    def translate(  # noqa: D102 - QTranslator's own
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return f"{PSEUDO_OPEN}{source}{PSEUDO_CLOSE}"

    def isEmpty(self) -> bool:  # noqa: D102, N802 - QTranslator's own
        return False


def _load(path: str, name: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, path) else None


def translators_for(language: str, *, pseudo: bool = False) -> list[QTranslator]:
    """Return the catalogues of ``language``, least specific first (install in this order).

    MSLog's English plural forms come first (the fallback of every text a catalogue has not
    translated yet), then Qt's own words (standard buttons), then MSLog's, then the pseudo
    wrapper when asked for.
    """
    found: list[QTranslator | None] = [
        _load(str(catalogue(SOURCE_LANGUAGE).parent), f"mslog_{SOURCE_LANGUAGE}")
    ]
    if language != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        found.append(_load(qt_folder, f"qtbase_{language}"))
        found.append(_load(str(catalogue(language).parent), f"mslog_{language}"))
    if pseudo:
        found.append(PseudoTranslator())
    return [t for t in found if t is not None]


# The translators installed, kept alive here: Qt holds no reference of its own.
_installed: list[QTranslator] = []
# What the window speaks now: (language, pseudo), or None before use_language.
spoken: list[tuple[str, bool]] = []


def use_language(app: QCoreApplication, language: str) -> None:
    """Speak ``language`` in the window: Qt's translators, QLocale, and core's words and dates.

    Pseudo-localisation follows $MSLOG_PSEUDO_LOCALE. Called once, before any window exists
    (a text already shown keeps its language); calling again replaces the catalogues.
    """
    for old in _installed:
        app.removeTranslator(old)
    pseudo = os.environ.get(PSEUDO_ENV) == "1"
    _installed[:] = translators_for(language, pseudo=pseudo)
    spoken[:] = [(language, pseudo)]
    for translator in _installed:
        app.installTranslator(translator)
    locale = QLocale(language)
    QLocale.setDefault(locale)
    i18n.install(QCoreApplication.translate)
    formatting.install_locale(QtDisplayLocale(locale))


def use_language_without_app(language: str) -> Callable[[], None]:
    """Speak ``language`` on the command line: the same catalogues, without a QApplication.

    Returns:
        A call that puts back the words and formats that were in use before.
    """
    previous = (i18n.installed(), formatting.installed_locale())
    chain = list(reversed(translators_for(language)))  # most specific first

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        for translator in chain:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return i18n.fill_count(found, n)
        return i18n.english(context, text, disambiguation, n)

    i18n.install(lookup)
    formatting.install_locale(QtDisplayLocale(QLocale(language)))

    def restore() -> None:
        i18n.install(previous[0])
        formatting.install_locale(previous[1])

    return restore
