"""Self-rated Penn and Snow scores: a short questionnaire answered before an appointment.

These are the person's own answers to the published scales, kept apart from the
figures worked out from the log. One set of answers per diary day; answering again
on the same day replaces it.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from peewee import Expression

from mslog.core.checkin.service import CheckInChange
from mslog.core.checkin.tables import SelfRatingRow
from mslog.core.checklists.model import check_day
from mslog.core.clock import Clock
from mslog.core.days import DayRule
from mslog.core.errors import ValidationError
from mslog.core.events import Event

if TYPE_CHECKING:
    from mslog.core.storage.database import Database

# The levels of each scale in our own words (the structure is the published one).
PENN_FREQUENCY_LEVELS: dict[int, str] = {
    0: "No spasms",
    1: "Mild, only when touched or moved",
    2: "Full spasms, less than once an hour",
    3: "Spasms more than once an hour",
    4: "Spasms more than ten times an hour",
}
PENN_SEVERITY_LEVELS: dict[int, str] = {1: "Mild", 2: "Moderate", 3: "Severe"}
SNOW_LEVELS: dict[int, str] = {
    1: "No spasms",
    2: "One spasm a day or fewer",
    3: "Between one and five a day",
    4: "Between five and nine a day",
    5: "Ten or more a day",
}
PENN_FREQUENCY_QUESTION = "Lately, how often do your spasms come?"
PENN_SEVERITY_QUESTION = "How strong are they, usually?"
SNOW_QUESTION = "On a usual day, how many spasms do you have?"


@dataclass(frozen=True)
class SelfRating:
    """One day's answers; an unanswered question is None.

    Attributes:
        day: The diary day they were given.
        uuid: Stable identifier, kept through export and import.
        penn_frequency: Penn Spasm Frequency Scale, 0-4.
        penn_severity: Penn severity, 1-3 (asked only when the frequency is above 0).
        snow: Snow spasm frequency score, 1-5.
    """

    day: date
    uuid: str = ""
    penn_frequency: int | None = None
    penn_severity: int | None = None
    snow: int | None = None

    def penn_text(self) -> str:
        """The Penn answers in words, e.g. ``2 of 4 (full spasms, …); severity 2 of 3 …``."""
        if self.penn_frequency is None:
            return "–"
        text = f"{self.penn_frequency} of 4 ({PENN_FREQUENCY_LEVELS[self.penn_frequency].lower()})"
        if self.penn_severity is not None:
            text += (
                f"; severity {self.penn_severity} of 3 "
                f"({PENN_SEVERITY_LEVELS[self.penn_severity].lower()})"
            )
        return text

    def snow_text(self) -> str:
        """The Snow answer in words, e.g. ``3 of 5 (between one and five a day)``."""
        if self.snow is None:
            return "–"
        return f"{self.snow} of 5 ({SNOW_LEVELS[self.snow].lower()})"


def _level(name: str, value: Any, levels: dict[int, str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, f"must be a whole number, not {value!r}")
    if value not in levels:
        raise ValidationError(name, f"must be from {min(levels)} to {max(levels)}, not {value}")
    return value


def check_answers(
    penn_frequency: Any, penn_severity: Any, snow: Any
) -> tuple[int | None, int | None, int | None]:
    """Return valid answers, or raise :class:`ValidationError` naming the problem."""
    frequency = _level("penn_frequency", penn_frequency, PENN_FREQUENCY_LEVELS)
    severity = _level("penn_severity", penn_severity, PENN_SEVERITY_LEVELS)
    score = _level("snow", snow, SNOW_LEVELS)
    if severity is not None and not frequency:
        raise ValidationError(
            "penn_severity", "is asked only when spasms come (a frequency above 0)"
        )
    if frequency is None and score is None:
        raise ValidationError("penn_frequency", "answer at least one question")
    return frequency, severity, score


class SelfRatings:
    """Reads and writes the self-rated scores.

    Args:
        db: The open diary database.
        clock: Where "now" comes from.
        rule: Returns the diary-day rule in force.
        changed: Where a committed change is announced (the check-ins' event, so
            views that follow check-ins follow these answers too).
    """

    def __init__(
        self,
        db: Database,
        clock: Clock,
        rule: Callable[[], DayRule],
        changed: Event[CheckInChange],
    ) -> None:
        self._db = db
        self._clock = clock
        self._rule = rule
        self.changed = changed

    def _rows(self, where: Expression) -> list[SelfRating]:
        query = SelfRatingRow.select().where(where).order_by(SelfRatingRow.day, SelfRatingRow.id)
        return [
            SelfRating(
                date.fromisoformat(row.day),
                row.uuid,
                row.penn_frequency,
                row.penn_severity,
                row.snow,
            )
            for row in query
        ]

    def get(self, day: date) -> SelfRating | None:
        """Return the answers given on ``day``, or None."""
        found = self._rows(SelfRatingRow.day == day.isoformat())
        return found[-1] if found else None

    def between(self, first: date, last: date) -> list[SelfRating]:
        """Return the answers given from ``first`` to ``last`` (inclusive), oldest first."""
        return self._rows(SelfRatingRow.day.between(first.isoformat(), last.isoformat()))

    def latest(self, first: date, last: date) -> SelfRating | None:
        """Return the newest answers given from ``first`` to ``last``, or None."""
        found = self.between(first, last)
        return found[-1] if found else None

    def answer(
        self,
        day: date,
        *,
        penn_frequency: Any = None,
        penn_severity: Any = None,
        snow: Any = None,
    ) -> SelfRating:
        """Save ``day``'s answers, replacing any given earlier that day.

        Raises:
            ValidationError: An answer is out of range, a severity is given without
                spasms, nothing is answered, or the day is still to come; nothing
                was written.
        """
        day = check_day("day", day)
        if day > self._rule().day_of(self._clock.now()):
            raise ValidationError("day", f"{day} is still to come")
        frequency, severity, score = check_answers(penn_frequency, penn_severity, snow)
        existing = self.get(day)
        return self._store(
            SelfRating(
                day, existing.uuid if existing else str(uuidlib.uuid4()), frequency, severity, score
            )
        )

    def put(self, day: date, rating: SelfRating | None) -> SelfRating | None:
        """Make ``day``'s answers exactly ``rating`` (None removes them); used by undo."""
        day = check_day("day", day)
        if rating is None:
            existing = self.get(day)
            with self._db.atomic():
                SelfRatingRow.delete().where(SelfRatingRow.day == day.isoformat()).execute()
            if existing is not None:
                self.changed.emit(CheckInChange("self_rating", "removed", day, existing.uuid))
            return None
        if rating.day != day:
            raise ValidationError("day", f"the answers are for {rating.day}, not {day}")
        check_answers(rating.penn_frequency, rating.penn_severity, rating.snow)
        return self._store(rating)

    def _store(self, rating: SelfRating) -> SelfRating:
        with self._db.atomic():
            SelfRatingRow.delete().where(SelfRatingRow.day == rating.day.isoformat()).execute()
            SelfRatingRow.create(
                uuid=rating.uuid or str(uuidlib.uuid4()),
                day=rating.day.isoformat(),
                penn_frequency=rating.penn_frequency,
                penn_severity=rating.penn_severity,
                snow=rating.snow,
                created_at=int(self._clock.now().timestamp()),
            )
        stored = self.get(rating.day)
        assert stored is not None
        self.changed.emit(CheckInChange("self_rating", "saved", rating.day, stored.uuid))
        return stored
