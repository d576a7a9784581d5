"""Three questions before an appointment: the Penn and Snow scales, rated by the person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mslog.core.checkin.self_ratings import (
    PENN_FREQUENCY_LEVELS,
    PENN_FREQUENCY_QUESTION,
    PENN_SEVERITY_LEVELS,
    PENN_SEVERITY_QUESTION,
    SNOW_LEVELS,
    SNOW_QUESTION,
    SelfRating,
    SelfRatings,
)
from mslog.core.formatting import fmt_date
from mslog.core.i18n import translate
from mslog.ui.widgets.chips import ChipGroup

if TYPE_CHECKING:
    from mslog.ui.notifier import DiaryNotifier
    from mslog.ui.operations.self_ratings import SelfRatingOperations


def _scale(text: str) -> str:
    """A level or question of the scales in the person's language.

    The tables of mslog/core/checkin/self_ratings.py mark their texts with
    ``QT_TRANSLATE_NOOP("self_rating", …)``; a text the catalogue lacks stays English.
    """
    return translate("self_rating", text)


def _chips(levels: dict[int, str], question: str) -> ChipGroup:
    return ChipGroup(
        [(str(level), f"{level}  {_scale(words)}") for level, words in levels.items()],
        exclusive=True,
        name=_scale(question),
    )


def _two_lines(text: str) -> str:
    """Break ``text`` at the space nearest its middle (after the level's number)."""
    spaces = [i for i, char in enumerate(text) if char == " " and i > 3]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:middle]}\n{text[middle + 1 :]}"


def _chosen(group: ChipGroup) -> int | None:
    selected = group.selected()
    return int(selected[0]) if selected else None


class SelfRatingForm(QWidget):
    """The short questionnaire, saved for today with Undo.

    Args:
        ratings: The diary's self-rated answers.
        operations: How the answers are saved (undoably); the form shows what they say.
        notifier: Change signals; the form redraws when the answers change (an undo).
        today: Returns today's diary day.
    """

    def __init__(
        self,
        ratings: SelfRatings,
        operations: SelfRatingOperations,
        notifier: DiaryNotifier,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ratings = ratings
        self._operations = operations
        self._today = today
        title = QLabel(self.tr("Before the appointment: rate your spasms"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Three questions from scales clinicians use (Penn and Snow). Answer any of them; "
                "they are kept with today's date and shown as self-rated in Trends and the report."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.frequency = _chips(PENN_FREQUENCY_LEVELS, PENN_FREQUENCY_QUESTION)
        self.severity = _chips(PENN_SEVERITY_LEVELS, PENN_SEVERITY_QUESTION)
        self.snow = _chips(SNOW_LEVELS, SNOW_QUESTION)
        self.frequency.changed.connect(lambda _: self._follow_frequency())
        # A level's words go on two lines when one would be wider than the page (large
        # text on a small window), so the page never scrolls sideways.
        self._labels: dict[QPushButton, str] = {}
        for group in (self.frequency, self.severity, self.snow):
            for key in group.keys():  # noqa: SIM118 - ChipGroup.keys(), not a dict
                button = group.button(key)
                self._labels[button] = button.text()
                button.toggled.connect(lambda _on, b=button: self._fit(b))
        self.save_button = QPushButton(self.tr("Save my answers"))
        self.save_button.setObjectName("primarySmall")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel("")
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        self.last = QLabel("")
        self.last.setObjectName("hint")
        self.last.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        for question, group in (
            (PENN_FREQUENCY_QUESTION, self.frequency),
            (PENN_SEVERITY_QUESTION, self.severity),
            (SNOW_QUESTION, self.snow),
        ):
            label = QLabel(_scale(question))
            label.setWordWrap(True)
            label.setBuddy(group)
            layout.addWidget(label)
            layout.addWidget(group)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.last)
        operations.said.connect(self.message.setText)
        notifier.checkinsChanged.connect(self._on_change)
        self.reload()

    def _on_change(self, change: object) -> None:
        # Only a change of the answers themselves: choices not yet saved stay otherwise.
        if getattr(change, "what", None) == "self_rating":
            self.reload()

    def _fit(self, button: QPushButton) -> None:
        text = ("✓ " if button.isChecked() else "") + self._labels[button]
        button.setText(text)
        if button.sizeHint().width() > self.width():
            button.setText(_two_lines(text))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Narrower than the longest level on one line: that one wraps instead."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 24 * self.fontMetrics().averageCharWidth()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put each level's words on one line when they fit, else on two."""
        super().resizeEvent(event)
        for button in self._labels:
            self._fit(button)

    def _follow_frequency(self) -> None:
        # Severity is asked only when spasms come at all.
        spasms = bool(_chosen(self.frequency))
        if not spasms:
            self.severity.set_selected([])
        self.severity.setEnabled(spasms)

    def reload(self) -> None:
        """Show today's answers (if given) and the newest earlier ones."""
        day = self._today()
        given = self._ratings.get(day)
        for group, value in (
            (self.frequency, given.penn_frequency if given else None),
            (self.severity, given.penn_severity if given else None),
            (self.snow, given.snow if given else None),
        ):
            group.set_selected([] if value is None else [str(value)])
        self._follow_frequency()
        newest = self._ratings.latest(date.min, day)
        self.last.setText(
            ""
            if newest is None
            else self.tr("Last answered {day}: Penn {penn}; Snow {snow}.").format(
                day=fmt_date(newest.day), penn=newest.penn_text(), snow=newest.snow_text()
            )
        )

    def save(self) -> SelfRating | None:
        """Save the chosen answers for today (Undo takes them back)."""
        outcome = self._operations.answer(
            self._today(),
            penn_frequency=_chosen(self.frequency),
            penn_severity=_chosen(self.severity),
            snow=_chosen(self.snow),
        )
        if not outcome.ok:
            self.message.setText(outcome.message)
        return outcome.value
