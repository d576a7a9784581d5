"""Core's translation call and the formatters' language hook, without Qt."""

from __future__ import annotations

import ast
import re
from datetime import date, datetime
from pathlib import Path

import mslog
from mslog.core import formatting, i18n, vocab
from mslog.core.formatting import (
    fmt_date,
    fmt_day,
    fmt_month,
    fmt_number,
    month_name,
    weekday_name,
)

ROOT = Path(mslog.__file__).parent


def test_english_is_the_source_text_with_its_count_filled_in():
    assert i18n.translate("ctx", "Saved") == "Saved"
    assert i18n.translate("ctx", "%n things", None, 3) == "3 things"
    assert i18n.fill_count("%Ln left of %n", 2) == "2 left of 2"


def test_an_installed_translator_answers_every_call_until_reset():
    i18n.install(lambda ctx, text, dis, n: f"<{ctx}:{text}:{n}>")
    assert i18n.translate("vocab", "Heat") == "<vocab:Heat:-1>"
    assert vocab.trigger_label("heat") == "<vocab:Heat:-1>"
    assert vocab.trigger_label("my own words") == "my own words"  # a person's text stays
    i18n.install(None)
    assert vocab.trigger_label("heat") == "Heat"


def test_labels_are_found_in_english_and_in_the_language_shown():
    assert vocab.lookup_key("heat", vocab.TRIGGERS) == "heat"
    i18n.install(lambda ctx, text, dis, n: {"Heat": "Hitze"}.get(text, text))
    assert vocab.lookup_key("Hitze", vocab.TRIGGERS) == "heat"
    assert vocab.lookup_key("Heat", vocab.TRIGGERS) == "heat"
    assert vocab.translated(vocab.TRIGGERS)[0] == ("heat", "Hitze")


class _Upper:
    """A made-up language: every date in capitals, numbers with a comma."""

    def date(self, day: date, pattern: str) -> str:
        return formatting.EnglishLocale().date(day, pattern).upper()

    def number(self, value: float, digits: int) -> str:
        return f"{value:.{digits}f}".replace(".", ",")


def test_dates_and_numbers_follow_the_installed_locale():
    day = date(2026, 3, 11)
    assert fmt_day(day) == "Wednesday 11 March"
    assert fmt_date(day, weekday=True) == "Wed 11 Mar 2026"
    assert fmt_date(day, full=True, year=False) == "11 March"
    assert fmt_month(day) == "Mar 2026"
    assert (weekday_name(6), weekday_name(0, short=True)) == ("Sunday", "Mon")
    assert (month_name(12), month_name(9, short=True)) == ("December", "Sep")
    formatting.install_locale(_Upper())
    assert fmt_day(day) == "WEDNESDAY 11 MARCH"
    assert fmt_number(-0.04) == "0,0"  # no minus zero in any language
    assert formatting.fmt_moment(datetime(2026, 3, 11, 14, 30)) == "WED 11 MAR, 14:30"


def test_the_date_patterns_are_translated_as_a_whole():
    german = {"dddd d MMMM": "dddd, d. MMMM", "Today": "Heute"}
    i18n.install(lambda ctx, text, dis, n: german.get(text, text))
    assert fmt_day(date(2026, 3, 11)) == "Wednesday, 11. March"  # English names: no QLocale
    assert formatting.fmt_day_relative(date(2026, 3, 11), date(2026, 3, 11)) == "Heute"


# strftime's %-d (no leading zero) is glibc's: Windows raises ValueError. %a, %A, %b, %B,
# %c, %x and %p follow the C library's locale, which Qt sets to the desktop's language.
_NOT_PORTABLE = re.compile(r"%-[a-zA-Z]|%[aAbBcxp](?![a-zA-Z])")


def test_no_display_format_relies_on_the_c_library():
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}  # words, not code
        for node in ast.walk(tree):
            if (
                id(node) not in docs
                and isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _NOT_PORTABLE.search(node.value)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert found == []


def test_the_scan_finds_a_windows_breaking_format():
    tree = ast.parse('f"{day:%-d %b}"')
    texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    assert any(_NOT_PORTABLE.search(t) for t in texts)
