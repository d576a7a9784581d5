"""Diary preferences kept in the database, so the window and the command line agree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mslog.core.days import DayRule
from mslog.core.errors import ValidationError
from mslog.core.events import Event
from mslog.core.i18n import Words
from mslog.core.storage.models import PreferenceRow

if TYPE_CHECKING:
    from mslog.core.storage.database import Database

DAY_START_HOUR = "day_start_hour"


class DayStart(Words):
    """The translation context of what is said about the hour a diary day starts."""


def check_day_start_hour(value: Any) -> int:
    """Return a valid day-start hour (0-23)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            "day_start_hour",
            DayStart.tr("must be a whole hour, not {value}").format(value=repr(value)),
        )
    if not 0 <= value <= 23:
        raise ValidationError(
            "day_start_hour", DayStart.tr("must be from 0 to 23, not {value}").format(value=value)
        )
    return value


class Preferences:
    """Reads and writes diary preferences; every write is one transaction.

    Args:
        db: The open diary database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self.changed: Event[str] = Event()

    def get(self, key: str, default: str | None = None) -> str | None:
        """Return the stored text for ``key``, or ``default``."""
        row = PreferenceRow.get_or_none(PreferenceRow.key == key)
        return default if row is None else row.value

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key`` (replacing any earlier value)."""
        with self._db.atomic():
            PreferenceRow.insert(key=key, value=value).on_conflict(
                conflict_target=[PreferenceRow.key], preserve=[PreferenceRow.value]
            ).execute()
        self.changed.emit(key)

    def day_start_hour(self) -> int:
        """Return the hour a diary day starts at (default 4); a damaged value reads as 4."""
        text = self.get(DAY_START_HOUR)
        try:
            return check_day_start_hour(int(text)) if text is not None else DayRule().start_hour
        except (ValueError, ValidationError):
            return DayRule().start_hour

    def set_day_start_hour(self, hour: Any) -> int:
        """Validate and store the hour a diary day starts at; return it."""
        hour = check_day_start_hour(hour)
        self.set(DAY_START_HOUR, str(hour))
        return hour

    def day_rule(self) -> DayRule:
        """Return the diary-day rule built from the stored day-start hour."""
        return DayRule(self.day_start_hour())
