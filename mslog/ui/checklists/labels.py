"""How the core's built-in names read on the Checklists tab: translated, while kept in English.

The diary keeps a built-in habit's, skip reason's or treatment kind's English name (a diary
made in German opens in English unchanged); the tab shows it in the person's language.
The core marks these names for the catalogue (contexts "habits", "medicines" and
"treatments"); a name of the person's own is shown as they wrote it.
"""

from __future__ import annotations

from mslog.core.checklists.model import COMMON_MEDICATIONS, SKIP_REASONS
from mslog.core.checklists.schema import DEFAULT_HABITS
from mslog.core.checklists.treatments import KINDS
from mslog.core.i18n import translate

_BUILTIN_HABITS = frozenset(name for _key, name in DEFAULT_HABITS)


def habit_shown(name: str) -> str:
    """Return a habit's name as shown: a built-in one translated, the person's own as is."""
    return translate("habits", name) if name in _BUILTIN_HABITS else name


def skip_reason_shown(reason: str) -> str:
    """Return a skipped dose's reason as shown: an offered one translated, else as typed."""
    return translate("medicines", reason) if reason in SKIP_REASONS else reason


def skip_reason_kept(text: str) -> str:
    """Return the reason to keep for ``text`` as chosen or typed: an offered one in English."""
    for reason in SKIP_REASONS:
        if text in (reason, translate("medicines", reason)):
            return reason
    return text


def skip_reasons_shown() -> list[str]:
    """Return the offered reasons for a skipped dose, as shown."""
    return [translate("medicines", reason) for reason in SKIP_REASONS]


def medication_suggestions() -> list[str]:
    """Return the suggested medication names, as shown (kept as chosen)."""
    return [translate("medicines", name) for name in COMMON_MEDICATIONS]


def treatment_kinds_shown() -> list[tuple[str, str]]:
    """Return (kind, name as shown) for every treatment kind, in the order offered."""
    return [(kind, translate("treatments", label)) for kind, label in KINDS.items()]
