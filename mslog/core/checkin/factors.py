"""The things a person can say were true on a day (the check-in's chips), and sleep choices."""

from __future__ import annotations

from dataclasses import dataclass

from mslog.core.checklists.model import NamedItem
from mslog.core.checklists.named_list import NamedRow

# (key, name) of the day factors a new diary starts with; the key survives renaming.
# All act within hours, so the analysis compares them with the same day.
DEFAULT_FACTORS: list[tuple[str, str]] = [
    ("heat", "Hot weather or overheating"),
    ("infection", "Infection or illness"),
    ("constipation", "Constipation"),
    ("bladder", "Bladder problem"),
    ("period", "Period"),
    ("poor_sleep", "Poor sleep"),
    ("stress", "Stress"),
    ("still", "Long time sitting or lying still"),
    ("tight_fit", "New or tight splint, shoes or clothing"),
]

SLEEP_CHOICES: list[tuple[str, str]] = [("good", "Good"), ("fair", "Fair"), ("poor", "Poor")]

# Nights woken is asked as 0, 1, 2 or "3 or more" (stored as 3).
MAX_NIGHTS = 3


@dataclass(frozen=True)
class DayFactor(NamedItem):
    """One chip of the check-in (``listed_on`` says whether it is offered on a day)."""


class DayFactorRow(NamedRow):
    """The day factors' table, a list edited like the habits (see :class:`NamedList`)."""

    class Meta:
        table_name = "day_factor"
