"""Summary cards: one figure for the range, what it rests on, and the range before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from mslog.core.checkin.self_ratings import SelfRating
from mslog.core.formatting import fmt_date
from mslog.core.report import adherence_text
from mslog.core.trends import headline as hl
from mslog.core.trends.headline import BEFORE_DIARY
from mslog.core.trends.lanes import ExtraLanes
from mslog.core.trends.page import TrendPage


class Card(QFrame):
    """A titled figure with a line saying what it rests on and how it compares."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(150)
        self.title = QLabel(title)
        self.title.setObjectName("hint")
        self.title.setWordWrap(True)  # large text sizes wrap rather than clip
        self.value = QLabel("–")
        self.value.setObjectName("cardTitle")
        self.value.setWordWrap(True)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.compare = QLabel("")
        self.compare.setObjectName("hint")
        self.compare.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.compare)
        layout.addStretch(1)

    def set(self, value: str, compare: str, detail: str = "") -> None:
        """Show a value, its basis and comparison, and an optional explanation (a tooltip)."""
        # "30 %" never breaks between the number and its sign.
        value, compare = (text.replace(" %", "\u00a0%") for text in (value, compare))
        self.value.setText(value)
        self.compare.setText(compare)
        self.setToolTip(detail)
        self.setAccessibleName(f"{self.title.text()}: {value}. {compare}")


def _overall(lanes: ExtraLanes) -> float | None:
    return None if lanes.adherence is None else lanes.adherence.overall()


def _short_self_rated(rating: SelfRating) -> str:
    parts = []
    if rating.penn_frequency is not None:
        parts.append(f"Penn {rating.penn_frequency}")
    if rating.penn_severity is not None:
        parts.append(f"severity {rating.penn_severity}")
    if rating.snow is not None:
        parts.append(f"Snow {rating.snow}")
    return " · ".join(parts)


def _before(text: str) -> str:
    # Why a figure before the diary is "—" is said once, above the cards, for the range.
    return f"before: {text}"


class SummaryCards(QWidget):
    """The cards row, wrapping on narrow windows."""

    KEYS = (
        ("per_day", "Spasms per day"),
        ("nrs", "Spasticity, daily check-in (0–10)"),
        ("rating", "Mean rating of logged spasms"),
        ("snow", "Snow score from the log (spasms per 24 h)"),
        ("hour", "Busiest hour"),
        ("trigger", "Trigger marked most often"),
        ("self_rated", "Penn and Snow, self-rated"),
        ("stretch", "Days with stretching"),
        ("adherence", "Scheduled doses taken"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.cards: dict[str, Card] = {}
        for key, title in self.KEYS:
            self.cards[key] = Card(title, self)
        self._hidden: set[str] = set()
        self._columns = 0
        self._place(4)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        shown = [card for key, card in self.cards.items() if key not in self._hidden]
        for key, card in self.cards.items():
            self._grid.removeWidget(card)
            card.setHidden(key in self._hidden)
        for i, card in enumerate(shown):
            self._grid.addWidget(card, i // columns, i % columns)
        for column in range(len(self.KEYS)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """As many cards a row as fit about 26 characters each (1 to 5)."""
        card = 26 * self.fontMetrics().averageCharWidth() + self._grid.spacing()
        self._place(max(1, min(5, event.size().width() // max(card, 1))))
        super().resizeEvent(event)

    def set_data(
        self,
        page: TrendPage,
        self_rated: SelfRating | None = None,
        any_self_rated: bool = False,
    ) -> None:
        """Fill every card.

        Args:
            page: What the range shows (and, through ``page.previous``, the range before;
                its lanes are read only when it is within the diary).
            self_rated: The newest self-rated answers given in the range, if any.
            any_self_rated: Whether the person has ever answered them (else the card hides).
        """
        cards = self.cards
        now, before = page.figures, page.previous.figures
        extras = page.lanes
        cards["per_day"].set(
            hl.per_day_value(now),
            f"{hl.basis_note(now)}; {_before(hl.per_day_value(before))}",
            "Spasms per day rest on complete days (the check-in said every spasm was logged, "
            "or none happened) once there are 7 of them; until then on complete and partial "
            "days.",
        )
        change = hl.nrs_change(now, before)
        cards["nrs"].set(
            hl.nrs_value(change),
            f"{hl.nrs_comparison(change)}; {_before(hl.nrs_before(change, before))}",
            "The 0–10 spasticity rating of the daily check-in, averaged over the days that "
            "have one. A change is given in % only when both periods have "
            f"{hl.MIN_NRS_DAYS} or more such days.",
        )
        value, rated = hl.rating_parts(now)
        cards["rating"].set(
            value,
            f"{rated}; {_before(hl.rating_value(before))}" if rated else _before(value),
            "The average 0–10 rating of the spasms you logged and rated.",
        )
        score, level = hl.snow_parts(now)
        cards["snow"].set(
            f"{score} of 5" if level else score,
            f"{level}, typical of the same days; {_before(hl.snow_parts(before)[0])}"
            if level
            else _before(hl.snow_parts(before)[0]),
            "The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical "
            "day, worked out from your log, not asked.",
        )
        value, count = hl.hours_parts(now)
        earlier = _before(hl.hours_parts(before)[0])
        cards["hour"].set(value, f"{count}; {earlier}" if count else earlier)
        value, count = hl.triggers_parts(now)
        earlier = _before(hl.triggers_parts(before)[0])
        marked = f"on {count.replace(' each', ' spasms each')}; " if count else ""
        cards["trigger"].set(
            value,
            marked + earlier,
            "How often you ticked a trigger on a spasm: a count, not a comparison.",
        )
        if self_rated is not None:
            cards["self_rated"].set(
                _short_self_rated(self_rated),
                f"your own answers, given {fmt_date(self_rated.day)}",
                f"Penn {self_rated.penn_text()}; Snow {self_rated.snow_text()}.",
            )
        else:
            cards["self_rated"].set("–", "not answered in these days (see Appointments)")
        self._hidden = {
            key
            for key, shown in (
                ("stretch", extras.stretch is not None),
                ("adherence", extras.adherence is not None),
                ("self_rated", any_self_rated),
            )
            if not shown
        }
        days = now.range.days
        if extras.stretch is not None:
            if not before.in_diary:
                earlier = BEFORE_DIARY
            elif (before_stretch := page.previous.lanes.stretch) is None:
                earlier = "–"
            else:
                earlier = f"{len(before_stretch.completed_days)} of {before.range.days}"
            cards["stretch"].set(
                f"{len(extras.stretch.completed_days)} of {days}", _before(earlier)
            )
        if extras.adherence is not None:
            lane = extras.adherence
            overall = lane.overall()
            value = "–" if overall is None else f"{overall:.0f} %"
            detail = adherence_text(lane).removeprefix(value).strip(" ()")
            earlier_overall = None if not before.in_diary else _overall(page.previous.lanes)
            if not before.in_diary:
                earlier = BEFORE_DIARY
            elif earlier_overall is None:
                earlier = "–"
            else:
                earlier = f"{earlier_overall:.0f} %"
            cards["adherence"].set(
                value,
                f"{detail}; {_before(earlier)}" if detail else _before(earlier),
                "Counted from each medicine's first dose recorded in MSLog.",
            )
        columns, self._columns = self._columns, 0
        self._place(columns)  # hidden cards leave no gap
