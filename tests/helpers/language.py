"""Switching the language of a test, and finding the texts a screen shows untranslated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from mslog.platform import translators
from mslog.platform.language import catalogue

_WRAPPED = re.compile(
    f"{translators.PSEUDO_OPEN}[^{translators.PSEUDO_OPEN}{translators.PSEUDO_CLOSE}]*{translators.PSEUDO_CLOSE}"
)
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# Two letters in a row: a word. Digits, times, symbols and lone letters ("h") need no words.
_WORD = re.compile(r"[^\W\d_]{2,}")


def speak(app: QCoreApplication, language: str, *, pseudo: bool = False) -> None:
    """Install ``language``'s catalogues (``pseudo``: wrap every text in ⟦…⟧) as the app does."""
    if translators.spoken == [(language, pseudo)]:
        return
    import os

    before = os.environ.get(translators.PSEUDO_ENV)
    os.environ[translators.PSEUDO_ENV] = "1" if pseudo else "0"
    try:
        translators.use_language(app, language)
    finally:
        if before is None:
            del os.environ[translators.PSEUDO_ENV]
        else:
            os.environ[translators.PSEUDO_ENV] = before


def bare(text: str) -> bool:
    """Whether ``text`` holds a word outside every ⟦…⟧ (markup and accelerators aside)."""
    text = _TAG.sub(" ", text).replace("&", "")
    while True:
        stripped = _WRAPPED.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    return bool(_WORD.search(text))


def _texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    """Yield (what, text) for every text a person sees or hears of ``widget`` itself."""
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab {i} tooltip", widget.tabToolTip(i)


def _inside(widget: QWidget, root: QWidget, skip: tuple[type[QWidget], ...]) -> bool:
    while widget is not None and widget is not root:
        if isinstance(widget, skip):
            return True
        widget = widget.parentWidget()
    return False


def unwrapped_texts(
    root: QWidget, allowed: Iterable[str] = (), skip: tuple[type[QWidget], ...] = ()
) -> list[str]:
    """Return every visible text under ``root`` (itself included) not wrapped in ⟦…⟧.

    Run under ``speak(app, "en", pseudo=True)``, after the screen is filled: each line
    names the widget (class and object name), which of its texts, and the text. Texts in
    ``allowed`` (a person's own words, data shown as it is) are not reported, nor any
    widget inside one of the classes of ``skip`` (another package's, not converted yet).
    """
    allow = set(allowed)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (not widget.isVisibleTo(root) and widget is not root) or _inside(widget, root, skip):
            continue
        for what, text in _texts(widget):
            if text and text not in allow and bare(text):
                name = widget.objectName() or "-"
                found.append(f"{type(widget).__name__}({name}) {what}: {text!r}")
    return found


# Names that are the same in every language.
NAMES = {"MSLog", "Baclofen", "Penn", "Snow", "NRS", "PDF", "CSV", "JSON", "FHIR", "MS", "OK"}
_FIELD = re.compile(r"\{\{\.\.\.\}\}|\{\w*\}|%n|<[^>]+>|\n")
_TYPED = re.compile(r"--[\w/-]+|\$\w+|`[^`]*`")  # options and commands, kept as typed


def english_pieces(
    contexts: Iterable[str], language: str = "de", min_words: int = 2
) -> tuple[str, ...]:
    """Return the English of ``contexts``' texts that ``language`` words otherwise, in pieces.

    Each source text is cut at its fields ({date}, %n), markup and line ends; a piece of
    ``min_words`` words or more (options and commands not counted) that no form of its
    translation contains ("MSLog {version}" keeps it) is English a screen should not show.
    Longest first, so a report names the whole piece.
    """
    return _english_pieces(frozenset(contexts), language, min_words)


@cache
def _english_pieces(contexts: frozenset[str], language: str, min_words: int) -> tuple[str, ...]:
    pieces = set()
    for context in ET.parse(catalogue(language, ".ts")).getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            for piece in _FIELD.split(message.findtext("source") or ""):
                piece = piece.strip(" .,:;?()–·“”'`")
                words = _WORD.findall(_TYPED.sub(" ", piece))
                if len(words) >= min_words and not any(piece in form for form in forms):
                    pieces.add(piece)
    return tuple(sorted(pieces, key=len, reverse=True))


@cache
def english_dates(language: str) -> re.Pattern[str]:
    """Match an English weekday or month name, whole or short (``Wed``, ``Mar``).

    Less those ``language`` writes alike (German "April", "Feb."), so a German September or
    November is no English.
    """
    from mslog.core.formatting import MONTHS, WEEKDAYS

    locale, formats = (
        QLocale(language),
        (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat),
    )
    own = [locale.dayName(d, f) for d in range(1, 8) for f in formats]
    own += [locale.monthName(m, f) for m in range(1, 13) for f in formats]
    english = {form for name in (*WEEKDAYS, *MONTHS) for form in (name, name[:3])}
    english -= {name for name in english if any(o.startswith(name) for o in own)}
    return re.compile(r"\b(" + "|".join(sorted(english)) + r")\b" if english else r"(?!)")


@cache
def english_only_words(language: str) -> frozenset[str]:
    """Words the English source texts use and no translation of ``language`` does."""
    english, translated = set(), set()
    tree = ET.parse(catalogue(language, ".ts"))
    for message in tree.getroot().iter("message"):
        english |= set(_WORD.findall(re.sub(r"\{\w+\}|%n|&", " ", message.findtext("source"))))
        node = message.find("translation")
        forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
        for form in forms:
            translated |= set(_WORD.findall(form.replace("&", "")))
    return frozenset(english - translated - NAMES)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Yield (where, text) for every text shown under ``root`` (itself included)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for what, text in _texts(widget):
            if text:
                yield f"{type(widget).__name__}({widget.objectName() or '-'}) {what}", text


def english_in(text: str, language: str, data: tuple[str, ...] = ()) -> list[str]:
    """Return the English-only words and English date names in ``text``.

    Args:
        text: What a screen shows (markup and accelerators are left out).
        language: The language it should be in.
        data: The person's own words, shown as written: not looked at.
    """
    text = re.sub(r"<[^>]+>|&[a-z]+;", " ", text).replace("&", "")
    for words in data:
        text = text.replace(words, " ")
    words = [w for w in _WORD.findall(text) if w in english_only_words(language)]
    return words + english_dates(language).findall(text)


def english_left(
    text: str, contexts: Iterable[str], language: str = "de", min_words: int = 2
) -> list[str]:
    """Return the English pieces of ``contexts`` (``english_pieces``) and date names in ``text``."""
    found = [piece for piece in english_pieces(contexts, language, min_words) if piece in text]
    return found + english_dates(language).findall(text)
