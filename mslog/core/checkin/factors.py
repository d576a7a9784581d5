"""The things a person can say were true on a day (the check-in's chips), and sleep choices."""

from __future__ import annotations

from dataclasses import dataclass

from mslog.core.checklists.model import NamedItem
from mslog.core.checklists.named_list import NamedRow
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate

# (key, name) of the day factors a new diary starts with; the key survives renaming.
# All act within hours, so the analysis compares them with the same day. The diary keeps
# the English name (a diary made in German opens in English unchanged); it is shown in
# the person's language until the person renames it (:attr:`DayFactor.label`).
DEFAULT_FACTORS: list[tuple[str, str]] = [
    ("heat", QT_TRANSLATE_NOOP("checkin", "Hot weather or overheating")),
    ("infection", QT_TRANSLATE_NOOP("checkin", "Infection or illness")),
    ("constipation", QT_TRANSLATE_NOOP("checkin", "Constipation")),
    ("bladder", QT_TRANSLATE_NOOP("checkin", "Bladder problem")),
    ("period", QT_TRANSLATE_NOOP("checkin", "Period")),
    ("poor_sleep", QT_TRANSLATE_NOOP("checkin", "Poor sleep")),
    ("stress", QT_TRANSLATE_NOOP("checkin", "Stress")),
    ("still", QT_TRANSLATE_NOOP("checkin", "Long time sitting or lying still")),
    ("tight_fit", QT_TRANSLATE_NOOP("checkin", "New or tight splint, shoes or clothing")),
]
_DEFAULT_NAMES = frozenset(name for _key, name in DEFAULT_FACTORS)
# The same names inside a sentence ("Saved: hot weather or overheating: yes."), by name.
_IN_SENTENCE = {
    "Hot weather or overheating": QT_TRANSLATE_NOOP("checkin", "hot weather or overheating"),
    "Infection or illness": QT_TRANSLATE_NOOP("checkin", "infection or illness"),
    "Constipation": QT_TRANSLATE_NOOP("checkin", "constipation"),
    "Bladder problem": QT_TRANSLATE_NOOP("checkin", "bladder problem"),
    "Period": QT_TRANSLATE_NOOP("checkin", "period"),
    "Poor sleep": QT_TRANSLATE_NOOP("checkin", "poor sleep"),
    "Stress": QT_TRANSLATE_NOOP("checkin", "stress"),
    "Long time sitting or lying still": QT_TRANSLATE_NOOP(
        "checkin", "long time sitting or lying still"
    ),
    "New or tight splint, shoes or clothing": QT_TRANSLATE_NOOP(
        "checkin", "new or tight splint, shoes or clothing"
    ),
}

# (key stored, English label); the label is translated where shown (:func:`sleep_label`).
SLEEP_CHOICES: list[tuple[str, str]] = [
    ("good", QT_TRANSLATE_NOOP("checkin", "Good")),
    ("fair", QT_TRANSLATE_NOOP("checkin", "Fair")),
    ("poor", QT_TRANSLATE_NOOP("checkin", "Poor")),
]

# Nights woken is asked as 0, 1, 2 or "3 or more" (stored as 3).
MAX_NIGHTS = 3


@dataclass(frozen=True)
class DayFactor(NamedItem):
    """One chip of the check-in (``listed_on`` says whether it is offered on a day)."""

    @property
    def label(self) -> str:
        """The name as shown: a built-in one in the person's language, else as written."""
        return factor_label(self.name)


def factor_label(name: str, *, in_sentence: bool = False) -> str:
    """Return a day factor's name as shown: a built-in name translated, the person's own as is.

    ``in_sentence``: a built-in name as it reads inside a sentence (no capital in English).
    """
    if in_sentence and name in _IN_SENTENCE:
        return translate("checkin", _IN_SENTENCE[name])
    return translate("checkin", name) if name in _DEFAULT_NAMES else name


def sleep_label(key: str) -> str:
    """Return a sleep answer's label in the person's language (an unknown key as stored)."""
    labels = dict(SLEEP_CHOICES)
    return translate("checkin", labels[key]) if key in labels else key


class DayFactorRow(NamedRow):
    """The day factors' table, a list edited like the habits (see :class:`NamedList`)."""

    class Meta:
        table_name = "day_factor"
