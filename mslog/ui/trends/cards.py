"""Summary cards: one figure for the range, what it rests on, and the range before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from mslog.core.checkin.self_ratings import SelfRating
from mslog.core.formatting import fmt_date
from mslog.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from mslog.core.trends import headline as hl
from mslog.core.trends.headline import BEFORE_DIARY
from mslog.core.trends.lanes import AdherenceLane, ExtraLanes
from mslog.core.trends.page import TrendPage


class Cards(Words):
    """The translation context of the summary cards' words."""


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
        said = Cards.tr("{title}: {value}. {compare}", "a card read out: its title, figure, basis")
        self.setAccessibleName(said.format(title=self.title.text(), value=value, compare=compare))


def _overall(lanes: ExtraLanes) -> float | None:
    return None if lanes.adherence is None else lanes.adherence.overall()


def _short_self_rated(rating: SelfRating) -> str:
    parts = []
    if rating.penn_frequency is not None:
        parts.append(Cards.tr("Penn {score}").format(score=rating.penn_frequency))
    if rating.penn_severity is not None:
        parts.append(
            Cards.tr("severity {score}", "Penn severity").format(score=rating.penn_severity)
        )
    if rating.snow is not None:
        parts.append(Cards.tr("Snow {score}").format(score=rating.snow))
    return " · ".join(parts)


def _before(text: str) -> str:
    # Why a figure before the diary is "—" is said once, above the cards, for the range.
    return Cards.tr("before: {figure}", "the same figure for the days before").format(figure=text)


def _with_before(text: str, before: str) -> str:
    return Cards.tr(
        "{now}; before: {figure}", "a card's basis, then the days before's figure"
    ).format(now=text, figure=before)


def _percent(value: float) -> str:
    return Cards.tr("{percent} %", "a share in per cent, no decimals").format(
        percent=f"{value:.0f}"
    )


def _doses(lane: AdherenceLane) -> str:
    """The doses behind the share taken: ``18 of 20; 1 skipped, 1 not recorded``."""
    text = Cards.tr("{taken} of {due}; {skipped} skipped, {not_recorded} not recorded")
    return text.format(
        taken=sum(lane.taken),
        due=sum(lane.scheduled),
        skipped=lane.skipped,
        not_recorded=lane.not_recorded,
    )


class SummaryCards(QWidget):
    """The cards row, wrapping on narrow windows."""

    KEYS = (
        ("per_day", QT_TRANSLATE_NOOP("SummaryCards", "Spasms per day")),
        ("nrs", QT_TRANSLATE_NOOP("SummaryCards", "Spasticity, daily check-in (0–10)")),
        ("rating", QT_TRANSLATE_NOOP("SummaryCards", "Mean rating of logged spasms")),
        ("snow", QT_TRANSLATE_NOOP("SummaryCards", "Snow score from the log (spasms per 24 h)")),
        ("hour", QT_TRANSLATE_NOOP("SummaryCards", "Busiest hour")),
        ("trigger", QT_TRANSLATE_NOOP("SummaryCards", "Trigger marked most often")),
        ("self_rated", QT_TRANSLATE_NOOP("SummaryCards", "Penn and Snow, self-rated")),
        ("stretch", QT_TRANSLATE_NOOP("SummaryCards", "Days with stretching")),
        ("adherence", QT_TRANSLATE_NOOP("SummaryCards", "Scheduled doses taken")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.cards: dict[str, Card] = {}
        for key, title in self.KEYS:
            self.cards[key] = Card(translate("SummaryCards", title), self)
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
            _with_before(hl.basis_note(now), hl.per_day_value(before)),
            self.tr(
                "Spasms per day rest on complete days (the check-in said every spasm was logged, "
                "or none happened) once there are 7 of them; until then on complete and partial "
                "days."
            ),
        )
        change = hl.nrs_change(now, before)
        cards["nrs"].set(
            hl.nrs_value(change),
            _with_before(hl.nrs_comparison(change), hl.nrs_before(change, before)),
            self.tr(
                "The 0–10 spasticity rating of the daily check-in, averaged over the days that "
                "have one. A change is given in % only when both periods have "
                "{days} or more such days."
            ).format(days=hl.MIN_NRS_DAYS),
        )
        value, rated = hl.rating_parts(now)
        cards["rating"].set(
            value,
            _with_before(rated, hl.rating_value(before)) if rated else _before(value),
            self.tr("The average 0–10 rating of the spasms you logged and rated."),
        )
        score, level = hl.snow_parts(now)
        earlier = hl.snow_parts(before)[0]
        cards["snow"].set(
            self.tr("{score} of 5", "a Snow score").format(score=score) if level else score,
            _with_before(self.tr("{level}, typical of the same days").format(level=level), earlier)
            if level
            else _before(earlier),
            self.tr(
                "The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical "
                "day, worked out from your log, not asked."
            ),
        )
        value, count = hl.hours_parts(now)
        earlier = hl.hours_parts(before)[0]
        cards["hour"].set(value, _with_before(count, earlier) if count else _before(earlier))
        value, count = hl.triggers_parts(now)
        earlier = hl.triggers_parts(before)[0]
        labels, peak = now.top_triggers
        if not count:
            marked = _before(earlier)
        elif len(labels) == 1:
            marked = _with_before(self.tr("on %n spasms", "", peak), earlier)
        else:
            marked = _with_before(self.tr("on %n spasms each", "", peak), earlier)
        cards["trigger"].set(
            value,
            marked,
            self.tr("How often you ticked a trigger on a spasm: a count, not a comparison."),
        )
        if self_rated is not None:
            cards["self_rated"].set(
                _short_self_rated(self_rated),
                self.tr("your own answers, given {day}").format(day=fmt_date(self_rated.day)),
                self.tr("Penn {penn}; Snow {snow}.").format(
                    penn=self_rated.penn_text(), snow=self_rated.snow_text()
                ),
            )
        else:
            cards["self_rated"].set("–", self.tr("not answered in these days (see Appointments)"))
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
        of = self.tr("{count} of {days}", "days with stretching of the days in the range")
        if extras.stretch is not None:
            if not before.in_diary:
                earlier = BEFORE_DIARY
            elif (before_stretch := page.previous.lanes.stretch) is None:
                earlier = "–"
            else:
                earlier = of.format(
                    count=len(before_stretch.completed_days), days=before.range.days
                )
            cards["stretch"].set(
                of.format(count=len(extras.stretch.completed_days), days=days), _before(earlier)
            )
        if extras.adherence is not None:
            lane = extras.adherence
            overall = lane.overall()
            value = "–" if overall is None else _percent(overall)
            if overall is not None:
                detail = _doses(lane)
            elif lane.untracked:
                detail = self.tr("no doses recorded yet")
            else:
                detail = ""
            earlier_overall = None if not before.in_diary else _overall(page.previous.lanes)
            if not before.in_diary:
                earlier = BEFORE_DIARY
            elif earlier_overall is None:
                earlier = "–"
            else:
                earlier = _percent(earlier_overall)
            cards["adherence"].set(
                value,
                _with_before(detail, earlier) if detail else _before(earlier),
                self.tr("Counted from each medicine's first dose recorded in MSLog."),
            )
        columns, self._columns = self._columns, 0
        self._place(columns)  # hidden cards leave no gap
