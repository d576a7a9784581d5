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
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate

if TYPE_CHECKING:
    from mslog.core.storage.database import Database

# The levels of each scale in our own words (the structure is the published one), as
# English labels translated where shown: ``translate("self_rating", label)``
# (:func:`self_rating_text`).
PENN_FREQUENCY_LEVELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("self_rating", "No spasms"),
    1: QT_TRANSLATE_NOOP("self_rating", "Mild, only when touched or moved"),
    2: QT_TRANSLATE_NOOP("self_rating", "Full spasms, less than once an hour"),
    3: QT_TRANSLATE_NOOP("self_rating", "Spasms more than once an hour"),
    4: QT_TRANSLATE_NOOP("self_rating", "Spasms more than ten times an hour"),
}
PENN_SEVERITY_LEVELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("self_rating", "Mild"),
    2: QT_TRANSLATE_NOOP("self_rating", "Moderate"),
    3: QT_TRANSLATE_NOOP("self_rating", "Severe"),
}
SNOW_LEVELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("self_rating", "No spasms"),
    2: QT_TRANSLATE_NOOP("self_rating", "One spasm a day or fewer"),
    3: QT_TRANSLATE_NOOP("self_rating", "Between one and five a day"),
    4: QT_TRANSLATE_NOOP("self_rating", "Between five and nine a day"),
    5: QT_TRANSLATE_NOOP("self_rating", "Ten or more a day"),
}
# The same levels inside a sentence ("2 of 4 (full spasms, …)"): their own texts, as
# only a translator knows which words keep a capital letter.
_PENN_FREQUENCY_WORDS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("self_rating", "no spasms"),
    1: QT_TRANSLATE_NOOP("self_rating", "mild, only when touched or moved"),
    2: QT_TRANSLATE_NOOP("self_rating", "full spasms, less than once an hour"),
    3: QT_TRANSLATE_NOOP("self_rating", "spasms more than once an hour"),
    4: QT_TRANSLATE_NOOP("self_rating", "spasms more than ten times an hour"),
}
_PENN_SEVERITY_WORDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("self_rating", "mild"),
    2: QT_TRANSLATE_NOOP("self_rating", "moderate"),
    3: QT_TRANSLATE_NOOP("self_rating", "severe"),
}
_SNOW_WORDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("self_rating", "no spasms"),
    2: QT_TRANSLATE_NOOP("self_rating", "one spasm a day or fewer"),
    3: QT_TRANSLATE_NOOP("self_rating", "between one and five a day"),
    4: QT_TRANSLATE_NOOP("self_rating", "between five and nine a day"),
    5: QT_TRANSLATE_NOOP("self_rating", "ten or more a day"),
}
PENN_FREQUENCY_QUESTION = QT_TRANSLATE_NOOP("self_rating", "Lately, how often do your spasms come?")
PENN_SEVERITY_QUESTION = QT_TRANSLATE_NOOP("self_rating", "How strong are they, usually?")
SNOW_QUESTION = QT_TRANSLATE_NOOP("self_rating", "On a usual day, how many spasms do you have?")


class SelfRated(Words):
    """The translation context of the self-rated scores' sentences."""


def self_rating_text(text: str) -> str:
    """Return a level or question of the tables above in the person's language."""
    return translate("self_rating", text)


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
        frequency = self_rating_text(_PENN_FREQUENCY_WORDS[self.penn_frequency])
        if self.penn_severity is None:
            return SelfRated.tr("{frequency} of 4 ({frequency_words})").format(
                frequency=self.penn_frequency, frequency_words=frequency
            )
        return SelfRated.tr(
            "{frequency} of 4 ({frequency_words}); severity {severity} of 3 ({severity_words})"
        ).format(
            frequency=self.penn_frequency,
            frequency_words=frequency,
            severity=self.penn_severity,
            severity_words=self_rating_text(_PENN_SEVERITY_WORDS[self.penn_severity]),
        )

    def snow_text(self) -> str:
        """The Snow answer in words, e.g. ``3 of 5 (between one and five a day)``."""
        if self.snow is None:
            return "–"
        return SelfRated.tr("{score} of 5 ({score_words})").format(
            score=self.snow, score_words=self_rating_text(_SNOW_WORDS[self.snow])
        )


def _level(name: str, value: Any, levels: dict[int, str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            name, SelfRated.tr("must be a whole number, not {value}").format(value=repr(value))
        )
    if value not in levels:
        raise ValidationError(
            name,
            SelfRated.tr("must be from {low} to {high}, not {value}").format(
                low=min(levels), high=max(levels), value=value
            ),
        )
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
            "penn_severity",
            SelfRated.tr("is asked only when spasms come (a frequency above 0)"),
        )
    if frequency is None and score is None:
        raise ValidationError("penn_frequency", SelfRated.tr("answer at least one question"))
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
            raise ValidationError("day", SelfRated.tr("{day} is still to come").format(day=day))
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
            raise ValidationError(
                "day",
                SelfRated.tr("the answers are for {day}, not {other}").format(
                    day=rating.day, other=day
                ),
            )
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
