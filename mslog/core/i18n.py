"""The one translation call of the Qt-free code (core, the report, the command line)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

# (context, source text, disambiguation, count) -> the text to show, ``%n`` already filled
# in: QCoreApplication.translate's own signature, so the window routes this straight to it.
Translator = Callable[[str, str, "str | None", int], str]

# The English catalogue holds only the plural forms of the source texts ("%n spasms" has
# two forms in English too); every other English text is its own source.
ENGLISH_CATALOGUE = "mslog_en.ts"
_COUNT = re.compile(r"%L?n")


def fill_count(text: str, n: int) -> str:
    """Return ``text`` with ``%n`` (and ``%Ln``) replaced by ``n``, as Qt does."""
    return _COUNT.sub(str(n), text) if n >= 0 else text


@functools.cache
def _english_plurals() -> dict[tuple[str, str, str], tuple[str, ...]]:
    """Read the English plural forms from the shipped catalogue, once, without Qt."""
    # Deferred: most texts have no count and never need the XML parser.
    import xml.etree.ElementTree as ET

    from mslog.platform.assets import resource_path

    path = resource_path("translations", ENGLISH_CATALOGUE)
    forms: dict[tuple[str, str, str], tuple[str, ...]] = {}
    if not path.is_file():
        return forms
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = tuple(f.text or "" for f in message.iter("numerusform"))
            if message.get("numerus") == "yes" and found and all(found):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                forms[key] = found
    return forms


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return the English text: the source, or for a count its English plural form."""
    if n >= 0:
        forms = _english_plurals().get((context, text, disambiguation or ""))
        if forms:
            text = forms[0] if n == 1 else forms[-1]
    return fill_count(text, n)


_translator: Translator = english


def install(translator: Translator | None) -> None:
    """Route every translation to ``translator`` (None: back to :func:`english`).

    The window installs ``QCoreApplication.translate``; the command line, in a language
    other than English, a lookup in the same catalogues (``mslog/platform/translators.py``).
    """
    global _translator
    _translator = translator or english


def installed() -> Translator:
    """Return where translations are routed now (to put it back after a change)."""
    return _translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` of ``context`` in the person's language (``n``: a count for ``%n``).

    For a text already marked with :func:`QT_TRANSLATE_NOOP` (a label looked up from a
    key). Code with a literal text calls ``Context.tr("…")`` instead (see :class:`Words`):
    ``pyside6-lupdate`` files ``translate(…)`` with a counted text as no plural.
    """
    return _translator(context, text, disambiguation, n)


class Words:
    """A translation context of Qt-free code: ``class Formatting(Words)``, then ``Formatting.tr``.

    The subclass's name is the context, as ``self.tr`` uses a Qt class's: ``pyside6-lupdate``
    reads ``Formatting.tr("%n spasms", "", count)`` as a plural text of context "Formatting".
    A subclass is never subclassed again (its name is its context).
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Return ``text`` in the person's language; ``n`` >= 0 fills ``%n`` in its plural."""
        return _translator(cls.__name__, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` of ``context`` for the catalogue without translating it (tables).

    Where it is shown, it is translated with ``translate(context, text)``.
    """
    del context
    return text
