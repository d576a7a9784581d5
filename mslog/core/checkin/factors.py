"""The things a person can say were true on a day (the check-in's chips), and sleep choices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
class DayFactor:
    """One chip of the check-in.

    Attributes:
        uuid: Stable identifier, kept through export and import.
        name: What the chip says.
        position: Place in the list.
        key: The built-in factor's key, or None for the person's own.
        retired_on: The diary day from which it is no longer offered, or None.
    """

    uuid: str
    name: str
    position: int
    key: str | None = None
    retired_on: date | None = None

    def listed_on(self, day: date) -> bool:
        """Whether the chip is offered on ``day``."""
        return self.retired_on is None or day < self.retired_on
