"""The catalogues: every translatable text of the code in them, current, and complete."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

import mslog
from mslog.platform.language import LANGUAGES, catalogue

ROOT = Path(mslog.__file__).parent
TOOL = ROOT.parent / "tools" / "update_translations.py"
# Languages whose every text is translated: add one here once its catalogue is complete,
# and from then on a text left unfinished fails the suite. English holds only plurals.
COMPLETE = {"en", "de", "fr", "es", "it", "nl"}

Message = tuple[str, str, str, bool]  # context, source, disambiguation, has a count


def _literal(node: ast.AST | None) -> str | None:
    """Return the text of a string literal (implicit concatenation included), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


@cache
def code_messages() -> dict[Message, str]:
    """Return every translatable text the code holds, as the convention writes them.

    ``self.tr(…)`` (context: the enclosing class), ``Name.tr(…)`` (context: Name),
    ``translate("ctx", …)`` and ``QT_TRANSLATE_NOOP("ctx", …)``, each mapped to where it is.
    """
    found: dict[Message, str] = {}
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, klass: str, path: Path = path) -> None:
            if isinstance(node, ast.ClassDef):
                klass = node.name
            if isinstance(node, ast.Call):
                func = node.func
                args = node.args
                context: str | None = None
                if isinstance(func, ast.Attribute) and func.attr == "tr":
                    if isinstance(func.value, ast.Name):
                        context = klass if func.value.id == "self" else func.value.id
                elif (
                    isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP")
                ) or (isinstance(func, ast.Attribute) and func.attr == "translate"):
                    context, args = _literal(args[0]) if args else None, args[1:]
                source = _literal(args[0]) if args else None
                if context is not None and source is not None:
                    comment = _literal(args[1]) if len(args) > 1 else None
                    key = (context, source, comment or "", len(args) > 2)
                    found[key] = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            for child in ast.iter_child_nodes(node):
                visit(child, klass, path)

        visit(tree, "")
    return found


@cache
def catalogue_messages(language: str) -> dict[Message, ET.Element]:
    """Return the messages of ``language``'s .ts file."""
    root = ET.parse(catalogue(language, ".ts")).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def test_the_catalogue_holds_every_text_of_the_code_as_lupdate_reads_it():
    # pyside6-lupdate skips some calls without a word (a count that is a call, a context in
    # a variable, ``translate`` with a count): each such text would stay English for ever.
    catalogued = catalogue_messages("de")
    missing = [f"{where}: {key}" for key, where in code_messages().items() if key not in catalogued]
    assert missing == [], "unreadable by lupdate, or run `make translations`"


def test_the_walk_of_the_code_sees_every_kind_of_call():
    kinds = {key[0] for key in code_messages()}
    assert {"Formatting", "vocab"} <= kinds


@pytest.mark.slow
def test_the_catalogues_are_current_with_the_code():
    done = subprocess.run(
        [sys.executable, str(TOOL), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_catalogue_keeps_texts_the_code_dropped(language):
    obsolete = [
        key
        for key, message in catalogue_messages(language).items()
        if (message.find("translation") is not None)
        and message.find("translation").get("type") in ("obsolete", "vanished")  # type: ignore[union-attr]
    ]
    assert obsolete == []


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_complete_language_has_every_text_translated(language):
    if language not in COMPLETE:
        pytest.skip(f"{LANGUAGES[language]} is not complete yet (tests/test_translations.py)")
    unfinished = [
        key
        for key, message in catalogue_messages(language).items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(f.text for f in message.iter("numerusform"))
    ]
    assert unfinished == []


def test_no_class_that_translates_with_self_tr_is_subclassed():
    # PySide6's self.tr looks the text up under the class of the object at run time: in a
    # subclass every text of the base class would go untranslated.
    translating, parents = set(), {}
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                parents[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Attribute)
                        and inner.attr == "tr"
                        and isinstance(inner.value, ast.Name)
                        and inner.value.id == "self"
                    ):
                        translating.add(node.name)
    subclassed = {
        f"{child}({base})" for child, bases in parents.items() for base in bases & translating
    }
    assert subclassed == set()
