"""An amount in a text field: written with the language's decimal mark, read with either.

A German field shows "1,5"; the person may type "1,5" or "1.5" alike (a keyboard's number
pad often gives the point). The rows and summaries write amounts with the core's
:func:`~mslog.core.checklists.model.amount_number`, and so does a field, without grouping
("1500", not "1.500", which would read as 1.5 again).
"""

from __future__ import annotations

from mslog.core.checklists.model import amount_number
from mslog.core.formatting import fmt_number

# Spaces a language may group digits with (French "1 500" uses a narrow no-break space).
_SPACES = (" ", "\u00a0", "\u202f")


def _group_mark() -> str:
    """Return the mark the language groups thousands with ("." in German), or ""."""
    thousand = fmt_number(1000, 0)
    return thousand[1:-3]


def amount_text(amount: float | None) -> str:
    """Return an amount for a text field: "1,5" in German, "1.5" in English; "" for none."""
    if amount is None:
        return ""
    text = amount_number(amount)
    group = _group_mark()
    return text.replace(group, "") if group else text


def read_amount(text: str) -> float | None:
    """Return the number typed ("1,5" and "1.5" alike), None for nothing.

    With both marks ("1.234,5"), the last is the decimal mark. Raises ValueError on
    anything else that is not a number.
    """
    for space in _SPACES:
        text = text.replace(space, "")
    if not text:
        return None
    marks = [i for i, char in enumerate(text) if char in ",."]
    if marks:
        last = marks[-1]
        whole = text[:last].replace(",", "").replace(".", "")
        text = f"{whole}.{text[last + 1 :]}"
    return float(text)
